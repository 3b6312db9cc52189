package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static io.github.cnbudget.rules.fixtures.Fixtures.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateUnitRuleTest {
  private final RateUnitRule rule = new RateUnitRule();

  private static Disclosure with(Indicator... indicators) {
    Disclosure d = consistent();
    PerformanceGoal g = PerformanceGoal.builder().scope(GoalScope.DEPARTMENT).unit("本级").addIndicators(indicators)
        .build();
    return Fixtures.copy(d, d.tables(), List.of(g), List.of());
  }

  @Test
  void check_ratesInPercent_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_rateWithCountTarget_fires() {
    Disclosure d = with(indicator("产出指标", "质量指标", "结算完成率", "≥5 个", "10"));
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer())
        .containsExactly(tuple("rate-unit", Severity.WARNING, "/goals/0/indicators/0"));
  }

  @Test
  void check_splitFormUnit_isUsed() {
    Indicator i = Indicator.builder().level1Text("产出指标").level2Text("质量指标").name("资金到位率").nature("≥")
        .value("95").measureUnit("个").build();
    Indicator ok = Indicator.builder().level1Text("产出指标").level2Text("质量指标").name("资金到位率").nature("≥")
        .value("95").measureUnit("%").build();
    assertThat(rule.check(with(i), RuleContext.defaults())).hasSize(1);
    assertThat(rule.check(with(ok), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_namesThatAreNotRates_silent() {
    Disclosure d = with(indicator("效益指标", "社会效益指标", "资金使用效率", "≥5 个", "10"),
        indicator("产出指标", "时效指标", "巡查频率", "4次/月", "10"),
        indicator("满意度指标", "服务对象满意度指标", "政策知晓率", "有效提高", "10"));
    assertThat(rule.check(d, RuleContext.defaults())).isEmpty();
  }
}
