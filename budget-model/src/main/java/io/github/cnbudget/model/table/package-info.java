/**
 * Disclosure tables (公开报表): columns with their printed headers and standard meaning, rows keyed by
 * classification code or printed label, cells that keep what was printed.
 *
 * <p>One generic shape holds every standard table of both stages, so unusual columns (政府采购, 行次,
 * 栏次, two-year “三公” rows) and two-sided tables need no special types and survive round trips.
 */
@NullMarked
@BudgetStyle
package io.github.cnbudget.model.table;

import io.github.cnbudget.model.internal.BudgetStyle;
import org.jspecify.annotations.NullMarked;
