package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.Repair;
import io.github.cnbudget.model.Amounts;
import io.github.cnbudget.model.TextParseException;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads printed cells into model cells, reading through the OCR damage seen in scanned disclosures
 * (blanks inside numbers such as {@code 461. 49}, a comma or ideographic full stop for the decimal
 * point such as {@code 461, 49}) and recording every such repair. Clean numbers (with thousands
 * separators) are read by {@link Amounts} and never counted as repairs.
 */
final class CellReader {
  private static final Pattern DAMAGED = Pattern.compile("^[-－]?[0-9０-９][0-9０-９\\s.,，．。]*$");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("^(-?\\d+)[,，](\\d{1,2})$");
  private static final Pattern ONE_DECIMAL = Pattern.compile("^\\d+\\.\\d$");
  private static final Pattern SPILL = Pattern.compile("^(\\d)(?:\\s+(.*))?$");

  private final int documentScale;
  private final List<Repair> repairs;

  CellReader(int documentScale, List<Repair> repairs) {
    this.documentScale = documentScale;
    this.repairs = repairs;
  }

  /** Whether a printed text reads as an amount, clean or damaged (no repair is recorded). */
  static boolean isAmountLike(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    try {
      Amounts.parse(t);
      return true;
    } catch (TextParseException e) {
      return repairedValue(t) != null;
    }
  }

  /** Reads a cell; damaged numbers become repaired cells and are recorded. */
  Cell read(String printed, int line) {
    String t = printed.strip();
    if (t.isEmpty()) {
      return Cell.blank();
    }
    Cell c = Cell.printed(t);
    if (c.mark() != CellMark.TEXT) {
      return c;
    }
    BigDecimal v = null;
    if (documentScale == 2 && t.matches("\\d+\\s+\\d{2}")) {
      // 3 30 where the decimal point was lost: the document prints two decimals everywhere
      v = new BigDecimal(t.replaceAll("\\s+", "."));
    } else {
      v = repairedValue(t);
    }
    if (v == null) {
      return c;
    }
    repairs.add(Repair.of(line, t, v, "damaged number"));
    return Cell.repaired(v, t);
  }

  private static @Nullable BigDecimal repairedValue(String t) {
    if (t.length() > Amounts.MAX_LENGTH || !DAMAGED.matcher(t).matches()) {
      return null;
    }
    // damage is a blank or two around a decimal point (461. 49, 5 0.6 0); 1 2 3 4 is a list of numbers
    if (!t.matches(".*[.,，．。].*") || t.split("\\s+").length > 3) {
      return null;
    }
    String s = t.replaceAll("\\s+", "").replace('。', '.').replace('．', '.');
    Matcher m = DECIMAL_COMMA.matcher(s);
    if (m.matches()) {
      s = m.group(1) + "." + m.group(2);
    }
    try {
      return Amounts.parse(s);
    } catch (TextParseException e) {
      return null;
    }
  }

  /**
   * Moves digits that OCR pushed into the next cell back: {@code 410.8 | 9 50.6 | 0} becomes
   * {@code 410.89 | 50.60 | }, when the document prints two decimals.
   *
   * @param cells the printed cells, changed in place
   * @param line the source line, for the report
   * @return the text printed in each changed cell, by index
   */
  java.util.Map<Integer, String> repairSpills(List<String> cells, int line) {
    java.util.Map<Integer, String> originals = new java.util.HashMap<>();
    if (documentScale != 2) {
      return originals;
    }
    for (int i = 0; i + 1 < cells.size(); i++) {
      String a = cells.get(i).replaceAll("\\s+", "");
      if (!ONE_DECIMAL.matcher(a).matches()) {
        continue;
      }
      Matcher m = SPILL.matcher(cells.get(i + 1).strip());
      if (!m.matches()) {
        continue;
      }
      String fixed = a + m.group(1);
      repairs.add(Repair.of(line, a + "|" + cells.get(i + 1).strip(), new BigDecimal(fixed),
          "digit spilled into the next cell"));
      originals.putIfAbsent(i, cells.get(i).strip());
      originals.putIfAbsent(i + 1, cells.get(i + 1).strip());
      cells.set(i, fixed);
      cells.set(i + 1, m.group(2) == null ? "" : m.group(2));
    }
    return originals;
  }
}
