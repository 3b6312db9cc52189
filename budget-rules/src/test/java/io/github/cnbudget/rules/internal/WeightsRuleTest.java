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
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightsRuleTest {
  private final WeightsRule rule = new WeightsRule();

  private static PerformanceGoal goal(String project, String... weights) {
    PerformanceGoal.Builder b = PerformanceGoal.builder().scope(GoalScope.PROJECT).project(project);
    for (int i = 0; i < weights.length; i++) {
      b.addIndicators(indicator("产出指标", "数量指标", "指标" + i, "≥1个", weights[i]));
    }
    return b.build();
  }

  private static Disclosure with(PerformanceGoal... goals) {
    Disclosure d = consistent();
    return Fixtures.copy(d, d.tables(), List.of(goals), d.selfEvaluations());
  }

  @Test
  void check_weightsSumTo100_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_weightsShort_fires() {
    Disclosure d = with(goal("甲", "50", "50"), goal("乙", "30", "65"));
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.expected().orElseThrow(),
            f -> f.actual().orElseThrow())
        .containsExactly(tuple("weights-sum", "/goals/1", new BigDecimal("100"), new BigDecimal("95")));
  }

  @Test
  void check_everyProjectUses90_detectsConvention() {
    Disclosure d = with(goal("甲", "45", "45"), goal("乙", "30", "60"));
    assertThat(rule.check(d, RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_fixedTotalOption_overridesDetection() {
    Disclosure d = with(goal("甲", "45", "45"));
    assertThat(rule.check(d, RuleContext.defaults().withExpectedWeightTotal(new BigDecimal("100"))))
        .extracting(f -> f.expected().orElseThrow()).containsExactly(new BigDecimal("100"));
  }

  @Test
  void check_selfEvaluationWeightsPlusExecution_mustMakeTotalWeight() {
    Disclosure base = consistent();
    var e = base.selfEvaluations().get(0);
    var changed = io.github.cnbudget.model.performance.SelfEvaluation.builder().project(e.project().orElseThrow())
        .addAllFunding(e.funding()).addAllIndicators(e.indicators().subList(0, 3)).totalWeight(e.totalWeight().get())
        .build();
    Disclosure d = Fixtures.copy(base, base.tables(), base.goals(), List.of(changed));
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(f -> f.location().pointer(), f -> f.expected().orElseThrow(), f -> f.actual().orElseThrow())
        .containsExactly(tuple("/selfEvaluations/0", new BigDecimal("100"), new BigDecimal("80")));
  }

  @Test
  void notChecked_indicatorsWithoutAReadableWeight_listedInWeightedProjectsOnly() {
    PerformanceGoal weighted = PerformanceGoal.builder().scope(GoalScope.PROJECT).project("医保宣传")
        .addIndicators(indicator("产出指标", "数量指标", "宣传场次", "≥10场", "50"),
            indicator("产出指标", "质量指标", "准确率", "≥95%", null),
            indicator("效益指标", "社会效益指标", "知晓度", "有效提高", null)
                .withWeight(java.util.Optional.of(io.github.cnbudget.model.table.Cell.printed("5 0"))))
        .build();
    PerformanceGoal unweighted = PerformanceGoal.builder().scope(GoalScope.PROJECT).project("信息化")
        .addIndicators(indicator("产出指标", "数量指标", "系统数", "≥1个", null)).build();
    assertThat(rule.notChecked(with(weighted, unweighted), RuleContext.defaults()))
        .extracting(n -> n.reason().code(), n -> n.location().pointer())
        .containsExactly(tuple("value-missing", "/goals/0/indicators/1"), tuple("value-unreadable", "/goals/0/indicators/2"));
  }
}
