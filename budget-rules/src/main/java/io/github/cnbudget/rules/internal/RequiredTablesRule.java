package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The standard tables of the stage (规定公开报表): a budget discloses 收支总表, 收入总表, 支出总表,
 * 财政拨款收支总表, 一般公共预算支出表, 一般公共预算基本支出表 (or the economic table of all expenditure),
 * “三公”经费支出表 and 政府性基金预算支出表 (财政部《地方预决算公开操作规程》, the eight tables); a final
 * account discloses 公开01–09. 国有资本经营预算支出表, required in budgets by later rules, is a
 * WARNING when missing.
 */
final class RequiredTablesRule extends AbstractRule {
  static final String CODE = "missing-table";

  private static final List<TableKind> BUDGET = List.of(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.INCOME,
      TableKind.EXPENDITURE, TableKind.FISCAL_APPROPRIATION_SUMMARY, TableKind.GENERAL_PUBLIC_BY_FUNCTION,
      TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, TableKind.THREE_PUBLIC, TableKind.GOVERNMENT_FUND);

  RequiredTablesRule() {
    super("required-tables", Set.of(CODE), Set.of("completeness"),
        "The standard tables required for the document's stage are present");
  }

  @Override
  public List<Finding> check(Disclosure d, RuleContext ctx) {
    Set<TableKind> present = EnumSet.noneOf(TableKind.class);
    for (DisclosureTable t : d.tables()) {
      present.add(t.kind());
    }
    // The economic table of all general-public-budget expenditure also shows the basic part.
    if (present.contains(TableKind.GENERAL_PUBLIC_BY_ECONOMIC)) {
      present.add(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC);
    }
    List<Finding> out = new ArrayList<>();
    List<TableKind> required = new ArrayList<>();
    if (d.stage() == Stage.BUDGET) {
      required.addAll(BUDGET);
    } else {
      for (TableKind k : TableKind.values()) {
        if (k.finalAccountNumber() > 0) {
          required.add(k);
        }
      }
    }
    for (TableKind k : required) {
      if (!present.contains(k)) {
        out.add(missing(k, Severity.ERROR, d));
      }
    }
    if (d.stage() == Stage.BUDGET && !present.contains(TableKind.STATE_CAPITAL)) {
      out.add(missing(TableKind.STATE_CAPITAL, Severity.WARNING, d));
    }
    return out;
  }

  private Finding missing(TableKind k, Severity s, Disclosure d) {
    return finding(CODE, s).location(Location.at("/tables")).arguments(k.chinese(), d.stage().documentTerm(), k.name())
        .build();
  }
}
