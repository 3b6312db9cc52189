package io.github.cnbudget.rules.arithmetic;

import io.github.cnbudget.model.Precision;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Rounding tolerance for printed sums (尾数误差容差), in the spirit of XBRL Calculations 1.1.
 *
 * <p>Every printed value rounded to the last digit {@code h} (1 万元, or 0.01 万元) stands for an
 * interval of ± h/2. A printed total T compared with n printed items can therefore differ from
 * their sum by up to {@code (n + 1) · h / 2} without any of them being wrong. A factor tightens
 * (&lt; 1) or loosens (&gt; 1) that bound; factor 0 demands exact equality. Exact
 * {@link BigDecimal} throughout; immutable and thread-safe.
 */
public final class Tolerance {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final BigDecimal ulp;
  private final BigDecimal factor;

  private Tolerance(BigDecimal ulp, BigDecimal factor) {
    this.ulp = ulp;
    this.factor = factor;
  }

  /**
   * A tolerance for values printed to the last digit {@code ulp}.
   *
   * @param ulp the value of one unit in the last printed place (h), positive
   * @param factor multiplies the bound; 1 is the XBRL bound, 0 is exact
   * @return the tolerance
   */
  public static Tolerance of(BigDecimal ulp, BigDecimal factor) {
    Objects.requireNonNull(ulp, "ulp");
    Objects.requireNonNull(factor, "factor");
    if (ulp.signum() <= 0) {
      throw new IllegalArgumentException("ulp must be positive: " + ulp);
    }
    if (factor.signum() < 0) {
      throw new IllegalArgumentException("factor must not be negative: " + factor);
    }
    return new Tolerance(ulp, factor);
  }

  /**
   * The tolerance of a published precision.
   *
   * @param precision the document's precision
   * @param factor multiplies the bound
   * @return the tolerance with {@code h = precision.ulp()}
   */
  public static Tolerance of(Precision precision, BigDecimal factor) {
    return of(precision.ulp(), factor);
  }

  /**
   * The last printed digit h.
   *
   * @return h
   */
  public BigDecimal ulp() {
    return ulp;
  }

  /**
   * The factor applied to the bound.
   *
   * @return the factor
   */
  public BigDecimal factor() {
    return factor;
  }

  /**
   * The bound for a comparison of one printed value with the sum of {@code terms} printed values:
   * {@code factor · (terms + 1) · h / 2}.
   *
   * @param terms how many printed values were summed (at least 1)
   * @return the largest rounding-level difference
   */
  public BigDecimal bound(int terms) {
    if (terms < 1) {
      throw new IllegalArgumentException("terms must be >= 1: " + terms);
    }
    return ulp.multiply(BigDecimal.valueOf(terms + 1L)).multiply(factor).divide(TWO).stripTrailingZeros();
  }

  /**
   * Judges a printed value against the sum of {@code terms} printed values.
   *
   * @param expected the computed value (the sum)
   * @param actual the printed value
   * @param terms how many printed values make up {@code expected}
   * @return EQUAL, ROUNDING when {@code |actual − expected| ≤ bound(terms)}, else MISMATCH
   */
  public Verdict judge(BigDecimal expected, BigDecimal actual, int terms) {
    BigDecimal diff = actual.subtract(expected).abs();
    if (diff.signum() == 0) {
      return Verdict.EQUAL;
    }
    return diff.compareTo(bound(terms)) <= 0 ? Verdict.ROUNDING : Verdict.MISMATCH;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tolerance && ((Tolerance) o).ulp.compareTo(ulp) == 0
        && ((Tolerance) o).factor.compareTo(factor) == 0;
  }

  @Override
  public int hashCode() {
    return ulp.stripTrailingZeros().hashCode() * 31 + factor.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return "±" + factor.toPlainString() + "·(n+1)·" + ulp.toPlainString() + "/2";
  }
}
