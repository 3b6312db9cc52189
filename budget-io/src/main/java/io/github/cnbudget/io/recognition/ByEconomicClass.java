package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Placement by the economic class's kind of basic spending (按经济分类定人员经费): 工资福利支出 (301) and
 * 对个人和家庭的补助 (303) are 人员经费 by definition, so a row of those classes in a table by economic class
 * holds nothing under 公用经费; a row whose values then meet its columns one for one is read in printed
 * order. The converse does not hold: documents count some 商品和服务支出 (302: 工会经费, 福利费, 其他交通费用)
 * as 人员经费, so a 302 row is left to the sums. One of the rules {@link ColumnInference} applies;
 * stateless.
 */
final class ByEconomicClass {
  private static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");
  private static final Set<TableKind> BY_ECONOMIC_CLASS = Set.of(TableKind.GENERAL_PUBLIC_BY_ECONOMIC,
      TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC);

  private ByEconomicClass() {}

  /** Places the row's values when its economic class leaves one column per value. */
  static void byEconomicClass(RowDraft r, TableDraft table, CellReader cells, List<ReadProblem> problems) {
    if (!BY_ECONOMIC_CLASS.contains(table.title.kind) || r.code == null || r.code.digits().length() < 3
        || !PERSONNEL_CLASSES.contains(r.code.digits().substring(0, 3))) {
      return;
    }
    List<Column> possible = new ArrayList<>();
    for (Column c : r.pendingColumns) {
      if (c.concept() != Concept.PUBLIC_USE) {
        possible.add(c);
      }
    }
    if (possible.size() < r.pendingColumns.size() && possible.size() == r.pending.size()) {
      ColumnInference.place(r, possible, cells, problems,
          "工资福利支出 (301) and 对个人和家庭的补助 (303) are 人员经费, never 公用经费");
    }
  }
}
