package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequiredTablesRuleTest {
  private final RequiredTablesRule rule = new RequiredTablesRule();

  private static Disclosure without(TableKind kind) {
    Disclosure d = consistent();
    List<DisclosureTable> kept = d.tables().stream().filter(t -> t.kind() != kind).collect(Collectors.toList());
    return Fixtures.copy(d, kept);
  }

  @Test
  void check_allStandardTables_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_threePublicMissing_isError() {
    assertThat(rule.check(without(TableKind.THREE_PUBLIC), RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer(), f -> f.arguments().get(2))
        .containsExactly(tuple("missing-table", Severity.ERROR, "/tables", "THREE_PUBLIC"));
  }

  @Test
  void check_stateCapitalMissing_isWarning() {
    assertThat(rule.check(without(TableKind.STATE_CAPITAL), RuleContext.defaults()))
        .extracting(Finding::severity, f -> f.arguments().get(2))
        .containsExactly(tuple(Severity.WARNING, "STATE_CAPITAL"));
  }

  @Test
  void missingTable_isNamedAsTheStageAndFamilyNameIt() {
    Disclosure budget = without(TableKind.EXPENDITURE);
    Disclosure finalAccount = Disclosure.builder().department(budget.department()).year(budget.year())
        .stage(io.github.cnbudget.model.Stage.FINAL_ACCOUNT).precision(budget.precision()).addAllTables(budget.tables())
        .build();
    assertThat(rule.check(budget, RuleContext.defaults())).filteredOn(f -> f.arguments().get(2).equals("EXPENDITURE"))
        .extracting(f -> f.arguments().get(0)).containsExactly("部门支出总表");
    assertThat(rule.check(finalAccount, RuleContext.defaults()))
        .filteredOn(f -> f.arguments().get(2).equals("EXPENDITURE")).extracting(f -> f.arguments().get(0))
        .containsExactly("支出决算表");
    List<DisclosureTable> shanghai = budget.tables().stream().map(t -> t.kind() == TableKind.INCOME
        ? DisclosureTable.builder().kind(t.kind()).title("2024年部门收入预算总表").addAllColumns(t.columns())
            .addAllRows(t.rows()).build() : t).collect(Collectors.toList());
    assertThat(rule.check(Fixtures.copy(budget, shanghai), RuleContext.defaults()))
        .filteredOn(f -> f.arguments().get(2).equals("EXPENDITURE")).extracting(f -> f.message(java.util.Locale.CHINA))
        .containsExactly("部门预算缺少部门支出预算总表");
  }
}
