/**
 * Rounding-aware arithmetic (尾数误差): the {@link io.github.cnbudget.rules.arithmetic.Tolerance}
 * bound {@code (n + 1) · h / 2} for a printed total against n printed items, and the
 * {@link io.github.cnbudget.rules.arithmetic.Verdict} of a comparison.
 *
 * <p>Exact {@link java.math.BigDecimal} throughout; all types are immutable and thread-safe.
 */
@NullMarked
package io.github.cnbudget.rules.arithmetic;

import org.jspecify.annotations.NullMarked;
