package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

  /**
   * What a row is, to match department and unit rows: the total (TOTAL and UNIT rows, and a row of
   * concept TOTAL), a code of a scheme, a concept, or a normalised label; per side. Made of the
   * strings and enums the row holds rather than concatenated per row.
   */
  static final class Key {
    private final Object what;
    private final @Nullable String detail;
    private final Side side;
    private final int hash;

    Key(Object what, @Nullable String detail, Side side) {
      this.what = what;
      this.detail = detail;
      this.side = side;
      // ordinals for enums: an enum's hashCode is its identity hash, a native call
      int w = what instanceof Enum ? ((Enum<?>) what).ordinal() : what.hashCode();
      this.hash = (w * 31 + (detail == null ? 0 : detail.hashCode())) * 31 + side.ordinal();
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key)) {
        return false;
      }
      Key k = (Key) o;
      return hash == k.hash && side == k.side && what.equals(k.what) && Objects.equals(detail, k.detail);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static final String TOTAL = Concept.TOTAL.name();
  private static final String LABEL = "label:";

  static Key key(Row r) {
    if (r.kind() == RowKind.TOTAL || r.kind() == RowKind.UNIT) {
      return new Key(TOTAL, null, r.side());
    }
    if (r.code().isPresent()) {
      return new Key(r.code().get().scheme(), r.code().get().digits(), r.side());
    }
    if (r.concept().isPresent()) {
      return new Key(r.concept().get().name(), null, r.side());
    }
    return new Key(LABEL, LABELS.get(r.label()), r.side());
  }

  // Concept.normalise runs three regular expressions; the same labels recur in every unit section
  private static final BoundedCache<String, String> LABELS = new BoundedCache<>(4096, Concept::normalise);

  @Override
  void checkTable(Disclosure d, RuleContext ctx, int ti, DisclosureTable t, List<Finding> out) {
    Map<Key, Integer> department = new LinkedHashMap<>();
    Map<String, Map<Key, Row>> units = new LinkedHashMap<>();
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
    for (Map.Entry<Key, Integer> e : department.entrySet()) {
      List<Row> matches = new ArrayList<>();
      for (Map<Key, Row> u : units.values()) {
        Row m = u.get(e.getKey());
        if (m != null) {
          matches.add(m);
        }
      }
      if (matches.isEmpty()) {
        continue;
      }
      Row dept = t.rows().get(e.getValue());
      int deptIndex = e.getValue();
      for (Column c : t.columns()) {
        if (!Tables.isAmountColumn(c) || Tables.unreadable(dept, c.key())
            || matches.stream().anyMatch(m -> Tables.unreadable(m, c.key()))) {
          // a cell printing text that is not a number: no sum through it is checked
          continue;
        }
        BigDecimal total = null;
        int terms = 0;
        for (Row m : matches) {
          BigDecimal v = Tables.amount(m, c.key());
          if (v != null) {
            total = total == null ? v : total.add(v);
            terms++;
          }
        }
        if (Comparisons.agrees(Tables.amount(dept, c.key()), total, terms)) {
          continue;
        }
        Optional<BigDecimal> dv = dept.value(c.key());
        Sum sum = new Sum();
        for (Row m : matches) {
          sum.add(m.value(c.key()));
        }
        Comparisons.compareSum(out, d, t, ctx,
            () -> Tables.cellLocation(Tables.rowLocation(Tables.tableLocation(ti, t), deptIndex, dept), c.key()), dv,
            sum, (actual, expected) -> finding(CODE, Severity.ERROR).arguments(t.title(), Tables.rowName(dept),
                c.label(), actual, expected, matches.size()));
      }
    }
  }
}
