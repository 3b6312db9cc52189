package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.ReadProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The placement rules for values printed without column positions, on small final-account texts. */
class ColumnInferenceTest {

  private static final String HEAD = String.join("\n",
      "某某中心 2020 年度部门决算", "");

  private static final String BY_FUNCTION_HEADER = String.join("\n",
      "一般公共预算财政拨款支出决算表", "", "公开 05 表", "", "部门：某某中心 单位：万元", "", "项 目", "",
      "本年支出", "", "功能分类科目编码 科目名称 小计 基本支出 项目支出", "", "栏次 1 2 3", "");

  /** A 公开05 table with the given body lines. */
  private static ImportResult byFunction(String... body) {
    return run(BY_FUNCTION_HEADER + String.join("\n\n", body) + "\n");
  }

  private static Optional<BigDecimal> byFunctionCell(ImportResult r, String code, String header) {
    return cell(r, TableKind.GENERAL_PUBLIC_BY_FUNCTION, code, header);
  }

  private static ImportResult run(String text) {
    return DisclosureImporter.defaults().importText(HEAD + text);
  }

  private static Optional<BigDecimal> cell(ImportResult r, TableKind kind, String code, String header) {
    DisclosureTable t = r.disclosure().tables().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
    Row row = t.rows().stream().filter(x -> x.code().map(c -> c.digits().equals(code)).orElse(false)).findFirst()
        .orElseThrow();
    String key = t.columns().stream().filter(c -> c.label().equals(header)).findFirst().orElseThrow().key();
    return Optional.ofNullable(row.cells().get(key)).flatMap(Cell::value);
  }

  private static List<ReadProblem> inferred(ImportResult r) {
    return r.report().problems(Severity.WARNING).stream().filter(p -> p.why().contains("placed by inference")).toList();
  }

  @Test
  void resolve_loneValuesUnderAFullyPrintedTotal_placedByTheOnlyMatchingColumnSums() {
    ImportResult r = byFunction("合计 120.00 20.00 100.00", "205 教育支出 100.00 100.00",
        "208 社会保障和就业支出 20.00 20.00", "20805 行政事业单位离退休 20.00 20.00");

    assertThat(byFunctionCell(r, "205", "项目支出")).contains(new BigDecimal("100.00"));
    assertThat(byFunctionCell(r, "208", "基本支出")).contains(new BigDecimal("20.00"));
    assertThat(byFunctionCell(r, "20805", "基本支出")).contains(new BigDecimal("20.00"));
    assertThat(inferred(r)).hasSize(3).allSatisfy(p -> assertThat(p.line()).isPositive());
    assertThat(r.report().problems(Severity.ERROR)).noneMatch(p -> p.why().contains("without column positions"));
  }

  @Test
  void resolve_twoPlacementsMeetTheSums_leavesTheValuesReported() {
    ImportResult r = byFunction("合计 10.00 5.00 5.00", "205 教育支出 5.00 5.00", "208 社会保障和就业支出 5.00 5.00");

    assertThat(byFunctionCell(r, "205", "基本支出")).isEmpty();
    assertThat(byFunctionCell(r, "205", "项目支出")).isEmpty();
    assertThat(inferred(r)).isEmpty();
    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.why().contains("without column positions"))
        .hasSize(2);
  }

  private static final String SUMMARY = String.join("\n",
      "收入支出决算总表", "", "公开 01 表", "", "部门：某某中心 单位：万元", "", "收入 支出", "",
      "项 目 行次 决算数 项 目 行次 决算数", "", "栏 次 1 栏 次 2", "",
      "一、一般公共预算财政拨款收入 1 100.00一、一般公共服务支出 9", "",
      "二、政府性基金预算财政拨款收入 2 二、教育支出 10 100.50", "",
      "三、国有资本经营预算财政拨款收入 3 三、国防支出 11", "", "四、上级补助收入 4 四、公共安全支出 12", "",
      "五、事业收入 5 五、科学技术支出 13", "", "六、经营收入 6 六、文化体育与传媒支出 14", "",
      "七、附属单位上缴收入 7 七、农林水支出 15", "", "八、其他收入 8 0.50八、其他支出 16", "",
      "本年收入合计 9 100.50 本年支出合计 17 100.50", "", "注：本表反映部门本年度的总收支。", "");

  private static final String INCOME = String.join("\n",
      "收入决算表", "", "公开 02 表", "", "部门：某某中心 单位：万元", "", "项 目", "",
      "本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入", "附属单位", "", "上缴收入", "", "其他", "", "收入",
      "功能分类", "", "科目编码", "科目名称", "", "栏次 1 2 3 4 5 6 7", "",
      "合计 100.50 100.00 0.50", "", "205 教育支出 100.50 100.00 0.50", "", "20508 进修及培训 100.00 100.00", "",
      "20509 教育费附加安排的支出 0.50 0.50", "", "注：本表反映部门本年度取得的各项收入情况。", "");

  @Test
  void resolve_incomeTable_columnsBlankInTheSummaryIncomeSide_areSkipped() {
    ImportResult r = run(SUMMARY + INCOME);

    assertThat(cell(r, TableKind.INCOME, "205", "财政拨款收入")).contains(new BigDecimal("100.00"));
    assertThat(cell(r, TableKind.INCOME, "205", "其他收入")).contains(new BigDecimal("0.50"));
    assertThat(cell(r, TableKind.INCOME, "20508", "财政拨款收入")).contains(new BigDecimal("100.00"));
    assertThat(cell(r, TableKind.INCOME, "20509", "其他收入")).contains(new BigDecimal("0.50"));
    assertThat(inferred(r)).anySatisfy(p -> assertThat(p.why()).contains("收入支出决算总表"));
    assertThat(r.report().problems(Severity.ERROR)).noneMatch(p -> p.why().contains("without column positions"));
  }

  @Test
  void resolve_incomeTableWithoutTheSummary_leavesTheValuesReported() {
    ImportResult r = run(INCOME);

    assertThat(cell(r, TableKind.INCOME, "20508", "财政拨款收入")).isEmpty();
    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.why().contains("without column positions"))
        .isNotEmpty();
  }

  private static final String EXPENDITURE = String.join("\n",
      "支出决算表", "", "公开 03 表", "", "部门：某某中心 单位：万元", "", "项 目", "",
      "本年支出合计 基本支出 项目支出 上缴上级支出经营支出对附属单位补助支出功能分类", "", "科目编码", "科目名称", "",
      "栏次 1 2 3 4 5 6", "", "合计 30.00 10.00 20.00", "", "205 教育支出 20.00 20.00", "",
      "208 社会保障和就业支出 10.00 10.00", "", "注：本表反映部门本年度各项支出情况。", "");

  @Test
  void resolve_expenditureRowsFinancedByAppropriationsOnly_takeTheirBasicAndProjectSplit() {
    ImportResult r = run(EXPENDITURE + BY_FUNCTION_HEADER + String.join("\n",
        "合计 30.00 10.00 20.00", "", "205 教育支出 20.00 20.00", "", "208 社会保障和就业支出 10.00 10.00", "",
        "注：本表反映部门本年度一般公共预算财政拨款支出情况。", ""));

    assertThat(cell(r, TableKind.EXPENDITURE, "205", "项目支出")).contains(new BigDecimal("20.00"));
    assertThat(cell(r, TableKind.EXPENDITURE, "208", "基本支出")).contains(new BigDecimal("10.00"));
    assertThat(inferred(r)).anySatisfy(p -> assertThat(p.why()).contains("appropriation expenditure"));
    DisclosureTable t = r.disclosure().tables().stream().filter(x -> x.kind() == TableKind.EXPENDITURE).findFirst()
        .orElseThrow();
    Row total = t.rows().get(0);
    assertThat(total.cells().get("c2").value()).contains(new BigDecimal("10.00"));
    assertThat(total.cells().get("c3").value()).contains(new BigDecimal("20.00"));
  }

  @Test
  void resolve_expenditureWithoutAppropriationTables_leavesTheValuesReported() {
    ImportResult r = run(EXPENDITURE);

    assertThat(cell(r, TableKind.EXPENDITURE, "205", "项目支出")).isEmpty();
    assertThat(cell(r, TableKind.EXPENDITURE, "205", "基本支出")).isEmpty();
    assertThat(inferred(r)).isEmpty();
  }

  private static final String FUND = String.join("\n",
      "政府性基金预算财政拨款收入支出决算表", "", "公开 08 表", "", "部门：某某中心 单位：万元", "", "项 目", "",
      "年初结转和结余 本年收入", "", "本年支出", "", "年末结转和结余",
      "功能分类科目编码 科目名称 小计 基本支出 项目支出", "", "栏次 1 2 3 4 5 6", "", "合计", "");

  @Test
  void resolve_carryOverRow_placesOnlyWhatEveryIdentityMeetingPlacementAgreesOn() {
    ImportResult r = run(FUND + String.join("\n", "229 其他支出 50.00 50.00 50.00", "", "注：本表反映。", ""));

    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "小计")).contains(new BigDecimal("50.00"));
    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "基本支出")).isEmpty();
    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "项目支出")).isEmpty();
    assertThat(inferred(r)).singleElement().satisfies(p -> assertThat(p.what()).isEqualTo("50.00"));
    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.why().contains("without column positions"))
        .singleElement().satisfies(p -> assertThat(p.what()).isEqualTo("50.00 50.00"));
  }

  @Test
  void resolve_carryOverRowWithFiveValues_placesAllButTheOpeningOrIncomeValue() {
    ImportResult r = run(FUND + String.join("\n", "229 其他支出 80.00 50.00 10.00 40.00 30.00", "", "注：本表反映。", ""));

    // 年初结转和结余 and 本年收入 are interchangeable in 年初 + 本年收入 − 小计 = 年末
    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "年初结转和结余")).isEmpty();
    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "本年收入")).isEmpty();
    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "小计")).contains(new BigDecimal("50.00"));
    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "基本支出")).contains(new BigDecimal("10.00"));
    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "项目支出")).contains(new BigDecimal("40.00"));
    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "年末结转和结余")).contains(new BigDecimal("30.00"));
    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.why().contains("without column positions"))
        .singleElement().satisfies(p -> assertThat(p.what()).isEqualTo("80.00"));
  }

  private static final String FISCAL_HEAD = String.join("\n",
        "财政拨款收入支出决算总表", "", "公开 04 表", "", "部门：某某中心 单位：万元", "", "收入 支出", "", "项 目", "行", "",
        "次", "金额 项 目 行次 合计", "", "一般公共预", "", "算财政拨款", "", "政府性基金预", "", "算财政拨款", "",
        "国有资本经营", "", "预算财政拨款", "", "栏 次 1 栏 次 2 3 4 5", "",
        "一、一般公共预算财政拨款 1 100.00一、教育支出 5 100.00 100.00", "",
        "二、政府性基金预算财政拨款 2 20.00二、其他支出 6 20.00 20.00", "",
        "三、国有资本经营预算财政拨款 3 三、国防支出 7", "",
        "本年收入合计 4 120.00 本年支出合计 8 120.00 100.00 20.00", "");

  @Test
  void resolve_fiscalSummary_budgetsWithoutIncomeAreBlankAndTheRestFollowsFromTheSums() {
    ImportResult r = run(FISCAL_HEAD + "注：本表反映。\n");

    DisclosureTable t = r.disclosure().tables().get(0);
    String gpb = t.columns().stream().filter(c -> c.label().equals("一般公共预算财政拨款")).findFirst().orElseThrow().key();
    String fund = t.columns().stream().filter(c -> c.label().equals("政府性基金预算财政拨款")).findFirst().orElseThrow().key();
    Row education = t.rows().stream().filter(x -> x.label().contains("教育支出")).findFirst().orElseThrow();
    Row other = t.rows().stream().filter(x -> x.label().contains("其他支出")).findFirst().orElseThrow();
    Row total = t.rows().stream().filter(x -> x.label().equals("本年支出合计")).findFirst().orElseThrow();
    assertThat(total.cells().get(gpb).value()).contains(new BigDecimal("100.00"));
    assertThat(total.cells().get(fund).value()).contains(new BigDecimal("20.00"));
    assertThat(education.cells().get(gpb).value()).contains(new BigDecimal("100.00"));
    assertThat(other.cells().get(fund).value()).contains(new BigDecimal("20.00"));
    assertThat(inferred(r)).anySatisfy(p -> assertThat(p.why()).contains("income side"));
  }

  @Test
  void resolve_placementsDifferWithinRounding_takesTheOneThatAddsUpExactly() {
    ImportResult r = byFunction("合计 30.00 10.00 20.00", "205 教育支出 20.00 20.00",
        "208 社会保障和就业支出 9.99 9.99", "210 卫生健康支出 0.01 0.01");

    assertThat(byFunctionCell(r, "205", "项目支出")).contains(new BigDecimal("20.00"));
    assertThat(byFunctionCell(r, "208", "基本支出")).contains(new BigDecimal("9.99"));
    // 0.01 fits 项目支出 too within the rounding of the printed sums, but only 基本支出 adds up to the cent
    assertThat(byFunctionCell(r, "210", "基本支出")).contains(new BigDecimal("0.01"));
    assertThat(byFunctionCell(r, "210", "项目支出")).isEmpty();
    assertThat(r.report().problems(Severity.WARNING)).filteredOn(p -> p.what().equals("0.01"))
        .singleElement().satisfies(p -> assertThat(p.why()).contains("exactly").contains("only within rounding"));
    assertThat(r.report().problems(Severity.ERROR)).noneMatch(p -> p.why().contains("without column positions"));
  }

  @Test
  void resolve_placementsAddingUpExactlyDiffer_leavesTheLinesUnplaced() {
    ImportResult r = byFunction("合计 30.00 10.00 20.00", "205 教育支出 10.00 10.00",
        "208 社会保障和就业支出 10.00 10.00", "210 卫生健康支出 10.00 10.00");

    // any one of the three may be the 基本支出: nothing is placed
    for (String code : List.of("205", "208", "210")) {
      assertThat(byFunctionCell(r, code, "基本支出")).isEmpty();
      assertThat(byFunctionCell(r, code, "项目支出")).isEmpty();
    }
    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.why().contains("without column positions"))
        .hasSize(3);
  }

  @Test
  void resolve_fundTableWithoutCarryOverInTheFiscalSummary_placesTheIncome() {
    String fiscal = FISCAL_HEAD + String.join("\n", "年初财政拨款结转和结余 5 年末财政拨款结转和结余 9", "",
        "一般公共预算财政拨款 6 10", "", "政府性基金预算财政拨款 7 11", "", "总计 8 120.00 总计 12 120.00 100.00 20.00", "",
        "注：本表反映。", "");

    ImportResult r = run(fiscal + FUND + String.join("\n", "229 其他支出 20.00 20.00 20.00", "", "注：本表反映。", ""));

    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "本年收入")).contains(new BigDecimal("20.00"));
    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "小计")).contains(new BigDecimal("20.00"));
    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "年初结转和结余")).isEmpty();
    assertThat(inferred(r)).anySatisfy(p -> assertThat(p.why()).contains("政府性基金 carry-over"));
  }

  /** 财政拨款收入支出决算总表 with no 政府性基金 carry-over: the fund table's 年初结转和结余 is blank. */
  private static final String FISCAL = FISCAL_HEAD + String.join("\n", "年初财政拨款结转和结余 5 年末财政拨款结转和结余 9", "",
      "一般公共预算财政拨款 6 10", "", "政府性基金预算财政拨款 7 11", "", "总计 8 120.00 总计 12 120.00 100.00 20.00", "",
      "注：本表反映。", "");

  private static final String EXPENDITURE_HEAD = String.join("\n",
      "支出决算表", "", "公开 03 表", "", "部门：某某中心 单位：万元", "", "项 目", "",
      "本年支出合计 基本支出 项目支出 功能分类", "科目编码", "科目名称", "", "栏次 1 2 3", "");

  @Test
  void resolve_fundRowSpendingAllOfTheCodesExpenditure_takesTheExpenditureTablesSplit() {
    String expenditure = EXPENDITURE_HEAD + String.join("\n", "合计 120.00 100.00 20.00", "", "205 教育支出 100.00 100.00", "",
        "229 其他支出 20.00 20.00", "", "注：本表反映。", "");

    ImportResult r = run(expenditure + FISCAL + FUND + String.join("\n", "229 其他支出 20.00 20.00 20.00", "", "注：本表反映。", ""));

    assertThat(cell(r, TableKind.EXPENDITURE, "229", "项目支出")).contains(new BigDecimal("20.00"));
    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "项目支出")).contains(new BigDecimal("20.00"));
    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "基本支出")).isEmpty();
    assertThat(inferred(r)).filteredOn(p -> p.why().contains("total in 支出决算表")).singleElement()
        .satisfies(p -> assertThat(p.why()).contains("(line 19)"));
    assertThat(r.report().problems(Severity.ERROR)).noneMatch(p -> p.why().contains("without column positions"));
  }

  @Test
  void resolve_fundRowSpendingPartOfTheCodesExpenditure_leavesTheValueReported() {
    // 229 spends 30.00, of which the fund 20.00: which part of its 项目支出 the fund pays is not printed
    String expenditure = EXPENDITURE_HEAD + String.join("\n", "合计 130.00 100.00 30.00", "", "205 教育支出 100.00 100.00", "",
        "229 其他支出 30.00 30.00", "", "注：本表反映。", "");

    ImportResult r = run(expenditure + FISCAL + FUND + String.join("\n", "229 其他支出 20.00 20.00 20.00", "", "注：本表反映。", ""));

    assertThat(cell(r, TableKind.GOVERNMENT_FUND, "229", "项目支出")).isEmpty();
    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.why().contains("without column positions"))
        .singleElement().satisfies(p -> assertThat(p.what()).isEqualTo("20.00"));
  }

  private static final String THREE_PUBLIC = String.join("\n",
      "一般公共预算财政拨款“三公”经费支出决算表", "", "公开 07 表", "", "部门：某某中心 单位：万元", "", "预算数 决算数", "",
      "合计", "因公出国", "（境）费", "公务用车购置及运行费", "公务接待费 合计", "因公出国（境）费", "公务用车购置及运行费",
      "公务接待费", "小计 公务用车购置费公务用车运行费 小计 公务用车购置费 公务用车运行费", "", "1 2 3 4 5 6 7 8 9 10 11 12", "");

  private static Optional<BigDecimal> threePublic(ImportResult r, String header) {
    DisclosureTable t = r.disclosure().tables().stream().filter(x -> x.kind() == TableKind.THREE_PUBLIC).findFirst()
        .orElseThrow();
    String key = t.columns().stream().filter(c -> String.join("/", c.header()).equals(header)).findFirst().orElseThrow()
        .key();
    return Optional.ofNullable(t.rows().get(0).cells().get(key)).flatMap(Cell::value);
  }

  @Test
  void resolve_threePublicLineUnderAHeaderOfThreeLevels_placesWhatTheColumnIdentitiesSettle() {
    ImportResult r = run(THREE_PUBLIC + "5.50 0.50 3.00 3.00 2.00 3.80 3.80 3.80\n\n注：本表反映。\n");

    assertThat(threePublic(r, "预算数/合计")).contains(new BigDecimal("5.50"));
    assertThat(threePublic(r, "预算数/因公出国（境）费")).contains(new BigDecimal("0.50"));
    assertThat(threePublic(r, "预算数/公务用车购置及运行费/小计")).contains(new BigDecimal("3.00"));
    assertThat(threePublic(r, "预算数/公务接待费")).contains(new BigDecimal("2.00"));
    assertThat(threePublic(r, "决算数/合计")).contains(new BigDecimal("3.80"));
    assertThat(threePublic(r, "决算数/公务用车购置及运行费/小计")).contains(new BigDecimal("3.80"));
    // 购置费 or 运行费: both meet every identity, so neither is taken
    assertThat(threePublic(r, "预算数/公务用车购置及运行费/公务用车运行费")).isEmpty();
    assertThat(threePublic(r, "决算数/公务用车购置及运行费/公务用车运行费")).isEmpty();
    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.why().contains("without column positions"))
        .singleElement().satisfies(p -> assertThat(p.what()).isEqualTo("3.00 3.80"));
  }

  @Test
  void resolve_threePublicFinalAmounts_atLeastTheBasicExpendituresEconomicItems() {
    String basic = String.join("\n", "一般公共预算财政拨款基本支出决算表", "", "公开 06 表", "", "部门：某某中心 单位：万元", "",
        "经济分类", "科目编码", "科目名称 决算数", "", "302 商品和服务支出 3.80", "", "30231 公务用车运行维护费 3.80", "",
        "注：本表反映。", "");

    ImportResult r = run(basic + THREE_PUBLIC + "5.50 0.50 3.00 3.00 2.00 3.80 3.80 3.80\n\n注：本表反映。\n");

    assertThat(threePublic(r, "决算数/公务用车购置及运行费/公务用车运行费")).contains(new BigDecimal("3.80"));
    assertThat(threePublic(r, "决算数/公务用车购置及运行费/公务用车购置费")).isEmpty();
    // the budget is not bounded by spending
    assertThat(threePublic(r, "预算数/公务用车购置及运行费/公务用车运行费")).isEmpty();
    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.why().contains("without column positions"))
        .singleElement().satisfies(p -> assertThat(p.what()).isEqualTo("3.00"));
  }

  /**
   * A budget in single-spaced text, every row leaving its blank cells out: 收入总表 and 项目支出表 with
   * 财政拨款 and 单位资金 groups, 一般公共预算支出表 and its basic table by economic class, a flat “三公” header.
   */
  private static ImportResult blankCellsLeftOut() throws java.io.IOException {
    return imported("blank-cells/budget-single-spaced.txt");
  }

  /** A text of this package's resources, imported. */
  private static ImportResult imported(String resource) throws java.io.IOException {
    try (java.io.InputStream in = ColumnInferenceTest.class.getResourceAsStream(resource)) {
      return DisclosureImporter.defaults().importText(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** The cell of the first row of that label (or code) under the column of that header path. */
  private static Optional<BigDecimal> cellOf(ImportResult r, TableKind kind, String row, String header) {
    DisclosureTable t = r.disclosure().tables().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
    Row found = t.rows().stream().filter(x -> x.label().equals(row) || x.code().map(c -> c.digits().equals(row)).orElse(false))
        .findFirst().orElseThrow();
    String key = t.columns().stream().filter(c -> String.join("/", c.header()).equals(header) || c.label().equals(header))
        .findFirst().orElseThrow().key();
    return Optional.ofNullable(found.cells().get(key)).flatMap(Cell::value);
  }

  @Test
  void resolve_blankCellsLeftOut_everyValuePlacedWithoutError() throws java.io.IOException {
    ImportResult r = blankCellsLeftOut();

    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
  }

  /**
   * 单位资金 groups 事业收入 and 其他收入, which the summary prints item by item: blank there, the group is
   * blank in 收入总表. Before, a group the summary does not name left the rule without a say.
   */
  @Test
  void resolve_incomeTableWithAUnitFundsGroup_takesTheSummarysBlankItemsForItsParts() throws java.io.IOException {
    ImportResult r = blankCellsLeftOut();

    assertThat(cellOf(r, TableKind.INCOME, "合计", "上年结转")).contains(new BigDecimal("100.00"));
    assertThat(cellOf(r, TableKind.INCOME, "合计", "财政拨款")).contains(new BigDecimal("900.00"));
    assertThat(cellOf(r, TableKind.INCOME, "合计", "财政拨款/一般公共预算")).contains(new BigDecimal("900.00"));
    assertThat(cellOf(r, TableKind.INCOME, "2070199", "上年结转")).contains(new BigDecimal("100.00"));
    assertThat(inferred(r)).anySatisfy(p -> assertThat(p.why()).contains("the income side of 收支总表"));
  }

  /**
   * No project is financed by income the department does not have: 项目支出表's sources the summary prints
   * blank are blank, and the values go to the others. Before, 单位资金 and 事业收入 (or 政府性基金预算) met the
   * column identities as well as 财政拨款 and 一般公共预算.
   */
  @Test
  void resolve_projectTable_sourcesTheSummaryPrintsBlankAreNotCandidates() throws java.io.IOException {
    ImportResult r = blankCellsLeftOut();

    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "文化惠民工程", "上年结转")).contains(new BigDecimal("100.00"));
    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "文化惠民工程", "财政拨款")).contains(new BigDecimal("300.00"));
    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "文化惠民工程", "财政拨款/一般公共预算"))
        .contains(new BigDecimal("300.00"));
    assertThat(inferred(r)).filteredOn(p -> p.why().contains("文化惠民工程"))
        .singleElement().satisfies(p -> assertThat(p.why()).contains("blank by the income side of 收支总表"));
  }

  /**
   * A summary whose income items do not add up to 本年收入合计 (a side read wrong, or printed so) says nothing
   * of which sources are blank: the project table's values are not narrowed by it. Before, its items
   * printed blank were taken as blank whatever the side's sums.
   */
  @Test
  void resolve_projectTable_summaryIncomeNotAddingUp_narrowsNothing() throws java.io.IOException {
    String text;
    try (java.io.InputStream in = ColumnInferenceTest.class.getResourceAsStream("blank-cells/budget-single-spaced.txt")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(text).contains("本年收入合计 900.00");
    ImportResult r = DisclosureImporter.defaults().importText(text.replace("本年收入合计 900.00", "本年收入合计 950.00"));

    assertThat(r.report().problems()).filteredOn(p -> p.why().contains("文化惠民工程"))
        .noneMatch(p -> p.why().contains("blank by the income side of 收支总表"));
  }

  /**
   * 工资福利支出 (301) is 人员经费 by definition; the basic table's total then leaves 公用经费 blank, and so
   * does every row of 一般公共预算支出表. Before, 人员经费 and 公用经费 both met every sum.
   */
  @Test
  void resolve_personnelClassesAndTheBasicTablesTotal_settlePersonnelAgainstPublicUse() throws java.io.IOException {
    ImportResult r = blankCellsLeftOut();

    assertThat(cellOf(r, TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, "30101", "人员经费")).contains(new BigDecimal("400.00"));
    assertThat(cellOf(r, TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, "合计", "人员经费")).contains(new BigDecimal("600.00"));
    assertThat(cellOf(r, TableKind.GENERAL_PUBLIC_BY_FUNCTION, "合计", "基本支出/人员经费")).contains(new BigDecimal("600.00"));
    assertThat(cellOf(r, TableKind.GENERAL_PUBLIC_BY_FUNCTION, "2070101", "基本支出/人员经费"))
        .contains(new BigDecimal("600.00"));
    assertThat(cellOf(r, TableKind.GENERAL_PUBLIC_BY_FUNCTION, "2070101", "基本支出/公用经费")).isEmpty();
  }

  /**
   * A 302 row is not taken for 公用经费: documents count 工会经费, 福利费 and 其他交通费用 as 人员经费 (seed 003 does).
   */
  @Test
  void resolve_goodsAndServicesRow_isLeftToTheSums() {
    ImportResult r = run(String.join("\n", "一般公共预算基本支出表", "单位：万元", "科目编码 科目名称 合计 人员经费 公用经费",
        "302 商品和服务支出 5.00 5.00", "30228 工会经费 5.00 5.00", ""));

    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.why().contains("without column positions"))
        .hasSize(2);
  }

  /**
   * A “三公” header read flat (no levels) still adds up: 合计 = 因公出国（境）费 + 公务用车 小计 + 公务接待费,
   * 小计 = 购置费 + 运行维护费, so a row leaving one cell out is placed when one placement meets them.
   */
  @Test
  void resolve_threePublicFlatHeader_placesByTheMeaningOfItsColumns() throws java.io.IOException {
    ImportResult r = blankCellsLeftOut();
    DisclosureTable t = r.disclosure().tables().stream().filter(x -> x.kind() == TableKind.THREE_PUBLIC).findFirst()
        .orElseThrow();

    assertThat(t.rows().get(0).cells().values()).extracting(c -> c.value().orElseThrow().toPlainString())
        .containsExactly("60.00", "40.00", "25.00", "15.00", "20.00");
    assertThat(cellOf(r, TableKind.THREE_PUBLIC, "2025年", "因公出国（境）费")).isEmpty();
    assertThat(cellOf(r, TableKind.THREE_PUBLIC, "2025年", "小计")).contains(new BigDecimal("40.00"));
  }

  /**
   * A “三公” header misread (its pieces printed in the page's order: a 合计 beside the “三公” total, 小计 taken
   * for a total) gives no identities by meaning. Before this guard, whole amounts of one 万元 met them
   * within rounding and 22 1 1 1 20 was placed under columns the table does not have.
   */
  @Test
  void resolve_threePublicHeaderReadWithColumnsOfNoMeaning_placesNothingByMeaning() {
    ImportResult r = run(String.join("\n", "“三公”经费支出表", "编制单位：某市交通局 单位：万元", "项目 “三公”", "经费合计",
        "因公出国", "（境）费", "公务用车购置及运行维护费", "公务接待", "费小计 公务用车", "购置费", "公务用车", "运行维护", "费",
        "2020年 196 90 16 9 7 90", "2019年 22 1 1 1 20", "说明：“三公”经费支出表共列示2行数据。", ""));

    assertThat(inferred(r)).noneMatch(p -> p.why().contains("2019年"));
  }

  /**
   * A row the header's identities place only in part (上年结转, 财政拨款 and 单位资金 settled; which of
   * 一般公共预算 | 政府性基金预算 and 事业收入 | 其他收入 not) takes the rest from the sums of its siblings, each
   * value between the columns of the values printed beside it, and only where the row's own amounts
   * still meet the identities. Before, a row placed in part was out of the sums and its values stayed
   * unplaced.
   */
  @Test
  void resolve_rowsPlacedInPartByTheIdentities_areFinishedByTheSums() throws java.io.IOException {
    ImportResult r = imported("blank-cells/income-by-unit-single-spaced.txt");

    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
    assertThat(cellOf(r, TableKind.INCOME, "2080201", "财政拨款/一般公共预算")).contains(new BigDecimal("1000.00"));
    assertThat(cellOf(r, TableKind.INCOME, "2080201", "单位资金/事业收入")).contains(new BigDecimal("50.00"));
    assertThat(cellOf(r, TableKind.INCOME, "2296002", "财政拨款/政府性基金预算")).contains(new BigDecimal("500.00"));
    assertThat(cellOf(r, TableKind.INCOME, "2296002", "单位资金/其他收入")).contains(new BigDecimal("30.00"));
    assertThat(cellOf(r, TableKind.INCOME, "2296002", "财政拨款/一般公共预算")).isEmpty();
  }

  /**
   * A table by unit prints the same codes under each unit: a code's rows below it are those of its own
   * unit, the units add up to the total, and a unit's codes to the unit. Before, 210's children were
   * taken from every unit, no sum held, and each row's 人员经费 or 公用经费 stayed unplaced.
   */
  @Test
  void resolve_tableByUnit_sumsTakeEachUnitsOwnRows() throws java.io.IOException {
    ImportResult r = imported("blank-cells/expenditure-by-unit-single-spaced.txt");
    DisclosureTable t = r.disclosure().tables().get(0);
    String personnel = t.columns().stream().filter(c -> c.label().equals("人员经费")).findFirst().orElseThrow().key();
    String publicUse = t.columns().stream().filter(c -> c.label().equals("公用经费")).findFirst().orElseThrow().key();

    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
    assertThat(t.rows()).filteredOn(x -> x.code().map(c -> c.digits().equals("2101101")).orElse(false)).singleElement()
        .satisfies(x -> assertThat(x.cells().get(publicUse).value()).contains(new BigDecimal("500.00")));
    assertThat(t.rows()).filteredOn(x -> x.label().equals("医疗保障服务中心")).singleElement()
        .satisfies(x -> assertThat(x.cells().get(personnel).value()).contains(new BigDecimal("200.00")));
    assertThat(t.rows()).filteredOn(x -> x.code().map(c -> c.digits().equals("2101550")).orElse(false)).singleElement()
        .satisfies(x -> assertThat(x.cells().get(personnel).value()).contains(new BigDecimal("200.00")));
  }

  /**
   * A 项目支出表's projects carry neither code nor unit row: the total sums all of them, column by column.
   * Each project alone fits 财政拨款 or 单位资金 (its own amounts meet either identity); only the total's
   * columns settle which. Before, the total had no rows to sum and every project stayed unplaced.
   */
  @Test
  void resolve_projectsUnderTheirTotal_areSettledByItsColumnSums() throws java.io.IOException {
    ImportResult r = imported("blank-cells/projects-single-spaced.txt");

    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "文化惠民工程", "财政拨款/一般公共预算")).contains(new BigDecimal("200.00"));
    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "非遗保护", "上年结转")).contains(new BigDecimal("30.00"));
    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "非遗保护", "财政拨款")).contains(new BigDecimal("100.00"));
    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "公益培训", "单位资金/事业收入")).contains(new BigDecimal("50.00"));
    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "场馆开放", "单位资金/其他收入")).contains(new BigDecimal("20.00"));
    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "场馆开放", "财政拨款")).isEmpty();
    // the 单位名称 column names a unit printed nowhere else in the document
    assertThat(r.disclosure().tables().stream().filter(t -> t.kind() == TableKind.PROJECT_EXPENDITURE).findFirst()
        .orElseThrow().rows()).filteredOn(x -> x.label().equals("公益培训")).singleElement()
        .satisfies(x -> assertThat(x.unit()).contains("某县文化馆"));
  }

  /** A budget's 收支总表 receiving 一般公共预算拨款 1,700.00, 政府性基金 100.00, 事业收入 50.00 and 其他收入 150.00. */
  private static final String BUDGET_SUMMARY = String.join("\n", "某县文化局2025年部门预算", "收支总表", "编制单位：某县文化局 单位：元",
      "项目 收入 科目编码 科目名称 支出", "预算数 类 款 预算数", "一、一般公共预算拨款 1,700.00 207 七、文化旅游体育与传媒支出 2,000.00",
      "二、政府性基金预算拨款 100.00", "三、国有资本经营预算拨款", "四、财政专户管理资金", "五、事业收入 50.00", "六、其他收入 150.00",
      "本年收入合计 2,000.00 本年支出合计 2,000.00", "上年结转 结转下年", "收入总计 2,000.00 支出总计 2,000.00", "");

  /**
   * No row spends more of a source than the summary receives from it: the total's 800.00 800.00 fits
   * 财政拨款 with 一般公共预算 or 单位资金 with 事业收入 or 其他收入 by the header's identities, but 事业收入 is 50.00 and 其他收入 150.00 in
   * 收支总表. Before, the total stayed unplaced and so did every project under it.
   */
  @Test
  void resolve_amountOverTheSummarysIncomeFromASource_isNotPlacedThere() {
    ImportResult r = DisclosureImporter.defaults().importText(BUDGET_SUMMARY + String.join("\n", "项目支出表", "编制单位：某县文化局 单位：元",
        "单位名称 项目名称 合计 上年结转 财政拨款 财政拨款 财政专户管理资金 单位资金 单位资金",
        "一般公共预算 政府性基金预算 国有资本经营预算 事业收入 其他收入", "合计 800.00 800.00 800.00",
        "某县文化局本级 文化惠民工程 500.00 500.00 500.00", "某县文化局本级 非遗保护 300.00 300.00 300.00", ""));

    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "合计", "财政拨款/一般公共预算")).contains(new BigDecimal("800.00"));
    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "合计", "单位资金")).isEmpty();
    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "文化惠民工程", "财政拨款/一般公共预算")).contains(new BigDecimal("500.00"));
    assertThat(cellOf(r, TableKind.PROJECT_EXPENDITURE, "非遗保护", "财政拨款/一般公共预算")).contains(new BigDecimal("300.00"));
    assertThat(r.report().problems(Severity.ERROR)).noneMatch(p -> p.why().contains("without column positions"));
  }

  /**
   * In tables by unit, a fund row takes the 基本支出 / 项目支出 split of the same code under the same unit
   * in 支出总表. Before, the code printed under two units of 支出总表 matched neither.
   */
  @Test
  void resolve_fundTableByUnit_takesTheSplitOfTheSameUnitsCode() {
    ImportResult r = DisclosureImporter.defaults().importText(BUDGET_SUMMARY + String.join("\n", "支出总表",
        "编制单位：某县文化局 单位：元", "科目编码 科目名称 合计 基本支出 项目支出", "合计 2,000.00 1,200.00 800.00",
        "某县文化局本级 1,060.00 1,000.00 60.00", "207 文化旅游体育与传媒支出 1,000.00 1,000.00",
        "229 其他支出 60.00 60.00", "某县文化馆 940.00 200.00 740.00", "207 文化旅游体育与传媒支出 900.00 200.00 700.00",
        "229 其他支出 40.00 40.00", "政府性基金预算支出表", "编制单位：某县文化局 单位：元", "科目编码 科目名称 合计 基本支出 项目支出",
        "合计 100.00 100.00", "某县文化局本级 60.00 60.00", "229 其他支出 60.00 60.00", "某县文化馆 40.00 40.00",
        "229 其他支出 40.00 40.00", ""));

    DisclosureTable fund = r.disclosure().tables().stream().filter(t -> t.kind() == TableKind.GOVERNMENT_FUND).findFirst()
        .orElseThrow();
    String project = fund.columns().stream().filter(c -> c.label().equals("项目支出")).findFirst().orElseThrow().key();
    assertThat(fund.rows()).filteredOn(x -> x.code().isPresent()).hasSize(2).allSatisfy(x -> assertThat(x.cells())
        .containsKey(project));
    assertThat(r.report().problems(Severity.ERROR)).noneMatch(p -> p.why().contains("without column positions"));
  }
}
