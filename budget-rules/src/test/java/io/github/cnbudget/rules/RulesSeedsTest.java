package io.github.cnbudget.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.finding.ValidationReport;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The full rule set over the hand-built models of the four real documents: every defect established
 * by hand arithmetic (docs/seed-defects.md) is reported at its place, rounding-level differences are
 * INFO, and consistent tables give no ERROR.
 */
class RulesSeedsTest {
  private static ValidationReport report(Disclosure d) {
    return Rules.defaults().validate(d);
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** (code, table, row code or label, source line, expected, actual). */
  private static Tuple t(String code, String table, String row, int line, String expected, String actual) {
    return tuple(code, table, row, line, expected == null ? null : d(expected), actual == null ? null : d(actual));
  }

  /** The findings with each grouped rounding finding replaced by its cells. */
  private static List<Finding> perCell(List<Finding> findings) {
    return findings.stream().flatMap(f -> f.isRoundingGroup() ? f.cells().stream() : java.util.stream.Stream.of(f))
        .collect(Collectors.toList());
  }

  private static List<Tuple> tuples(List<Finding> findings) {
    return perCell(findings).stream()
        .map(f -> tuple(f.code(), f.location().table().orElse(null), f.location().code().orElse(null),
            f.location().line().orElse(0), f.expected().orElse(null), f.actual().orElse(null)))
        .collect(Collectors.toList());
  }

  @Test
  void seed000_errorsAreTheTranspositionAndTheMissingItems() {
    ValidationReport r = report(SeedDocuments.seed000());
    // 000-1: 其他收入 printed 2,985 (digits swapped) while 单位资金 is 2,958; 000-5: 21011 without 项 rows.
    assertThat(tuples(r.findings(Severity.ERROR))).containsExactly(
        t("income-subtotal-mismatch", "收支总表", "三、单位资金", 296, "2985", "2958"),
        t("missing-item-rows", "支出总表", "21011", 423, null, null),
        t("missing-item-rows", "一般公共预算支出表（按功能分类）", "21011", 575, null, null));
    // 000-3: 表4 announced but not printed; 000-4: 项目支出总表 lists 254,836 of 345,485.
    assertThat(r.findings(Severity.WARNING)).extracting(Finding::code, f -> f.location().pointer(),
        f -> f.expected().orElse(null), f -> f.actual().orElse(null))
        .containsExactly(tuple("announced-table-missing", "/contents/3", null, null),
            tuple("cross-table-mismatch", "/tables/4", d("345485"), d("254836")));
    // 000-2, 000-6, 000-8, 000-9, 000-12, 000-15: one 万元 off, within (n + 1) · h / 2.
    assertThat(tuples(r.findings(Severity.INFO))).contains(
        t("expenditure-total-mismatch", "收支总表", "本年支出合计", 339, "363276", "363275"),
        t("column-sum-mismatch", "支出总表", "210", 380, "15095", "15096"),
        t("rollup-mismatch", "支出总表", "深圳市医疗保障局（本级）", 374, "18556", "18555"),
        t("rollup-mismatch", "政府预算拨款收支总表", "210", 482, "352971", "352970"),
        t("rollup-mismatch", "一般公共预算支出表（按经济分类）", "301", 599, "9013", "9012"),
        t("column-sum-mismatch", "一般公共预算支出表（按经济分类）", "30207", 681, "153", "154"));
    assertThat(perCell(r.findings(Severity.INFO))).filteredOn(f -> !f.code().equals("cross-table-explained"))
        .allSatisfy(f -> assertThat(f.isWithinRounding()).isTrue());
    // one INFO per table and code: 表8 groups its 301, 302 (twice), 30207 and unit-row differences
    assertThat(r.findings(Severity.INFO)).filteredOn(Finding::isRoundingGroup)
        .extracting(f -> f.location().table().orElseThrow() + " " + f.code())
        .doesNotHaveDuplicates();
    assertThat(r.findings(Severity.INFO)).filteredOn(f -> f.isRoundingGroup() && f.code().equals("rollup-mismatch")
        && f.location().pointer().equals("/tables/7"))
        .singleElement().satisfies(f -> {
          assertThat(f.cells()).hasSizeGreaterThan(1);
          assertThat(f.messageEn()).contains("rounding-level differences (rollup-mismatch) at " + f.cells().size()
              + " place(s)").contains("301 | total line 599: 9013 → 9012");
        });
    // not checked: 表6 prints no 一般公共预算 expenditure column, 表7 no 人员经费 / 公用经费 columns
    assertThat(r.notChecked()).extracting(n -> n.reason().code(), n -> n.location().pointer(), n -> n.subject())
        .containsExactly(tuple("column-missing", "/tables/5", "政府预算拨款收支总表 一般公共预算拨款"),
            tuple("column-missing", "/tables/6", "一般公共预算支出表（按功能分类） 人员经费"),
            tuple("column-missing", "/tables/6", "一般公共预算支出表（按功能分类） 公用经费"));
    // 支出总表 363,275 − 一般公共预算支出表 358,872 = 4,403 = 政府性基金 1,445 + 单位资金 2,958: explained.
    assertThat(r.findings("cross-table-explained")).extracting(Finding::severity, f -> f.expected().orElseThrow(),
        f -> f.actual().orElseThrow(), f -> f.arguments().get(4))
        .containsExactly(tuple(Severity.INFO, d("363275"), d("358872"), "4403"));
  }

  @Test
  void seed001_theIncomeTablesLastPageAndRoundingDifferences() {
    ValidationReport r = report(SeedDocuments.seed001());
    assertThat(r.findings(Severity.ERROR)).isEmpty();
    // 001-1: 收入总体情况表 prints only its last page (221 and children), without 合计.
    assertThat(r.findings(Severity.WARNING)).extracting(Finding::code, f -> f.location().pointer(),
        f -> f.location().table().orElseThrow(), f -> f.arguments().get(2))
        .containsExactly(tuple("incomplete-table", "/tables/1", "收入总体情况表", "208, 210"));
    // 001-1 again: without the 合计 row, 收支总表 本年收入合计 = 收入总表 合计 cannot be checked
    assertThat(r.notChecked()).filteredOn(n -> n.location().pointer().equals("/tables/1"))
        .extracting(n -> n.reason().code(), n -> n.ruleId(), n -> n.check())
        .containsExactly(tuple("value-missing", "cross-table", "收支总表 本年收入合计 = 收入总表 合计"));
    // 001-2, 001-3, 001-4, 001-5: 0.01–0.02 万元 off.
    assertThat(tuples(r.findings(Severity.INFO))).contains(
        t("expenditure-total-mismatch", "收支总体情况表", "本年支出合计", 136, "493720.61", "493720.60"),
        t("rollup-mismatch", "支出总体情况表", "合计", 175, "493720.61", "493720.60"),
        t("rollup-mismatch", "一般公共预算基本支出情况表（按经济分类科目）", "301", 349, "17909.90", "17909.88"),
        t("rollup-mismatch", "一般公共预算基本支出情况表（按经济分类科目）", "303", 396, "301.16", "301.15"));
    assertThat(perCell(r.findings(Severity.INFO))).hasSize(9)
        .allSatisfy(f -> assertThat(f.isWithinRounding()).isTrue());
  }

  @Test
  void seed002_scoresWeightsStaleNamesAndTheEmptyFundTotal() {
    ValidationReport r = report(SeedDocuments.seed002());
    assertThat(tuples(r.findings(Severity.ERROR))).containsExactlyInAnyOrder(
        // 002-14, 002-15: 医保综合管理 weights 95, printed total 98.48 for scores summing to 93.48.
        t("weights-sum", null, "医保综合管理", 3297, "100", "95"),
        t("total-score-mismatch", null, "医保综合管理", 3297, "93.48", "98.48"),
        // 002-4: 21011 行政事业单位医疗 without 项 rows.
        t("missing-item-rows", "收入决算表", "21011", 149, null, null),
        t("missing-item-rows", "支出决算表", "21011", 217, null, null),
        t("missing-item-rows", "一般公共预算财政拨款支出决算表", "21011", 362, null, null),
        // 002-12: 公开08 prints nothing on its 合计 row over 678.23.
        t("rollup-mismatch", "政府性基金预算财政拨款收入支出决算表", "合计", 516, "678.23", "0"),
        t("rollup-mismatch", "政府性基金预算财政拨款收入支出决算表", "合计", 516, "678.23", "0"),
        t("rollup-mismatch", "政府性基金预算财政拨款收入支出决算表", "合计", 516, "678.23", "0"));
    // 002-1, 002-2: 2018 names of 207, 210, 215, 220 in a 2020 document.
    assertThat(r.findings("stale-name")).hasSize(10).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.arguments().get(3)).isEqualTo("–2018");
    });
    assertThat(r.findings("stale-name")).extracting(f -> f.location().line().getAsInt())
        .contains(72, 147, 215, 292);
    // 002-17 (proportional 1131 / 1200 × 12.5); 002-18 (cost 513.4 万 over 432 万) prints 5.07, the
    // deduction 6.25 × (1 − 81.4 / 432) of the other scoring convention: not a defect.
    assertThat(perCell(r.findings("score-mismatch"))).noneMatch(f -> f.location().line().orElse(0) == 3435);
    assertThat(tuples(r.findings("score-mismatch"))).contains(
        t("score-mismatch", null, "参保 18 周岁以上低保人数", 3426, "11.78", "12.03"),
        // 002-20: 4.666… printed 4.66, truncation is within one unit of the last digit.
        t("score-mismatch", null, "医疗救助专项财政补贴年底补助人数", 3078, "4.67", "4.66"));
    assertThat(r.findings("score-mismatch")).filteredOn(f -> f.severity() == Severity.WARNING).hasSize(1);
    assertThat(perCell(r.findings("score-mismatch"))).filteredOn(f -> f.location().line().getAsInt() == 3078)
        .extracting(Finding::severity).containsExactly(Severity.INFO);
    // 附件 2-3: a qualitative target reported as not met (暂未…完成) keeps 4 of 5 points: scored by
    // judgment within a band (财预〔2020〕10号), not a defect the rules can establish.
    assertThat(r.findings("score-mismatch")).filteredOn(f -> f.location().code().orElse("").contains("病历"))
        .isEmpty();
    // 002-3: 2080505 + 2080506 = 608.19, printed 608.18.
    assertThat(tuples(r.findings(Severity.INFO)))
        .contains(t("rollup-mismatch", "支出决算表", "20805", 209, "608.19", "608.18"));
  }

  @Test
  void seed003_garbledTargetsAnd90PointWeights() {
    Disclosure seed = SeedDocuments.seed003();
    ValidationReport r = report(seed);
    assertThat(r.findings(Severity.ERROR)).isEmpty();
    // 003-3: OCR-garbled 指标性质 (2, ^, Ш, <u>…</u>) are reported, never guessed.
    assertThat(r.findings("target-unparseable")).hasSizeGreaterThanOrEqualTo(25)
        .extracting(f -> f.arguments().get(1).split("\t")[0])
        .contains("2", "^", "Ш", "<u> </u>", "<u>></u>");
    assertThat(r.findings("rate-unit")).extracting(f -> f.location().code().orElseThrow(), f -> f.arguments().get(1))
        .containsExactly(tuple("医保经办机构设备 完善率", "套"));
    // 003-7, 003-9, 003-11: rounding.
    assertThat(tuples(r.findings(Severity.INFO))).contains(
        t("rollup-mismatch", "部门支出总表", "达州市医疗保障事务中心", 217, "461.50", "461.49"),
        t("rollup-mismatch", "一般公共预算基本支出预算表", "301", 309, "357.04", "357.03"));
    // 003-1, 003-2: every project leaves 10 points for budget execution; detected as the 90 convention.
    assertThat(r.findings("weights-sum")).isEmpty();
    ValidationReport strict = Rules.defaults()
        .withContext(RuleContext.defaults().withExpectedWeightTotal(BigDecimal.valueOf(100))).validate(seed);
    assertThat(strict.findings("weights-sum")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.actual()).contains(d("90")))
        .extracting(f -> f.location().pointer()).contains("/goals/0", "/goals/1");
  }
}
