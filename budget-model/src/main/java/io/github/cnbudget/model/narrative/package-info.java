/**
 * The narrative of a disclosure (情况说明): the explanatory paragraphs printed beside the tables
 * (部门预算/决算情况说明, 预算编制说明, 其他相关说明, 项目经费情况说明), each with its page and line, and the
 * facts a small grammar reads from them — an amount and what it is of, its comparison with a previous
 * year, its share of a whole, a completion rate.
 *
 * <p>Only the paragraphs are part of a {@link io.github.cnbudget.model.Disclosure}; the facts are
 * derived from them by {@link io.github.cnbudget.model.narrative.NarrativeReader}, which any importer
 * (text or PDF) and any rule can call. What the grammar cannot read stays text and is listed as not
 * read, never guessed.
 */
@NullMarked
@BudgetStyle
package io.github.cnbudget.model.narrative;

import io.github.cnbudget.model.internal.BudgetStyle;
import org.jspecify.annotations.NullMarked;
