package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Ordinal;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.arithmetic.Tolerance;
import io.github.cnbudget.rules.finding.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** Reading helpers shared by the table rules: locations, tolerances, values of column groups. */
final class Tables {
  private Tables() {}

  /** The location on the source line, when the value has one. */
  static Location onLine(Location l, OptionalInt line) {
    return line.isPresent() ? l.withLine(line.getAsInt()) : l;
  }

  /** The location in the budget unit, when the value names one (department-level places do not). */
  static Location inUnit(Location l, Optional<String> unit) {
    return unit.isPresent() ? l.withUnit(unit.get()) : l;
  }

  static Location tableLocation(int index, DisclosureTable t) {
    Location l = onLine(Location.at("/tables/" + index).withTable(t.title(), t.kind()), t.line());
    return t.place().isPresent() ? l.withPage(t.place().get().page()) : l;
  }

  static Location rowLocation(Location table, int rowIndex, Row r) {
    Location l = onLine(inUnit(table.child("rows").child(rowIndex), r.unit()), r.line());
    if (r.place().isPresent()) {
      l = l.withPage(r.place().get().page());
    }
    return l.withCode(rowName(r));
  }

  /**
   * {@link Ordinal#stripPrefix}, without running its regular expression on labels that cannot
   * start with an ordinal: an ordinal starts with a bracket, a Chinese numeral or an ASCII digit.
   */
  static String stripOrdinal(String label) {
    if (label.isEmpty()) {
      return label;
    }
    char first = label.charAt(0);
    if (first == '（' || first == '(' || (first >= '0' && first <= '9')) {
      return Ordinal.stripPrefix(label);
    }
    // a Chinese numeral is an ordinal only when followed by 、 . or ． (一般公共服务支出 is not)
    int i = 0;
    while (i < label.length() && NUMERALS.indexOf(label.charAt(i)) >= 0) {
      i++;
    }
    if (i == 0 || i == label.length() || "、.．".indexOf(label.charAt(i)) < 0) {
      return label;
    }
    return Ordinal.stripPrefix(label);
  }

  private static final String NUMERALS = "一二三四五六七八九十廿卅〇零百";

  static Location cellLocation(Location row, String columnKey) {
    return row.child("cells").child(columnKey).withColumn(columnKey);
  }

  /** The code digits of a code row, else its printed label (or concept when unlabelled). */
  static String rowName(Row r) {
    if (r.code().isPresent()) {
      return r.code().get().digits();
    }
    if (!r.label().isBlank()) {
      return r.label().strip();
    }
    return r.concept().map(Concept::chinese).orElse(r.kind().name());
  }

  /**
   * The tolerance of a table: the document's precision, unless the table prints another unit, in
   * which case the last digit of the printed values is used.
   */
  static Tolerance tolerance(Disclosure d, DisclosureTable t, RuleContext ctx, List<BigDecimal> operands) {
    Optional<AmountUnit> u = t.amountUnit();
    if (u.isEmpty() || u.get() == d.precision().unit()) {
      return Tolerance.of(d.precision(), ctx.toleranceFactor());
    }
    return scaleTolerance(ctx, operands);
  }

  static Tolerance scaleTolerance(RuleContext ctx, List<BigDecimal> operands) {
    int scale = 0;
    for (BigDecimal b : operands) {
      scale = Math.max(scale, b.scale());
    }
    return Tolerance.of(BigDecimal.ONE.movePointLeft(scale), ctx.toleranceFactor());
  }

  static boolean isAmountColumn(Column c) {
    return c.concept() != Concept.LINE_NUMBER;
  }

  /** Whether the row is a whole-table or whole-unit total row. */
  static boolean isTotalRow(Row r) {
    return r.kind() == RowKind.TOTAL || r.kind() == RowKind.UNIT;
  }

  /**
   * Whether a row's cell in a column prints text that is not a number (OCR damage), or the row
   * prints values not placed under a column and none in this one ({@link Row#isUnknown}): no sum
   * through it can be checked, as {@code notChecked} lists.
   */
  static boolean unreadable(Row r, String columnKey) {
    Cell c = r.cells().get(columnKey);
    return c != null && c.mark() == io.github.cnbudget.model.table.CellMark.TEXT || r.isUnknown(columnKey);
  }

  /** The value of a row's cell, null when the cell is missing or not an amount (as {@code Row.value}, no Optional). */
  static @Nullable BigDecimal amount(Row r, String columnKey) {
    Cell c = r.cells().get(columnKey);
    return c == null || !c.hasValue() ? null : c.valueOrZero();
  }

  /** The first cell value of a row in a column, or of its group (its 小计 child, else the sum of its parts). */
  static Optional<BigDecimal> value(DisclosureTable t, Row r, Column c) {
    return Optional.ofNullable(amount(t, r, c));
  }

  /** As {@link #value(DisclosureTable, Row, Column)}, null for empty: called per row and identity part. */
  static @Nullable BigDecimal amount(DisclosureTable t, Row r, Column c) {
    Cell cell = r.cells().get(c.key());
    if (cell != null && cell.hasValue()) {
      return cell.valueOrZero();
    }
    List<Column> children = t.children(c.key());
    if (children.isEmpty()) {
      return null;
    }
    for (Column ch : children) {
      if (ch.concept() == Concept.TOTAL && !ch.partOf()) {
        return amount(t, r, ch);
      }
    }
    BigDecimal sum = null;
    for (Column ch : children) {
      if (ch.partOf()) {
        continue;
      }
      BigDecimal v = amount(t, r, ch);
      if (v != null) {
        sum = sum == null ? v : sum.add(v);
      }
    }
    return sum;
  }

  /** The main amount column of a side: the first TOTAL column, else the first AMOUNT column, else the first one. */
  static Optional<Column> mainColumn(DisclosureTable t, Side side) {
    Column first = null;
    Column amount = null;
    for (Column c : t.columns()) {
      if (c.side() != side || !isAmountColumn(c)) {
        continue;
      }
      if (c.concept() == Concept.TOTAL && c.parent().isEmpty()) {
        return Optional.of(c);
      }
      if (amount == null && c.concept() == Concept.AMOUNT) {
        amount = c;
      }
      if (first == null) {
        first = c;
      }
    }
    return Optional.ofNullable(amount != null ? amount : first);
  }

  /** The column of a concept on a side: the first top-level one, else the first at any depth. */
  static Optional<Column> topColumn(DisclosureTable t, Side side, Concept concept) {
    Column nested = null;
    for (Column c : t.columns()) {
      if (c.side() == side && c.concept() == concept) {
        if (c.parent().isEmpty()) {
          return Optional.of(c);
        }
        if (nested == null) {
          nested = c;
        }
      }
    }
    return Optional.ofNullable(nested);
  }

  /** The department-level total row (TOTAL, no unit), else empty. */
  static Optional<Row> departmentTotal(DisclosureTable t) {
    for (Row r : t.rows()) {
      if (r.kind() == RowKind.TOTAL && r.unit().isEmpty()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

}
