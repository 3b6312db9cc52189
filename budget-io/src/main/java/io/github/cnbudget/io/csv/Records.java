package io.github.cnbudget.io.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.SourcePosition;
import io.github.cnbudget.io.ReadOptions;
import io.github.cnbudget.io.internal.Cells;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.Amounts;
import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.TextParseException;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** The records of one tidy file, each able to name its physical row and fields in errors. */
final class Records {
  private Records() {}

  /** Column positions in {@link TidyFile#columns()}, by file: resolved once, never per field. */
  private static final Map<TidyFile, Map<String, Integer>> ORDINALS = new EnumMap<>(TidyFile.class);

  static {
    for (TidyFile f : TidyFile.values()) {
      Map<String, Integer> m = new HashMap<>();
      for (int i = 0; i < f.columns().size(); i++) {
        m.put(f.columns().get(i), i);
      }
      ORDINALS.put(f, m);
    }
  }

  /**
   * The position of a column in {@link TidyFile#columns()}, the index {@link Rec}'s accessors take.
   *
   * @throws IllegalArgumentException for a column the file does not have (a programming error)
   */
  static int column(TidyFile file, String column) {
    // every TidyFile has its ordinals
    Integer i = Objects.requireNonNull(ORDINALS.get(file)).get(column);
    if (i == null) {
      throw new IllegalArgumentException(file.fileName() + " has no column '" + column + "'");
    }
    return i;
  }

  /** FastCSV's default bound on one record, in characters. */
  private static final int DEFAULT_BUFFER = 16 * 1024 * 1024;

  /**
   * The records of one file.
   *
   * @param text the file's characters
   * @param maxChars at least the number of characters of the text
   * @throws UncheckedIOException caused by {@link CsvText.NotUtf8} where the text stops being UTF-8
   */
  static List<Rec> read(TidyFile file, Reader text, int maxChars, ReadOptions options, boolean spreadsheetSafe,
      boolean lenient, List<ReadProblem> problems) {
    String name = file.fileName();
    List<Rec> out = new ArrayList<>();
    Handler handler = new Handler(options.maxStringLength(), spreadsheetSafe);
    try (CsvReader<Rec> reader = CsvReader.builder()
        // field counts are checked here, to name the row and field in the error
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .skipEmptyLines(true)
        // a record may be as long as the file, as when the whole text is one string
        .maxBufferSize(Math.max(DEFAULT_BUFFER, maxChars + 1))
        .build(handler, text)) {
      Layout layout = null;
      for (Rec r : reader) {
        if (layout == null) {
          layout = header(file, handler.headerNames, r.row, options.maxNumberLength(), lenient, problems);
          handler.layout = layout;
          continue;
        }
        // the handler still holds the state of the record just returned: the next is parsed on demand
        int count = handler.fieldCount();
        if (count != layout.width) {
          throw new CodecException(ReadProblem.Kind.CSV_SYNTAX, SourcePosition.ofCsv(name, r.row, Math.min(count, layout.width) + 1),
              "row has " + count + " fields, the header has " + layout.width);
        }
        if (handler.tooLong >= 0) {
          throw new CodecException(ReadProblem.Kind.BOUND_EXCEEDED, SourcePosition.ofCsv(name, r.row, handler.tooLong + 1),
              "field longer than the maximum of " + options.maxStringLength() + " characters");
        }
        out.add(r);
      }
      if (layout == null) {
        throw new CodecException(ReadProblem.Kind.CSV_SYNTAX, SourcePosition.ofCsv(name, 1, 0), "no header row");
      }
    } catch (CsvParseException e) {
      throw new CodecException(ReadProblem.Kind.CSV_SYNTAX, SourcePosition.ofCsv(name, 0, 0), "malformed CSV: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CsvText.NotUtf8) {
        throw e;
      }
      throw new CodecException(ReadProblem.Kind.CSV_SYNTAX, SourcePosition.ofCsv(name, 0, 0), "malformed CSV: " + e.getMessage(), e);
    }
    return out;
  }

  private static Layout header(TidyFile file, List<String> fields, long line, int maxNumberLength, boolean lenient,
      List<ReadProblem> problems) {
    String name = file.fileName();
    Map<String, Integer> ordinals = Objects.requireNonNull(ORDINALS.get(file));
    int[] ordinalOf = new int[fields.size()];
    int[] fieldOf = new int[file.columns().size()];
    int[] slotOf = new int[file.columns().size()];
    java.util.Arrays.fill(slotOf, -1);
    int slots = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      String col = fields.get(i);
      if (!seen.add(col)) {
        throw new CodecException(ReadProblem.Kind.DUPLICATE_FIELD, SourcePosition.ofCsv(name, line, i + 1), "duplicate column '" + col + "'");
      }
      Integer ordinal = ordinals.get(col);
      if (ordinal == null) {
        String msg = "unknown column '" + col + "'";
        if (!lenient) {
          throw new CodecException(ReadProblem.Kind.UNKNOWN_FIELD, SourcePosition.ofCsv(name, line, i + 1), msg);
        }
        problems.add(ReadProblem.of(ReadProblem.Kind.UNKNOWN_FIELD, Severity.WARNING, SourcePosition.ofCsv(name, line, i + 1), col, msg + " ignored"));
      }
      // derived columns are never read: their text is not even made into strings
      ordinalOf[i] = ordinal == null || file.isDerived(col) ? -1 : ordinal;
      if (ordinal != null) {
        fieldOf[ordinal] = i + 1;
        if (ordinalOf[i] >= 0) {
          slotOf[ordinal] = slots++;
        }
      }
    }
    for (String col : file.columns()) {
      if (!file.isDerived(col) && !file.isOptional(col) && fieldOf[column(file, col)] == 0) {
        throw new CodecException(ReadProblem.Kind.MISSING_FIELD, SourcePosition.ofCsv(name, line, 0), "missing column '" + col + "'");
      }
    }
    boolean[] decimal = new boolean[file.columns().size()];
    if (file == TidyFile.LINE_ITEMS || file == TidyFile.AMOUNTS) {
      decimal[column(file, "value")] = true;
    }
    return new Layout(file, fields.size(), ordinalOf, fieldOf, slotOf, slots, decimal, maxNumberLength);
  }

  /** What the header of one file says: where each column is, and which fields are not kept. */
  static final class Layout {
    final TidyFile file;
    final String fileName;
    final int width;
    /** Column ordinal of each physical field; -1 for a field not read (derived or unknown). */
    final int[] ordinalOf;
    /** One-based physical field of each column ordinal; 0 when the file lacks the column. */
    final int[] fieldOf;
    /** Where each column ordinal is kept in a record's fields; -1 when it is not read. */
    final int[] slotOf;
    /** How many fields a record keeps (a line item keeps 8 of its 17). */
    final int slots;
    /** Columns parsed as amounts while reading (the value of a line item or amount). */
    final boolean[] decimal;
    /** The longest amount accepted ({@link ReadOptions#maxNumberLength()}), as the JSON reader's. */
    final int maxNumberLength;

    Layout(TidyFile file, int width, int[] ordinalOf, int[] fieldOf, int[] slotOf, int slots, boolean[] decimal,
        int maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
      this.file = file;
      this.fileName = file.fileName();
      this.width = width;
      this.ordinalOf = ordinalOf;
      this.fieldOf = fieldOf;
      this.slotOf = slotOf;
      this.slots = slots;
      this.decimal = decimal;
    }
  }

  /**
   * Builds records straight from the parser's buffer: fields no one reads are skipped, short texts
   * (indices, column keys, marks, codes, unit names) are shared within the file instead of copied
   * per record, and plain amounts are parsed without an intermediate string.
   */
  private static final class Handler extends AbstractBaseCsvCallbackHandler<Rec> {
    private static final int MAX_SHARED_LENGTH = 64;
    private static final int CACHE_SIZE = 4096;

    private final int maxLength;
    private final String[] shared = new String[CACHE_SIZE];
    private final char[][] sharedChars = new char[CACHE_SIZE][];
    final List<String> headerNames = new ArrayList<>();
    // null until the header is read
    @Nullable Layout layout;
    private Object @Nullable [] fields;
    /** The first field of the current record longer than allowed, -1 for none. */
    int tooLong;

    /** Whether text fields carry the formula escape of {@link Spreadsheets#neutralise}, to undo. */
    private final boolean spreadsheetSafe;

    Handler(int maxLength, boolean spreadsheetSafe) {
      this.maxLength = maxLength;
      this.spreadsheetSafe = spreadsheetSafe;
    }

    int fieldCount() {
      return getFieldCount();
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      fields = layout == null ? null : new Object[layout.slots];
      tooLong = -1;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
      if (layout == null) {
        headerNames.add(new String(buf, offset, len));
        return;
      }
      if (len > maxLength && tooLong < 0) {
        tooLong = fieldIdx;
      }
      if (fieldIdx >= layout.width) {
        return;
      }
      int ordinal = layout.ordinalOf[fieldIdx];
      if (ordinal < 0) {
        return;
      }
      int slot = layout.slotOf[ordinal];
      Object[] out = Objects.requireNonNull(fields, "handleBegin gave the record its slots");
      if (len == 0) {
        out[slot] = "";
      } else if (spreadsheetSafe && buf[offset] == '\'') {
        // escaped on writing (or a text that starts with an apostrophe): never an amount
        out[slot] = Spreadsheets.restore(new String(buf, offset, len));
      } else if (layout.decimal[ordinal]) {
        // an over-long amount stays text, refused by Rec.amount before any digit is parsed
        BigDecimal v = len <= layout.maxNumberLength && canonical(buf, offset, len) ? Cells.parseDecimal(buf, offset, len) : null;
        out[slot] = v != null ? v : new String(buf, offset, len);
      } else {
        out[slot] = len <= MAX_SHARED_LENGTH ? shared(buf, offset, len) : new String(buf, offset, len);
      }
    }

    /**
     * Whether a plain decimal's text is what its value prints as ({@code toPlainString}), so that
     * keeping only the value loses nothing: no leading zero, no negative zero.
     */
    private static boolean canonical(char[] buf, int offset, int len) {
      int i = offset;
      int end = offset + len;
      boolean negative = buf[i] == '-';
      if (negative) {
        i++;
      }
      if (i < end && buf[i] == '0') {
        if (i + 1 < end && buf[i + 1] != '.') {
          return false;
        }
        if (negative) {
          for (int j = i; j < end; j++) {
            if (buf[j] >= '1' && buf[j] <= '9') {
              return true;
            }
          }
          return false;
        }
      }
      return true;
    }

    /** One string per distinct short text of the file (a direct-mapped cache: bounded, no resizing). */
    private String shared(char[] buf, int offset, int len) {
      int h = 0;
      for (int i = offset; i < offset + len; i++) {
        h = 31 * h + buf[i];
      }
      int slot = (h ^ (h >>> 12)) & (CACHE_SIZE - 1);
      char[] known = sharedChars[slot];
      // compared as arrays (a vectorised mismatch), not char by char through the string
      if (known != null && java.util.Arrays.equals(known, 0, known.length, buf, offset, offset + len)) {
        return shared[slot];
      }
      String s = new String(buf, offset, len);
      shared[slot] = s;
      sharedChars[slot] = java.util.Arrays.copyOfRange(buf, offset, offset + len);
      return s;
    }

    // The header's record is built before there is a layout: read() takes only its row number and
    // never reads a field of it, so it carries a null layout and fields where every later record
    // has them.
    @SuppressWarnings("NullAway")
    @Override
    protected Rec buildRecord() {
      return new Rec(getStartingLineNumber(), layout, fields);
    }
  }

  /** Enum constants by type: {@code getEnumConstants()} copies its array on every call. */
  private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  /**
   * One record: field access by column ordinal (see {@link #column(TidyFile, String)}) or, off the
   * hot paths, by column name, with errors naming row and field.
   */
  static final class Rec {
    final long row;
    final Layout layout;
    /** By {@link Layout#slotOf slot}: a String, a BigDecimal (parsed amount columns) or null (absent). */
    private final Object[] fields;

    Rec(long row, Layout layout, Object[] fields) {
      this.row = row;
      this.layout = layout;
      this.fields = fields;
    }

    private @Nullable Object field(int column) {
      int slot = layout.slotOf[column];
      return slot < 0 ? null : fields[slot];
    }

    private int ordinal(String column) {
      return column(layout.file, column);
    }

    private String name(int column) {
      return layout.file.columns().get(column);
    }

    CodecException error(String column, String reason) {
      return error(ordinal(column), reason);
    }

    CodecException error(int column, String reason) {
      return new CodecException(ReadProblem.Kind.MALFORMED_VALUE, SourcePosition.ofCsv(layout.fileName, row, layout.fieldOf[column]),
          "column '" + name(column) + "': " + reason);
    }

    /** A page place ({@code 6:56.6,120.0,300.2,134.5}), empty when the cell or the column is absent. */
    Optional<PagePlace> place(String column) {
      int c = ordinal(column);
      String s = str(c);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(PagePlace.parse(s));
      } catch (BudgetException e) {
        throw error(c, "not a page place (page:x0,y0,x1,y1): '" + abbreviate(s) + "'");
      }
    }

    CodecException error(String reason) {
      return new CodecException(ReadProblem.Kind.MALFORMED_VALUE, SourcePosition.ofCsv(layout.fileName, row, 0), reason);
    }

    /** The field's text; empty when the column is absent (derived columns only). */
    String str(String column) {
      return str(ordinal(column));
    }

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

    Optional<String> opt(String column) {
      String s = str(column);
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    int integer(String column) {
      return integer(ordinal(column));
    }

    int integer(int column) {
      String s = str(column);
      if (s.isEmpty() || s.isBlank()) {
        throw error(column, "a number is required");
      }
      return parseInt(column, s);
    }

    OptionalInt optInt(String column) {
      int c = ordinal(column);
      String s = str(c);
      return s.isBlank() ? OptionalInt.empty() : OptionalInt.of(parseInt(c, s));
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
    int index(String column) {
      return index(ordinal(column));
    }

    int index(int column) {
      int v = integer(column);
      if (v < 1) {
        throw error(column, "an index starts at 1: " + v);
      }
      return v;
    }

    OptionalInt line(String column) {
      OptionalInt v = optInt(column);
      if (v.isPresent() && v.getAsInt() < 1) {
        throw error(column, "a line number is at least 1: " + v.getAsInt());
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

    <E extends Enum<E>> E constant(String column, Class<E> type) {
      return constant(ordinal(column), type);
    }

    <E extends Enum<E>> E constant(int column, Class<E> type) {
      E v = constantOrNull(column, type);
      if (v == null) {
        throw error(column, "a value is required");
      }
      return v;
    }

    <E extends Enum<E>> Optional<E> optConstant(String column, Class<E> type) {
      return Optional.ofNullable(constantOrNull(ordinal(column), type));
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

    boolean bool(String column) {
      return bool(ordinal(column));
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

    /**
     * A cell from the columns {@code prefix}, {@code prefix_printed}, {@code prefix_mark} and
     * {@code prefix_repaired} (or value, printed, mark, repaired when the prefix is "value").
     */
    Optional<Cell> cell(String valueColumn, String prefix) {
      Optional<Cell> cell = Optional.ofNullable(cellOrNull(ordinal(valueColumn),
          ordinal(prefix.isEmpty() ? "printed" : prefix + "printed"),
          ordinal(prefix.isEmpty() ? "mark" : prefix + "mark"),
          ordinal(prefix.isEmpty() ? "repaired" : prefix + "repaired")));
      // a cell in a record's own columns may have its place in one more (total_place, weight_place)
      if (!prefix.isEmpty() && layout.file.columns().contains(prefix + "place")) {
        Optional<PagePlace> at = place(prefix + "place");
        if (at.isPresent()) {
          if (cell.isEmpty()) {
            throw error(prefix + "place", "a place without a cell");
          }
          return Optional.of(cell.get().withPlace(at.get()));
        }
      }
      return cell;
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
  }

  static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
