package io.github.cnbudget.model.narrative;

import io.github.cnbudget.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount stated in the narrative (说明中的金额) with its printed unit — 元, 万元 or 亿元 — and its printed
 * digits, whose scale is the precision the sentence was written to.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatedAmount {
  private final BigDecimal value;
  private final String unit;
  private final String printed;

  private StatedAmount(BigDecimal value, String unit, String printed) {
    this.value = value;
    this.unit = unit;
    this.printed = printed;
  }

  /**
   * An amount.
   *
   * @param value the value in {@code unit}, with the printed scale
   * @param unit 元, 万元 or 亿元
   * @param printed the printed text (digits and unit)
   * @return the amount
   * @throws InvalidValueException for another unit
   */
  public static StatedAmount of(BigDecimal value, String unit, String printed) {
    exponent(unit);
    return new StatedAmount(Objects.requireNonNull(value, "value"), unit, Objects.requireNonNull(printed, "printed"));
  }

  private static int exponent(String unit) {
    switch (unit) {
      case "元":
        return 0;
      case "万元":
        return 4;
      case "亿元":
        return 8;
      default:
        throw new InvalidValueException("unit must be 元, 万元 or 亿元: " + unit);
    }
  }

  /**
   * The value in the printed unit, with the printed scale.
   *
   * @return the value
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * The printed unit.
   *
   * @return 元, 万元 or 亿元
   */
  public String unit() {
    return unit;
  }

  /**
   * The printed text.
   *
   * @return the digits and the unit as printed
   */
  public String printed() {
    return printed;
  }

  /**
   * The value in yuan, exactly (the decimal point moved, never rounded).
   *
   * @return the value in 元
   */
  public BigDecimal inYuan() {
    int e = exponent(unit);
    return value.movePointRight(e).setScale(Math.max(0, value.scale() - e));
  }

  /**
   * Half a unit of the last printed digit, in yuan: how far the true value may lie from the printed one.
   *
   * @return the rounding half-width in 元
   */
  public BigDecimal halfUlpInYuan() {
    return BigDecimal.ONE.movePointLeft(value.scale()).movePointRight(exponent(unit)).divide(BigDecimal.valueOf(2));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StatedAmount && ((StatedAmount) o).value.equals(value) && ((StatedAmount) o).unit.equals(unit)
        && ((StatedAmount) o).printed.equals(printed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, unit, printed);
  }

  @Override
  public String toString() {
    return value.toPlainString() + unit;
  }
}
