package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PrecisionTest {

  @Test
  void ulpAndHalfUlp_followTheScale() {
    Precision p = Precision.of(AmountUnit.WAN_YUAN, 2);
    assertThat(p.ulp()).isEqualTo(new BigDecimal("0.01"));
    assertThat(p.halfUlp()).isEqualByComparingTo("0.005");
    assertThat(Precision.of(AmountUnit.WAN_YUAN, 0).ulp()).isEqualTo(BigDecimal.ONE);
    assertThat(Precision.of(AmountUnit.WAN_YUAN, 0).halfUlp()).isEqualByComparingTo("0.5");
    assertThat(p.unit()).isEqualTo(AmountUnit.WAN_YUAN);
    assertThat(p.scale()).isEqualTo(2);
  }

  @Test
  void of_rejectsScaleOutOfRange() {
    assertThatThrownBy(() -> Precision.of(AmountUnit.YUAN, -1)).isInstanceOf(BudgetException.class);
    assertThatThrownBy(() -> Precision.of(AmountUnit.YUAN, 7)).isInstanceOf(BudgetException.class);
    assertThatThrownBy(() -> Precision.of(null, 2)).isInstanceOf(NullPointerException.class);
    assertThat(Precision.of(AmountUnit.YUAN, 6).ulp()).isEqualTo(new BigDecimal("0.000001"));
  }

  @Test
  void toString_isTheUlpAndUnit() {
    assertThat(Precision.of(AmountUnit.WAN_YUAN, 2)).hasToString("0.01万元");
    assertThat(Precision.of(AmountUnit.YUAN, 0)).hasToString("1元");
  }

  @Test
  void equalsAndHashCode_compareUnitAndScale() {
    assertThat(Precision.of(AmountUnit.YUAN, 2)).isEqualTo(Precision.of(AmountUnit.YUAN, 2))
        .hasSameHashCodeAs(Precision.of(AmountUnit.YUAN, 2));
    assertThat(Precision.of(AmountUnit.YUAN, 2)).isNotEqualTo(Precision.of(AmountUnit.WAN_YUAN, 2))
        .isNotEqualTo(Precision.of(AmountUnit.YUAN, 0));
  }
}
