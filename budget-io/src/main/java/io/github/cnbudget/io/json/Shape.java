package io.github.cnbudget.io.json;

import io.github.cnbudget.io.json.WireField.Kind;
import io.github.cnbudget.io.json.WireField.Put;
import io.github.cnbudget.io.json.WireField.Reading;
import io.github.cnbudget.io.json.WireField.Writing;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.PagePlace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The wire shape of one model type (线上结构): its fields in the order they are written, how to start
 * a builder and how to finish it, and its name in the JSON Schema. Declared once in {@link Shapes}.
 *
 * <p>Fields are added, one factory call per wire form, while {@link Shapes} initialises (a shape may
 * hold a list of itself), and only read after that.
 *
 * @param <M> the model type
 * @param <B> the builder (or parts holder) the reader fills
 */
final class Shape<M, B> {
  /** The name under {@code $defs} in the schema, or null for a shape described in place. */
  final @Nullable String def;
  /** How error messages name a value of this shape ("a table"). */
  final String what;
  final Supplier<B> builder;
  final Function<B, M> build;
  /** Read and written by hand-written code, not field by field (rows, cells: the hot paths). */
  final boolean handWritten;
  private final List<WireField<M, B>> fields = new ArrayList<>();
  private final Map<String, WireField<M, B>> byName = new HashMap<>();
  /** Bits of the fields whose absence the reader reports itself (see {@link WireField#checked()}). */
  long checked;
  /** Fields that require each other ({@code dependentRequired} in the schema). */
  List<String> together = List.of();

  private Shape(@Nullable String def, String what, Supplier<B> builder, Function<B, M> build, boolean handWritten) {
    this.def = def;
    this.what = what;
    this.builder = builder;
    this.build = build;
    this.handWritten = handWritten;
  }

  /** A shape read and written field by field. */
  static <M, B> Shape<M, B> of(@Nullable String def, String what, Supplier<B> builder, Function<B, M> build) {
    return new Shape<>(def, what, builder, build, false);
  }

  /** A shape the schema describes but hand-written code reads and writes. */
  static <M> Shape<M, Void> handWritten(String def, String what) {
    return new Shape<>(def, what, () -> {
      throw new IllegalStateException(what + " is read by hand");
    }, b -> {
      throw new IllegalStateException(what + " is read by hand");
    }, true);
  }

  /** Adds a field, after those added before it: the order fields are written in. */
  private WireField<M, B> add(WireField<M, B> f) {
    if (byName.containsKey(f.name)) {
      throw new IllegalArgumentException("field '" + f.name + "' named twice in " + what);
    }
    if (fields.size() == Long.SIZE) {
      throw new IllegalArgumentException("more fields than the reader's bit set holds in " + what);
    }
    f.bit = 1L << fields.size();
    fields.add(f);
    byName.put(f.name, f);
    return f;
  }

  /** Gives a value read to the builder, unless the read gave none (null, or dropped when lenient). */
  private static <B, T> boolean give(@Nullable T value, B builder, BiConsumer<B, T> set) {
    if (value == null) {
      return false;
    }
    set.accept(builder, value);
    return true;
  }

  private static <B> boolean giveInt(@Nullable Integer value, B builder, ObjIntConsumer<B> set) {
    if (value == null) {
      return false;
    }
    set.accept(builder, value);
    return true;
  }

  // ---------------------------------------------------------------- factories, one per wire form

  /** A field whose reading and writing are its own (the document's version and year). */
  WireField<M, B> custom(String name, Kind kind, boolean required, Reading<B> reading,
      Writing<M> writing) {
    return add(new WireField<>(this, name, kind, required, null, null, reading, writing));
  }

  /**
   * A field known only to the schema: its value is read and written by hand-written code in
   * {@link JsonDocReader} and {@link JsonDocWriter} (rows and cells, the bulk of every document).
   */
  WireField<M, B> described(String name, Kind kind, boolean required,
      @Nullable Class<? extends Enum<?>> enumType) {
    return add(new WireField<>(this, name, kind, required, enumType, null, null, null));
  }

  /** A required string, always written. */
  WireField<M, B> string(String name, Function<M, String> get, BiConsumer<B, String> set) {
    return add(new WireField<>(this, name, Kind.STRING, true, null, null,
        (r, b) -> give(r.string(), b, set),
        (w, m, p) -> w.string(name, get.apply(m))));
  }

  /** An optional string. */
  WireField<M, B> optString(String name, Function<M, Optional<String>> get,
      BiConsumer<B, String> set) {
    return add(new WireField<>(this, name, Kind.STRING, false, null, null,
        (r, b) -> give(r.string(), b, set),
        (w, m, p) -> w.opt(name, get.apply(m))));
  }

  /** A string that is empty when omitted. */
  WireField<M, B> nonEmptyString(String name, Function<M, String> get, BiConsumer<B, String> set) {
    return add(new WireField<>(this, name, Kind.STRING, false, null, null,
        (r, b) -> give(r.string(), b, set),
        (w, m, p) -> {
          String v = get.apply(m);
          if (!v.isEmpty()) {
            w.string(name, v);
          }
        }));
  }

  /** A required enum constant, always written. */
  <E extends Enum<E>> WireField<M, B> constant(String name, Class<E> type, Function<M, E> get,
      BiConsumer<B, E> set) {
    return add(new WireField<>(this, name, Kind.ENUM, true, type, null,
        (r, b) -> give(r.constant(type), b, set),
        (w, m, p) -> w.string(name, get.apply(m).name())));
  }

  /** An optional enum constant. */
  <E extends Enum<E>> WireField<M, B> optConstant(String name, Class<E> type,
      Function<M, Optional<E>> get, BiConsumer<B, E> set) {
    return add(new WireField<>(this, name, Kind.ENUM, false, type, null,
        (r, b) -> give(r.constant(type), b, set),
        (w, m, p) -> {
          Optional<E> v = get.apply(m);
          if (v.isPresent()) {
            w.string(name, v.get().name());
          }
        }));
  }

  /** An enum constant omitted when it is the model's default. */
  <E extends Enum<E>> WireField<M, B> constant(String name, Class<E> type, E omitted,
      Function<M, E> get, BiConsumer<B, E> set) {
    return add(new WireField<>(this, name, Kind.ENUM, false, type, null,
        (r, b) -> give(r.constant(type), b, set),
        (w, m, p) -> {
          E v = get.apply(m);
          if (v != omitted) {
            w.string(name, v.name());
          }
        }));
  }

  /** A required integer, always written. */
  WireField<M, B> integer(String name, ToIntFunction<M> get, ObjIntConsumer<B> set) {
    return add(new WireField<>(this, name, Kind.INTEGER, true, null, null,
        (r, b) -> giveInt(r.integer(), b, set),
        (w, m, p) -> w.integer(name, get.applyAsInt(m))));
  }

  /** An optional integer. */
  WireField<M, B> optInteger(String name, Function<M, OptionalInt> get, ObjIntConsumer<B> set) {
    return add(new WireField<>(this, name, Kind.INTEGER, false, null, null,
        (r, b) -> giveInt(r.integer(), b, set),
        (w, m, p) -> w.integer(name, get.apply(m))));
  }

  /** An optional one-based number: the source line, or a paragraph's page. */
  WireField<M, B> line(String name, Function<M, OptionalInt> get, ObjIntConsumer<B> set) {
    return add(new WireField<>(this, name, Kind.LINE, false, null, null,
        (r, b) -> giveInt(r.line(), b, set),
        (w, m, p) -> w.integer(name, get.apply(m))));
  }

  /** The optional source line. */
  WireField<M, B> line(Function<M, OptionalInt> get, ObjIntConsumer<B> set) {
    return line("line", get, set);
  }

  /** The optional page place. */
  WireField<M, B> place(Function<M, Optional<PagePlace>> get, BiConsumer<B, PagePlace> set) {
    return add(new WireField<>(this, "place", Kind.PLACE, false, null, null,
        (r, b) -> give(r.place(), b, set),
        (w, m, p) -> w.opt("place", get.apply(m).map(Object::toString))));
  }

  /** A flag written only when true. */
  WireField<M, B> flag(String name, Predicate<M> get, BiConsumer<B, Boolean> set) {
    return add(new WireField<>(this, name, Kind.BOOLEAN, false, null, null,
        (r, b) -> {
          set.accept(b, r.bool());
          return true;
        },
        (w, m, p) -> {
          if (get.test(m)) {
            w.flag(name);
          }
        }));
  }

  /** An optional cell. */
  WireField<M, B> cell(String name, Function<M, Optional<Cell>> get, BiConsumer<B, Cell> set) {
    return add(new WireField<>(this, name, Kind.CELL, false, null, null,
        (r, b) -> give(r.cell(), b, set),
        (w, m, p) -> w.cell(name, get.apply(m), p)));
  }

  /** Cells by column key, omitted when there are none. */
  WireField<M, B> cells(String name, Function<M, Map<String, Cell>> get, Put<B, Cell> put) {
    return add(new WireField<M, B>(this, name, Kind.CELLS, false, null, null,
        (r, b) -> {
          r.cells(name, (k, c) -> put.put(b, k, c));
          return true;
        },
        (w, m, p) -> w.cells(name, get.apply(m), p)))
        .describe("Cells by column key, in column order.");
  }

  /** A list of strings, omitted when empty. */
  WireField<M, B> strings(String name, Function<M, List<String>> get,
      BiConsumer<B, List<String>> addAll) {
    return add(new WireField<>(this, name, Kind.STRINGS, false, null, null,
        (r, b) -> {
          addAll.accept(b, r.strings(name));
          return true;
        },
        (w, m, p) -> w.strings(name, get.apply(m))));
  }

  /** Strings by key, omitted when empty. */
  WireField<M, B> stringMap(String name, Function<M, Map<String, String>> get, Put<B, String> put) {
    return add(new WireField<>(this, name, Kind.STRING_MAP, false, null, null,
        (r, b) -> {
          r.stringMap(name, (k, v) -> put.put(b, k, v));
          return true;
        },
        (w, m, p) -> w.stringMap(name, get.apply(m))));
  }

  /** A list of objects of one shape, omitted when empty; the reader hands over the list it read. */
  <X> WireField<M, B> list(String name, Shape<X, ?> shape, Function<M, List<X>> get,
      BiConsumer<B, List<X>> addAll) {
    return add(new WireField<>(this, name, Kind.LIST, false, null, shape,
        (r, b) -> {
          addAll.accept(b, r.list(name, shape));
          return true;
        },
        (w, m, p) -> w.list(name, shape, get.apply(m), p)));
  }

  /** A required object of one shape, described in place in the schema. */
  <X> WireField<M, B> object(String name, Shape<X, ?> shape, Function<M, X> get,
      BiConsumer<B, X> set) {
    return add(new WireField<>(this, name, Kind.OBJECT, true, null, shape,
        (r, b) -> give(r.objectValue(shape), b, set),
        (w, m, p) -> w.object(name, shape, get.apply(m), p)));
  }

  List<WireField<M, B>> fields() {
    return Collections.unmodifiableList(fields);
  }



  @Nullable WireField<M, B> field(String name) {
    return byName.get(name);
  }
}
