package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.util.List;
import java.util.Set;

/**
 * An empty table says so (空表说明): a table with no non-zero amount must print its statement
 * (本表无数据, 本年度无发生额, or a note explaining why), otherwise a reader cannot tell an empty
 * table from a lost one. The statement may be the table's {@code emptyStatement} or a note.
 */
final class EmptyTableRule extends TableRule {
  static final String CODE = "empty-table-without-statement";

  EmptyTableRule() {
    super("empty-table-statement", Set.of(CODE), Set.of("completeness"),
        "An empty table prints a statement such as 本表无数据");
  }

  @Override
  void checkTable(Disclosure d, RuleContext ctx, int ti, DisclosureTable t, List<Finding> out) {
    if (!t.rows().isEmpty() && t.columns().stream().noneMatch(Tables::isAmountColumn)) {
      // a list with rows and no amount column (单位构成: 序号, 单位名称, 备注) prints no amounts to miss
      return;
    }
    if (t.isEmpty() && t.emptyStatement().isEmpty() && !explainedByNote(t)) {
      out.add(finding(CODE, Severity.WARNING).location(Tables.tableLocation(ti, t)).arguments(t.title()).build());
    }
  }

  static boolean explainedByNote(DisclosureTable t) {
    for (Note n : t.notes()) {
      String s = n.text();
      // Notes printed with an empty table explain it in many wordings (本单位无政府性基金预算支出,
      // 本年度未安排, 没有发生额): any negation counts as the statement.
      if (s.contains("无") || s.contains("没有") || s.contains("未") || s.contains("空表")) {
        return true;
      }
    }
    return false;
  }
}
