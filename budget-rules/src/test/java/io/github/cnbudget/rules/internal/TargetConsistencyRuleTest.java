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

  @Test
  void check_sameIndicatorUnderOtherLevelsInAnotherTable_warnsEvenForAnotherOwner() {
    Disclosure d = consistent();
    PerformanceGoal project = PerformanceGoal.builder().scope(GoalScope.PROJECT).title("项目绩效目标表").project("移动支付")
        .addIndicators(indicator("产出指标", "数量指标", "即时结算率", "≥99%", "20")).build();
    PerformanceGoal whole = PerformanceGoal.builder().scope(GoalScope.DEPARTMENT).title("整体支出绩效目标表")
        .unit("本级").addIndicators(indicator("产出指标", "时效指标", "即时结算率", "≥99%", null),
            indicator("产出指标", "OCR 乱码", "参保人满意度", "≥90%", null)).build();
    PerformanceGoal other = PerformanceGoal.builder().scope(GoalScope.PROJECT).title("项目绩效目标表").project("宣传")
        .addIndicators(indicator("满意度指标", "服务对象满意度指标", "参保人满意度", "≥90%", "20")).build();
    assertThat(rule.check(Fixtures.copy(d, d.tables(), List.of(project, whole, other), List.of()),
        RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.arguments().get(2), f -> f.arguments().get(3))
        .containsExactly(tuple("inconsistent-level", "/goals/1/indicators/0", "产出指标/数量指标", "产出指标/时效指标"));
  }
}
