package io.github.cnbudget.io.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.CodecProblem;
import io.github.cnbudget.io.Location;
import io.github.cnbudget.io.ReadOptions;
import io.github.cnbudget.io.internal.Cells;
import io.github.cnbudget.model.Amounts;
import io.github.cnbudget.model.TextParseException;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The records of one tidy file, each able to name its physical row and fields in errors. */
final class Records {
  private Records() {}

  static List<Rec> read(TidyFile file, String text, ReadOptions options, boolean lenient, List<CodecProblem> problems) {
    String name = file.fileName();
    List<Rec> out = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder()
        // field counts are checked here, to name the row and field in the error
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .skipEmptyLines(true)
        .ofCsvRecord(text)) {
      boolean header = true;
      int width = 0;
      for (CsvRecord r : reader) {
        if (header) {
          header = false;
          List<String> fields = r.getFields();
          width = fields.size();
          for (int i = 0; i < fields.size(); i++) {
            String col = fields.get(i);
            if (index.put(col, i) != null) {
              throw new CodecException(Location.ofCsv(name, r.getStartingLineNumber(), i + 1), "duplicate column '" + col + "'");
            }
            if (!file.columns().contains(col)) {
              String msg = "unknown column '" + col + "'";
              if (!lenient) {
                throw new CodecException(Location.ofCsv(name, r.getStartingLineNumber(), i + 1), msg);
              }
              problems.add(CodecProblem.of("unknown-field", Location.ofCsv(name, r.getStartingLineNumber(), i + 1), msg + " ignored"));
            }
          }
          for (String col : file.columns()) {
            if (!file.isDerived(col) && !index.containsKey(col)) {
              throw new CodecException(Location.ofCsv(name, r.getStartingLineNumber(), 0), "missing column '" + col + "'");
            }
          }
          continue;
        }
        if (r.getFieldCount() != width) {
          throw new CodecException(Location.ofCsv(name, r.getStartingLineNumber(), Math.min(r.getFieldCount(), width) + 1),
              "row has " + r.getFieldCount() + " fields, the header has " + width);
        }
        for (int i = 0; i < r.getFieldCount(); i++) {
          if (r.getField(i).length() > options.maxStringLength()) {
            throw new CodecException(Location.ofCsv(name, r.getStartingLineNumber(), i + 1),
                "field longer than the maximum of " + options.maxStringLength() + " characters");
          }
        }
        out.add(new Rec(name, r.getStartingLineNumber(), r.getFields(), index));
      }
      if (header) {
        throw new CodecException(Location.ofCsv(name, 1, 0), "no header row");
      }
    } catch (CsvParseException e) {
      throw new CodecException(Location.ofCsv(name, 0, 0), "malformed CSV: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      throw new CodecException(Location.ofCsv(name, 0, 0), "malformed CSV: " + e.getMessage(), e);
    }
    return out;
  }

  /** One record: field access by column name, with errors naming row and field. */
  /** Enum constants by type: {@code getEnumConstants()} copies its array on every call. */
  private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  static final class Rec {
    final String file;
    final long row;
    private final List<String> fields;
    private final Map<String, Integer> index;

    Rec(String file, long row, List<String> fields, Map<String, Integer> index) {
      this.file = file;
      this.row = row;
      this.fields = fields;
      this.index = index;
    }

    CodecException error(String column, String reason) {
      Integer i = index.get(column);
      return new CodecException(Location.ofCsv(file, row, i == null ? 0 : i + 1), "column '" + column + "': " + reason);
    }

    CodecException error(String reason) {
      return new CodecException(Location.ofCsv(file, row, 0), reason);
    }

    /** The field's text; empty when the column is absent (derived columns only). */
    String str(String column) {
      Integer i = index.get(column);
      return i == null ? "" : fields.get(i);
    }

    Optional<String> opt(String column) {
      String s = str(column);
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    int integer(String column) {
      OptionalInt v = optInt(column);
      if (v.isEmpty()) {
        throw error(column, "a number is required");
      }
      return v.getAsInt();
    }

    OptionalInt optInt(String column) {
      String s = str(column).strip();
      if (s.isEmpty()) {
        return OptionalInt.empty();
      }
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
      return OptionalInt.of((int) v);
    }

    /** A positive one-based index. */
    int index(String column) {
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

    <E extends Enum<E>> E constant(String column, Class<E> type) {
      return optConstant(column, type).orElseThrow(() -> error(column, "a value is required"));
    }

    <E extends Enum<E>> Optional<E> optConstant(String column, Class<E> type) {
      String s = str(column);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      for (Object e : CONSTANTS.get(type)) {
        if (((Enum<?>) e).name().equals(s)) {
          return Optional.of(type.cast(e));
        }
      }
      throw error(column, "unknown " + type.getSimpleName() + " '" + abbreviate(s) + "'");
    }

    boolean bool(String column) {
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
      // the line-item columns are constants: no name built per cell
      String printedColumn = prefix.isEmpty() ? "printed" : prefix + "printed";
      String markColumn = prefix.isEmpty() ? "mark" : prefix + "mark";
      String valueText = str(valueColumn);
      String printed = str(printedColumn);
      String markText = str(markColumn);
      boolean repaired = bool(prefix.isEmpty() ? "repaired" : prefix + "repaired");
      if (markText.isEmpty()) {
        if (valueText.isEmpty() && printed.isEmpty()) {
          if (repaired) {
            throw error(markColumn, "a repaired cell needs a mark");
          }
          return Optional.empty();
        }
        // a hand-made file without marks: read the text as printed
        return Optional.of(Cell.printed(printed.isEmpty() ? valueText : printed));
      }
      CellMark mark = constant(markColumn, CellMark.class);
      BigDecimal value = null;
      if (!valueText.isEmpty()) {
        value = amount(valueColumn, valueText);
        if (printed.isEmpty() && !Cells.isDecimal(valueText.strip())) {
          printed = valueText; // e.g. 2,958 or full-width digits: keep what was written
        }
      }
      try {
        return Optional.of(Cells.of(value, printed.isEmpty() ? null : printed, mark, repaired));
      } catch (IllegalArgumentException e) {
        throw error(markColumn, "inconsistent cell: " + e.getMessage());
      }
    }

    private BigDecimal amount(String column, String text) {
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
