package io.github.cnbudget.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.rules.scoring.ScoreCard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RecomputeScoresTest {
  @Test
  void recompute_proportionalTarget_matchesPrintedScore() {
    ScoreCard card = RecomputeScores.recompute(RecomputeScores.evaluation());
    assertThat(card.indicators().get(0).recomputed()).hasValueSatisfying(
        v -> assertThat(v.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("9.48"));
    assertThat(card.indicators().get(0).printed()).contains(new BigDecimal("9.48"));
  }

  @Test
  void recompute_missedAtMostTarget_scoresBelowPrintedFullMarks() {
    // ≤5 个工作日 with 8 actual: 10 × 5 / 8 = 6.25, though 10 was printed
    ScoreCard card = RecomputeScores.recompute(RecomputeScores.evaluation());
    assertThat(card.indicators().get(1).recomputed()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6.25"));
    assertThat(card.indicators().get(1).printed()).contains(new BigDecimal("10"));
  }
}
