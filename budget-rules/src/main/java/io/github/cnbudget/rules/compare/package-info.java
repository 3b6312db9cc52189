/**
 * Comparison of two disclosures of one department (年度对比): two years' budgets, or a budget and its
 * final account. {@link io.github.cnbudget.rules.compare.DisclosureComparison#of} matches the tables
 * by kind, their rows by classification code (or, for rows without a code, by what they mean), their
 * columns by key or meaning, and gives each amount's change in yuan and percent, the rows that appear
 * or vanish, and checks the changes the newer document's narrative states against the older year
 * (比2023年预算增加 X万元).
 *
 * <p>Exact {@link java.math.BigDecimal} throughout, every amount converted to yuan (元) whatever
 * unit its table prints; all types are immutable and thread-safe.
 */
@NullMarked
package io.github.cnbudget.rules.compare;

import org.jspecify.annotations.NullMarked;
