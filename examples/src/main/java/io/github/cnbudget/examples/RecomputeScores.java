package io.github.cnbudget.examples;

import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.rules.scoring.IndicatorScore;
import io.github.cnbudget.rules.scoring.ScoreCard;
import io.github.cnbudget.rules.scoring.ScoringEngine;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Recomputes the scores of a performance self-evaluation (复核绩效自评得分) and compares them with the
 * printed ones: a target of ≥322.5 万人 met with 305.63 万人 earns 10 × 305.63 / 322.5 = 9.48 of 10.
 */
public final class RecomputeScores {
  private RecomputeScores() {}

  /**
   * A self-evaluation as seed 002 prints one: the first indicator scored right, the second given
   * full marks although its target was missed.
   *
   * @return the self-evaluation
   */
  public static SelfEvaluation evaluation() {
    return SelfEvaluation.builder()
        .project("医疗保险经办服务")
        .addIndicators(Indicator.builder().level1Text("产出指标").level2Text("数量指标").name("参保人数")
            .targetText("≥322.5 万人").weight(Cell.printed("10")).actual("305.63 万人").score(Cell.printed("9.48")).build())
        .addIndicators(Indicator.builder().level1Text("产出指标").level2Text("时效指标").name("报销平均承办时间")
            .targetText("≤5 个工作日").weight(Cell.printed("10")).actual("8 个工作日").score(Cell.printed("10")).build())
        .build();
  }

  /**
   * Recomputes a self-evaluation with the standard scoring rules.
   *
   * @param evaluation the self-evaluation
   * @return each indicator's recomputed score beside the printed one, the total and the grade
   */
  public static ScoreCard recompute(SelfEvaluation evaluation) {
    return ScoringEngine.defaults().recompute(evaluation);
  }

  /**
   * Prints each indicator's printed and recomputed score.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    for (IndicatorScore s : recompute(evaluation()).indicators()) {
      System.out.println(s.indicator().name() + ": printed " + s.printed().map(BigDecimal::toPlainString).orElse("-")
          + ", recomputed " + s.recomputed().map(v -> v.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse("-"));
    }
  }
}
