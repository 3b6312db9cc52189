package io.github.cnbudget.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The unit amounts are printed in (金额单位): 元 or 万元 (ten thousand yuan).
 *
 * <p>Conversions move the decimal point and never round, so no digit is ever lost:
 * {@code WAN_YUAN.convert(new BigDecimal("0.50"), YUAN)} is {@code 5000}, and back again
 * {@code 0.5000}.
 */
public enum AmountUnit {
  /** 元. */
  YUAN("元", 0),
  /** 万元: ten thousand yuan. */
  WAN_YUAN("万元", 4);

  private final String symbol;
  private final int exponent;

  AmountUnit(String symbol, int exponent) {
    this.symbol = symbol;
    this.exponent = exponent;
  }

  /**
   * The Chinese symbol.
   *
   * @return 元 or 万元
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Converts an amount printed in this unit into another, exactly.
   *
   * @param amount the amount in this unit
   * @param target the unit to convert to
   * @return the same quantity in {@code target}; its scale grows or shrinks with the decimal point
   */
  public BigDecimal convert(BigDecimal amount, AmountUnit target) {
    int shift = exponent - target.exponent;
    return shift == 0 ? amount : amount.movePointRight(shift).setScale(Math.max(0, amount.scale() - shift));
  }

  /**
   * Finds the unit named in printed text such as {@code 单位：万元} or {@code 金额单位: 元}.
   *
   * @param text the printed text
   * @return the unit, or empty when none is named
   */
  public static Optional<AmountUnit> fromText(CharSequence text) {
    String s = text.toString();
    if (s.contains("万元")) {
      return Optional.of(WAN_YUAN);
    }
    if (s.contains("元")) {
      return Optional.of(YUAN);
    }
    return Optional.empty();
  }

  /**
   * Looks a unit up by its symbol.
   *
   * @param symbol 元 or 万元
   * @return the unit
   * @throws BudgetException if the symbol is neither
   */
  public static AmountUnit ofSymbol(String symbol) {
    for (AmountUnit u : values()) {
      if (u.symbol.equals(symbol)) {
        return u;
      }
    }
    throw new BudgetException("Unknown amount unit: '" + symbol + "' (expected 元 or 万元)");
  }
}
