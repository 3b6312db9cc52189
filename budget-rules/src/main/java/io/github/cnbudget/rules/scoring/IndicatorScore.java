package io.github.cnbudget.rules.scoring;

import io.github.cnbudget.model.performance.Indicator;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The recomputed score of one self-evaluation indicator (指标得分复核) beside the printed one.
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorScore {
  private final Indicator indicator;
  private final Optional<BigDecimal> recomputed;

  IndicatorScore(Indicator indicator, Optional<BigDecimal> recomputed) {
    this.indicator = Objects.requireNonNull(indicator);
    this.recomputed = recomputed;
  }

  /**
   * The indicator.
   *
   * @return the indicator as printed
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * The recomputed score, exact (not rounded).
   *
   * @return the score, or empty when the scoring rule does not determine it (a range target, an
   *     actual value in another unit, a phrase that says neither met nor missed)
   */
  public Optional<BigDecimal> recomputed() {
    return recomputed;
  }

  /**
   * The printed score (得分).
   *
   * @return the printed value, or empty
   */
  public Optional<BigDecimal> printed() {
    return indicator.score().flatMap(c -> c.value());
  }

  @Override
  public String toString() {
    return indicator.name() + ": printed " + printed().map(BigDecimal::toPlainString).orElse("-") + ", recomputed "
        + recomputed().map(BigDecimal::toPlainString).orElse("-");
  }
}
