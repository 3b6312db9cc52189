package io.github.cnbudget.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EconomicCodeTest {

  @Test
  void of_buildsBothLevelsOfBothSchemes() {
    assertThat(EconomicCode.of(301)).hasToString("301");
    assertThat(EconomicCode.of(301, 1)).hasToString("30101");
    assertThat(EconomicCode.of(505, 12)).hasToString("50512");
  }

  @Test
  void of_rejectsOutOfRangeParts() {
    assertThatThrownBy(() -> EconomicCode.of(210)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> EconomicCode.of(400)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> EconomicCode.of(301, 100)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> EconomicCode.of(301, -1)).isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"30101", "[30101]", " 301 01 ", "301|01", "３０１０１", "【30101】"})
  void parse_readsPrintedForms(String text) {
    assertThat(EconomicCode.parse(text)).isEqualTo(EconomicCode.of(301, 1));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|0", "x|0", "2101501|7", "3010|4", "201|0", "[30101]基本工资|7", "30101 x|6", "[301|4", "301 1|4"})
  void parse_rejectsText_reportsIndex(String text, int index) {
    assertThatThrownBy(() -> EconomicCode.parse(text))
        .isInstanceOfSatisfying(CodeParseException.class, e -> assertThat(e.errorIndex()).isEqualTo(index));
  }

  @Test
  void scheme_followsTheFirstDigit() {
    assertThat(EconomicCode.of(301).scheme()).isEqualTo(Scheme.DEPARTMENTAL_ECONOMIC);
    assertThat(EconomicCode.of(501, 1).scheme()).isEqualTo(Scheme.GOVERNMENT_ECONOMIC);
    assertThat(EconomicCode.of(301).level()).isEqualTo(CodeLevel.CLASS);
    assertThat(EconomicCode.of(301, 1).level()).isEqualTo(CodeLevel.SECTION);
  }

  @Test
  void parentAndAncestors() {
    assertThat(EconomicCode.of(301, 1).parent()).contains(EconomicCode.of(301));
    assertThat(EconomicCode.of(301).parent()).isEmpty();
    assertThat(EconomicCode.of(301, 1).ancestors()).isEqualTo(List.of(EconomicCode.of(301)));
    assertThat(EconomicCode.of(301).ancestors()).isEmpty();
    assertThat(EconomicCode.of(301).isAncestorOf(EconomicCode.of(301, 1))).isTrue();
    assertThat(EconomicCode.of(301).isAncestorOf(EconomicCode.of(302, 1))).isFalse();
    assertThat(EconomicCode.of(301).isAncestorOf(EconomicCode.of(301))).isFalse();
    assertThat(EconomicCode.of(301).isAncestorOf(FunctionalCode.of(301, 1))).isFalse();
  }

  @Test
  void compareEqualsHashCode_followTheDigits() {
    assertThat(EconomicCode.of(301, 1)).isEqualTo(EconomicCode.parse("30101")).hasSameHashCodeAs(EconomicCode.parse("301 01"));
    assertThat(EconomicCode.of(301)).isLessThan(EconomicCode.of(301, 1)).isLessThan(EconomicCode.of(302));
    assertThat(EconomicCode.of(301)).isNotEqualTo(FunctionalCode.of(301)).isNotEqualTo("301");
  }
}
