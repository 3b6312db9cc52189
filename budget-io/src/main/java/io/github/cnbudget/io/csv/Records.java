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
import io.github.cnbudget.model.classification.ClassificationCode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The records of one tidy file, each able to name its physical row and fields in errors. */
final class Records {
  private Records() {}

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
    Columns<?, ?> columns = TidyColumns.of(file);
    int width = columns.columns().size();
    int[] ordinalOf = new int[fields.size()];
    int[] fieldOf = new int[width];
    int[] slotOf = new int[width];
    java.util.Arrays.fill(slotOf, -1);
    int slots = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      String col = fields.get(i);
      if (!seen.add(col)) {
        throw new CodecException(ReadProblem.Kind.DUPLICATE_FIELD, SourcePosition.ofCsv(name, line, i + 1), "duplicate column '" + col + "'");
      }
      int ordinal = columns.ordinal(col);
      if (ordinal < 0) {
        String msg = "unknown column '" + col + "'";
        if (!lenient) {
          throw new CodecException(ReadProblem.Kind.UNKNOWN_FIELD, SourcePosition.ofCsv(name, line, i + 1), msg);
        }
        problems.add(ReadProblem.of(ReadProblem.Kind.UNKNOWN_FIELD, Severity.WARNING, SourcePosition.ofCsv(name, line, i + 1), col, msg + " ignored"));
      }
      // derived columns are never read: their text is not even made into strings
      ordinalOf[i] = ordinal < 0 || columns.columns().get(ordinal).derived ? -1 : ordinal;
      if (ordinal >= 0) {
        fieldOf[ordinal] = i + 1;
        if (ordinalOf[i] >= 0) {
          slotOf[ordinal] = slots++;
        }
      }
    }
    boolean[] decimal = new boolean[width];
    for (TidyColumn<?, ?> c : columns.columns()) {
      if (!c.derived && !c.optional && fieldOf[c.ordinal] == 0) {
        throw new CodecException(ReadProblem.Kind.MISSING_FIELD, SourcePosition.ofCsv(name, line, 0), "missing column '" + c.name + "'");
      }
      decimal[c.ordinal] = c.amount;
    }
    return new Layout(columns, fields.size(), ordinalOf, fieldOf, slotOf, slots, decimal, maxNumberLength);
  }

  /** What the header of one file says: where each column is, and which fields are not kept. */
  static final class Layout {
    final Columns<?, ?> columns;
    final String fileName;
    final int width;
    /** Column ordinal of each physical field; -1 for a field not read (derived or unknown). */
    final int[] ordinalOf;
    /** One-based physical field of each column ordinal; 0 when the file lacks the column. */
    final int[] fieldOf;
    /** Where each column ordinal is kept in a record's fields; -1 when it is not read. */
    final int[] slotOf;
    /** How many fields a record keeps (a line item keeps 8 of its 18). */
    final int slots;
    /** Columns parsed as amounts while reading (the value of a line item or amount). */
    final boolean[] decimal;
    /** The longest amount accepted ({@link ReadOptions#maxNumberLength()}), as the JSON reader's. */
    final int maxNumberLength;
    /** Classification codes met so far in the file, by digits: each distinct code is parsed once. */
    final Map<String, ClassificationCode> functionalCodes = new HashMap<>();
    final Map<String, ClassificationCode> economicCodes = new HashMap<>();

    Layout(Columns<?, ?> columns, int width, int[] ordinalOf, int[] fieldOf, int[] slotOf, int slots, boolean[] decimal,
        int maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
      this.columns = columns;
      this.fileName = columns.file.fileName();
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
}
