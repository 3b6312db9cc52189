package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.RowKind;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The department's own line of a table by unit (部门合计行), printed right under 合计 with the
 * department's name (and code) before the units: 合计, then 335 某市医疗保障局, then 335001 …本级,
 * 335002 …中心. Read at first as a unit (a name ending in 局 is a unit's), it is the department's
 * total when it prints exactly the 合计 line's amounts; a unit printed under the department's name
 * (the 局本级 of some documents) prints its own. The rows read under it until the next unit are the
 * department's.
 */
final class DepartmentRow {
  private DepartmentRow() {}

  static void settle(TableDraft table, Units units) {
    if (table.rows.size() < 3) {
      return;
    }
    RowDraft total = table.rows.get(0);
    RowDraft own = table.rows.get(1);
    boolean named = units.isDepartment(own.label);
    if (total.kind != RowKind.TOTAL || !HeaderLayout.squeeze(total.label).matches("合计|总计") || !named
        || own.kind != RowKind.UNIT || !total.hasValues() || !sameAmounts(total, own)
        || table.rows.stream().skip(2).noneMatch(r -> r.kind == RowKind.UNIT)) {
      return;
    }
    String name = own.unit;
    own.kind = RowKind.TOTAL;
    own.unit = null;
    for (int i = 2; i < table.rows.size() && table.rows.get(i).kind != RowKind.UNIT; i++) {
      if (name != null && name.equals(table.rows.get(i).unit)) {
        table.rows.get(i).unit = null;
      }
    }
    if (name != null) {
      units.remove(name);
    }
    if (table.currentUnit != null && table.currentUnit.equals(name)) {
      table.currentUnit = null;
    }
  }

  /** Whether two lines print the same amounts in the same columns (and at least one). */
  private static boolean sameAmounts(RowDraft a, RowDraft b) {
    if (!a.cells.keySet().equals(b.cells.keySet())) {
      return false;
    }
    for (Map.Entry<String, Cell> e : a.cells.entrySet()) {
      Optional<BigDecimal> x = e.getValue().value();
      // the key sets are equal (above)
      Optional<BigDecimal> y = Objects.requireNonNull(b.cells.get(e.getKey())).value();
      if (x.isPresent() != y.isPresent() || x.isPresent() && x.get().compareTo(y.get()) != 0) {
        return false;
      }
    }
    return true;
  }
}
