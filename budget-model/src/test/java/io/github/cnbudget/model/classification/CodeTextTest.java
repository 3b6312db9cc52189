package io.github.cnbudget.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodeTextTest {

  @Test
  void read_reportsDigitsAndTheirPlace() {
    CodeText.Result r = CodeText.read("  [2101501] 行政运行 ", true);
    assertThat(r.digits).isEqualTo("2101501");
    assertThat(r.digitsStart).isEqualTo(3);
    assertThat(r.digitsEnd).isEqualTo(10);
    assertThat(r.name).isEqualTo("行政运行");
    assertThat(r.nameStart).isEqualTo(12);
  }

  @Test
  void read_joinsSplitColumns() {
    CodeText.Result r = CodeText.read("208\t01\t09 行政运行", true);
    assertThat(r.digits).isEqualTo("2080109");
    assertThat(r.digitsEnd).isEqualTo(9);
    assertThat(r.name).isEqualTo("行政运行");
  }

  @Test
  void read_stopsAfterSevenDigitsOfGroups() {
    CodeText.Result r = CodeText.read("210 15 01 99", true);
    assertThat(r.digits).isEqualTo("2101501");
    assertThat(r.name).isEqualTo("99");
  }

  @Test
  void read_fiveDigitFirstGroupIsNotSplit() {
    CodeText.Result r = CodeText.read("30101 01", true);
    assertThat(r.digits).isEqualTo("30101");
    assertThat(r.name).isEqualTo("01");
  }

  @Test
  void read_withoutNameAllowed_refusesTrailingText() {
    assertThatThrownBy(() -> CodeText.read("210 x", false))
        .isInstanceOfSatisfying(CodeParseException.class, e -> assertThat(e.errorIndex()).isEqualTo(4));
  }

  @Test
  void read_fullWidthDigits() {
    assertThat(CodeText.read("２１０", false).digits).isEqualTo("210");
    assertThat(CodeText.digit('９')).isEqualTo(9);
    assertThat(CodeText.digit('a')).isEqualTo(-1);
  }

  @Test
  void isBlank_knowsTheBlanksOfPrintedText() {
    assertThat(CodeText.isBlank('\u3000')).isTrue();
    assertThat(CodeText.isBlank('\u00a0')).isTrue();
    assertThat(CodeText.isBlank('\t')).isTrue();
    assertThat(CodeText.isBlank('|')).isFalse();
  }
}
