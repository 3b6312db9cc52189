package io.github.cnbudget.io;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An OCR repair (识别修复): damaged printed text that the importer read through, e.g.
 * {@code 461. 49} read as 461.49. The cell it produced is marked {@code repaired}. Immutable and
 * thread-safe.
 */
public final class Repair {
  private final int line;
  private final String printed;
  private final BigDecimal value;
  private final String how;

  private Repair(int line, String printed, BigDecimal value, String how) {
    this.line = line;
    this.printed = printed;
    this.value = value;
    this.how = how;
  }

  /**
   * A repair.
   *
   * @param line the one-based source line
   * @param printed the damaged text exactly as printed
   * @param value the value read through the damage
   * @param how what was repaired, e.g. {@code blank inside number}
   * @return the repair
   */
  public static Repair of(int line, String printed, BigDecimal value, String how) {
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
    return new Repair(line, Objects.requireNonNull(printed, "printed"), Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(how, "how"));
  }

  /**
   * Where the damaged text was printed.
   *
   * @return the one-based source line
   */
  public int line() {
    return line;
  }

  /**
   * The damaged text exactly as printed.
   *
   * @return the printed text
   */
  public String printed() {
    return printed;
  }

  /**
   * The value read through the damage.
   *
   * @return the repaired value
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * What was repaired.
   *
   * @return a short description
   */
  public String how() {
    return how;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Repair)) {
      return false;
    }
    Repair r = (Repair) o;
    return line == r.line && printed.equals(r.printed) && value.equals(r.value) && how.equals(r.how);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, printed, value, how);
  }

  /** The canonical text: {@code line N: 'printed' -> value (how)}. */
  @Override
  public String toString() {
    return "line " + line + ": '" + printed + "' -> " + value.toPlainString() + " (" + how + ")";
  }
}
