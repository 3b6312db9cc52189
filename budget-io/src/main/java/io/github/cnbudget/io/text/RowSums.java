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
    Row parent = rows.get(at);
    if (parent.code().isEmpty()) {
      return false;
    }
    ClassificationCode code = parent.code().get();
    for (Column c : columns) {
      Optional<BigDecimal> total = value(parent, c);
      if (total.isEmpty()) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      int children = 0;
      for (int j = at + 1; j < rows.size() && rows.get(j).kind() != RowKind.UNIT; j++) {
        Row r = rows.get(j);
        if (r.code().flatMap(ClassificationCode::parent).filter(code::equals).isPresent()) {
          sum = sum.add(value(r, c).orElse(BigDecimal.ZERO));
          children++;
        }
      }
      BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, total.get().scale()));
      if (children > 0 && sum.subtract(total.get()).abs().compareTo(unit.multiply(BigDecimal.valueOf(children))) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the row has children under it (before the next unit) and equals their sum wherever it prints. */
  private static boolean adds(List<Row> rows, int at, List<Column> columns) {
    Row parent = rows.get(at);
    if (parent.code().isEmpty()) {
      return false;
    }
    ClassificationCode code = parent.code().get();
    boolean printed = false;
    for (Column c : columns) {
      Optional<BigDecimal> total = value(parent, c);
      if (total.isEmpty()) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      int children = 0;
      for (int j = at + 1; j < rows.size() && rows.get(j).kind() != RowKind.UNIT; j++) {
        Row r = rows.get(j);
        if (r.code().flatMap(ClassificationCode::parent).filter(code::equals).isPresent()) {
          sum = sum.add(value(r, c).orElse(BigDecimal.ZERO));
          children++;
        }
      }
      if (children == 0 || sum.compareTo(total.get()) != 0) {
        return false;
      }
      printed = true;
    }
    return printed;
  }

  private static Optional<BigDecimal> value(Row r, Column c) {
    Cell cell = r.cells().get(c.key());
    return cell == null ? Optional.empty() : cell.value();
  }
}
