package io.github.cnbudget.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClassificationCodesTest {

  @Test
  void parse_firstDigitDecidesTheScheme() {
    assertThat(ClassificationCodes.parse("2101501")).isEqualTo(FunctionalCode.of(210, 15, 1));
    assertThat(ClassificationCodes.parse("210")).isInstanceOf(FunctionalCode.class);
    assertThat(ClassificationCodes.parse("30101")).isEqualTo(EconomicCode.of(301, 1));
    assertThat(ClassificationCodes.parse("[501]")).isEqualTo(EconomicCode.of(501));
    assertThat(ClassificationCodes.parse("301 01").scheme()).isEqualTo(Scheme.DEPARTMENTAL_ECONOMIC);
  }

  @Test
  void parse_sevenDigitsStartingWithThreeOrFive_isFunctional() {
    assertThat(ClassificationCodes.parse("3010101")).isEqualTo(FunctionalCode.of(301, 1, 1));
    assertThat(ClassificationCodes.parsePrinted("[5754769]名称").code()).isEqualTo(FunctionalCode.of(575, 47, 69));
  }

  @Test
  void parse_rejectsName_reportsIndex() {
    assertThatThrownBy(() -> ClassificationCodes.parse("30101 基本工资"))
        .isInstanceOfSatisfying(CodeParseException.class, e -> assertThat(e.errorIndex()).isEqualTo(6));
  }

  @Test
  void parse_rejectsFourDigitEconomicCode_reportsEndOfDigits() {
    assertThatThrownBy(() -> ClassificationCodes.parse("3010"))
        .isInstanceOfSatisfying(CodeParseException.class, e -> {
          assertThat(e.errorIndex()).isEqualTo(4);
          assertThat(e.parsedText()).isEqualTo("3010");
        });
  }

  @Test
  void parse_rejectsEmpty_reportsIndexZero() {
    assertThatThrownBy(() -> ClassificationCodes.parse(""))
        .isInstanceOfSatisfying(CodeParseException.class, e -> assertThat(e.errorIndex()).isZero());
  }

  @Test
  void parsePrinted_keepsTheName() {
    PrintedCode p = ClassificationCodes.parsePrinted("[30101]基本工资");
    assertThat(p.code()).isEqualTo(EconomicCode.of(301, 1));
    assertThat(p.name()).contains("基本工资");
    assertThat(ClassificationCodes.parsePrinted("208 01 09 行政运行").code()).isEqualTo(FunctionalCode.of(208, 1, 9));
  }

  @Test
  void parsePrinted_rejectsMissingDigits_reportsIndex() {
    assertThatThrownBy(() -> ClassificationCodes.parsePrinted("  行政运行"))
        .isInstanceOfSatisfying(CodeParseException.class, e -> assertThat(e.errorIndex()).isEqualTo(2));
  }
}
