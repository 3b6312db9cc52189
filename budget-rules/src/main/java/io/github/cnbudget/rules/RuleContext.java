package io.github.cnbudget.rules;

import io.github.cnbudget.model.catalog.ClassificationCatalog;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of a validation (校验选项), as an immutable "mutant factory": every {@code with…} method
 * returns a changed copy. Thread-safe and reusable. Options only: what a validation learns about
 * its document travels in the {@link Subject}.
 *
 * <ul>
 *   <li>{@link #toleranceFactor()} — multiplies the rounding bound {@code (n + 1) · h / 2}; default
 *       1, 0 demands exact sums.
 *   <li>{@link #dropRounding()} — drop rounding-level differences instead of reporting them as
 *       INFO; default false.
 *   <li>{@link #expectedWeightTotal()} — what the weights (权重) of one project's indicators must
 *       sum to; default empty: 100, or 90 when every weighted project of the document uses 90
 *       (provinces that keep 10 points for budget execution).
 *   <li>{@link #catalog()} — the classification catalog codes and names are checked against;
 *       default the catalog bundled with the model. An unknown code is a WARNING only inside a
 *       part the catalog declares it holds completely ({@code CompletePart}); elsewhere it is
 *       summarised in one INFO per document. A user's catalog (e.g. the official one laid over the
 *       bundled catalog with {@code overriddenBy}) declares its own complete parts.
 * </ul>
 */
public final class RuleContext {
  private static final RuleContext DEFAULTS = new RuleContext(BigDecimal.ONE, false, Optional.empty(), Optional.empty());

  private final BigDecimal toleranceFactor;
  private final boolean dropRounding;
  private final Optional<BigDecimal> expectedWeightTotal;
  // empty: the bundled catalog, read lazily on first use
  private final Optional<ClassificationCatalog> catalog;

  private RuleContext(BigDecimal toleranceFactor, boolean dropRounding, Optional<BigDecimal> expectedWeightTotal,
      Optional<ClassificationCatalog> catalog) {
    this.toleranceFactor = toleranceFactor;
    this.dropRounding = dropRounding;
    this.expectedWeightTotal = expectedWeightTotal;
    this.catalog = catalog;
  }

  /**
   * The default options.
   *
   * @return factor 1, rounding kept as INFO, weight total detected
   */
  public static RuleContext defaults() {
    return DEFAULTS;
  }

  /**
   * The factor applied to the rounding bound.
   *
   * @return the factor, 1 by default
   */
  public BigDecimal toleranceFactor() {
    return toleranceFactor;
  }

  /**
   * Whether rounding-level differences are dropped rather than reported as INFO.
   *
   * @return true to drop them
   */
  public boolean dropRounding() {
    return dropRounding;
  }

  /**
   * The fixed total the weights of one project must sum to.
   *
   * @return the total, or empty to detect 100 or 90 per document
   */
  public Optional<BigDecimal> expectedWeightTotal() {
    return expectedWeightTotal;
  }

  /**
   * With another tolerance factor.
   *
   * @param factor not negative; below 1 tightens, above 1 loosens
   * @return the changed copy
   */
  public RuleContext withToleranceFactor(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    if (factor.signum() < 0) {
      throw new IllegalArgumentException("tolerance factor must not be negative: " + factor);
    }
    return new RuleContext(factor, dropRounding, expectedWeightTotal, catalog);
  }

  /**
   * With rounding-level differences dropped or kept.
   *
   * @param drop true to drop them
   * @return the changed copy
   */
  public RuleContext withDropRounding(boolean drop) {
    return new RuleContext(toleranceFactor, drop, expectedWeightTotal, catalog);
  }

  /**
   * With a fixed weight total.
   *
   * @param total e.g. 100 or 90, positive
   * @return the changed copy
   */
  public RuleContext withExpectedWeightTotal(BigDecimal total) {
    Objects.requireNonNull(total, "total");
    if (total.signum() <= 0) {
      throw new IllegalArgumentException("weight total must be positive: " + total);
    }
    return new RuleContext(toleranceFactor, dropRounding, Optional.of(total), catalog);
  }

  /**
   * The classification catalog to check codes and names against.
   *
   * @return the catalog given with {@link #withCatalog(ClassificationCatalog)}, else the bundled one
   */
  public ClassificationCatalog catalog() {
    return catalog.orElseGet(ClassificationCatalog::bundled);
  }

  /**
   * With another catalog (e.g. the full official one laid over the bundled catalog).
   *
   * @param value the catalog
   * @return the changed copy
   */
  public RuleContext withCatalog(ClassificationCatalog value) {
    return new RuleContext(toleranceFactor, dropRounding, expectedWeightTotal, Optional.of(value));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RuleContext)) {
      return false;
    }
    RuleContext c = (RuleContext) o;
    return toleranceFactor.compareTo(c.toleranceFactor) == 0 && dropRounding == c.dropRounding
        && expectedWeightTotal.equals(c.expectedWeightTotal) && catalog.equals(c.catalog);
  }

  @Override
  public int hashCode() {
    return Objects.hash(toleranceFactor.stripTrailingZeros(), dropRounding, expectedWeightTotal);
  }

  @Override
  public String toString() {
    return "RuleContext[toleranceFactor=" + toleranceFactor.toPlainString() + ", dropRounding=" + dropRounding
        + ", expectedWeightTotal=" + expectedWeightTotal.map(BigDecimal::toPlainString).orElse("auto")
        + "]";
  }
}
