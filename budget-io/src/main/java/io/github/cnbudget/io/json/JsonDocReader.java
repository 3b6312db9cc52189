package io.github.cnbudget.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.io.CodecProblem;
import io.github.cnbudget.io.Location;
import io.github.cnbudget.io.internal.Cells;
import io.github.cnbudget.io.internal.Utf8;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.organisation.UnitRole;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.project.ProjectAttribute;
import io.github.cnbudget.model.project.ProjectCategory;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Binds the canonical JSON form from a streaming parser, one token at a time, so that every error
 * knows its JSON pointer and line/column. Each {@code read…} method starts on the value's first
 * token and ends on its last.
 *
 * <p>Strict: anything unexpected throws {@link CodecException}. Lenient: unknown fields are kept in
 * {@link #extras()} and malformed optional values are dropped, both recorded in {@link #problems()}.
 */
final class JsonDocReader {
  // Unit names, row labels and codes repeat across the rows and tables of one document: one
  // instance each keeps a decoded document's heap near the size of its distinct text.
  private static final int MAX_SHARED_LENGTH = 64;
  private final java.util.HashMap<String, String> sharedStrings = new java.util.HashMap<>();
  private final java.util.HashMap<String, ClassificationCode> sharedFunctional = new java.util.HashMap<>();
  private final java.util.HashMap<String, ClassificationCode> sharedEconomic = new java.util.HashMap<>();

  /** Enum constants by type: {@code getEnumConstants()} copies its array on every call. */
  private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  private final JsonParser p;
  private final boolean lenient;
  private final int maxNumberLength;
  private final List<CodecProblem> problems = new ArrayList<>();
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
   * A reader.
   *
   * @param detectDuplicates whether to refuse an object naming a field twice; set when the parser
   *     does not do it itself (Jackson's detector costs a HashSet per object)
   */
  JsonDocReader(JsonParser p, boolean lenient, int maxNumberLength, boolean detectDuplicates) {
    this.p = p;
    this.lenient = lenient;
    this.maxNumberLength = maxNumberLength;
    this.detectDuplicates = detectDuplicates;
  }

  List<CodecProblem> problems() {
    return problems;
  }

  Map<String, Map<String, JsonNode>> extras() {
    return extras;
  }

  // ---------------------------------------------------------------- errors and positions

  private String pointer() {
    return p.getParsingContext().pathAsPointer().toString();
  }

  Location here() {
    // past the last token (empty or truncated input) the token's location is unset: name where
    // the input ended instead, which is line 1, column 1 for an empty input, never "column 0"
    JsonLocation l = p.currentToken() == null ? p.currentLocation() : p.currentTokenLocation();
    return Location.ofJson(pointer(), l.getLineNr(), l.getColumnNr());
  }

  /** Where the parser is now (for its own errors, which may not carry a location). */
  Location now() {
    JsonLocation l = p.currentLocation();
    return Location.ofJson(pointer(), l.getLineNr(), l.getColumnNr());
  }

  CodecException error(String reason) {
    return new CodecException(here(), reason);
  }

  /** A malformed value: fails when strict, is recorded (and the value dropped) when lenient. */
  private <T> @Nullable T malformed(String reason) throws IOException {
    if (!lenient) {
      throw error(reason);
    }
    problems.add(CodecProblem.of("malformed-value", here(), reason));
    p.skipChildren();
    return null;
  }

  private void unknown(String field, String objectPointer) throws IOException {
    if (!lenient) {
      throw error("unknown field '" + field + "'");
    }
    problems.add(CodecProblem.of("unknown-field", here(), "unknown field '" + field + "' kept aside"));
    extras.computeIfAbsent(objectPointer, k -> new LinkedHashMap<>()).put(field, tree());
  }

  /**
   * The value at the current token as a tree that writes back as it was read: numbers keep their
   * text ({@code -0}, {@code 1E2}, {@code 007.50}), where a parsed number would print as {@code 0}
   * or {@code 1E+2}; strings are checked for lone surrogates as every other string. Depth is
   * bounded by the parser's nesting limit.
   */
  private JsonNode tree() throws IOException {
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
            throw error("unexpected end of input in an array");
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
        throw error("unexpected " + describe(t));
    }
  }

  private static final com.fasterxml.jackson.databind.node.JsonNodeFactory NODES =
      com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;

  /** Where an object started: a cheap mark, turned into a {@link Location} only on failure. */
  private Start start() {
    JsonLocation l = p.currentTokenLocation();
    return new Start(l.getLineNr(), l.getColumnNr());
  }

  private static final class Start {
    final int line;
    final int column;

    Start(int line, int column) {
      this.line = line;
      this.column = column;
    }
  }

  /** At an object's END_OBJECT the parsing context is the parent's, which points at the object. */
  private Location at(Start s) {
    return Location.ofJson(pointer(), s.line, s.column);
  }

  /** A page place ({@code 6:56.6,120.0,300.2,134.5}), or null for JSON null. */
  private @Nullable PagePlace place() throws IOException {
    Start where = start();
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return PagePlace.parse(text);
    } catch (BudgetException e) {
      throw new CodecException(at(where), "invalid page place «" + text + "» (page:x0,y0,x1,y1)", e);
    }
  }

  private <T> T build(Supplier<T> builder, Start start) {
    try {
      return builder.get();
    } catch (IllegalStateException | IllegalArgumentException | BudgetException e) {
      String m = String.valueOf(e.getMessage());
      int missing = m.indexOf("required attributes are not set ");
      if (missing >= 0) {
        // Immutables names the attributes by accessor, which is also the JSON field name
        throw new CodecException(at(start), "missing required field(s) "
            + m.substring(missing + "required attributes are not set ".length()), e);
      }
      throw new CodecException(at(start), "invalid object: " + m, e);
    }
  }

  private void expect(JsonToken token, String what) {
    if (p.currentToken() != token) {
      throw error("expected " + what + ", found " + describe(p.currentToken()));
    }
  }

  private static String describe(@Nullable JsonToken t) {
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
  private void fields(String what, BiConsumer<String, String> handler) throws IOException {
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
  private int open(String what) {
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
  private String objectPointer(int d) {
    return pointers[d];
  }

  /**
   * Advances to the next field of the object in slot d and onto its value.
   *
   * @return the field's name, or null at the object's end
   */
  private @Nullable String nextField(int d, String what) throws IOException {
    JsonToken t = p.nextToken();
    if (t != JsonToken.FIELD_NAME) {
      depth = d;
      if (t != JsonToken.END_OBJECT) {
        throw error("expected a field name or the end of " + what);
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

  private void checkDuplicate(int d, String name) {
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
  private CodecException duplicate(String name) {
    return error("malformed JSON: Duplicate field '" + name + "'");
  }

  /** Carries IOException out of the functional handlers. */
  private static final class Unchecked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unchecked(IOException e) {
      super(e);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  @FunctionalInterface
  private interface Field {
    void read() throws IOException;
  }

  private static void io(Field f) {
    try {
      f.read();
    } catch (IOException e) {
      throw new Unchecked(e);
    }
  }

  private void array(String what, Field element) throws IOException {
    expect(JsonToken.START_ARRAY, what);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw error("unexpected end of input in " + what);
      }
      element.read();
    }
  }

  // ---------------------------------------------------------------- scalars

  private @Nullable String string() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return malformed("expected a string, found " + describe(p.currentToken()));
    }
    return unpaired(p.getText());
  }

  /**
   * The text, refused when it holds a lone surrogate: the parser accepts an escape such as
   * <code>"&#92;ud800x"</code>, but no encoding can write that character back (CSV wrote it as {@code ?x}).
   */
  private String unpaired(String s) {
    int i = Utf8.loneSurrogate(s);
    if (i >= 0) {
      throw error(String.format("lone surrogate \\u%04x at index %d of the string: not a character", (int) s.charAt(i), i));
    }
    return s;
  }

  /** A string that is likely to repeat within the document, read once per distinct value. */
  private @Nullable String sharedString() throws IOException {
    String v = string();
    if (v == null || v.length() > MAX_SHARED_LENGTH) {
      return v;
    }
    String prior = sharedStrings.putIfAbsent(v, v);
    return prior == null ? v : prior;
  }

  private @Nullable Integer integer() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return malformed("expected an integer, found " + describe(p.currentToken()));
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      return malformed("integer out of range: " + p.getText());
    }
    return p.getIntValue();
  }

  private @Nullable Integer line() throws IOException {
    Integer v = integer();
    if (v != null && v < 1) {
      return malformed("a line number is at least 1: " + v);
    }
    return v;
  }

  private boolean bool() throws IOException {
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

  private @Nullable BigDecimal decimal() throws IOException {
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
      problems.add(CodecProblem.of("malformed-value", here(), "amount written as a JSON number, read exactly"));
      return new BigDecimal(s);
    }
    return malformed("expected a decimal string, found " + describe(t));
  }

  private <E extends Enum<E>> @Nullable E constant(Class<E> type) throws IOException {
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

  private static boolean matches(String name, char[] text, int off) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) != text[off + i]) {
        return false;
      }
    }
    return true;
  }

  private List<String> strings(String what) throws IOException {
    List<String> out = new ArrayList<>();
    array(what, () -> {
      String s = string();
      if (s != null) {
        out.add(s);
      }
    });
    return out;
  }

  private static <T> void set(@Nullable T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  // ---------------------------------------------------------------- document

  Disclosure disclosure() throws IOException {
    Start where = start();
    Disclosure.Builder b = Disclosure.builder();
    boolean[] version = {false};
    fields("a document", (f, ptr) -> io(() -> {
      switch (f) {
        case "formatVersion":
          Integer v = integer();
          if (v == null || v != JsonDocWriter.FORMAT_VERSION) {
            throw error("unsupported formatVersion " + (v == null ? "" : v) + ", this reader reads "
                + JsonDocWriter.FORMAT_VERSION);
          }
          version[0] = true;
          break;
        case "department":
          set(department(), b::department);
          break;
        case "year":
          Integer y = integer();
          if (y != null) {
            if (y < FiscalYear.MIN_VALUE || y > FiscalYear.MAX_VALUE) {
              malformed("year out of range " + FiscalYear.MIN_VALUE + ".." + FiscalYear.MAX_VALUE + ": " + y);
            } else {
              b.year(FiscalYear.of(y));
            }
          }
          break;
        case "stage":
          set(constant(Stage.class), b::stage);
          break;
        case "precision":
          set(precision(), b::precision);
          break;
        case "title":
          set(string(), b::title);
          break;
        case "source":
          set(string(), b::source);
          break;
        case "contents":
          b.addAllContents(strings("contents"));
          break;
        case "notes":
          array("notes", () -> set(note(), b::addNotes));
          break;
        case "tables":
          array("tables", () -> b.addTables(table()));
          break;
        case "projects":
          array("projects", () -> b.addProjects(project()));
          break;
        case "goals":
          array("goals", () -> b.addGoals(goal()));
          break;
        case "selfEvaluations":
          array("selfEvaluations", () -> b.addSelfEvaluations(selfEvaluation()));
          break;
        case "frameworks":
          array("frameworks", () -> b.addFrameworks(framework()));
          break;
        case "narrative":
          List<Paragraph> paragraphs = new java.util.ArrayList<>();
          array("narrative", () -> set(paragraph(), paragraphs::add));
          b.narrative(Narrative.of(paragraphs));
          break;
        default:
          unknown(f, ptr);
      }
    }));
    if (!version[0]) {
      throw new CodecException(at(where), "missing required field 'formatVersion'");
    }
    return build(b::build, where);
  }

  private @Nullable Department department() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return malformed("expected an object, found " + describe(p.currentToken()));
    }
    Start where = start();
    Department.Builder b = Department.builder();
    fields("department", (f, ptr) -> io(() -> {
      switch (f) {
        case "name":
          set(string(), b::name);
          break;
        case "code":
          set(string(), b::code);
          break;
        case "units":
          array("units", () -> set(unit(), b::addUnits));
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private @Nullable BudgetUnit unit() throws IOException {
    Start where = start();
    BudgetUnit.Builder b = BudgetUnit.builder();
    fields("a unit", (f, ptr) -> io(() -> {
      switch (f) {
        case "name":
          set(string(), b::name);
          break;
        case "role":
          set(constant(UnitRole.class), b::role);
          break;
        case "code":
          set(string(), b::code);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  @Nullable Precision precision() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return malformed("expected an object, found " + describe(p.currentToken()));
    }
    Start where = start();
    Object[] parts = new Object[2];
    fields("precision", (f, ptr) -> io(() -> {
      switch (f) {
        case "unit":
          parts[0] = constant(AmountUnit.class);
          break;
        case "scale":
          parts[1] = integer();
          break;
        default:
          unknown(f, ptr);
      }
    }));
    if (parts[0] == null || parts[1] == null) {
      throw new CodecException(at(where), "missing required field '" + (parts[0] == null ? "unit" : "scale") + "'");
    }
    return build(() -> Precision.of((AmountUnit) parts[0], (Integer) parts[1]), where);
  }

  /** A narrative paragraph: its text, and its page, line and section when known. */
  private @Nullable Paragraph paragraph() throws IOException {
    Start where = start();
    Paragraph.Builder b = Paragraph.builder();
    boolean[] text = new boolean[1];
    fields("a narrative paragraph", (f, ptr) -> io(() -> {
      switch (f) {
        case "text":
          set(string(), v -> {
            b.text(v);
            text[0] = true;
          });
          break;
        case "page":
          set(line(), b::page);
          break;
        case "line":
          set(line(), b::line);
          break;
        case "section":
          set(string(), b::section);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    if (!text[0]) {
      throw new CodecException(at(where), "missing required field 'text'");
    }
    return build(b::build, where);
  }

  private @Nullable Note note() throws IOException {
    Start where = start();
    Object[] parts = new Object[2];
    fields("a note", (f, ptr) -> io(() -> {
      switch (f) {
        case "text":
          parts[0] = string();
          break;
        case "line":
          parts[1] = line();
          break;
        default:
          unknown(f, ptr);
      }
    }));
    if (parts[0] == null) {
      throw new CodecException(at(where), "missing required field 'text'");
    }
    return parts[1] == null ? Note.of((String) parts[0]) : Note.of((String) parts[0], (Integer) parts[1]);
  }

  // ---------------------------------------------------------------- tables

  DisclosureTable table() throws IOException {
    Start where = start();
    DisclosureTable.Builder b = DisclosureTable.builder();
    fields("a table", (f, ptr) -> io(() -> {
      switch (f) {
        case "kind":
          set(constant(TableKind.class), b::kind);
          break;
        case "number":
          set(string(), b::number);
          break;
        case "title":
          set(string(), b::title);
          break;
        case "issuer":
          set(string(), b::issuer);
          break;
        case "amountUnit":
          set(constant(AmountUnit.class), b::amountUnit);
          break;
        case "emptyStatement":
          set(string(), b::emptyStatement);
          break;
        case "line":
          set(line(), b::line);
          break;
        case "place":
          set(place(), b::place);
          break;
        case "columns":
          array("columns", () -> b.addColumns(column()));
          break;
        case "rows":
          array("rows", () -> b.addRows(row()));
          break;
        case "notes":
          array("notes", () -> set(note(), b::addNotes));
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private Column column() throws IOException {
    Start where = start();
    Column.Builder b = Column.builder();
    fields("a column", (f, ptr) -> io(() -> {
      switch (f) {
        case "key":
          set(string(), b::key);
          break;
        case "concept":
          set(constant(Concept.class), b::concept);
          break;
        case "header":
          b.addAllHeader(strings("header"));
          break;
        case "parent":
          set(string(), b::parent);
          break;
        case "partOf":
          b.partOf(bool());
          break;
        case "side":
          set(constant(Side.class), b::side);
          break;
        case "number":
          set(string(), b::number);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private Row row() throws IOException {
    Start where = start();
    Row.Builder b = Row.builder();
    String digits = null;
    Scheme scheme = null;
    Start codeAt = null;
    // a plain loop rather than fields(): rows are the bulk of every document
    int d = open("a row");
    String f;
    while ((f = nextField(d, "a row")) != null) {
      switch (f) {
        case "kind":
          RowKind kindValue = constant(RowKind.class);
          if (kindValue != null) {
            b.kind(kindValue);
          }
          break;
        case "code":
          digits = string();
          codeAt = start();
          break;
        case "scheme":
          scheme = constant(Scheme.class);
          break;
        case "label":
          String labelValue = sharedString();
          if (labelValue != null) {
            b.label(labelValue);
          }
          break;
        case "concept":
          Concept conceptValue = constant(Concept.class);
          if (conceptValue != null) {
            b.concept(conceptValue);
          }
          break;
        case "unit":
          String unitValue = sharedString();
          if (unitValue != null) {
            b.unit(unitValue);
          }
          break;
        case "side":
          Side sideValue = constant(Side.class);
          if (sideValue != null) {
            b.side(sideValue);
          }
          break;
        case "number":
          String numberValue = string();
          if (numberValue != null) {
            b.number(numberValue);
          }
          break;
        case "line":
          Integer lineValue = line();
          if (lineValue != null) {
            b.line(lineValue);
          }
          break;
        case "place":
          PagePlace placeValue = place();
          if (placeValue != null) {
            b.place(placeValue);
          }
          break;
        case "cells":
          int c = open("cells");
          String key;
          while ((key = nextField(c, "cells")) != null) {
            Cell cell = cell();
            if (cell != null) {
              b.putCells(key, cell);
            }
          }
          break;
        default:
          unknown(f, objectPointer(d));
      }
    }
    if (digits != null || scheme != null) {
      ClassificationCode c = code(digits, scheme, codeAt == null ? where : codeAt);
      if (c != null) {
        b.code(c);
      }
    }
    return build(b::build, where);
  }
  /** The location (pointer included) is computed only for a problem: it costs a path walk. */
  private @Nullable ClassificationCode code(@Nullable String digits, @Nullable Scheme scheme, Start s) {
    String problem = null;
    ClassificationCode c = null;
    if (digits == null || scheme == null) {
      problem = digits == null ? "a scheme without a code" : "a code without its scheme";
    } else {
      java.util.HashMap<String, ClassificationCode> shared =
          scheme == Scheme.FUNCTIONAL ? sharedFunctional : sharedEconomic;
      ClassificationCode known = shared.get(digits);
      if (known != null && known.scheme() == scheme) {
        return known;
      }
      try {
        c = scheme == Scheme.FUNCTIONAL ? FunctionalCode.parse(digits) : EconomicCode.parse(digits);
        if (c.scheme() == scheme && c.digits().equals(digits)) {
          shared.put(digits, c);
        }
        if (c.scheme() != scheme || !c.digits().equals(digits)) {
          problem = "code '" + digits + "' is not a canonical " + scheme + " code";
          c = null;
        }
      } catch (BudgetException e) {
        problem = "malformed code '" + digits + "': " + e.getMessage();
      }
    }
    if (problem != null) {
      Location where = Location.ofJson(pointer() + "/code", s.line, s.column);
      if (!lenient) {
        throw new CodecException(where, problem);
      }
      problems.add(CodecProblem.of("malformed-value", where, problem));
    }
    return c;
  }

  private void cells(String what, BiConsumer<String, Cell> put) throws IOException {
    int d = open(what);
    String key;
    while ((key = nextField(d, what)) != null) {
      Cell c = cell();
      if (c != null) {
        put.accept(key, c);
      }
    }
  }

  @Nullable Cell cell() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING || lenient && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)) {
      BigDecimal v = decimal();
      // "-0", "007", "-00.50": the value prints otherwise, so the text is kept as printed
      return v == null ? null : Cell.of(v, p.getText());
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return malformed("expected a decimal string or a cell object, found " + describe(p.currentToken()));
    }
    Start where = start();
    Object[] parts = new Object[5];
    fields("a cell", (f, ptr) -> io(() -> {
      switch (f) {
        case "value":
          parts[0] = decimal();
          // "-0", "007": a value that prints otherwise keeps its text, unless "printed" says more
          parts[4] = parts[0] == null ? null : p.getText();
          break;
        case "printed":
          parts[1] = string();
          break;
        case "mark":
          parts[2] = constant(CellMark.class);
          break;
        case "repaired":
          parts[3] = bool();
          break;
        default:
          unknown(f, ptr);
      }
    }));
    if (parts[2] == null) {
      throw new CodecException(at(where), "missing required field 'mark'");
    }
    if (parts[1] == null && parts[4] != null && !parts[4].equals(((BigDecimal) parts[0]).toPlainString())) {
      parts[1] = parts[4];
    }
    try {
      return Cells.of((BigDecimal) parts[0], (String) parts[1], (CellMark) parts[2], Boolean.TRUE.equals(parts[3]));
    } catch (IllegalArgumentException e) {
      if (!lenient) {
        throw new CodecException(at(where), "inconsistent cell: " + e.getMessage(), e);
      }
      problems.add(CodecProblem.of("malformed-value", at(where), "inconsistent cell dropped: " + e.getMessage()));
      return null;
    }
  }

  // ---------------------------------------------------------------- projects and performance

  private Project project() throws IOException {
    Start where = start();
    Project.Builder b = Project.builder();
    fields("a project", (f, ptr) -> io(() -> {
      switch (f) {
        case "name":
          set(string(), b::name);
          break;
        case "code":
          set(string(), b::code);
          break;
        case "unit":
          set(string(), b::unit);
          break;
        case "category":
          set(constant(ProjectCategory.class), b::category);
          break;
        case "attribute":
          set(constant(ProjectAttribute.class), b::attribute);
          break;
        case "startYear":
          set(integer(), b::startYear);
          break;
        case "endYear":
          set(integer(), b::endYear);
          break;
        case "total":
          set(cell(), b::total);
          break;
        case "amounts":
          cells("amounts", b::putAmounts);
          break;
        case "goal":
          set(string(), b::goal);
          break;
        case "line":
          set(line(), b::line);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private PerformanceGoal goal() throws IOException {
    Start where = start();
    PerformanceGoal.Builder b = PerformanceGoal.builder();
    fields("a goal", (f, ptr) -> io(() -> {
      switch (f) {
        case "scope":
          set(constant(GoalScope.class), b::scope);
          break;
        case "title":
          set(string(), b::title);
          break;
        case "unit":
          set(string(), b::unit);
          break;
        case "department":
          set(string(), b::department);
          break;
        case "project":
          set(string(), b::project);
          break;
        case "budget":
          set(cell(), b::budget);
          break;
        case "amountUnit":
          set(constant(AmountUnit.class), b::amountUnit);
          break;
        case "tasks":
          array("tasks", () -> b.addTasks(labelled()));
          break;
        case "longTermGoal":
          set(string(), b::longTermGoal);
          break;
        case "annualGoal":
          set(string(), b::annualGoal);
          break;
        case "indicators":
          array("indicators", () -> b.addIndicators(indicator()));
          break;
        case "line":
          set(line(), b::line);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private SelfEvaluation selfEvaluation() throws IOException {
    Start where = start();
    SelfEvaluation.Builder b = SelfEvaluation.builder();
    fields("a self-evaluation", (f, ptr) -> io(() -> {
      switch (f) {
        case "scope":
          set(constant(GoalScope.class), b::scope);
          break;
        case "project":
          set(string(), b::project);
          break;
        case "projectAmount":
          set(cell(), b::projectAmount);
          break;
        case "department":
          set(string(), b::department);
          break;
        case "implementingUnit":
          set(string(), b::implementingUnit);
          break;
        case "amountUnit":
          set(constant(AmountUnit.class), b::amountUnit);
          break;
        case "funding":
          array("funding", () -> b.addFunding(labelled()));
          break;
        case "expectedGoal":
          set(string(), b::expectedGoal);
          break;
        case "achievement":
          set(string(), b::achievement);
          break;
        case "indicators":
          array("indicators", () -> b.addIndicators(indicator()));
          break;
        case "totalWeight":
          set(cell(), b::totalWeight);
          break;
        case "totalScore":
          set(cell(), b::totalScore);
          break;
        case "grade":
          set(string(), b::grade);
          break;
        case "line":
          set(line(), b::line);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private LabelledAmounts labelled() throws IOException {
    Start where = start();
    LabelledAmounts.Builder b = LabelledAmounts.builder();
    fields("labelled amounts", (f, ptr) -> io(() -> {
      switch (f) {
        case "label":
          set(string(), b::label);
          break;
        case "description":
          set(string(), b::description);
          break;
        case "cells":
          cells("cells", b::putCells);
          break;
        case "line":
          set(line(), b::line);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private Indicator indicator() throws IOException {
    Start where = start();
    Indicator.Builder b = Indicator.builder();
    fields("an indicator", (f, ptr) -> io(() -> {
      switch (f) {
        case "level1Text":
          set(string(), b::level1Text);
          break;
        case "level2Text":
          set(string(), b::level2Text);
          break;
        case "name":
          set(string(), b::name);
          break;
        case "targetText":
          set(string(), b::targetText);
          break;
        case "nature":
          set(string(), b::nature);
          break;
        case "value":
          set(string(), b::value);
          break;
        case "measureUnit":
          set(string(), b::measureUnit);
          break;
        case "direction":
          set(string(), b::direction);
          break;
        case "weight":
          set(cell(), b::weight);
          break;
        case "actual":
          set(string(), b::actual);
          break;
        case "score":
          set(cell(), b::score);
          break;
        case "deviation":
          set(string(), b::deviation);
          break;
        case "history":
          fields("history", (k, q) -> io(() -> set(string(), v -> b.putHistory(k, v))));
          break;
        case "line":
          set(line(), b::line);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private EvaluationFramework framework() throws IOException {
    Start where = start();
    EvaluationFramework.Builder b = EvaluationFramework.builder();
    fields("a framework", (f, ptr) -> io(() -> {
      switch (f) {
        case "title":
          set(string(), b::title);
          break;
        case "roots":
          array("roots", () -> b.addRoots(node()));
          break;
        case "line":
          set(line(), b::line);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }

  private FrameworkNode node() throws IOException {
    Start where = start();
    FrameworkNode.Builder b = FrameworkNode.builder();
    fields("a framework node", (f, ptr) -> io(() -> {
      switch (f) {
        case "level":
          set(integer(), b::level);
          break;
        case "name":
          set(string(), b::name);
          break;
        case "referenceScore":
          set(cell(), b::referenceScore);
          break;
        case "descriptions":
          b.addAllDescriptions(strings("descriptions"));
          break;
        case "children":
          array("children", () -> b.addChildren(node()));
          break;
        case "line":
          set(line(), b::line);
          break;
        default:
          unknown(f, ptr);
      }
    }));
    return build(b::build, where);
  }
}
