package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountUnitTest {

  @Test
  void convert_movesThePointWithoutRounding() {
    assertThat(AmountUnit.WAN_YUAN.convert(new BigDecimal("0.50"), AmountUnit.YUAN)).isEqualTo(new BigDecimal("5000"));
    assertThat(AmountUnit.YUAN.convert(new BigDecimal("5000"), AmountUnit.WAN_YUAN)).isEqualTo(new BigDecimal("0.5000"));
    assertThat(AmountUnit.YUAN.convert(new BigDecimal("5000.25"), AmountUnit.WAN_YUAN)).isEqualTo(new BigDecimal("0.500025"));
    assertThat(AmountUnit.WAN_YUAN.convert(new BigDecimal("1.23456"), AmountUnit.YUAN)).isEqualTo(new BigDecimal("12345.6"));
  }

  @Test
  void convert_toTheSameUnit_isIdentity() {
    BigDecimal v = new BigDecimal("12.30");
    assertThat(AmountUnit.YUAN.convert(v, AmountUnit.YUAN)).isSameAs(v);
  }

  @Test
  void convert_thereAndBack_isNumericallyEqual() {
    BigDecimal v = new BigDecimal("461.49");
    BigDecimal back = AmountUnit.YUAN.convert(AmountUnit.WAN_YUAN.convert(v, AmountUnit.YUAN), AmountUnit.WAN_YUAN);
    assertThat(back).isEqualByComparingTo(v);
  }

  @Test
  void fromText_findsTheUnitNamed() {
    assertThat(AmountUnit.fromText("单位：万元")).contains(AmountUnit.WAN_YUAN);
    assertThat(AmountUnit.fromText("金额单位: 元")).contains(AmountUnit.YUAN);
    assertThat(AmountUnit.fromText("单位")).isEmpty();
  }

  @Test
  void ofSymbol_looksUpBothUnits() {
    assertThat(AmountUnit.ofSymbol("万元")).isEqualTo(AmountUnit.WAN_YUAN);
    assertThat(AmountUnit.ofSymbol("元")).isEqualTo(AmountUnit.YUAN);
    assertThat(AmountUnit.YUAN.symbol()).isEqualTo("元");
    assertThatThrownBy(() -> AmountUnit.ofSymbol("千元")).isInstanceOf(BudgetException.class).hasMessageContaining("千元");
  }
}
