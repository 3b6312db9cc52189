package io.github.cnbudget.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.SourcePosition;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.io.internal.Cells;
import io.github.cnbudget.io.internal.Utf8;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The streaming half of the JSON reader (JSON 游标): the parser's position as a JSON pointer and
 * line/column, errors located there, objects walked field by field (duplicates refused), arrays, and
 * scalars read with the format's bounds (numbers, strings, lines, enum constants). What the fields
 * mean is {@link JsonDocReader}'s business; this class knows no model type.
 */
abstract class JsonCursor {
  // Unit names, row labels and codes repeat across the rows and tables of one document: one
  // instance each keeps a decoded document's heap near the size of its distinct text.
  private static final int MAX_SHARED_LENGTH = 64;
  private final java.util.HashMap<String, String> sharedStrings = new java.util.HashMap<>();

  /** Enum constants by type: {@code getEnumConstants()} copies its array on every call. */
  private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  final JsonParser p;
  final boolean lenient;
  private final int maxNumberLength;
  final List<ReadProblem> problems = new ArrayList<>();
  private final Map<String, Map<String, JsonNode>> extras = new LinkedHashMap<>();
  private final boolean detectDuplicates;
  // per object nesting depth, reused across objects: field names seen so far (a scan for narrow
  // objects, a set for wide ones) and, when lenient, the object's pointer
  private String[][] seen = new String[8][];
  private int[] counts = new int[8];
  @SuppressWarnings("unchecked")
  private java.util.Set<String>[] many = new java.util.Set[8];
  private String[] pointers = new String[8];
  private int depth;

  /**
   * A cursor over a parser.
   *
   * @param detectDuplicates whether to refuse an object naming a field twice; set when the parser
   *     does not do it itself (Jackson's detector costs a HashSet per object)
   */
  JsonCursor(JsonParser p, boolean lenient, int maxNumberLength, boolean detectDuplicates) {
    this.p = p;
    this.lenient = lenient;
    this.maxNumberLength = maxNumberLength;
    this.detectDuplicates = detectDuplicates;
  }

  List<ReadProblem> problems() {
    return problems;
  }

  Map<String, Map<String, JsonNode>> extras() {
    return extras;
  }

  // ---------------------------------------------------------------- errors and positions

  String pointer() {
    return p.getParsingContext().pathAsPointer().toString();
  }

  SourcePosition here() {
    // past the last token (empty or truncated input) the token's location is unset: name where
    // the input ended instead, which is line 1, column 1 for an empty input, never "column 0"
    JsonLocation l = p.currentToken() == null ? p.currentLocation() : p.currentTokenLocation();
    return SourcePosition.ofJson(pointer(), l.getLineNr(), l.getColumnNr());
  }

  /** Where the parser is now (for its own errors, which may not carry a location). */
  SourcePosition now() {
    JsonLocation l = p.currentLocation();
    return SourcePosition.ofJson(pointer(), l.getLineNr(), l.getColumnNr());
  }

  CodecException error(ReadProblem.Kind kind, String reason) {
    return new CodecException(kind, here(), reason);
  }

  /** A malformed value: fails when strict, is recorded (and the value dropped) when lenient. */
  <T> @Nullable T malformed(String reason) throws IOException {
    if (!lenient) {
      throw error(ReadProblem.Kind.MALFORMED_VALUE, reason);
    }
    problems.add(ReadProblem.of(ReadProblem.Kind.MALFORMED_VALUE, Severity.ERROR, here(), "", reason));
    p.skipChildren();
    return null;
  }

  void unknown(String field, String objectPointer) throws IOException {
    if (!lenient) {
      throw error(ReadProblem.Kind.UNKNOWN_FIELD, "unknown field '" + field + "'");
    }
    problems.add(ReadProblem.of(ReadProblem.Kind.UNKNOWN_FIELD, Severity.WARNING, here(), field, "unknown field '" + field + "' kept aside"));
    extras.computeIfAbsent(objectPointer, k -> new LinkedHashMap<>()).put(field, tree());
  }

  /**
   * The value at the current token as a tree that writes back as it was read: numbers keep their
   * text ({@code -0}, {@code 1E2}, {@code 007.50}), where a parsed number would print as {@code 0}
   * or {@code 1E+2}; strings are checked for lone surrogates as every other string. Depth is
   * bounded by the parser's nesting limit.
   */
  JsonNode tree() throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        com.fasterxml.jackson.databind.node.ObjectNode o = NODES.objectNode();
        for (JsonToken n = p.nextToken(); n == JsonToken.FIELD_NAME; n = p.nextToken()) {
          String name = unpaired(p.currentName());
          p.nextToken();
          o.set(name, tree());
        }
        return o;
      case START_ARRAY:
        com.fasterxml.jackson.databind.node.ArrayNode a = NODES.arrayNode();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          if (n == null) {
            throw error(ReadProblem.Kind.JSON_SYNTAX, "unexpected end of input in an array");
          }
          a.add(tree());
        }
        return a;
      case VALUE_STRING:
        return NODES.textNode(unpaired(p.getText()));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return NODES.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue(p.getText()));
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw error(ReadProblem.Kind.JSON_SYNTAX, "unexpected " + describe(t));
    }
  }

  private static final com.fasterxml.jackson.databind.node.JsonNodeFactory NODES =
      com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;

  /** Where an object started: a cheap mark, turned into a {@link SourcePosition} only on failure. */
  Start start() {
    JsonLocation l = p.currentTokenLocation();
    return new Start(l.getLineNr(), l.getColumnNr());
  }

  static final class Start {
    final int line;
    final int column;

    Start(int line, int column) {
      this.line = line;
      this.column = column;
    }
  }

  /** At an object's END_OBJECT the parsing context is the parent's, which points at the object. */
  SourcePosition at(Start s) {
    return SourcePosition.ofJson(pointer(), s.line, s.column);
  }

  void expect(JsonToken token, String what) {
    if (p.currentToken() != token) {
      throw error(ReadProblem.Kind.MALFORMED_VALUE, "expected " + what + ", found " + describe(p.currentToken()));
    }
  }

  static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.toString();
    }
  }

  /** Iterates the fields of the object the parser stands on, the parser on each field's value. */
  void fields(String what, BiConsumer<String, String> handler) throws IOException {
    int d = open(what);
    String name;
    while ((name = nextField(d, what)) != null) {
      try {
        handler.accept(name, objectPointer(d));
      } catch (Unchecked u) {
        throw u.getCause();
      }
    }
  }

  /**
   * Enters the object the parser stands on; with {@link #nextField} a loop over its fields that
   * allocates nothing per field (the hot paths: rows and cells).
   *
   * @return the object's nesting slot, to pass to {@link #nextField}
   */
  int open(String what) {
    expect(JsonToken.START_OBJECT, what);
    int d = depth++;
    if (d >= counts.length) {
      int n = Math.max(counts.length * 2, d + 1);
      counts = Arrays.copyOf(counts, n);
      seen = Arrays.copyOf(seen, n);
      many = Arrays.copyOf(many, n);
      pointers = Arrays.copyOf(pointers, n);
    }
    counts[d] = 0;
    many[d] = null;
    pointers[d] = lenient ? pointer() : "";
    return d;
  }

  /** The pointer of the object in slot d (lenient reads only: it names where extras belong). */
  String objectPointer(int d) {
    return pointers[d];
  }

  /**
   * Advances to the next field of the object in slot d and onto its value.
   *
   * @return the field's name, or null at the object's end
   */
  @Nullable String nextField(int d, String what) throws IOException {
    JsonToken t = p.nextToken();
    if (t != JsonToken.FIELD_NAME) {
      depth = d;
      if (t != JsonToken.END_OBJECT) {
        throw error(ReadProblem.Kind.JSON_SYNTAX, "expected a field name or the end of " + what);
      }
      return null;
    }
    String name = unpaired(p.currentName());
    if (detectDuplicates) {
      checkDuplicate(d, name);
    }
    p.nextToken();
    return name;
  }

  void checkDuplicate(int d, String name) {
    java.util.Set<String> set = many[d];
    if (set != null) {
      if (!set.add(name)) {
        throw duplicate(name);
      }
      return;
    }
    int count = counts[d];
    String[] names = seen[d];
    if (names == null) {
      names = new String[DUPLICATE_SCAN];
      seen[d] = names;
    }
    for (int i = 0; i < count; i++) {
      String n = names[i];
      // the parser canonicalises names, so identity is the usual hit
      if (n == name || n.equals(name)) {
        throw duplicate(name);
      }
    }
    if (count < DUPLICATE_SCAN) {
      names[count] = name;
      counts[d] = count + 1;
    } else {
      // a wide object: stay linear
      set = new java.util.HashSet<>(Arrays.asList(names));
      set.add(name);
      many[d] = set;
    }
  }

  /** Objects up to this many fields are checked for duplicates by a scan, wider ones by a set. */
  private static final int DUPLICATE_SCAN = 16;

  /** The same message as Jackson's own strict duplicate detection. */
  CodecException duplicate(String name) {
    return error(ReadProblem.Kind.DUPLICATE_FIELD, "malformed JSON: Duplicate field '" + name + "'");
  }

  /** Carries IOException out of the functional handlers. */
  private static final class Unchecked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unchecked(IOException e) {
      super(e);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) Objects.requireNonNull(super.getCause(), "constructed with its cause");
    }
  }

  @FunctionalInterface
  interface Field {
    void read() throws IOException;
  }

  static void io(Field f) {
    try {
      f.read();
    } catch (IOException e) {
      throw new Unchecked(e);
    }
  }

  void array(String what, Field element) throws IOException {
    expect(JsonToken.START_ARRAY, what);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw error(ReadProblem.Kind.JSON_SYNTAX, "unexpected end of input in " + what);
      }
      element.read();
    }
  }

  // ---------------------------------------------------------------- scalars

  @Nullable String string() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return malformed("expected a string, found " + describe(p.currentToken()));
    }
    return unpaired(p.getText());
  }

  /**
   * The text, refused when it holds a lone surrogate: the parser accepts an escape such as
   * <code>"&#92;ud800x"</code>, but no encoding can write that character back (CSV wrote it as {@code ?x}).
   */
  String unpaired(String s) {
    int i = Utf8.loneSurrogate(s);
    if (i >= 0) {
      throw error(ReadProblem.Kind.MALFORMED_VALUE, String.format("lone surrogate \\u%04x at index %d of the string: not a character", (int) s.charAt(i), i));
    }
    return s;
  }

  /** A string that is likely to repeat within the document, read once per distinct value. */
  @Nullable String sharedString() throws IOException {
    String v = string();
    if (v == null || v.length() > MAX_SHARED_LENGTH) {
      return v;
    }
    String prior = sharedStrings.putIfAbsent(v, v);
    return prior == null ? v : prior;
  }

  @Nullable Integer integer() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return malformed("expected an integer, found " + describe(p.currentToken()));
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      return malformed("integer out of range: " + p.getText());
    }
    return p.getIntValue();
  }

  @Nullable Integer line() throws IOException {
    Integer v = integer();
    if (v != null && v < 1) {
      return malformed("a line number is at least 1: " + v);
    }
    return v;
  }

  boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    Boolean none = malformed("expected a boolean, found " + describe(t));
    return none != null && none;
  }

  @Nullable BigDecimal decimal() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      int len = p.getTextLength();
      if (len <= maxNumberLength) {
        BigDecimal fast = Cells.parseDecimal(p.getTextCharacters(), p.getTextOffset(), len);
        if (fast != null) {
          return fast;
        }
      }
      String s = p.getText();
      if (s.length() > maxNumberLength) {
        return malformed("amount longer than " + maxNumberLength + " characters");
      }
      if (!Cells.isDecimal(s)) {
        return malformed("not a decimal amount: '" + s + "' (expected e.g. \"2958\" or \"-0.50\")");
      }
      return new BigDecimal(s);
    }
    if (lenient && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)) {
      String s = p.getText();
      // plain decimals only: an exponent (1e999999999) would expand to a billion digits when written
      if (!Cells.isDecimal(s)) {
        return malformed("not a plain decimal amount: " + s);
      }
      problems.add(ReadProblem.of(ReadProblem.Kind.MALFORMED_VALUE, Severity.INFO, here(), "", "amount written as a JSON number, read exactly"));
      return new BigDecimal(s);
    }
    return malformed("expected a decimal string, found " + describe(t));
  }

  <E extends Enum<E>> @Nullable E constant(Class<E> type) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      // matched against the parser's buffer: no string built for the usual known constant
      char[] text = p.getTextCharacters();
      int off = p.getTextOffset();
      int len = p.getTextLength();
      for (Object e : CONSTANTS.get(type)) {
        String name = ((Enum<?>) e).name();
        if (name.length() == len && matches(name, text, off)) {
          return type.cast(e);
        }
      }
    }
    String s = string();
    if (s == null) {
      return null;
    }
    for (Object e : CONSTANTS.get(type)) {
      if (((Enum<?>) e).name().equals(s)) {
        return type.cast(e);
      }
    }
    return malformed("unknown " + type.getSimpleName() + " '" + s + "', expected one of "
        + Arrays.toString(type.getEnumConstants()));
  }

  static boolean matches(String name, char[] text, int off) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) != text[off + i]) {
        return false;
      }
    }
    return true;
  }

  List<String> strings(String what) throws IOException {
    List<String> out = new ArrayList<>();
    array(what, () -> {
      String s = string();
      if (s != null) {
        out.add(s);
      }
    });
    return out;
  }

  static <T> void set(@Nullable T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
