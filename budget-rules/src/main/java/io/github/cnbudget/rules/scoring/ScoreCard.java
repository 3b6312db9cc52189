package io.github.cnbudget.rules.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The recomputation of one self-evaluation (自评复核结果): each indicator's score, the
 * budget-execution score, the total and the grade.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoreCard {
  private final List<IndicatorScore> indicators;
  private final Optional<BigDecimal> execution;
  private final Optional<BigDecimal> total;

  ScoreCard(List<IndicatorScore> indicators, Optional<BigDecimal> execution, Optional<BigDecimal> total) {
    this.indicators = List.copyOf(indicators);
    this.execution = execution;
    this.total = total;
  }

  /**
   * The indicator scores, in printed order.
   *
   * @return the scores
   */
  public List<IndicatorScore> indicators() {
    return indicators;
  }

  /**
   * The budget-execution score (预算执行率得分): 分值 × 执行率, capped at 分值.
   *
   * @return the score, or empty when 分值 or 执行率 was not printed
   */
  public Optional<BigDecimal> execution() {
    return execution;
  }

  /**
   * The recomputed total (总分): the execution score plus every indicator score, using the
   * printed score where the rule does not determine one.
   *
   * @return the total, or empty when some score is neither recomputable nor printed
   */
  public Optional<BigDecimal> total() {
    return total;
  }

  /**
   * The grade of the recomputed total.
   *
   * @return the grade, or empty without a total
   */
  public Optional<Grade> grade() {
    return total().map(Grade::of);
  }
}
