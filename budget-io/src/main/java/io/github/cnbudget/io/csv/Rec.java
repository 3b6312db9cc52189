package io.github.cnbudget.io.csv;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.SourcePosition;
import io.github.cnbudget.io.internal.Cells;
import io.github.cnbudget.model.Amounts;
import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.TextParseException;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.PagePlace;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One record of a tidy file (记录): its fields by column ordinal ({@link TidyColumn#ordinal}), each
 * read as the type its column holds, with errors naming the physical row and field.
 */
final class Rec {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {};

  /** Enum constants by type: {@code getEnumConstants()} copies its array on every call. */
  private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  final long row;
  final Records.Layout layout;
  /** By {@link Records.Layout#slotOf slot}: a String, a BigDecimal (parsed amount columns) or null (absent). */
  private final Object[] fields;

  Rec(long row, Records.Layout layout, Object[] fields) {
    this.row = row;
    this.layout = layout;
    this.fields = fields;
  }

  private @Nullable Object field(int column) {
    int slot = layout.slotOf[column];
    return slot < 0 ? null : fields[slot];
  }

  CodecException error(int column, String reason) {
    return new CodecException(ReadProblem.Kind.MALFORMED_VALUE, SourcePosition.ofCsv(layout.fileName, row,
        layout.fieldOf[column]), "column '" + layout.columns.columns().get(column).name + "': " + reason);
  }

  CodecException error(String reason) {
    return new CodecException(ReadProblem.Kind.MALFORMED_VALUE, SourcePosition.ofCsv(layout.fileName, row, 0), reason);
  }

  /** The field's text; empty when the column is absent (derived and optional columns only). */
  String str(int column) {
    Object v = field(column);
    if (v == null) {
      return "";
    }
    // an amount parsed while reading was a canonical plain decimal: its plain form is its text
    return v instanceof String ? (String) v : ((BigDecimal) v).toPlainString();
  }

  boolean isEmpty(int column) {
    Object v = field(column);
    return v == null || v instanceof String && ((String) v).isEmpty();
  }

  boolean isBlank(int column) {
    return str(column).isBlank();
  }

  /** A page place ({@code 6:56.6,120.0,300.2,134.5}), null when the field or the column is absent. */
  @Nullable PagePlace place(int column) {
    String s = str(column);
    if (s.isEmpty()) {
      return null;
    }
    try {
      return PagePlace.parse(s);
    } catch (BudgetException e) {
      throw error(column, "not a page place (page:x0,y0,x1,y1): '" + abbreviate(s) + "'");
    }
  }

  int integer(int column) {
    String s = str(column);
    if (s.isEmpty() || s.isBlank()) {
      throw error(column, "a number is required");
    }
    return parseInt(column, s);
  }

  private int parseInt(int column, String text) {
    String s = text.strip();
    if (s.length() > 10) {
      throw error(column, "not an integer: '" + abbreviate(s) + "'");
    }
    long v = 0;
    boolean negative = s.charAt(0) == '-';
    int start = negative ? 1 : 0;
    if (start == s.length()) {
      throw error(column, "not an integer: '" + s + "'");
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = c >= '0' && c <= '9' ? c - '0' : c >= '\uff10' && c <= '\uff19' ? c - '\uff10' : -1;
      if (d < 0) {
        throw error(column, "not an integer: '" + s + "'");
      }
      v = v * 10 + d;
    }
    v = negative ? -v : v;
    if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
      throw error(column, "integer out of range: '" + s + "'");
    }
    return (int) v;
  }

  /** A positive one-based index. */
  int index(int column) {
    int v = integer(column);
    if (v < 1) {
      throw error(column, "an index starts at 1: " + v);
    }
    return v;
  }

  /** A line number, 0 when absent. */
  int line(int column) {
    String s = str(column);
    if (s.isBlank()) {
      return 0;
    }
    int v = parseInt(column, s);
    if (v < 1) {
      throw error(column, "a line number is at least 1: " + v);
    }
    return v;
  }

  <E extends Enum<E>> E constant(int column, Class<E> type) {
    E v = constantOrNull(column, type);
    if (v == null) {
      throw error(column, "a value is required");
    }
    return v;
  }

  <E extends Enum<E>> @Nullable E constantOrNull(int column, Class<E> type) {
    String s = str(column);
    if (s.isEmpty()) {
      return null;
    }
    for (Object e : CONSTANTS.get(type)) {
      if (((Enum<?>) e).name().equals(s)) {
        return type.cast(e);
      }
    }
    throw error(column, "unknown " + type.getSimpleName() + " '" + abbreviate(s) + "'");
  }

  boolean bool(int column) {
    String s = str(column);
    if (s.isEmpty() || s.equals("false")) {
      return false;
    }
    if (s.equals("true")) {
      return true;
    }
    throw error(column, "expected true, false or nothing: '" + abbreviate(s) + "'");
  }

  /** A JSON array of strings; empty when the field is. */
  List<String> strings(int column) {
    return json(column, STRINGS, v -> v.contains(null), List.of(), "expected a JSON array of strings");
  }

  /** A JSON object of strings; empty when the field is. */
  Map<String, String> stringMap(int column) {
    return json(column, STRING_MAP, v -> v.containsValue(null), Map.of(), "expected a JSON object of strings");
  }

  private <T> T json(int column, TypeReference<? extends T> type, Predicate<T> holdsNull, T empty, String expected) {
    String s = str(column);
    if (s.isEmpty()) {
      return empty;
    }
    try {
      T v = JSON.readValue(s, type);
      if (v == null || holdsNull.test(v)) {
        throw error(column, expected);
      }
      return v;
    } catch (java.io.IOException | RuntimeException e) {
      if (e instanceof CodecException) {
        throw (CodecException) e;
      }
      throw error(column, expected + ": " + abbreviate(String.valueOf(e.getMessage())));
    }
  }

  /**
   * A classification code from its digits and scheme, null when both are empty; each distinct code
   * of the file is parsed once.
   */
  @Nullable ClassificationCode code(int codeColumn, int schemeColumn) {
    String digits = str(codeColumn);
    Scheme scheme = constantOrNull(schemeColumn, Scheme.class);
    if (digits.isEmpty() && scheme == null) {
      return null;
    }
    if (digits.isEmpty() || scheme == null) {
      throw error(digits.isEmpty() ? codeColumn : schemeColumn, "code and scheme go together");
    }
    Map<String, ClassificationCode> known = scheme == Scheme.FUNCTIONAL ? layout.functionalCodes : layout.economicCodes;
    ClassificationCode c = known.get(digits);
    if (c != null) {
      return c;
    }
    try {
      c = scheme == Scheme.FUNCTIONAL ? FunctionalCode.parse(digits) : EconomicCode.parse(digits);
    } catch (BudgetException e) {
      if (e instanceof CodecException) {
        throw e;
      }
      throw error(codeColumn, "malformed code: " + e.getMessage());
    }
    if (c.scheme() != scheme) {
      throw error(schemeColumn, "code '" + digits + "' is not of scheme " + scheme);
    }
    // parsing is a function of the text, so a code read once stands for every later equal text
    known.put(digits, c);
    return c;
  }

  /** A cell from the given columns (ordinals), null when all four are empty. */
  @Nullable Cell cellOrNull(int valueColumn, int printedColumn, int markColumn, int repairedColumn) {
    Object rawValue = field(valueColumn);
    String printed = str(printedColumn);
    String markText = str(markColumn);
    boolean repaired = bool(repairedColumn);
    if (markText.isEmpty()) {
      String valueText = str(valueColumn);
      if (valueText.isEmpty() && printed.isEmpty()) {
        if (repaired) {
          throw error(markColumn, "a repaired cell needs a mark");
        }
        return null;
      }
      // a hand-made file without marks: read the text as printed
      return Cell.printed(printed.isEmpty() ? valueText : printed);
    }
    CellMark mark = constant(markColumn, CellMark.class);
    BigDecimal value = null;
    if (rawValue instanceof BigDecimal) {
      // parsed while reading: a plain decimal, so its text needs no printed form
      value = (BigDecimal) rawValue;
    } else if (rawValue != null && !((String) rawValue).isEmpty()) {
      String valueText = (String) rawValue;
      value = amount(valueColumn, valueText);
      if (printed.isEmpty() && !valueText.equals(value.toPlainString())) {
        // e.g. 2,958, full-width digits, -0, 007, " 5 ": what was written is kept as printed
        printed = valueText;
      }
    }
    try {
      return Cells.of(value, printed.isEmpty() ? null : printed, mark, repaired);
    } catch (InvalidValueException e) {
      throw error(markColumn, "inconsistent cell: " + e.getMessage());
    }
  }

  private BigDecimal amount(int column, String text) {
    if (text.length() > layout.maxNumberLength) {
      // the bound of every reader: parsing a million digits costs seconds, and JSON would refuse them
      throw error(column, "amount longer than the maximum of " + layout.maxNumberLength + " characters");
    }
    if (text.length() <= Amounts.MAX_LENGTH) {
      // the canonical form (plain digits) parses as Amounts.parse would, without its rewriting
      BigDecimal plain = Cells.parseDecimal(text);
      if (plain != null) {
        return plain;
      }
    }
    try {
      return Amounts.parse(text);
    } catch (TextParseException e) {
      throw error(column, "not an amount: '" + abbreviate(text) + "' (" + e.reason() + " at index " + e.errorIndex() + ")");
    }
  }

  static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
