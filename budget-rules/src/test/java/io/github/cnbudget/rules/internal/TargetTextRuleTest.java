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

class TargetTextRuleTest {
  private final TargetTextRule rule = new TargetTextRule();

  private static Disclosure with(Indicator... indicators) {
    Disclosure d = consistent();
    PerformanceGoal g = PerformanceGoal.builder().scope(GoalScope.PROJECT).project("异地就医").addIndicators(indicators)
        .build();
    return Fixtures.copy(d, d.tables(), List.of(g), List.of());
  }

  @Test
  void check_readableTargets_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
    Indicator split = Indicator.builder().level1Text("产出指标").name("结算率").nature("≥").value("95").measureUnit("%")
        .build();
    assertThat(rule.check(with(split), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_garbledComparator_firesWithIndex() {
    Indicator garbled = Indicator.builder().level1Text("产出指标").name("结算率").nature("^").value("95")
        .measureUnit("%").build();
    assertThat(rule.check(with(indicator("产出指标", "数量指标", "宣传场次", "≥10场", "50"), garbled),
        RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer(), f -> f.arguments().get(1))
        .containsExactly(tuple("target-unparseable", Severity.WARNING, "/goals/0/indicators/1", "^\t95\t%"));
  }

  @Test
  void check_indicatorWithoutAnyValue_warnsMissingTarget() {
    Indicator bare = Indicator.builder().level1Text("产出指标").level2Text("数量指标").name("宣传场次").build();
    assertThat(rule.check(with(bare), RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer())
        .containsExactly(tuple("missing-target", Severity.WARNING, "/goals/0/indicators/0"));
  }

  @Test
  void check_placeholderTarget_reportedAsUnreadable() {
    assertThat(rule.check(with(indicator("产出指标", "数量指标", "宣传场次", "-", "50"),
        indicator("产出指标", "时效指标", "完成时间", " — ", "50")), RuleContext.defaults()))
        .extracting(Finding::code, f -> f.arguments().get(2))
        .containsExactly(tuple("target-unparseable", "placeholder instead of a target value @0"),
            tuple("target-unparseable", "placeholder instead of a target value @1"));
  }
}
