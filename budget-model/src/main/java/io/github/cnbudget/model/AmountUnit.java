package io.github.cnbudget.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The unit amounts are printed in (金额单位): 元 or 万元 (ten thousand yuan).
 *
 * <p>Conversions move the decimal point and never round, so no digit is ever lost. As with
 * {@link java.util.concurrent.TimeUnit#convert(long, java.util.concurrent.TimeUnit)}, the unit
 * converted to is the receiver and the unit converted from the argument:
 * {@code YUAN.convertFrom(new BigDecimal("0.50"), WAN_YUAN)} is {@code 5000}, and back again
 * {@code WAN_YUAN.convertFrom(new BigDecimal("5000"), YUAN)} is {@code 0.5000}.
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
   * Converts an amount into this unit, exactly: the direction of {@code TimeUnit.convert}, the
   * receiver being the unit converted to.
   *
   * @param amount the amount in {@code source}
   * @param source the unit the amount is in
   * @return the same quantity in this unit; its scale grows or shrinks with the decimal point
   */
  public BigDecimal convertFrom(BigDecimal amount, AmountUnit source) {
    int shift = source.exponent - exponent;
    return shift == 0 ? amount : amount.movePointRight(shift).setScale(Math.max(0, amount.scale() - shift));
  }

  /**
   * Converts an amount printed in this unit into another, exactly.
   *
   * @param amount the amount in this unit
   * @param target the unit to convert to
   * @return the same quantity in {@code target}; its scale grows or shrinks with the decimal point
   * @deprecated the receiver is the source here, the opposite of {@code TimeUnit.convert}; use
   *     {@code target.convertFrom(amount, this)}, which returns the same value
   */
  @Deprecated(since = "0.1.0")
  public BigDecimal convert(BigDecimal amount, AmountUnit target) {
    return target.convertFrom(amount, this);
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
