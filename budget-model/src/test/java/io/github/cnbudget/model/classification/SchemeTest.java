package io.github.cnbudget.model.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemeTest {

  @Test
  void isEconomic_forBothEconomicSchemesOnly() {
    assertThat(Scheme.FUNCTIONAL.isEconomic()).isFalse();
    assertThat(Scheme.DEPARTMENTAL_ECONOMIC.isEconomic()).isTrue();
    assertThat(Scheme.GOVERNMENT_ECONOMIC.isEconomic()).isTrue();
  }

  @Test
  void chinese_isTheOfficialName() {
    assertThat(Scheme.FUNCTIONAL.chinese()).isEqualTo("支出功能分类科目");
    assertThat(Scheme.GOVERNMENT_ECONOMIC.chinese()).startsWith("政府预算");
  }
}
