/**
 * Performance management (绩效管理): department-wide and project targets (整体支出 / 项目绩效目标),
 * the 一级/二级/三级 indicator hierarchy with target values and weights, self-evaluations (绩效自评) with
 * scores and the budget-execution row, and evaluation frameworks (共性指标体系) with 参考分值.
 */
@NullMarked
@BudgetStyle
package io.github.cnbudget.model.performance;

import io.github.cnbudget.model.internal.BudgetStyle;
import org.jspecify.annotations.NullMarked;
