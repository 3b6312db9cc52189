package io.github.cnbudget.io.text;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How well a reading's classification rows add up (分级科目合计核对): the rows whose amount, in each column
 * they print, equals the sum of the rows of the next level printed under them. Two readings of one
 * text are told apart by it; it judges no document. Stateless; not instantiable.
 */
final class RowSums {
  private RowSums() {}

  /** The parent rows of every table that equal the sum of their children in every column they print. */
  static int met(Disclosure d) {
    int met = 0;
    for (DisclosureTable t : d.tables()) {
      List<Row> rows = t.rows();
      for (int i = 0; i < rows.size(); i++) {
        if (adds(rows, i, t.columns())) {
          met++;
        }
      }
    }
    return met;
  }

  /**
   * The parent rows of a table that differ from the sum of their children in a column they print, by
   * more than the rounding of one unit of the last printed digit a child.
   */
  static int apart(DisclosureTable t) {
    List<Row> rows = t.rows();
    int apart = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (differs(rows, i, t.columns())) {
        apart++;
      }
    }
    return apart;
  }

  private static boolean differs(List<Row> rows, int at, List<Column> columns) {
    for (Column c : columns) {
      Optional<Sum> s = sum(rows, at, c);
      if (s.isPresent() && s.get().children > 0) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, s.get().total.scale()));
        if (s.get().sum.subtract(s.get().total).abs().compareTo(unit.multiply(BigDecimal.valueOf(s.get().children))) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the row has children under it (before the next unit) and equals their sum wherever it prints. */
  private static boolean adds(List<Row> rows, int at, List<Column> columns) {
    boolean printed = false;
    for (Column c : columns) {
      Optional<Sum> s = sum(rows, at, c);
      if (s.isEmpty()) {
        continue;
      }
      if (s.get().children == 0 || s.get().sum.compareTo(s.get().total) != 0) {
        return false;
      }
      printed = true;
    }
    return printed;
  }

  /** A coded row's amount in a column and the sum of its children's (the rows of the next level under it). */
  private record Sum(BigDecimal total, BigDecimal sum, int children) {}

  /** The sum under a coded row in a column it prints; empty for a row without a code or an amount there. */
  private static Optional<Sum> sum(List<Row> rows, int at, Column c) {
    Row parent = rows.get(at);
    Optional<BigDecimal> total = value(parent, c);
    if (parent.code().isEmpty() || total.isEmpty()) {
      return Optional.empty();
    }
    ClassificationCode code = parent.code().get();
    BigDecimal sum = BigDecimal.ZERO;
    int children = 0;
    for (int j = at + 1; j < rows.size() && rows.get(j).kind() != RowKind.UNIT; j++) {
      Row r = rows.get(j);
      if (r.code().flatMap(ClassificationCode::parent).filter(code::equals).isPresent()) {
        sum = sum.add(value(r, c).orElse(BigDecimal.ZERO));
        children++;
      }
    }
    return Optional.of(new Sum(total.get(), sum, children));
  }

  private static Optional<BigDecimal> value(Row r, Column c) {
    Cell cell = r.cells().get(c.key());
    return cell == null ? Optional.empty() : cell.value();
  }
}
