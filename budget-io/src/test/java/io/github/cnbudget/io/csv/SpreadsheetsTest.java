package io.github.cnbudget.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetsTest {
  @Test
  void neutralise_formulaStarts_getApostrophe() {
    for (String s : new String[] {"=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\rx", "＝1", "-1+2", "'=1"}) {
      assertThat(Spreadsheets.neutralise(s)).as(s).isEqualTo("'" + s);
    }
  }

  @Test
  void neutralise_plainTextAndNegativeAmounts_unchanged() {
    for (String s : new String[] {"", "合计", "-12.50", "-3", "a=b", "0.50", "-", "－", "--"}) {
      assertThat(Spreadsheets.neutralise(s)).as(s).isEqualTo(s);
    }
  }

  @Test
  void restore_undoesExactlyTheEscape_forTextWithAnyLeadingApostrophes() {
    for (String s : new String[] {"=1+1", "'=1+1", "''=1", "'", "''", "'abc", "-", "－", "\tx", "-12.50", "'-12.50", "合计", ""}) {
      assertThat(Spreadsheets.restore(Spreadsheets.neutralise(s))).as(s).isEqualTo(s);
    }
    assertThat(Spreadsheets.neutralise("'=1")).isEqualTo("''=1");
    assertThat(Spreadsheets.neutralise("'abc")).isEqualTo("'abc");
  }
}
