package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Set;

/**
 * “三公” tables printed by rows (seed 001: one row per item, columns 合计 / 一般公共预算 / …): per
 * column, “三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费, and 公务用车购置及运行维护费
 * = 购置费 + 运行维护费 (财政部 “三公” 经费口径). Tables printed by columns are checked by the column
 * identities.
 */
final class ThreePublicRowsRule extends TableRule {
  static final String CODE = "three-public-mismatch";

  ThreePublicRowsRule() {
    super("three-public-sum", Set.of(CODE), Set.of("arithmetic"),
        "“三公” total = travel + vehicles + reception; vehicles = purchase + operation (tables printed by rows)");
  }

  /** Not checked when the “三公” table is absent or was not read. */
  @Override
  public List<NotChecked> notChecked(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    return Coverage.need(d, id(), "“三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费",
        TableKind.THREE_PUBLIC);
  }

  @Override
  void checkTable(Disclosure d, RuleContext ctx, int ti, DisclosureTable t, List<Finding> out) {
    if (t.kind() != TableKind.THREE_PUBLIC) {
      return;
    }
    Map<Concept, Integer> rows = new EnumMap<>(Concept.class);
    for (int ri = 0; ri < t.rows().size(); ri++) {
      Row r = t.rows().get(ri);
      if (r.unit().isEmpty() && r.concept().isPresent()) {
        rows.putIfAbsent(r.concept().get(), ri);
      }
    }
    Location tl = Tables.tableLocation(ti, t);
    check(d, ctx, t, tl, rows, Concept.OFFICIAL_VEHICLES, List.of(Concept.VEHICLE_PURCHASE, Concept.VEHICLE_OPERATION),
        out);
    List<Concept> parts = rows.containsKey(Concept.OFFICIAL_VEHICLES)
        ? List.of(Concept.OVERSEAS_TRAVEL, Concept.OFFICIAL_VEHICLES, Concept.OFFICIAL_RECEPTION)
        : List.of(Concept.OVERSEAS_TRAVEL, Concept.VEHICLE_PURCHASE, Concept.VEHICLE_OPERATION,
            Concept.OFFICIAL_RECEPTION);
    check(d, ctx, t, tl, rows, Concept.THREE_PUBLIC_TOTAL, parts, out);
  }

  private void check(Disclosure d, RuleContext ctx, DisclosureTable t, Location tl, Map<Concept, Integer> rows,
      Concept total, List<Concept> parts, List<Finding> out) {
    Integer ti = rows.get(total);
    if (ti == null) {
      return;
    }
    List<Row> partRows = new ArrayList<>();
    for (Concept c : parts) {
      if (rows.containsKey(c)) {
        partRows.add(t.rows().get(rows.get(c)));
      }
    }
    if (partRows.size() < 2) {
      return;
    }
    Row totalRow = t.rows().get(ti);
    Supplier<Location> rl = () -> Tables.rowLocation(tl, ti, totalRow);
    for (Column c : t.columns()) {
      if (!Tables.isAmountColumn(c)) {
        continue;
      }
      Sum sum = new Sum();
      for (Row p : partRows) {
        sum.add(p.value(c.key()));
      }
      Comparisons.compareSum(out, d, t, ctx, () -> Tables.cellLocation(rl.get(), c.key()), totalRow.value(c.key()), sum,
          (actual, expected) -> finding(CODE, Severity.ERROR).arguments(t.title(), total.chinese(), c.label(), actual,
              expected));
    }
  }
}
