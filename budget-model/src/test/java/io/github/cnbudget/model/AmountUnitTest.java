package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountUnitTest {

  @Test
  void convertFrom_receiverIsTheTarget_asTimeUnitConverts() {
    assertThat(AmountUnit.YUAN.convertFrom(new BigDecimal("0.50"), AmountUnit.WAN_YUAN)).isEqualTo(new BigDecimal("5000"));
    assertThat(AmountUnit.WAN_YUAN.convertFrom(new BigDecimal("5000"), AmountUnit.YUAN)).isEqualTo(new BigDecimal("0.5000"));
    assertThat(AmountUnit.WAN_YUAN.convertFrom(new BigDecimal("5000.25"), AmountUnit.YUAN)).isEqualTo(new BigDecimal("0.500025"));
    assertThat(AmountUnit.YUAN.convertFrom(new BigDecimal("1.23456"), AmountUnit.WAN_YUAN)).isEqualTo(new BigDecimal("12345.6"));
  }

  @Test
  void convertFrom_theSameUnit_isIdentity() {
    BigDecimal v = new BigDecimal("12.30");
    assertThat(AmountUnit.YUAN.convertFrom(v, AmountUnit.YUAN)).isSameAs(v);
  }

  @Test
  void convertFrom_thereAndBack_isNumericallyEqual() {
    BigDecimal v = new BigDecimal("461.49");
    BigDecimal back = AmountUnit.WAN_YUAN.convertFrom(AmountUnit.YUAN.convertFrom(v, AmountUnit.WAN_YUAN), AmountUnit.YUAN);
    assertThat(back).isEqualByComparingTo(v);
  }

  /** The deprecated method keeps its meaning (receiver = source) for callers not yet migrated. */
  @Test
  @SuppressWarnings("deprecation")
  void convert_deprecated_isConvertFromTheOtherWayRound() {
    BigDecimal v = new BigDecimal("0.50");
    for (AmountUnit from : AmountUnit.values()) {
      for (AmountUnit to : AmountUnit.values()) {
        assertThat(from.convert(v, to)).isEqualTo(to.convertFrom(v, from));
      }
    }
    assertThat(AmountUnit.WAN_YUAN.convert(v, AmountUnit.YUAN)).isEqualTo(new BigDecimal("5000"));
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
