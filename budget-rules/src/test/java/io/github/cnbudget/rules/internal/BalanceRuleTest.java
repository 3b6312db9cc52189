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

class BalanceRuleTest {
  private final BalanceRule rule = new BalanceRule();
  private static final TableKind SUMMARY = TableKind.INCOME_EXPENDITURE_SUMMARY;

  @Test
  void check_balancedTables_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_incomeTotalChanged_firesBalanceAndIncomeTotal() {
    Disclosure d = withCell(consistent(), SUMMARY, "收入总计", "inc", "1110.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.expected().orElseThrow(),
            f -> f.actual().orElseThrow())
        .containsExactlyInAnyOrder(
            tuple("balance-mismatch", pointer(d, SUMMARY, "支出总计", "exp"), new BigDecimal("1110.00"),
                new BigDecimal("1100.00")),
            tuple("income-total-mismatch", pointer(d, SUMMARY, "收入总计", "inc"), new BigDecimal("1100.00"),
                new BigDecimal("1110.00")));
  }

  @Test
  void check_incomeItemChanged_firesSubtotal() {
    Disclosure d = withCell(consistent(), TableKind.FISCAL_APPROPRIATION_SUMMARY, "政府性基金预算拨款", "inc", "5.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.expected().orElseThrow())
        .containsExactly(tuple("income-subtotal-mismatch",
            pointer(d, TableKind.FISCAL_APPROPRIATION_SUMMARY, "本年收入合计", "inc"), new BigDecimal("1105.00")));
  }

  @Test
  void check_classRowChanged_firesExpenditureTotal() {
    Disclosure d = withCell(consistent(), SUMMARY, "210", "exp", "990.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.expected().orElseThrow())
        .containsExactly(tuple("expenditure-total-mismatch", pointer(d, SUMMARY, "本年支出合计", "exp"),
            new BigDecimal("1090.00")));
  }
}
