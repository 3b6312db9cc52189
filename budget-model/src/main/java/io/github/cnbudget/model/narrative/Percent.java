package io.github.cnbudget.model.narrative;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage stated in the narrative (百分比), as printed: its value in percent, its printed text, and
 * whether the % sign was printed (a share printed as “占 89.04” lacks it).
 *
 * <p>Immutable and thread-safe.
 */
public final class Percent {
  private final BigDecimal value;
  private final String printed;
  private final boolean signed;

  private Percent(BigDecimal value, String printed, boolean signed) {
    this.value = value;
    this.printed = printed;
    this.signed = signed;
  }

  /**
   * A percentage.
   *
   * @param value the value in percent, with the printed scale
   * @param printed the printed text
   * @param signed whether the % sign was printed
   * @return the percentage
   */
  public static Percent of(BigDecimal value, String printed, boolean signed) {
    return new Percent(Objects.requireNonNull(value, "value"), Objects.requireNonNull(printed, "printed"), signed);
  }

  /**
   * The value in percent.
   *
   * @return the value, with the printed scale
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * The printed text.
   *
   * @return the text
   */
  public String printed() {
    return printed;
  }

  /**
   * Whether the % sign was printed.
   *
   * @return true when printed with % or ％
   */
  public boolean signed() {
    return signed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Percent && ((Percent) o).value.equals(value) && ((Percent) o).printed.equals(printed)
        && ((Percent) o).signed == signed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, printed, signed);
  }

  @Override
  public String toString() {
    return printed;
  }
}
