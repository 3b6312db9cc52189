package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
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
 *
 * <p>A missing table is named as the document's stage and family name it, so that the finance officer
 * recognises it: a 决算 lacks its 支出决算表 (the national final-account template's names); a budget
 * whose tables carry Shanghai's names (部门支出预算总表, …功能分类预算表) lacks its 部门支出预算总表;
 * another budget its 部门支出总表 (the Ministry of Finance's eight tables).
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
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
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
    return finding(CODE, s).location(Location.at("/tables")).arguments(name(k, d), d.stage().documentTerm(), k.name())
        .build();
  }

  /** Each standard table's name in a 决算 (the national template), a budget, and a Shanghai budget. */
  private static final java.util.Map<TableKind, List<String>> NAMES = java.util.Map.of(
      TableKind.INCOME_EXPENDITURE_SUMMARY, List.of("收入支出决算总表", "部门收支总表", "部门财务收支预算总表"),
      TableKind.INCOME, List.of("收入决算表", "部门收入总表", "部门收入预算总表"),
      TableKind.EXPENDITURE, List.of("支出决算表", "部门支出总表", "部门支出预算总表"),
      TableKind.FISCAL_APPROPRIATION_SUMMARY, List.of("财政拨款收入支出决算总表", "财政拨款收支总表", "部门财政拨款收支预算总表"),
      TableKind.GENERAL_PUBLIC_BY_FUNCTION,
      List.of("一般公共预算财政拨款支出决算表", "一般公共预算支出表", "部门一般公共预算支出功能分类预算表"),
      TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC,
      List.of("一般公共预算财政拨款基本支出决算表", "一般公共预算基本支出表", "部门一般公共预算基本支出部门预算经济分类预算表"),
      TableKind.GOVERNMENT_FUND, List.of("政府性基金预算财政拨款收入支出决算表", "政府性基金预算支出表", "部门政府性基金预算支出功能分类预算表"),
      TableKind.STATE_CAPITAL, List.of("国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算支出表", "国有资本经营预算支出功能分类预算表"),
      TableKind.THREE_PUBLIC, List.of("财政拨款“三公”经费支出决算表", "一般公共预算“三公”经费支出表", "部门“三公”经费和机关运行经费预算表"));

  /** The name the document's stage and family give the table. */
  private static String name(TableKind k, Disclosure d) {
    int family;
    if (d.stage() != Stage.BUDGET) {
      family = 0;
    } else {
      boolean shanghai = d.tables().stream().anyMatch(t -> t.title().contains("预算总表")
          || t.title().contains("功能分类预算表"));
      family = shanghai ? 2 : 1;
    }
    List<String> names = NAMES.get(k);
    return names == null ? k.chinese() : names.get(family);
  }

}
