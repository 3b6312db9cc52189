package io.github.cnbudget.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Precision;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ToleranceTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void bound_isNPlusOneHalfUlps() {
    Tolerance t = Tolerance.of(Precision.of(AmountUnit.WAN_YUAN, 2), BigDecimal.ONE);
    assertThat(t.bound(1)).isEqualByComparingTo("0.01");
    assertThat(t.bound(3)).isEqualByComparingTo("0.02");
    assertThat(Tolerance.of(Precision.of(AmountUnit.WAN_YUAN, 0), BigDecimal.ONE).bound(4)).isEqualByComparingTo("2.5");
  }

  @Test
  void judge_classifiesDifferences() {
    Tolerance t = Tolerance.of(d("0.01"), BigDecimal.ONE);
    assertThat(t.judge(d("10.00"), d("10.00"), 2)).isEqualTo(Verdict.EQUAL);
    assertThat(t.judge(d("10.00"), d("10.015"), 2)).isEqualTo(Verdict.ROUNDING);
    assertThat(t.judge(d("10.00"), d("9.985"), 2)).isEqualTo(Verdict.ROUNDING);
    assertThat(t.judge(d("10.00"), d("10.02"), 2)).isEqualTo(Verdict.MISMATCH);
  }

  @Test
  void factor_tightensAndLoosens() {
    assertThat(Tolerance.of(d("1"), BigDecimal.ZERO).judge(d("5"), d("6"), 9)).isEqualTo(Verdict.MISMATCH);
    assertThat(Tolerance.of(d("1"), d("2")).bound(1)).isEqualByComparingTo("2");
  }

  @Test
  void of_rejectsNonPositiveUlpAndNegativeFactor() {
    assertThatThrownBy(() -> Tolerance.of(BigDecimal.ZERO, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tolerance.of(BigDecimal.ONE, d("-1"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tolerance.of(BigDecimal.ONE, BigDecimal.ONE).bound(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
