/**
 * The document and its scalars (公开文件与基本量): {@link io.github.cnbudget.model.Disclosure}, fiscal
 * year, stage, amount unit and published precision, exact amounts, and the exception root.
 *
 * <p>All types are immutable, null-free and thread-safe. Amounts are {@link java.math.BigDecimal}
 * with the scale they were printed with, never {@code double}.
 */
@NullMarked
@BudgetStyle
package io.github.cnbudget.model;

import io.github.cnbudget.model.internal.BudgetStyle;
import org.jspecify.annotations.NullMarked;
