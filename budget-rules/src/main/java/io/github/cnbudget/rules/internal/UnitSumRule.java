package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;

/**
 * Department = Σ units (部门 = Σ 单位): in a table that prints department-level rows and unit
 * sections (seed 000 表3) or one row per unit under the department row (seed 001), each
 * department row equals, per column, the sum of the matching rows of the units (the department
 * total against the units' total rows, a code against the same code). Rows no unit prints are not
 * compared: units may print fewer levels than the department.
 */
final class UnitSumRule extends TableRule {
  static final String CODE = "unit-sum-mismatch";

  UnitSumRule() {
    super("department-unit-sum", Set.of(CODE), Set.of("arithmetic"),
        "Each department-level row equals the sum of the same row over the budget units");
  }

  static String key(Row r) {
    if (r.kind() == RowKind.TOTAL || r.kind() == RowKind.UNIT) {
      return "TOTAL\u0000" + r.side();
    }
    if (r.code().isPresent()) {
      return r.code().get().scheme() + ":" + r.code().get().digits() + "\u0000" + r.side();
    }
    return r.concept().map(Concept::name).orElseGet(() -> "label:" + Concept.normalise(r.label())) + "\u0000" + r.side();
  }

  @Override
  void checkTable(Disclosure d, RuleContext ctx, int ti, DisclosureTable t, List<Finding> out) {
    Map<String, Integer> department = new LinkedHashMap<>();
    Map<String, Map<String, Row>> units = new LinkedHashMap<>();
    for (int i = 0; i < t.rows().size(); i++) {
      Row r = t.rows().get(i);
      if (r.unit().isEmpty()) {
        if (r.kind() != RowKind.UNIT) {
          department.putIfAbsent(key(r), i);
        }
      } else {
        units.computeIfAbsent(r.unit().get(), u -> new HashMap<>()).putIfAbsent(key(r), r);
      }
    }
    if (units.isEmpty() || department.isEmpty()) {
      return;
    }
    Location tl = Tables.tableLocation(ti, t);
    for (Map.Entry<String, Integer> e : department.entrySet()) {
      List<Row> matches = new ArrayList<>();
      for (Map<String, Row> u : units.values()) {
        Row m = u.get(e.getKey());
        if (m != null) {
          matches.add(m);
        }
      }
      if (matches.isEmpty()) {
        continue;
      }
      Row dept = t.rows().get(e.getValue());
      Supplier<Location> rl = () -> Tables.rowLocation(tl, e.getValue(), dept);
      for (Column c : t.columns()) {
        if (!Tables.isAmountColumn(c)) {
          continue;
        }
        Optional<BigDecimal> dv = dept.value(c.key());
        Sum sum = new Sum();
        for (Row m : matches) {
          sum.add(m.value(c.key()));
        }
        Comparisons.compareSum(out, d, t, ctx, () -> Tables.cellLocation(rl.get(), c.key()), dv, sum,
            (actual, expected) -> finding(CODE, Severity.ERROR).arguments(t.title(), Tables.rowName(dept), c.label(),
                actual, expected, matches.size()));
      }
    }
  }
}
