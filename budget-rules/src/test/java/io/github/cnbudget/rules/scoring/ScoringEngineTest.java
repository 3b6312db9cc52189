package io.github.cnbudget.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.Cell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringEngineTest {
  private final ScoringEngine engine = ScoringEngine.defaults();

  private static Indicator ind(String target, String actual, String weight) {
    return Indicator.builder().level1Text("产出指标").name("x").targetText(target).actual(actual)
        .weight(Cell.of(weight)).build();
  }

  private BigDecimal score(String target, String actual, String weight) {
    return engine.score(ind(target, actual, weight)).orElseThrow().setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  void score_atLeastTarget_isProportional() {
    assertThat(score("≥322.5 万人", "305.63 万人", "10")).isEqualByComparingTo("9.48");
    assertThat(score("约 60000 单", "13091 单", "5")).isEqualByComparingTo("1.09");
    assertThat(score("≥90%", "99.45%", "20")).isEqualByComparingTo("20");
  }

  @Test
  void score_atMostTarget_isInverse() {
    assertThat(score("≤5 个工作日", "2.21 个工作日", "5")).isEqualByComparingTo("5");
    assertThat(score("≤5 天", "10 天", "10")).isEqualByComparingTo("5");
  }

  /**
   * Every comparator word read as the model's Target reads it: under the at-least words an actual
   * value of 45 against 90 earns half the weight, under the at-most words 180 against 90 earns half.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "不低于90% | 45% | 5", "不少于90% | 45% | 5", "不小于90% | 45% | 5", "大于90%   | 45% | 5",
    "高于90%   | 45% | 5", "达到90%   | 45% | 5", "90%以上   | 45% | 5", "约90%     | 45% | 5",
    "90%左右   | 45% | 5", "不低于90% | 95% | 10",
    "不高于90% | 180% | 5", "不超过90% | 180% | 5", "不大于90% | 180% | 5", "小于90%   | 180% | 5",
    "低于90%   | 180% | 5", "90%以下   | 180% | 5", "90%以内   | 180% | 5", "不超过90% | 60% | 10",
  })
  void score_everyComparatorWord_scoresInItsDirection(String target, String actual, String expected) {
    assertThat(score(target, actual, "10")).isEqualByComparingTo(expected);
  }

  @Test
  void score_unreadableTarget_notRecomputed() {
    assertThat(engine.score(ind("^100%", "100%", "10"))).isEmpty();
    assertThat(engine.ratio("≤5天以上", "3天")).isEmpty();
  }

  @Test
  void score_costWithoutComparison_isACeiling() {
    Indicator cost = Indicator.builder().level1Text("产出指标").level2Text("成本指标").name("低保人群费用")
        .targetText("432 万").actual("513.4 万").weight(Cell.of("6.25")).build();
    assertThat(engine.score(cost).orElseThrow().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("5.26");
    // the other convention: 6.25 × (1 − 81.4 / 432) = 5.07, as seed 002 prints it
    assertThat(engine.overrunDeductionScore(cost).orElseThrow().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("5.07");
    assertThat(engine.overrunDeductionScore(ind("≥90%", "45%", "10"))).isEmpty();
    assertThat(engine.overrunDeductionScore(ind("≤5 天", "4 天", "10"))).isEmpty();
  }

  @Test
  void score_range_notRecomputed() {
    assertThat(engine.score(ind("90%≤预算执行率≤100%", "89.51%", "5"))).isEmpty();
  }

  @Test
  void score_actualInAnotherUnit_notRecomputed() {
    assertThat(engine.score(ind("12 万", "116460 元", "12.5"))).isEmpty();
    assertThat(engine.score(ind("≤5 个工作日", "2.21 天", "5"))).isEmpty();
  }

  @Test
  void score_exactTarget_penalisesBothWays() {
    assertThat(score("=4 次", "2 次", "10")).isEqualByComparingTo("5");
    assertThat(score("=4 次", "8 次", "10")).isEqualByComparingTo("5");
  }

  @Test
  void score_qualitative_fullGradedOrUndetermined() {
    assertThat(score("及时", "及时", "10")).isEqualByComparingTo("10");
    assertThat(score("良好", "良", "10")).isEqualByComparingTo("8");
    // not met: scored by judgment within a band (seed 002 gives 4 of 5 for a delay explained by the epidemic)
    assertThat(engine.score(ind("在合同规定期限内完成", "暂未在合同规定期限内完成", "5"))).isEmpty();
    assertThat(engine.score(ind("有效提高", "明显改善", "5"))).isEmpty();
    assertThat(score("不适用", "不适用", "12.5")).isEqualByComparingTo("12.5");
  }

  @Test
  void executionScore_isWeightTimesRateCapped() {
    SelfEvaluation e = SelfEvaluation.builder().addFunding(LabelledAmounts.builder().label("年度资金总额")
        .putCells("全年预算数", Cell.of("2302.30")).putCells("全年执行数", Cell.of("1322.36"))
        .putCells("分值", Cell.of("10")).putCells("执行率", Cell.printed("57%")).build()).build();
    assertThat(engine.executionScore(e)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5.7"));
    SelfEvaluation over = SelfEvaluation.builder().addFunding(LabelledAmounts.builder().label("年度资金总额")
        .putCells("全年预算数", Cell.of("100")).putCells("全年执行数", Cell.of("120")).putCells("分值", Cell.of("10"))
        .build()).build();
    assertThat(engine.executionScore(over)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
  }

  @Test
  void recompute_totalsAndGrades() {
    SelfEvaluation e = SelfEvaluation.builder()
        .addFunding(LabelledAmounts.builder().label("年度资金总额").putCells("分值", Cell.of("10"))
            .putCells("执行率", Cell.printed("100%")).build())
        .addIndicators(ind("≥322.5 万人", "305.63 万人", "10"), ind("≥6504 人", "3035 人", "10"),
            ind("100%", "100%", "70"))
        .build();
    ScoreCard card = engine.recompute(e);
    assertThat(card.execution()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
    assertThat(card.indicators()).hasSize(3);
    assertThat(card.total().orElseThrow().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("94.14");
    assertThat(card.grade()).contains(Grade.EXCELLENT);
  }
}
