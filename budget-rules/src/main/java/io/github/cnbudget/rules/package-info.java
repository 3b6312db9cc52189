/**
 * The rule engine (校验规则引擎): {@link io.github.cnbudget.rules.Rule}, composed into an immutable,
 * thread-safe {@link io.github.cnbudget.rules.RuleSet} (pick, skip, severity overrides, limit), the
 * options of {@link io.github.cnbudget.rules.RuleContext}, {@link io.github.cnbudget.rules.Scope}, and
 * the built-in catalog from {@link io.github.cnbudget.rules.Rules#defaults()}.
 *
 * <p>Finding codes are stable and never renamed (see also {@code docs/rules.md}):
 * <table>
 *   <caption>Built-in finding codes</caption>
 *   <tr><th>code</th><th>rule</th><th>severity</th><th>what</th></tr>
 *   <tr><td>rollup-mismatch</td><td>tree-rollup</td><td>ERROR</td><td>a 类/款 (or total) row differs from the sum of its printed children</td></tr>
 *   <tr><td>column-sum-mismatch</td><td>column-identity</td><td>ERROR</td><td>合计 ≠ 基本支出 + 项目支出, 基本支出 ≠ 人员经费 + 公用经费, funding columns ≠ 合计, a column group ≠ its parts</td></tr>
 *   <tr><td>balance-mismatch</td><td>two-sided-balance</td><td>ERROR</td><td>收入总计 ≠ 支出总计</td></tr>
 *   <tr><td>income-total-mismatch</td><td>two-sided-balance</td><td>ERROR</td><td>收入总计 ≠ 本年收入合计 + 上年结转 (+ 用事业基金弥补)</td></tr>
 *   <tr><td>income-subtotal-mismatch</td><td>two-sided-balance</td><td>ERROR</td><td>本年收入合计, 政府预算拨款 or 单位资金 ≠ Σ its items</td></tr>
 *   <tr><td>expenditure-total-mismatch</td><td>two-sided-balance</td><td>ERROR</td><td>本年支出合计 ≠ Σ 类 rows, or 支出总计 ≠ 本年支出合计 + 结转下年</td></tr>
 *   <tr><td>unit-sum-mismatch</td><td>department-unit-sum</td><td>ERROR</td><td>a department row ≠ Σ the same row of its units</td></tr>
 *   <tr><td>three-public-mismatch</td><td>three-public-sum</td><td>ERROR</td><td>a “三公” table printed by rows whose total ≠ its parts</td></tr>
 *   <tr><td>cross-table-mismatch</td><td>cross-table</td><td>ERROR (WARNING for 项目支出表 and unexplained funding gaps)</td><td>the same quantity differs between two tables</td></tr>
 *   <tr><td>cross-table-mismatch</td><td>three-public-economic</td><td>ERROR</td><td>30217 / 30231 disagree with the “三公” table</td></tr>
 *   <tr><td>cross-table-explained</td><td>cross-table</td><td>INFO</td><td>a difference between tables equals a printed figure (other funding)</td></tr>
 *   <tr><td>missing-item-rows</td><td>item-level-completeness</td><td>ERROR</td><td>a 款 with an amount but no 项 rows</td></tr>
 *   <tr><td>missing-parent-row</td><td>item-level-completeness</td><td>ERROR</td><td>a code row printed without its 款 or 类 row</td></tr>
 *   <tr><td>missing-table</td><td>required-tables</td><td>ERROR (WARNING for 国有资本经营)</td><td>a standard table of the stage is missing</td></tr>
 *   <tr><td>empty-table-without-statement</td><td>empty-table-statement</td><td>WARNING</td><td>an empty table without 本表无数据</td></tr>
 *   <tr><td>announced-table-missing</td><td>announced-tables</td><td>WARNING</td><td>a table in the contents is not printed</td></tr>
 *   <tr><td>unknown-code</td><td>catalog-codes</td><td>WARNING</td><td>a code missing from a part the catalog holds completely, naming the codes it has there</td></tr>
 *   <tr><td>unknown-parent-code</td><td>catalog-codes</td><td>WARNING</td><td>a 项 under a 款 missing from a part the catalog holds completely</td></tr>
 *   <tr><td>swapped-names</td><td>catalog-codes</td><td>WARNING</td><td>once per table: codes printed with the names of other codes below the same parent (swapped, or a private numbering)</td></tr>
 *   <tr><td>stale-name</td><td>catalog-codes</td><td>WARNING</td><td>a name the code bore only in years that ended before the document's</td></tr>
 *   <tr><td>catalog-gaps</td><td>catalog-codes</td><td>INFO</td><td>once per document: the codes the catalog does not hold and the names that are none of their codes'</td></tr>
 *   <tr><td>level2-mismatch</td><td>indicator-levels</td><td>ERROR</td><td>a 二级 indicator under the wrong 一级</td></tr>
 *   <tr><td>missing-indicator-level</td><td>indicator-levels</td><td>WARNING</td><td>a project without 产出/效益/满意度 indicators</td></tr>
 *   <tr><td>weights-sum</td><td>indicator-weights</td><td>ERROR</td><td>weights do not sum to 100 (or the 90 convention)</td></tr>
 *   <tr><td>rate-unit</td><td>rate-unit</td><td>WARNING</td><td>a …率 indicator with a non-% target</td></tr>
 *   <tr><td>target-unparseable</td><td>target-text</td><td>WARNING</td><td>a printed target value cannot be read</td></tr>
 *   <tr><td>inconsistent-target</td><td>target-consistency</td><td>WARNING</td><td>one indicator with different targets or levels in two tables</td></tr>
 *   <tr><td>score-mismatch</td><td>self-evaluation-score</td><td>WARNING</td><td>a printed 得分 differs from the scoring rule</td></tr>
 *   <tr><td>total-score-mismatch</td><td>self-evaluation-score</td><td>ERROR</td><td>总分 ≠ Σ printed scores</td></tr>
 *   <tr><td>grade-mismatch</td><td>self-evaluation-score</td><td>ERROR</td><td>the printed grade is not the grade of the printed total</td></tr>
 *   <tr><td>constraint-violation</td><td>bean-validation</td><td>ERROR</td><td>a Bean Validation constraint violated (from the budget-validation module's {@code BudgetValidation})</td></tr>
 * </table>
 *
 * <p>Arithmetic differences within the rounding tolerance {@code (n + 1) · h / 2} are reported as INFO
 * with {@link io.github.cnbudget.rules.finding.Finding#isWithinRounding()} set, or dropped with
 * {@link io.github.cnbudget.rules.RuleContext#withDropRounding(boolean)}.
 */
@NullMarked
package io.github.cnbudget.rules;

import org.jspecify.annotations.NullMarked;
