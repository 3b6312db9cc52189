package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static io.github.cnbudget.rules.fixtures.Fixtures.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreRuleTest {
  private final ScoreRule rule = new ScoreRule();

  private static Disclosure with(Indicator first, String total, String grade) {
    Disclosure d = consistent();
    SelfEvaluation e = d.selfEvaluations().get(0);
    List<Indicator> indicators = new ArrayList<>(e.indicators());
    indicators.set(0, first);
    SelfEvaluation changed = SelfEvaluation.builder().project(e.project().orElseThrow()).addAllFunding(e.funding())
        .addAllIndicators(indicators).totalWeight(e.totalWeight().orElseThrow()).totalScore(Cell.of(total))
        .grade(grade).build();
    return Fixtures.copy(d, d.tables(), d.goals(), List.of(changed));
  }

  @Test
  void check_scoresByTheRules_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_truncatedScore_accepted() {
    Disclosure d = with(scored("产出指标", "数量指标", "救助人数", "≥6504 人", "3035 人", "10", "4.66"), "94.16", "优");
    assertThat(rule.check(d, RuleContext.defaults())).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void check_scoreAboveRule_warns() {
    Disclosure d = with(scored("产出指标", "数量指标", "缴费补贴总人数", "≥322.5 万人", "305.63 万人", "10", "9.90"), "99.40",
        "优");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer(), f -> f.expected().orElseThrow(),
            f -> f.actual().orElseThrow())
        .containsExactly(tuple("score-mismatch", Severity.WARNING, "/selfEvaluations/0/indicators/0",
            new BigDecimal("9.48"), new BigDecimal("9.90")));
  }

  @Test
  void check_totalNotSumOfScores_fires() {
    Disclosure d = with(consistent().selfEvaluations().get(0).indicators().get(0), "97.00", "优");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.expected().orElseThrow())
        .containsExactly(tuple("total-score-mismatch", "/selfEvaluations/0/totalScore", new BigDecimal("98.98")));
  }

  @Test
  void check_gradeNotOfTotal_fires() {
    Disclosure d = with(consistent().selfEvaluations().get(0).indicators().get(0), "98.98", "良");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.arguments().get(3))
        .containsExactly(tuple("grade-mismatch", "/selfEvaluations/0/grade", "优"));
  }
}
