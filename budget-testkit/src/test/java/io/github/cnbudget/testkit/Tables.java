package io.github.cnbudget.testkit;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Independent arithmetic over generated tables, for the tests (deliberately not shared with main code). */
final class Tables {
  private Tables() {}

  static BigDecimal v(Row row, String key) {
    return row.cell(key).map(Cell::valueOrZero).orElse(BigDecimal.ZERO);
  }

  static DisclosureTable table(Disclosure d, TableKind k) {
    return d.table(k).orElseThrow(() -> new AssertionError("no table " + k));
  }

  static Row total(DisclosureTable t) {
    return t.rows().stream().filter(r -> r.kind() == RowKind.TOTAL).findFirst()
        .orElseThrow(() -> new AssertionError("no TOTAL row in " + t.title()));
  }

  static BigDecimal dept(Disclosure d, TableKind k, String key) {
    DisclosureTable t = table(d, k);
    return t.rows().isEmpty() ? BigDecimal.ZERO : v(total(t), key);
  }

  /** The sum over units of the CODE rows with this code. */
  static BigDecimal sumUnits(DisclosureTable t, ClassificationCode code, String key) {
    BigDecimal s = BigDecimal.ZERO;
    for (Row r : t.rows()) {
      if (r.kind() == RowKind.CODE && r.code().equals(Optional.of(code))) {
        s = s.add(v(r, key));
      }
    }
    return s;
  }

  static Row item(DisclosureTable t, Concept c) {
    return t.rows().stream().filter(r -> r.concept().equals(Optional.of(c))).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + c + " in " + t.title()));
  }

  static List<Row> classRows(DisclosureTable t) {
    return t.rows().stream().filter(r -> r.side() == Side.EXPENDITURE && r.code().isPresent()).toList();
  }
}
