package io.github.cnbudget.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The published precision of a document's amounts (公开金额精度): the unit and the number of decimals
 * printed, e.g. whole 万元 ({@code 万元, 0}) or 0.01 万元 ({@code 万元, 2}).
 *
 * <p>Every printed amount stands for an interval of ± half its last digit; the rules derive their
 * rounding tolerance from {@link #halfUlp()}. Immutable and thread-safe.
 */
public final class Precision {
  private final AmountUnit unit;
  private final int scale;

  private Precision(AmountUnit unit, int scale) {
    this.unit = unit;
    this.scale = scale;
  }

  /**
   * Obtains a precision.
   *
   * @param unit the printed unit
   * @param scale decimals printed, 0 to 6
   * @return the precision
   */
  public static Precision of(AmountUnit unit, int scale) {
    Objects.requireNonNull(unit, "unit");
    if (scale < 0 || scale > 6) {
      throw new InvalidValueException("Precision scale out of range 0..6: " + scale);
    }
    return new Precision(unit, scale);
  }

  /**
   * The printed unit.
   *
   * @return 元 or 万元
   */
  public AmountUnit unit() {
    return unit;
  }

  /**
   * Decimals printed.
   *
   * @return the scale of printed amounts
   */
  public int scale() {
    return scale;
  }

  /**
   * The value of one unit in the last printed place (h): 1 for whole numbers, 0.01 for two decimals.
   *
   * @return {@code 10^-scale}
   */
  public BigDecimal ulp() {
    return BigDecimal.ONE.movePointLeft(scale);
  }

  /**
   * Half of {@link #ulp()}: how far a printed value may be from the exact one.
   *
   * @return {@code 10^-scale / 2}
   */
  public BigDecimal halfUlp() {
    return new BigDecimal(5).movePointLeft(scale + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Precision && ((Precision) o).unit == unit && ((Precision) o).scale == scale;
  }

  @Override
  public int hashCode() {
    return unit.hashCode() * 31 + scale;
  }

  /** The canonical text, e.g. {@code 0.01万元} or {@code 1万元}. */
  @Override
  public String toString() {
    return ulp().toPlainString() + unit.symbol();
  }
}
