package io.github.cnbudget.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrintedCodeTest {

  @Test
  void parse_keepsCodeAndPrintedName() {
    PrintedCode p = PrintedCode.parse("[2101501]行政运行");
    assertThat(p.code()).isEqualTo(FunctionalCode.of(210, 15, 1));
    assertThat(p.name()).contains("行政运行");
    assertThat(PrintedCode.parse("208 01 09 行政运行 ").name()).contains("行政运行");
    assertThat(PrintedCode.parse("2101501").name()).isEmpty();
  }

  @Test
  void parse_inAnEconomicScheme() {
    PrintedCode p = PrintedCode.parse("[30101]基本工资", Scheme.DEPARTMENTAL_ECONOMIC);
    assertThat(p.code()).isEqualTo(EconomicCode.of(301, 1));
    assertThat(PrintedCode.parse("50101", Scheme.GOVERNMENT_ECONOMIC).code().scheme()).isEqualTo(Scheme.GOVERNMENT_ECONOMIC);
  }

  @Test
  void parse_wrongEconomicScheme_reportsStartOfDigits() {
    assertThatThrownBy(() -> PrintedCode.parse("[50101]x", Scheme.DEPARTMENTAL_ECONOMIC))
        .isInstanceOfSatisfying(CodeParseException.class, e -> assertThat(e.errorIndex()).isEqualTo(1));
  }

  @Test
  void parse_badDigits_reportsIndex() {
    assertThatThrownBy(() -> PrintedCode.parse("行政运行"))
        .isInstanceOfSatisfying(CodeParseException.class, e -> assertThat(e.errorIndex()).isZero());
    assertThatThrownBy(() -> PrintedCode.parse("[2101]行政运行"))
        .isInstanceOfSatisfying(CodeParseException.class, e -> assertThat(e.errorIndex()).isEqualTo(5));
  }

  @Test
  void of_stripsTheName() {
    assertThat(PrintedCode.of(FunctionalCode.of(210), "  卫生健康支出 ").name()).contains("卫生健康支出");
    assertThat(PrintedCode.of(FunctionalCode.of(210), " ").name()).isEmpty();
    assertThatThrownBy(() -> PrintedCode.of(null, "x")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_isBracketedDigitsAndName_andParsesBack() {
    PrintedCode p = PrintedCode.of(EconomicCode.of(301, 1), "基本工资");
    assertThat(p).hasToString("[30101]基本工资");
    assertThat(PrintedCode.parse(p.toString(), Scheme.DEPARTMENTAL_ECONOMIC)).isEqualTo(p);
    assertThat(PrintedCode.of(FunctionalCode.of(210), "")).hasToString("[210]");
  }

  @Test
  void equalsAndHashCode_compareCodeAndName() {
    PrintedCode a = PrintedCode.of(FunctionalCode.of(210), "卫生健康支出");
    assertThat(a).isEqualTo(PrintedCode.parse("210 卫生健康支出")).hasSameHashCodeAs(PrintedCode.parse("[210]卫生健康支出"));
    assertThat(a).isNotEqualTo(PrintedCode.of(FunctionalCode.of(210), "医疗卫生与计划生育支出"));
    assertThat(a).isNotEqualTo(PrintedCode.of(FunctionalCode.of(211), "卫生健康支出"));
  }

  @Test
  void of_andParse_agreeOnBlanks_soThatToStringReadsBack() {
    PrintedCode p = PrintedCode.of(FunctionalCode.of(140), "x\u000b\t\u00a0");
    assertThat(p.name()).contains("x");
    assertThat(PrintedCode.parse(p.toString())).isEqualTo(p);
    PrintedCode q = ClassificationCodes.parsePrinted("[140]\u000bx\u00a0\u000b\u00a0");
    assertThat(q.name()).contains("x");
    assertThat(PrintedCode.parse("[140]\u000bx\u00a0\u000b\u00a0")).isEqualTo(q);
    assertThat(ClassificationCodes.parsePrinted(q.toString())).isEqualTo(q);
  }
}
