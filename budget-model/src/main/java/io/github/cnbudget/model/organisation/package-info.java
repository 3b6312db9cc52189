/**
 * Organisation (组织): the department (主管部门) and its budget units (预算单位: 本级 and 下属单位), and
 * the rollup view of a per-unit table (department figure against the sum of its units).
 */
@NullMarked
@BudgetStyle
package io.github.cnbudget.model.organisation;

import io.github.cnbudget.model.internal.BudgetStyle;
import org.jspecify.annotations.NullMarked;
