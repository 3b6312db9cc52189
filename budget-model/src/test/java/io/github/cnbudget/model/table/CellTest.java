package io.github.cnbudget.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTest {

  @Test
  void of_canonicalAmount() {
    Cell c = Cell.of("0.50");
    assertThat(c.value()).contains(new BigDecimal("0.50"));
    assertThat(c.printed()).isEqualTo("0.50");
    assertThat(c.mark()).isEqualTo(CellMark.AMOUNT);
    assertThat(c.hasValue()).isTrue();
    assertThat(c.hasDistinctPrintedText()).isFalse();
    assertThat(c.isRepaired()).isFalse();
    assertThat(c).hasToString("0.50");
  }

  @Test
  void of_withPrintedText_keepsItOnlyWhenDifferent() {
    Cell c = Cell.of(new BigDecimal("2958"), "2,958");
    assertThat(c.printed()).isEqualTo("2,958");
    assertThat(c.hasDistinctPrintedText()).isTrue();
    assertThat(Cell.of(new BigDecimal("2958"), "2958")).isEqualTo(Cell.of("2958"));
  }

  @Test
  void printed_readsNumbersWithSeparatorsAndBlanks() {
    Cell c = Cell.printed("1,234.50");
    assertThat(c.value()).contains(new BigDecimal("1234.50"));
    assertThat(c.printed()).isEqualTo("1,234.50");
    assertThat(Cell.printed(" 12 ").value()).contains(new BigDecimal("12"));
    assertThat(Cell.printed(" 12 ").printed()).isEqualTo(" 12 ");
    assertThat(Cell.printed("12")).isEqualTo(Cell.of("12"));
  }

  @Test
  void printed_blank() {
    assertThat(Cell.printed("")).isSameAs(Cell.blank());
    Cell spaces = Cell.printed("  ");
    assertThat(spaces.mark()).isEqualTo(CellMark.BLANK);
    assertThat(spaces.printed()).isEqualTo("  ");
    assertThat(spaces.hasValue()).isFalse();
    assertThat(spaces.valueOrZero()).isEqualTo(BigDecimal.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "—", "－", "--", "——", "–", " - "})
  void printed_dashVariants(String text) {
    Cell c = Cell.printed(text);
    assertThat(c.mark()).isEqualTo(CellMark.DASH);
    assertThat(c.printed()).isEqualTo(text);
    assertThat(c.value()).isEmpty();
  }

  @Test
  void printed_otherTextBecomesText() {
    Cell c = Cell.printed("本表无数据");
    assertThat(c.mark()).isEqualTo(CellMark.TEXT);
    assertThat(c.value()).isEmpty();
    assertThat(c).isEqualTo(Cell.text("本表无数据"));
    assertThat(Cell.printed("461. 49").mark()).isEqualTo(CellMark.TEXT);
  }

  @Test
  void dashAndPrintedDash_areEqual() {
    assertThat(Cell.dash()).isEqualTo(Cell.printed("-")).hasSameHashCodeAs(Cell.printed("-"));
  }

  @Test
  void repaired_keepsDamagedTextAndValue() {
    Cell c = Cell.repaired(new BigDecimal("461.49"), "461. 49");
    assertThat(c.isRepaired()).isTrue();
    assertThat(c.value()).contains(new BigDecimal("461.49"));
    assertThat(c.printed()).isEqualTo("461. 49");
    assertThat(c).hasToString("461. 49 (repaired: 461.49)");
    assertThat(c).isNotEqualTo(Cell.of(new BigDecimal("461.49"), "461. 49"));
  }

  @Test
  void withValue_returnsThisWhenUnchanged_elseACanonicalCell() {
    Cell c = Cell.of("5");
    assertThat(c.withValue(new BigDecimal("5"))).isSameAs(c);
    assertThat(c.withValue(new BigDecimal("6"))).isEqualTo(Cell.of("6"));
    Cell printed = Cell.printed("5,000");
    assertThat(printed.withValue(new BigDecimal("5000"))).isEqualTo(Cell.of("5000"));
    assertThat(Cell.blank().withValue(BigDecimal.ONE)).isEqualTo(Cell.of(BigDecimal.ONE));
  }

  @Test
  void equals_distinguishesScale() {
    assertThat(Cell.of("1.0")).isNotEqualTo(Cell.of("1.00"));
    assertThat(Cell.of("1.0")).isEqualTo(Cell.of(new BigDecimal("1.0"))).hasSameHashCodeAs(Cell.of("1.0"));
    assertThat(Cell.blank()).isNotEqualTo(Cell.dash()).isNotEqualTo("");
  }

  @Test
  void withPlace_keepsEverythingElse_andTakesPartInEquality() {
    PagePlace at = PagePlace.parse("6:300.5,120.0,360.0,134.5");
    Cell printed = Cell.printed("2,958");
    Cell placed = printed.withPlace(at);
    assertThat(placed.place()).contains(at);
    assertThat(placed.value()).isEqualTo(printed.value());
    assertThat(placed.printed()).isEqualTo("2,958");
    assertThat(placed.mark()).isEqualTo(CellMark.AMOUNT);
    assertThat(placed).isNotEqualTo(printed).hasToString("2,958");
    assertThat(placed).isEqualTo(Cell.printed("2,958").withPlace(PagePlace.parse("6:300.5,120,360,134.5")))
        .hasSameHashCodeAs(Cell.printed("2,958").withPlace(at));
    assertThat(placed.withPlace(at)).isSameAs(placed);
    assertThat(placed.withoutPlace()).isEqualTo(printed);
    assertThat(printed.withoutPlace()).isSameAs(printed);
    assertThat(Cell.repaired(BigDecimal.TEN, "1 0").withPlace(at).isRepaired()).isTrue();
    assertThat(Cell.blank().withPlace(at).mark()).isEqualTo(CellMark.BLANK);
    assertThat(Cell.of("5").place()).isEmpty();
  }

  @Test
  void withValue_dropsThePlace() {
    Cell placed = Cell.of("5").withPlace(PagePlace.parse("1:0,0,10,10"));
    assertThat(placed.withValue(new BigDecimal("5"))).isEqualTo(Cell.of("5"));
    assertThatThrownBy(() -> placed.withPlace(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void factories_rejectNull() {
    assertThatThrownBy(() -> Cell.of((BigDecimal) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Cell.printed(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Cell.text(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Cell.repaired(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
  }
}
