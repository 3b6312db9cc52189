package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2958|2958", "'2,958'|2958", "0.50|0.50", "'1,234,567.80'|1234567.80", "-5|-5", "+5|5", "'  12 '|12",
      "１２３．４５|123.45", "'１，０００'|1000", "−7|-7", "－7|-7", "＋7|7", "0|0", "'1,234.5678'|1234.5678",
      "00012|12", "\u300088\u00a0|88"})
  void parse_readsPrintedAmountsKeepingTheScale(String text, String expected) {
    BigDecimal v = Amounts.parse(text);
    assertThat(v).isEqualTo(new BigDecimal(expected));
    assertThat(v.scale()).isEqualTo(new BigDecimal(expected).scale());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|0",              // nothing
      "'   '|3",           // only blanks: reported after them
      "abc|0",
      "1e5|1",
      "'12,34'|5",         // last group of two digits: reported at the end
      "'1234,567'|4",      // first group longer than three digits
      "'1,23.4'|4",        // point after a short group
      "1.2.3|3",
      "1.|2",              // ends without digits
      ".5|0",
      "-|1",
      "'- 5'|1",
      "'1,234.5,6'|7",
      "'1,,234'|2",
      "'1 234'|1",
      "'1,2345'|5",        // a four-digit group: reported at its fourth digit
      "'1,234,5678.9'|9"})
  void parse_rejectsText_reportsIndex(String text, int index) {
    assertThatThrownBy(() -> Amounts.parse(text))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.errorIndex()).isEqualTo(index);
          assertThat(e.parsedText()).isEqualTo(text);
        });
  }

  @Test
  void parse_refusesOverlongText_atTheLimit() {
    String text = " " + "1".repeat(Amounts.MAX_LENGTH + 1);
    assertThatThrownBy(() -> Amounts.parse(text))
        .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.errorIndex()).isEqualTo(1 + Amounts.MAX_LENGTH));
    assertThat(Amounts.parse("9".repeat(Amounts.MAX_LENGTH))).isEqualTo(new BigDecimal("9".repeat(Amounts.MAX_LENGTH)));
  }

  @Test
  void format_isThePlainNumberWithItsScale() {
    assertThat(Amounts.format(new BigDecimal("0.50"))).isEqualTo("0.50");
    assertThat(Amounts.format(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Amounts.parse(Amounts.format(new BigDecimal("-12.340")))).isEqualTo(new BigDecimal("-12.340"));
  }

  @Test
  void normalise_mapsFullWidthForms() {
    assertThat(Amounts.normalise('５')).isEqualTo('5');
    assertThat(Amounts.normalise('，')).isEqualTo(',');
    assertThat(Amounts.normalise('．')).isEqualTo('.');
    assertThat(Amounts.normalise('a')).isEqualTo('a');
  }
}
