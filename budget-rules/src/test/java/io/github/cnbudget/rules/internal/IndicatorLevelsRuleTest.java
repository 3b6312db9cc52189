package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static io.github.cnbudget.rules.fixtures.Fixtures.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorLevelsRuleTest {
  private final IndicatorLevelsRule rule = new IndicatorLevelsRule();

  private static Disclosure withGoal(PerformanceGoal g) {
    Disclosure d = consistent();
    return Fixtures.copy(d, d.tables(), List.of(g), d.selfEvaluations());
  }

  @Test
  void check_wellFormedHierarchy_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_level2UnderWrongLevel1_fires() {
    Disclosure d = withGoal(PerformanceGoal.builder().scope(GoalScope.PROJECT).project("医保宣传")
        .addIndicators(indicator("产出指标", "数量指标", "宣传场次", "≥10场", "40"),
            indicator("效益指标", "数量指标", "覆盖人数", "≥100万人", "30"),
            indicator("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "30"))
        .build());
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer(), f -> f.location().code().orElseThrow())
        .containsExactly(tuple("level2-mismatch", Severity.ERROR, "/goals/0/indicators/1", "覆盖人数"));
  }

  @Test
  void check_projectWithoutSatisfaction_warns() {
    Disclosure d = withGoal(PerformanceGoal.builder().scope(GoalScope.PROJECT).project("医保宣传")
        .addIndicators(indicator("产出指标", "数量指标", "宣传场次", "≥10场", "50"),
            indicator("效益指标", "社会效益指标", "知晓度", "有效提高", "50"))
        .build());
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.arguments().get(1))
        .containsExactly(tuple("missing-indicator-level", "/goals/0", "满意度指标"));
  }
}
