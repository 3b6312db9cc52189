package io.github.cnbudget.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetsTest {
  @Test
  void neutralise_formulaStarts_getApostrophe() {
    for (String s : new String[] {"=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\rx", "＝1", "-"}) {
      assertThat(Spreadsheets.neutralise(s)).as(s).isEqualTo("'" + s);
    }
  }

  @Test
  void neutralise_plainTextAndNegativeAmounts_unchanged() {
    for (String s : new String[] {"", "合计", "-12.50", "-3", "a=b", "0.50"}) {
      assertThat(Spreadsheets.neutralise(s)).as(s).isEqualTo(s);
    }
  }
}
