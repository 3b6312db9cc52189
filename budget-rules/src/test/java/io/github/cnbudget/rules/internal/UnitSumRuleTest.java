package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static io.github.cnbudget.rules.fixtures.Fixtures.pointer;
import static io.github.cnbudget.rules.fixtures.Fixtures.withCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitSumRuleTest {
  private final UnitSumRule rule = new UnitSumRule();

  @Test
  void check_unitsAddUp_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_unitChanged_firesAtDepartmentRow() {
    Disclosure d = withCell(consistent(), TableKind.INCOME, "医保中心", "total", "410.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.expected().orElseThrow(),
            f -> f.actual().orElseThrow())
        .containsExactly(tuple("unit-sum-mismatch", pointer(d, TableKind.INCOME, "合计", "total"),
            new BigDecimal("1110.00"), new BigDecimal("1100.00")));
  }

  @Test
  void check_unitPrintingTextInAColumn_noSumThroughItIsChecked() {
    Disclosure d = io.github.cnbudget.rules.fixtures.Fixtures.withPrinted(consistent(), TableKind.INCOME, "医保中心", "total", "4l0.00");
    d = withCell(d, TableKind.INCOME, "合计", "total", "1234.00");
    assertThat(rule.check(d, RuleContext.defaults())).noneMatch(f -> f.location().column().equals(java.util.Optional.of("total")));
  }
}
