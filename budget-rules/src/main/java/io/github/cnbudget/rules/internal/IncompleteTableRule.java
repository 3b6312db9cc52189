package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table printed in part (残表): 收入总表 and 支出总表 open with a 合计 row and list every 类 the
 * department spends on, the 类 that 收支总表 and the other of the two print. A table of these kinds
 * that has functional rows but neither a total row nor all of those 类 has lost pages (seed 001: its
 * 收入总体情况表 prints only its last page, 221 住房保障支出 and its children). The arithmetic rules
 * cannot see this: what is printed adds up, and with no 合计 there is no total to compare across
 * tables. A table with its total row is left to them.
 */
final class IncompleteTableRule extends AbstractRule {
  static final String CODE = "incomplete-table";

  /** The per-unit tables of all funds and the tables that print the same 类. */
  private static final Map<TableKind, Set<TableKind>> COMPANIONS = Map.of(
      TableKind.INCOME, EnumSet.of(TableKind.EXPENDITURE, TableKind.INCOME_EXPENDITURE_SUMMARY),
      TableKind.EXPENDITURE, EnumSet.of(TableKind.INCOME, TableKind.INCOME_EXPENDITURE_SUMMARY));

  IncompleteTableRule() {
    super("table-completeness", Set.of(CODE), Set.of("completeness"),
        "收入总表 and 支出总表 without a total row print every 类 their companion tables show");
  }

  /** Not checked when 收入总表 or 支出总表 is absent or was not read. */
  @Override
  public List<NotChecked> notChecked(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    return Coverage.need(d, id(), "收入总表 / 支出总表 cover the 类 of their companions", TableKind.INCOME,
        TableKind.EXPENDITURE);
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    for (int ti = 0; ti < d.tables().size(); ti++) {
      DisclosureTable t = d.tables().get(ti);
      Set<TableKind> companions = COMPANIONS.get(t.kind());
      if (companions == null || t.rows().stream().anyMatch(r -> r.kind() == RowKind.TOTAL)) {
        continue;
      }
      TreeSet<String> printed = classes(t, false);
      if (printed.isEmpty()) {
        continue;
      }
      TreeSet<String> shown = new TreeSet<>();
      List<String> titles = new ArrayList<>();
      for (DisclosureTable c : d.tables()) {
        if (companions.contains(c.kind())) {
          TreeSet<String> cs = classes(c, true);
          if (!cs.isEmpty()) {
            shown.addAll(cs);
            titles.add(c.title());
          }
        }
      }
      TreeSet<String> missing = new TreeSet<>(shown);
      missing.removeAll(printed);
      if (!missing.isEmpty()) {
        out.add(finding(CODE, Severity.WARNING).location(Tables.tableLocation(ti, t))
            .arguments(t.title(), String.join(", ", printed), String.join(", ", missing), String.join(", ", titles))
            .build());
      }
    }
    return out;
  }

  /**
   * The functional 类 a table's expenditure or single-sided rows cover (a 款 or 项 row covers its
   * 类); with {@code nonZero}, only rows with a non-zero amount (收支总表 lists every 类, spent or not).
   */
  private static TreeSet<String> classes(DisclosureTable t, boolean nonZero) {
    TreeSet<String> out = new TreeSet<>();
    for (Row r : t.rows()) {
      if (r.code().isEmpty() || r.side() == Side.INCOME) {
        continue;
      }
      ClassificationCode c = r.code().get();
      if (c.scheme() != Scheme.FUNCTIONAL) {
        continue;
      }
      if (!nonZero || r.cells().values().stream().map(Cell::valueOrZero).anyMatch(v -> v.signum() != 0)) {
        out.add(c.digits().substring(0, 3));
      }
    }
    return out;
  }
}
