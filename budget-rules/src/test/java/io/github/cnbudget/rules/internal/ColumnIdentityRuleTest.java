package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static io.github.cnbudget.rules.fixtures.Fixtures.pointer;
import static io.github.cnbudget.rules.fixtures.Fixtures.withCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.fixtures.Fixtures;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ColumnIdentityRuleTest {
  private final ColumnIdentityRule rule = new ColumnIdentityRule();

  @Test
  void check_consistentColumns_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_basicChanged_totalNoLongerBasicPlusProject() {
    Disclosure d = withCell(consistent(), TableKind.EXPENDITURE, "2101501", "basic", "590.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.expected().orElseThrow(),
            f -> f.actual().orElseThrow())
        .containsExactly(tuple("column-sum-mismatch", pointer(d, TableKind.EXPENDITURE, "2101501", "total"),
            new BigDecimal("590.00"), new BigDecimal("600.00")));
  }

  @Test
  void check_personnelChanged_basicNoLongerPersonnelPlusPublic() {
    Disclosure d = withCell(consistent(), TableKind.GENERAL_PUBLIC_BY_FUNCTION, "2101501", "personnel", "510.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(f -> f.location().pointer(), f -> f.expected().orElseThrow(), f -> f.actual().orElseThrow())
        .containsExactly(tuple(pointer(d, TableKind.GENERAL_PUBLIC_BY_FUNCTION, "2101501", "basic"),
            new BigDecimal("610.00"), new BigDecimal("600.00")));
  }

  @Test
  void check_vehiclePurchaseChanged_vehiclesNoLongerPurchasePlusOperation() {
    Disclosure d = withCell(consistent(), TableKind.THREE_PUBLIC, "2023年预算数", "purchase", "35.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(f -> f.location().column().orElseThrow(), f -> f.expected().orElseThrow())
        .containsExactly(tuple("vehicles", new BigDecimal("65.00")));
  }

  @Test
  void check_fundingSourceChanged_totalNoLongerSumOfSources() {
    Disclosure d = withCell(consistent(), TableKind.INCOME, "本级", "gpb", "690.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(f -> f.location().pointer(), f -> f.location().unit().orElseThrow(),
            f -> f.expected().orElseThrow())
        .containsExactly(tuple(pointer(d, TableKind.INCOME, "本级", "total"), "本级", new BigDecimal("690.00")));
  }

  @Test
  void check_columnsPrintedTwice_checkedPerKeyPrefix() {
    io.github.cnbudget.model.table.DisclosureTable t = io.github.cnbudget.model.table.DisclosureTable.builder()
        .kind(TableKind.THREE_PUBLIC).title("“三公”经费支出决算表")
        .addColumns(Fixtures.col("budget.total", Concept.THREE_PUBLIC_TOTAL),
            Fixtures.col("budget.vehicles", Concept.OFFICIAL_VEHICLES),
            Fixtures.col("budget.reception", Concept.OFFICIAL_RECEPTION),
            Fixtures.col("final.total", Concept.THREE_PUBLIC_TOTAL),
            Fixtures.col("final.vehicles", Concept.OFFICIAL_VEHICLES),
            Fixtures.col("final.reception", Concept.OFFICIAL_RECEPTION))
        .addRows(io.github.cnbudget.model.table.Row.builder().kind(io.github.cnbudget.model.table.RowKind.ITEM)
            .putAllCells(Fixtures.cells("budget.total", "2.04", "budget.vehicles", "2.00", "budget.reception", "0.04",
                "final.total", "1.74", "final.vehicles", "1.70", "final.reception", "0.03"))
            .build())
        .build();
    Disclosure d = Fixtures.copy(consistent(), java.util.List.of(t));
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(f -> f.location().column().orElseThrow(), f -> f.expected().orElseThrow())
        .containsExactly(tuple("final.total", new BigDecimal("1.73")));
  }

  @Test
  void check_fiscalSummaryExpenditureSide_totalIsSumOfBudgets() {
    Disclosure d = withCell(consistent(), TableKind.FISCAL_APPROPRIATION_SUMMARY, "208", "exp.gf", "3.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(f -> f.location().pointer(), f -> f.expected().orElseThrow())
        .containsExactly(tuple(pointer(d, TableKind.FISCAL_APPROPRIATION_SUMMARY, "208", "exp"),
            new BigDecimal("83.00")));
  }
}
