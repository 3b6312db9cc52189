/**
 * Projects (项目): the 项目支出 of a disclosure, with category, attribute, years, amounts by funding
 * source and the text goal.
 */
@NullMarked
@BudgetStyle
package io.github.cnbudget.model.project;

import io.github.cnbudget.model.internal.BudgetStyle;
import org.jspecify.annotations.NullMarked;
