package io.github.cnbudget.io.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cnbudget.io.csv.TidyColumn.Reading;
import io.github.cnbudget.io.csv.TidyColumn.Writing;
import io.github.cnbudget.model.table.PagePlace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The columns of one tidy file in written order (文件的列), with the factories that declare them,
 * one per wire form, and what joins the file's records to their parents: the key columns, the
 * file's own index, and the file it refers to. Declared once in {@link TidyColumns} and
 * {@link PerformanceColumns}; the cells' four columns are declared by {@link CellColumns}.
 *
 * <p>Columns are added while the declarations initialise, and only read after that.
 *
 * @param <M> the value a record of the file is written from
 * @param <B> what the reader fills from a record
 */
final class Columns<M, B> {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A column of indices or owner names: a record's own index, or what joins it to its parent. */
  record Key(String name, String zh, String en, Function<Parents, String> get, boolean text, boolean mayBeEmpty) {
    /** An index that is only ever its own file's: written from the record's own index. */
    static Key own(String name, String zh, String en) {
      return new Key(name, zh, en, at -> at.index, false, false);
    }
  }

  final TidyFile file;
  /** Title and description, Chinese then English: {zh title, en title, zh description, en description}. */
  final List<String> title;
  private final List<TidyColumn<M, B>> columns = new ArrayList<>();
  private final List<TidyColumn<M, B>> columnsView = Collections.unmodifiableList(columns);
  /** The columns with a reading, in written order: what {@link #read} walks for every record. */
  private final List<TidyColumn<M, B>> readers = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final List<String> namesView = Collections.unmodifiableList(names);
  private final Map<String, TidyColumn<M, B>> byName = new HashMap<>();
  /** The columns joining a record to its parent, in written order. */
  final List<TidyColumn<M, B>> parentKeys = new ArrayList<>();
  /** The file of the parent, when there is one file of parents (tables of columns, rows of line items). */
  @Nullable Columns<?, ?> parentFile;
  /** The record's own index, counting 1, 2, 3… among its parent's; null when the file has none. */
  @Nullable TidyColumn<M, B> index;
  /** A column whose text is unique among a parent's records (the line items of a row, by column key). */
  @Nullable TidyColumn<M, B> unique;
  /** Another file that {@link #unique} refers to, and its column holding the text. */
  @Nullable Columns<?, ?> uniqueIn;
  @Nullable TidyColumn<?, ?> uniqueAs;

  Columns(TidyFile file, String zhTitle, String enTitle, String zhDescription, String enDescription) {
    this.file = file;
    this.title = List.of(zhTitle, enTitle, zhDescription, enDescription);
  }

  /** Every column, in written order. */
  List<TidyColumn<M, B>> columns() {
    return columnsView;
  }

  /** The column names, in written order (the header row). */
  List<String> names() {
    return namesView;
  }

  /** The column of a name, or null when the file has none. */
  @Nullable TidyColumn<M, B> column(String name) {
    return byName.get(name);
  }

  /** The ordinal of a column, or -1 when the file has no column of that name. */
  int ordinal(String name) {
    TidyColumn<M, B> c = byName.get(name);
    return c == null ? -1 : c.ordinal;
  }

  /** Reads a record's columns into what the reader fills, in written order. */
  void read(Rec record, B into) {
    for (int i = 0; i < readers.size(); i++) {
      TidyColumn<M, B> c = readers.get(i);
      Objects.requireNonNull(c.reading).read(record, c.ordinal, into);
    }
  }

  /** Adds a column after those added before it: the order columns are written in. */
  TidyColumn<M, B> add(String name, Writing<M> writing, @Nullable Reading<B> reading) {
    if (byName.containsKey(name)) {
      throw new IllegalArgumentException("column '" + name + "' named twice in " + file.fileName());
    }
    TidyColumn<M, B> c = new TidyColumn<>(name, columns.size(), writing, reading);
    byName.put(name, c);
    names.add(name);
    columns.add(c);
    if (reading != null) {
      readers.add(c);
    }
    return c;
  }

  // ---------------------------------------------------------------- keys

  /** A column of indices that is neither a parent's nor the record's own (a framework node's parent). */
  TidyColumn<M, B> key(Key k) {
    // an index is an integer from 1, except where an owner's entry or table may be empty
    TidyColumn<M, B> c = add(k.name(), (at, m) -> k.get().apply(at), null).describe(k.zh(), k.en())
        .typed(k.text() && !k.mayBeEmpty() ? "string" : "integer", !k.text() && !k.mayBeEmpty());
    c.key = k;
    return c;
  }

  /** Columns joining each record to its parent, in a file of parents or of several kinds of owner. */
  Columns<M, B> parents(@Nullable Columns<?, ?> of, Key... keys) {
    for (Key k : keys) {
      parent(of, k);
    }
    return this;
  }

  /** One column joining each record to its parent (where derived columns come between them). */
  TidyColumn<M, B> parent(@Nullable Columns<?, ?> of, Key k) {
    this.parentFile = of;
    TidyColumn<M, B> c = key(k);
    parentKeys.add(c);
    return c;
  }

  /** The record's own index, counting 1, 2, 3… among its parent's. */
  Columns<M, B> index(Key k) {
    this.index = key(k);
    return this;
  }

  /** A column whose text is unique among a parent's records (a line item's column key, an amount's key). */
  TidyColumn<M, B> unique(TidyColumn<M, B> column) {
    this.unique = column;
    return column;
  }

  /** The column of another file that the {@link #unique} text names (a line item's column, by its key). */
  Columns<M, B> refersTo(Columns<?, ?> in, TidyColumn<?, ?> as) {
    this.uniqueIn = in;
    this.uniqueAs = as;
    return this;
  }

  // ---------------------------------------------------------------- factories, one per wire form

  /** A text the model requires; it may be empty, written as the empty field. */
  TidyColumn<M, B> text(String name, Function<M, String> get, BiConsumer<B, String> set) {
    return add(name, (at, m) -> get.apply(m), (r, c, b) -> set.accept(b, r.str(c)));
  }

  /** An optional text; a present but empty one is refused on writing. */
  TidyColumn<M, B> optText(String name, String what, Function<M, Optional<String>> get,
      BiConsumer<B, String> set) {
    return add(name, (at, m) -> at.text(get.apply(m), what), (r, c, b) -> {
      if (!r.isEmpty(c)) {
        set.accept(b, r.str(c));
      }
    });
  }

  /** A required enum constant. */
  <E extends Enum<E>> TidyColumn<M, B> constant(String name, Class<E> type, Function<M, E> get,
      BiConsumer<B, E> set) {
    return add(name, (at, m) -> get.apply(m).name(), (r, c, b) -> set.accept(b, r.constant(c, type)))
        .typed("string", true).values(type);
  }

  /** An optional enum constant. */
  <E extends Enum<E>> TidyColumn<M, B> optConstant(String name, Class<E> type, Function<M, Optional<E>> get,
      BiConsumer<B, E> set) {
    return add(name, (at, m) -> {
      Optional<E> v = get.apply(m);
      return v.isPresent() ? v.get().name() : "";
    }, (r, c, b) -> {
      E v = r.constantOrNull(c, type);
      if (v != null) {
        set.accept(b, v);
      }
    }).values(type);
  }

  /** A required integer. */
  TidyColumn<M, B> integer(String name, ToIntFunction<M> get, ObjIntConsumer<B> set) {
    return add(name, (at, m) -> Integer.toString(get.applyAsInt(m)), (r, c, b) -> set.accept(b, r.integer(c)))
        .typed("integer", true);
  }

  /** An optional integer. */
  TidyColumn<M, B> optInteger(String name, Function<M, OptionalInt> get, ObjIntConsumer<B> set) {
    return add(name, (at, m) -> line(get.apply(m)), (r, c, b) -> {
      if (!r.isBlank(c)) {
        set.accept(b, r.integer(c));
      }
    }).typed("integer", false);
  }

  /** An optional one-based number: the source line, or a paragraph's page. */
  TidyColumn<M, B> line(String name, Function<M, OptionalInt> get, ObjIntConsumer<B> set) {
    return add(name, (at, m) -> line(get.apply(m)), (r, c, b) -> {
      int v = r.line(c);
      if (v > 0) {
        set.accept(b, v);
      }
    }).typed("integer", false);
  }

  /** The optional source line. */
  TidyColumn<M, B> line(Function<M, OptionalInt> get, ObjIntConsumer<B> set) {
    return line("line", get, set).describe("来源文本中的行号", "line in the source text");
  }

  /** Where a PDF printed the record; added after the first version of the set. */
  TidyColumn<M, B> place(Function<M, Optional<PagePlace>> get, BiConsumer<B, PagePlace> set) {
    return add("place", (at, m) -> place(get.apply(m)), (r, c, b) -> {
      PagePlace p = r.place(c);
      if (p != null) {
        set.accept(b, p);
      }
    }).optional().describe("PDF 中的位置：页:x0,y0,x1,y1", "where a PDF printed it: page:x0,y0,x1,y1");
  }

  /** A flag written {@code true} or empty. */
  TidyColumn<M, B> flag(String name, Predicate<M> get, BiConsumer<B, Boolean> set) {
    return add(name, (at, m) -> get.test(m) ? "true" : "", (r, c, b) -> set.accept(b, r.bool(c)))
        .typed("boolean", false);
  }

  /** A list of strings as a JSON array; empty when the list is. */
  TidyColumn<M, B> strings(String name, Function<M, List<String>> get, BiConsumer<B, List<String>> set) {
    return add(name, (at, m) -> {
      List<String> v = get.apply(m);
      return v.isEmpty() ? "" : json(v);
    }, (r, c, b) -> set.accept(b, r.strings(c))).typed("array", false);
  }

  /** Strings by key as a JSON object; empty when there are none. */
  TidyColumn<M, B> stringMap(String name, Function<M, Map<String, String>> get,
      BiConsumer<B, Map<String, String>> set) {
    return add(name, (at, m) -> {
      Map<String, String> v = get.apply(m);
      return v.isEmpty() ? "" : json(v);
    }, (r, c, b) -> set.accept(b, r.stringMap(c))).typed("object", false);
  }

  /** A column the reader does not need: it repeats facts of other files for analysis. */
  TidyColumn<M, B> derived(String name, Writing<M> writing) {
    return add(name, writing, null).derived();
  }

  // ---------------------------------------------------------------- the texts of values

  /** A list or map inside one field, as JSON. */
  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An optional number as written: empty when absent. */
  static String line(OptionalInt v) {
    return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
  }

  /** A page place as written: empty when absent. */
  static String place(Optional<PagePlace> v) {
    return v.map(PagePlace::toString).orElse("");
  }
}
