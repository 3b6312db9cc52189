package io.github.cnbudget.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RuleContextTest {
  @Test
  void with_returnsChangedCopies() {
    RuleContext d = RuleContext.defaults();
    RuleContext c = d.withToleranceFactor(new BigDecimal("0.5")).withDropRounding(true)
        .withExpectedWeightTotal(BigDecimal.valueOf(90));
    assertThat(d.toleranceFactor()).isEqualByComparingTo("1");
    assertThat(d.dropRounding()).isFalse();
    assertThat(d.expectedWeightTotal()).isEmpty();
    assertThat(c.toleranceFactor()).isEqualByComparingTo("0.5");
    assertThat(c.dropRounding()).isTrue();
    assertThat(c.expectedWeightTotal()).contains(BigDecimal.valueOf(90));
    assertThat(c).isNotEqualTo(d);
  }

  @Test
  void with_rejectsInvalidValues() {
    assertThatThrownBy(() -> RuleContext.defaults().withToleranceFactor(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleContext.defaults().withExpectedWeightTotal(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
