package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearTest {

  @Test
  void of_acceptsTheRange() {
    assertThat(FiscalYear.of(1949).value()).isEqualTo(1949);
    assertThat(FiscalYear.of(2999).value()).isEqualTo(2999);
    assertThat(FiscalYear.of(2023)).hasToString("2023");
  }

  @Test
  void of_rejectsOutOfRange() {
    assertThatThrownBy(() -> FiscalYear.of(1948)).isInstanceOf(BudgetException.class).hasMessageContaining("1948");
    assertThatThrownBy(() -> FiscalYear.of(3000)).isInstanceOf(BudgetException.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2023", "' 2023 '", "2023年", "2023年度", "2023 年度", "\u30002023年\u3000", "2023\t年"})
  void parse_readsPrintedForms(String text) {
    assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(2023));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|0", "abc|0", "202|3", "20231|4", "2023x|4", "2023年x|5", "2023 x|5", "2023年度度|6", "1900|0",
      "'  1800年'|2", "２０２３|0"})
  void parse_rejectsText_reportsIndex(String text, int index) {
    assertThatThrownBy(() -> FiscalYear.parse(text))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.errorIndex()).isEqualTo(index);
          assertThat(e.parsedText()).isEqualTo(text);
        });
  }

  @Test
  void plusYears_previous_andComparisons() {
    FiscalYear y = FiscalYear.of(2023);
    assertThat(y.plusYears(0)).isSameAs(y);
    assertThat(y.plusYears(2)).isEqualTo(FiscalYear.of(2025));
    assertThat(y.previous()).isEqualTo(FiscalYear.of(2022));
    assertThat(y.previous().isBefore(y)).isTrue();
    assertThat(y.isAfter(y.previous())).isTrue();
    assertThat(y.isBefore(y)).isFalse();
    assertThat(y.compareTo(FiscalYear.of(2024))).isNegative();
  }

  @Test
  void plusYears_outOfRange_throwsBudgetException() {
    assertThatThrownBy(() -> FiscalYear.of(1949).previous()).isInstanceOf(BudgetException.class);
    assertThatThrownBy(() -> FiscalYear.of(2999).plusYears(Integer.MAX_VALUE)).isInstanceOf(BudgetException.class);
    assertThatThrownBy(() -> FiscalYear.of(1949).plusYears(Integer.MIN_VALUE)).isInstanceOf(BudgetException.class);
  }

  @Test
  void equalsAndHashCode_followTheValue() {
    assertThat(FiscalYear.of(2023)).isEqualTo(FiscalYear.parse("2023年")).hasSameHashCodeAs(FiscalYear.of(2023));
    assertThat(FiscalYear.of(2023)).isNotEqualTo(FiscalYear.of(2022)).isNotEqualTo("2023");
  }
}
