package io.github.cnbudget.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GradeTest {
  @Test
  void of_boundsBelongToHigherGrade() {
    assertThat(Grade.of(new BigDecimal("90"))).isEqualTo(Grade.EXCELLENT);
    assertThat(Grade.of(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
    assertThat(Grade.of(new BigDecimal("80"))).isEqualTo(Grade.GOOD);
    assertThat(Grade.of(new BigDecimal("60"))).isEqualTo(Grade.FAIR);
    assertThat(Grade.of(new BigDecimal("59.9"))).isEqualTo(Grade.POOR);
  }

  @Test
  void fromText_readsProvincialWordings() {
    assertThat(Grade.fromText("优秀")).contains(Grade.EXCELLENT);
    assertThat(Grade.fromText(" 良 ")).contains(Grade.GOOD);
    assertThat(Grade.fromText("合格")).contains(Grade.FAIR);
    assertThat(Grade.fromText("不合格")).contains(Grade.POOR);
    assertThat(Grade.fromText("—")).isEmpty();
  }
}
