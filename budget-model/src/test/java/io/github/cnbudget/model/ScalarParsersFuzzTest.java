package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of the amount and year parsers: arbitrary text either parses (and the value reads back
 * from its canonical text) or throws {@link TextParseException} with an index inside the text.
 * The committed corpus under {@code ScalarParsersFuzzTestInputs/} is replayed by {@code mvn verify}.
 */
class ScalarParsersFuzzTest {

  private static void checkIndex(TextParseException e, String text) {
    assertThat(e.getClass()).isEqualTo(TextParseException.class);
    assertThat(e.parsedText()).isEqualTo(text);
    assertThat(e.errorIndex()).isBetween(0, text.length());
  }

  @FuzzTest
  void amountsParse(byte[] data) {
    String s = new String(data, StandardCharsets.UTF_8);
    try {
      BigDecimal v = Amounts.parse(s);
      assertThat(Amounts.parse(Amounts.format(v))).isEqualTo(v);
    } catch (TextParseException e) {
      checkIndex(e, s);
    }
  }

  @FuzzTest
  void fiscalYearParse(byte[] data) {
    String s = new String(data, StandardCharsets.UTF_8);
    try {
      FiscalYear y = FiscalYear.parse(s);
      assertThat(FiscalYear.parse(y.toString())).isEqualTo(y);
    } catch (TextParseException e) {
      checkIndex(e, s);
    }
  }
}
