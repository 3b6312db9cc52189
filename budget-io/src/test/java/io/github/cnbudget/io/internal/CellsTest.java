package io.github.cnbudget.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.testkit.PropertyChecks;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellsTest {
  @Test
  void isDecimal_acceptsPlainDecimalsOnly() {
    assertThat(Cells.isDecimal("0.50")).isTrue();
    assertThat(Cells.isDecimal("-12")).isTrue();
    assertThat(Cells.isDecimal("2958")).isTrue();
    for (String bad : new String[] {"", "-", "1.", ".5", "+1", "1e3", "2,958", "１", " 1", "1.2.3", "--1"}) {
      assertThat(Cells.isDecimal(bad)).as(bad).isFalse();
    }
  }

  @Test
  void parseDecimal_equalsBigDecimalParse_inValueAndScale() {
    io.github.cnbudget.testkit.Gen<String> text = r -> {
      // short and long runs of digits, leading zeros, signs and stray characters
      String alphabet = r.nextInt(4) == 0 ? "0123456789.-e+ " : "0123456789";
      StringBuilder b = new StringBuilder(r.nextBoolean() ? "-" : "");
      int n = r.nextInt(30);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      if (r.nextBoolean()) {
        b.append('.');
        for (int i = r.nextInt(25); i > 0; i--) {
          b.append((char) ('0' + r.nextInt(10)));
        }
      }
      return b.toString();
    };
    PropertyChecks.forAll(5000, text, s -> {
      char[] padded = ("xx" + s + "yy").toCharArray();
      BigDecimal parsed = Cells.parseDecimal(padded, 2, s.length());
      assertThat(Cells.parseDecimal(s)).as(s).isEqualTo(parsed);
      if (Cells.isDecimal(s)) {
        assertThat(parsed).as(s).isEqualTo(new BigDecimal(s));
      } else {
        assertThat(parsed).as(s).isNull();
      }
    });
  }

  @Test
  void parseDecimal_keepsScaleAndSignOfEdgeCases() {
    for (String s : new String[] {"0", "-0", "-0.00", "007", "0.50", "999999999999999999", "-9999999999999999999.99",
        "9223372036854775808", "12345678901234567890123"}) {
      assertThat(Cells.parseDecimal(s.toCharArray(), 0, s.length())).as(s).isEqualTo(new BigDecimal(s));
    }
    assertThat(Cells.parseDecimal(new char[0], 0, 0)).isNull();
  }

  @Test
  void of_partsOfAnyCell_rebuildAnEqualCell() {
    PropertyChecks.forAll(2000, TestDocuments::cell, c -> assertThat(Cells.of(c.value().orElse(null),
        c.hasDistinctPrintedText() ? c.printed() : null, c.mark(), c.isRepaired())).isEqualTo(c));
  }

  @Test
  void of_inconsistentParts_areRefused() {
    assertThatThrownBy(() -> Cells.of(BigDecimal.ONE, null, CellMark.DASH, false)).hasMessageContaining("no value");
    assertThatThrownBy(() -> Cells.of(null, null, CellMark.AMOUNT, false)).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> Cells.of(BigDecimal.ONE, null, CellMark.AMOUNT, true)).hasMessageContaining("printed text");
    assertThatThrownBy(() -> Cells.of(null, "x", CellMark.BLANK, false)).hasMessageContaining("not a BLANK cell");
    assertThatThrownBy(() -> Cells.of(null, "12", CellMark.DASH, false)).hasMessageContaining("not a DASH cell");
    assertThatThrownBy(() -> Cells.of(null, null, CellMark.TEXT, false)).hasMessageContaining("printed text");
    assertThatThrownBy(() -> Cells.of(null, "-", CellMark.DASH, true)).hasMessageContaining("only AMOUNT");
  }

  @Test
  void of_dashWithoutText_isThePrintedDash() {
    assertThat(Cells.of(null, null, CellMark.DASH, false)).isEqualTo(Cell.dash());
  }
}
