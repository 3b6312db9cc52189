package io.github.cnbudget.io.json;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * One field of the canonical JSON form (线上字段): its wire name, the kind of value it holds, whether
 * it is required, how the writer takes it from the model value and how the reader gives it to the
 * model's builder, and what the JSON Schema says of it beyond its kind. {@link Shapes} declares every
 * field once (through the factories of {@link Shape}); {@link JsonDocReader}, {@link JsonDocWriter} and {@link SchemaGenerator} follow it.
 *
 * <p>The schema details ({@link #describe}, {@link #pattern}, {@link #range}) are set while
 * {@link Shapes} initialises and only read after that.
 *
 * @param <M> the model type the field belongs to
 * @param <B> the builder (or parts holder) the reader fills
 */
final class WireField<M, B> {
  /** What a field's value is on the wire; each kind maps to one reader call and one schema form. */
  enum Kind {
    /** A JSON string. */
    STRING,
    /** An enum constant's name. */
    ENUM,
    /** A JSON integer. */
    INTEGER,
    /** {@code true}, written only when true. */
    BOOLEAN,
    /** A one-based line or page number ({@code #/$defs/line}). */
    LINE,
    /** A PDF page place ({@code #/$defs/place}). */
    PLACE,
    /** An exact decimal string as printed ({@code #/$defs/decimal}). */
    DECIMAL,
    /** A cell: a decimal string or a cell object ({@code #/$defs/cell}). */
    CELL,
    /** Cells by column key. */
    CELLS,
    /** A list of cells. */
    CELL_LIST,
    /** A list of strings. */
    STRINGS,
    /** Strings by key. */
    STRING_MAP,
    /** A list of objects of one shape. */
    LIST,
    /** An object of one shape, described in place. */
    OBJECT,
    /** A constant (the format version). */
    CONST
  }

  /** Reads the field's value at the parser's position into the builder. */
  @FunctionalInterface
  interface Reading<B> {
    /**
     * Reads the value.
     *
     * @return whether a value was set (false when it was null or dropped by a lenient read)
     */
    boolean read(JsonDocReader r, B builder) throws IOException;
  }

  /** Writes the field (name and value) of a model value, or nothing when it is omitted. */
  @FunctionalInterface
  interface Writing<M> {
    void write(JsonDocWriter w, M value, String pointer) throws IOException;
  }

  /** Puts an entry into a builder's map. */
  @FunctionalInterface
  interface Put<B, V> {
    void put(B builder, String key, V value);
  }

  private final Shape<M, B> owner;
  final String name;
  final Kind kind;
  /** Required in the schema. */
  boolean required;
  /** Required, and its absence reported by the reader itself rather than by the model's builder. */
  boolean checked;
  final @Nullable Class<? extends Enum<?>> enumType;
  final @Nullable Shape<?, ?> shape;
  final @Nullable Reading<B> reading;
  final @Nullable Writing<M> writing;
  @Nullable String description;
  @Nullable String pattern;
  @Nullable Integer minimum;
  @Nullable Integer maximum;
  /** The field's bit in its shape's set of fields read (see {@link Shape#checked}). */
  long bit;

  WireField(Shape<M, B> owner, String name, Kind kind, boolean required, @Nullable Class<? extends Enum<?>> enumType,
      @Nullable Shape<?, ?> shape, @Nullable Reading<B> reading, @Nullable Writing<M> writing) {
    this.owner = owner;
    this.name = name;
    this.kind = kind;
    this.required = required;
    this.enumType = enumType;
    this.shape = shape;
    this.reading = reading;
    this.writing = writing;
  }

  /** The schema's description of the field. */
  WireField<M, B> describe(String text) {
    this.description = text;
    return this;
  }

  /** A regular expression the schema holds a string to. */
  WireField<M, B> pattern(String regex) {
    this.pattern = regex;
    return this;
  }

  /** The bounds the schema holds an integer to. */
  WireField<M, B> range(int min, int max) {
    this.minimum = min;
    this.maximum = max;
    return this;
  }

  /** Required, with its absence reported by the reader ("missing required field 'x'"). */
  WireField<M, B> checked() {
    this.required = true;
    this.checked = true;
    owner.checked |= bit;
    return this;
  }

  /** Written always, but not required: the model has a default. */
  WireField<M, B> optional() {
    this.required = false;
    return this;
  }
}
