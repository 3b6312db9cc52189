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
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetConsistencyRuleTest {
  private final TargetConsistencyRule rule = new TargetConsistencyRule();

  private static Disclosure twoTables(String secondTarget) {
    Disclosure d = consistent();
    PerformanceGoal a = PerformanceGoal.builder().scope(GoalScope.PROJECT).title("项目绩效目标表").project("医保宣传")
        .addIndicators(indicator("满意度指标", "服务对象满意度指标", "参保人满意度", "≥90%", "100")).build();
    PerformanceGoal b = PerformanceGoal.builder().scope(GoalScope.PROJECT).title("重点项目绩效目标表").project("医保宣传")
        .addIndicators(indicator("满意度指标", "服务对象满意度指标", "参保人 满意度", secondTarget, "100")).build();
    return Fixtures.copy(d, d.tables(), List.of(a, b), List.of());
  }

  @Test
  void check_sameTargetInBothTables_silent() {
    assertThat(rule.check(twoTables("≥ 90%"), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_differentTargets_fires() {
    assertThat(rule.check(twoTables("≥95%"), RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.arguments().get(1))
        .containsExactly(tuple("inconsistent-target", "/goals/1/indicators/0", "项目绩效目标表"));
  }
}
