package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LooseTableTest {
  private final List<ReadProblem> problems = new ArrayList<>();
  private final CellReader cells = new CellReader(2, new ArrayList<>());

  @Test
  void tokens_separateNumbersRunIntoNamesAndCodes() {
    assertThat(LooseTable.tokens("八、其他收入 8 0.37八、社会保障和就业支出 33 608.18"))
        .containsExactly("八、其他收入", "8", "0.37", "八、社会保障和就业支出", "33", "608.18");
    assertThat(LooseTable.tokens("301 工资福利支出 5,269.54302 商品和服务支出"))
        .containsExactly("301", "工资福利支出", "5,269.54", "302", "商品和服务支出");
  }

  @Test
  void joinSplitCodes_joinsAClassAndItsPartsBeforeAName_only() {
    assertThat(LineCodes.joinSplitCodes(List.of("201", "03", "01", "行政运行", "12,029,501.84")))
        .containsExactly("2010301", "行政运行", "12,029,501.84");
    assertThat(LineCodes.joinSplitCodes(List.of("210", "11", "行政事业单位医疗", "1,097,073.43")))
        .containsExactly("21011", "行政事业单位医疗", "1,097,073.43");
    // digits after the name are amounts, never code parts; a class alone is already whole
    assertThat(LineCodes.joinSplitCodes(List.of("一般公共服务支出", "201", "12", "35")))
        .containsExactly("一般公共服务支出", "201", "12", "35");
    assertThat(LineCodes.joinSplitCodes(List.of("201", "一般公共服务支出", "82,096,797.42")))
        .containsExactly("201", "一般公共服务支出", "82,096,797.42");
  }

  /**
   * A Shanghai 收入预算总表 as text from other tools: one blank between cells, codes split into 类 款 项,
   * blank cells left out (only 合计 and 财政拨款收入 printed). The header line naming the most columns
   * gives them, each code is whole, and the 合计 is placed; the value after it, which could be any of
   * the four sources, is reported rather than guessed.
   */
  @Test
  void importText_sparseTableWithSplitCodesPrintedWithSingleSpaces_readsCodesAndTotals() {
    String text = String.join("\n", "上海市某区某局2025年部门预算", "", "2025年部门收入预算总表", "编制部门：上海市某区某局 单位：元",
        "项目 收入预算", "功能分类科目编码 功能分类科目名称 合计 财政拨款收入 事业收入 事业单位经营收入 其他收入", "类 款 项",
        "201 一般公共服务支出 82,096,797.42 82,096,797.42",
        "201 03 政府办公厅（室）及相关机构事务 82,096,797.42 82,096,797.42",
        "201 03 01 行政运行 12,029,501.84 12,029,501.84",
        "201 03 99 其他政府办公厅（室）及相关机构事务支出 70,067,295.58 70,067,295.58",
        "合计 82,096,797.42 82,096,797.42");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    io.github.cnbudget.model.table.DisclosureTable t = r.disclosure().tables().get(0);
    assertThat(t.columns()).extracting(c -> c.label())
        .containsExactly("合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入");
    assertThat(t.rows()).extracting(row -> row.code().map(c -> c.digits()).orElse(row.label()))
        .containsExactly("201", "20103", "2010301", "20103 99".replace(" ", ""), "合计");
    assertThat(t.rows()).allSatisfy(row -> assertThat(row.cells().get(t.columns().get(0).key()).printed()).isNotEmpty());
    assertThat(r.report().problems()).filteredOn(p -> p.kind() == ReadProblem.Kind.VALUES_WITHOUT_POSITIONS).isNotEmpty();
    // the value that could be any source is kept with its row, and its sources are unknown, not blank
    assertThat(t.rows()).allSatisfy(row -> {
      assertThat(row.unplaced()).extracting(c -> c.printed()).containsExactly(row.cells().get(t.columns().get(0).key()).printed());
      assertThat(row.isUnknown(t.columns().get(1).key())).isTrue();
      assertThat(row.isUnknown(t.columns().get(0).key())).isFalse();
    });
    // so no sum through the sources is checked, and the not-checked list names each row
    io.github.cnbudget.rules.finding.ValidationReport v = io.github.cnbudget.rules.Rules.defaults().validate(r.disclosure());
    assertThat(v.findings(io.github.cnbudget.model.Severity.ERROR)).extracting(f -> f.code())
        .containsOnly("missing-table");
    assertThat(v.notChecked()).filteredOn(n -> n.reason().code().equals("value-unreadable")
        && n.subject().equals("«82,096,797.42»")).isNotEmpty();
  }

  /**
   * A Shanghai-style budget printed with one blank between cells and no 0.00: the two-sided summary
   * without 栏次 (项目 预算数 | 项目 预算数), its income side printing no amount beside an expenditure
   * item (2.政府性基金 三、住房保障支出 …), an expenditure item alone on its line with both amounts; the
   * income table's sparse rows then take their second value by the summary's income side (only
   * 财政拨款收入 is printed there), and the appropriation summary's by its own.
   */
  @Test
  void importText_singleSpacedBudgetWithTwoSidedSummaries_readsBothSidesAndPlacesSparseRowsByTheSummary() {
    String text = String.join("\n", "上海市某区某局2026年部门预算", "", "2026年部门财务收支预算总表",
        "编制部门：上海市某区某局 单位：元", "本年收入 本年支出", "项目 预算数 项目 预算数",
        "一、财政拨款收入 5,000,000.00 一、一般公共服务支出 3,000,000.00",
        "1.一般公共预算资金 5,000,000.00 二、社会保障和就业支出 1,200,000.00",
        "2.政府性基金 三、住房保障支出 800,000.00", "3.国有资本经营预算", "二、事业收入", "三、事业单位经营收入", "四、其他收入",
        "收入总计 5,000,000.00 支出总计 5,000,000.00", "",
        "2026年部门收入预算总表", "编制部门：上海市某区某局 单位：元", "项目 收入预算",
        "功能分类科目编码 功能分类科目名称 合计 财政拨款收入 事业收入 事业单位经营收入 其他收入", "类 款 项",
        "201 一般公共服务支出 3,000,000.00 3,000,000.00", "201 01 人大事务 3,000,000.00 3,000,000.00",
        "201 01 01 行政运行 3,000,000.00 3,000,000.00", "208 社会保障和就业支出 1,200,000.00 1,200,000.00",
        "208 05 行政事业单位养老支出 1,200,000.00 1,200,000.00",
        "208 05 05 机关事业单位基本养老保险缴费支出 1,200,000.00 1,200,000.00", "221 住房保障支出 800,000.00 800,000.00",
        "221 02 住房改革支出 800,000.00 800,000.00", "221 02 01 住房公积金 800,000.00 800,000.00",
        "合计 5,000,000.00 5,000,000.00", "",
        "2026年部门财政拨款收支预算总表", "编制部门：上海市某区某局 单位：元", "财政拨款收入 财政拨款支出",
        "项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算",
        "一、一般公共预算资金 5,000,000.00 一、一般公共服务支出 3,000,000.00 3,000,000.00",
        "二、政府性基金 二、社会保障和就业支出 1,200,000.00 1,200,000.00",
        "三、国有资本经营预算 三、住房保障支出 800,000.00 800,000.00",
        "收入总计 5,000,000.00 支出总计 5,000,000.00 5,000,000.00");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    io.github.cnbudget.model.table.DisclosureTable summary = r.disclosure().tables().get(0);
    assertThat(summary.columns()).extracting(Column::label).containsExactly("预算数", "预算数");
    assertThat(summary.rows()).extracting(row -> row.side() + " " + row.label() + " " + row.cells().values())
        .containsExactly("INCOME 一、财政拨款收入 [5,000,000.00]", "EXPENDITURE 一、一般公共服务支出 [3,000,000.00]",
            "INCOME 1.一般公共预算资金 [5,000,000.00]", "EXPENDITURE 二、社会保障和就业支出 [1,200,000.00]",
            "INCOME 2.政府性基金 []", "EXPENDITURE 三、住房保障支出 [800,000.00]", "INCOME 3.国有资本经营预算 []",
            "INCOME 二、事业收入 []", "INCOME 三、事业单位经营收入 []", "INCOME 四、其他收入 []",
            "INCOME 收入总计 [5,000,000.00]", "EXPENDITURE 支出总计 [5,000,000.00]");
    assertThat(summary.rows().get(2).concept()).contains(Concept.GENERAL_PUBLIC_BUDGET);
    assertThat(summary.rows().get(4).concept()).contains(Concept.GOVERNMENT_FUND);

    io.github.cnbudget.model.table.DisclosureTable income = r.disclosure().tables().get(1);
    String appropriation = income.columns().get(1).key();
    assertThat(income.columns().get(1).label()).isEqualTo("财政拨款收入");
    assertThat(income.rows()).hasSize(10).allSatisfy(row -> assertThat(row.cell(appropriation).map(c -> c.printed()))
        .as(row.label()).isEqualTo(row.cell(income.columns().get(0).key()).map(c -> c.printed())));

    io.github.cnbudget.model.table.DisclosureTable fiscal = r.disclosure().tables().get(2);
    assertThat(fiscal.rows()).filteredOn(row -> row.side() == Side.EXPENDITURE)
        .extracting(row -> row.label() + " " + row.cells().values())
        .containsExactly("一、一般公共服务支出 [3,000,000.00, 3,000,000.00]", "二、社会保障和就业支出 [1,200,000.00, 1,200,000.00]",
            "三、住房保障支出 [800,000.00, 800,000.00]", "支出总计 [5,000,000.00, 5,000,000.00]");
    assertThat(fiscal.rows()).filteredOn(row -> row.side() == Side.EXPENDITURE).allSatisfy(row -> assertThat(
        row.cells().keySet()).containsExactly(fiscal.columns().get(1).key(), fiscal.columns().get(2).key()));
    assertThat(fiscal.columns().get(2).concept()).isEqualTo(Concept.GENERAL_PUBLIC_BUDGET);
    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
  }

  /**
   * A Shanghai unit budget's summary printed with one blank between cells: the expenditure side's
   * 预算数 divided into 合计 | 基本支出 (人员经费 公用经费) | 项目支出 on the lines below; its first row,
   * long with both sides' amounts, is a row and not a table run together; the rows printing fewer
   * amounts take their columns by 支出总计's column sums.
   */
  @Test
  void importText_singleSpacedUnitSummaryWithDividedExpenditure_placesSparseRowsByTheGrandTotal() {
    String text = String.join("\n", "上海市某区某中心2026年单位预算", "", "2026年预算单位财务收支预算总表",
        "编制单位：上海市某区某中心 单位：元", "本年收入 本年支出", "项目 预算数 项目 预算数", "合计 基本支出 项目支出",
        "人员经费 公用经费",
        "一、财政拨款收入 6,400,000.00 一、一般公共服务支出 5,000,000.00 2,000,000.00 500,000.00 2,500,000.00",
        "1、一般公共预算资金 6,400,000.00 二、社会保障和就业支出 900,000.00 800,000.00 100,000.00",
        "2、政府性基金 三、住房保障支出 500,000.00 500,000.00", "3、国有资本经营预算", "二、事业收入", "三、事业单位经营收入",
        "四、其他收入", "收入总计 6,400,000.00 支出总计 6,400,000.00 3,300,000.00 600,000.00 2,500,000.00");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    io.github.cnbudget.model.table.DisclosureTable summary = r.disclosure().tables().get(0);
    assertThat(summary.columns()).filteredOn(c -> c.side() == Side.EXPENDITURE).extracting(Column::concept)
        .containsExactly(Concept.TOTAL, Concept.PERSONNEL, Concept.PUBLIC_USE, Concept.PROJECT);
    assertThat(summary.rows()).filteredOn(row -> row.side() == Side.EXPENDITURE)
        .extracting(row -> row.label() + " " + row.cells().entrySet().stream()
            .map(e -> summary.columns().stream().filter(c -> c.key().equals(e.getKey())).findFirst().orElseThrow().concept()
                + "=" + e.getValue().printed()).toList())
        .containsExactly(
            "一、一般公共服务支出 [TOTAL=5,000,000.00, PERSONNEL=2,000,000.00, PUBLIC_USE=500,000.00, PROJECT=2,500,000.00]",
            "二、社会保障和就业支出 [TOTAL=900,000.00, PERSONNEL=800,000.00, PUBLIC_USE=100,000.00]",
            "三、住房保障支出 [TOTAL=500,000.00, PERSONNEL=500,000.00]",
            "支出总计 [TOTAL=6,400,000.00, PERSONNEL=3,300,000.00, PUBLIC_USE=600,000.00, PROJECT=2,500,000.00]");
    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
  }

  /** 类 款 项, the levels of a split code column, printed on the line of the total row before its label. */
  @Test
  void rows_codeLevelsBeforeTheFirstRowsLabel_areHeaderNotLabel() {
    List<Column> columns = LooseHeader.columns(List.of("本年收入合计", "财政拨款收入", "其他收入"), List.of(3), false);

    List<RowDraft> rows = LooseTable.rows(SourceLine.of(9, "类 款 项 合计 2,946.25 2,940.05 6.20"), columns, false,
        cells, problems);

    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.label).isEqualTo("合计");
      assertThat(r.cells).containsOnlyKeys("c1", "c2", "c3");
    });
  }

  /**
   * A “三公” table whose header is printed level by level (the 三公 group over its four columns, 公务用车
   * over 小计 购置费 运行费, 机关运行经费 beside them) and whose one row prints every leaf, printed with
   * one blank between cells, followed without a note by the narrative's 其他相关情况说明.
   */
  @Test
  void importText_threePublicHeaderPrintedLevelByLevel_readsEveryLeafAndEndsAtTheNarrative() {
    String text = String.join("\n", "上海市某区某街道2026年部门预算", "", "2026年部门“三公”经费和机关运行经费预算表",
        "编制部门：上海市某区某街道 单位:万元", "2026年“三公”经费预算数 2026年机关运行经费预算数",
        "合计 因公出国(境)费 公务接待费 公务用车购置及运行费", "小计 购置费 运行费", "30.50 0 2.50 28.00 8.00 20.00 512.30",
        "", "其他相关情况说明", "一、2026年“三公”经费预算情况说明", "2026年“三公”经费预算数为30.50万元，比2025年预算增加3万元。");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    io.github.cnbudget.model.table.DisclosureTable t = r.disclosure().tables().get(0);
    assertThat(t.columns()).extracting(c -> String.join("/", c.header())).containsExactly(
        "2026年“三公”经费预算数/合计", "2026年“三公”经费预算数/因公出国（境）费", "2026年“三公”经费预算数/公务接待费",
        "2026年“三公”经费预算数/公务用车购置及运行费/小计", "2026年“三公”经费预算数/公务用车购置及运行费/购置费",
        "2026年“三公”经费预算数/公务用车购置及运行费/运行费", "2026年机关运行经费预算数");
    assertThat(t.columns()).extracting(Column::concept).containsSubsequence(Concept.OVERSEAS_TRAVEL,
        Concept.OFFICIAL_RECEPTION, Concept.OFFICIAL_VEHICLES, Concept.ADMINISTRATIVE_EXPENSES);
    assertThat(t.rows()).singleElement().satisfies(row -> assertThat(row.cells().values()).extracting(c -> c.printed())
        .containsExactly("30.50", "0", "2.50", "28.00", "8.00", "20.00", "512.30"));
    assertThat(r.disclosure().narrative().paragraphs()).anySatisfy(p -> assertThat(p.text()).contains("30.50万元"));
    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
  }

  /**
   * A row leaving its blank cell out under that header: the header's identities (合计 = 上年结转 + 财政拨款
   * + 财政专户管理资金 + 单位资金, 财政拨款 and 单位资金 = their parts) hold for one placement only, the blank
   * under 财政专户管理资金 (were 国有资本经营预算 0.00, the blank could be either: then nothing is guessed).
   * Before, no identity was known and the nine values stayed unplaced.
   */
  @Test
  void importText_rowLeavingABlankOutUnderAHeaderDividingSeveralColumns_placedByItsIdentities() {
    ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", "某区卫生健康局2025年部门预算", "",
        "收入总表", "单位：万元", "科目编码 科目名称 合计 上年结转 财政拨款 财政拨款 财政专户管理资金 单位资金 单位资金",
        "一般公共预算 政府性基金预算 国有资本经营预算 事业收入 其他收入",
        "合计 130.00 10.00 100.00 80.00 10.00 10.00 20.00 15.00 5.00"));

    io.github.cnbudget.model.table.DisclosureTable t = r.disclosure().tables().get(0);
    assertThat(t.rows().get(0).cells().entrySet()).extracting(e -> t.columns().stream()
        .filter(c -> c.key().equals(e.getKey())).findFirst().orElseThrow().header().get(0) + "=" + e.getValue().printed())
        .containsExactlyInAnyOrder("合计=130.00", "上年结转=10.00", "财政拨款=100.00", "财政拨款=80.00", "财政拨款=10.00",
            "财政拨款=10.00", "单位资金=20.00", "单位资金=15.00", "单位资金=5.00");
    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
  }

  @Test
  void printsAmounts_wholeAmountsBeforeASecondPanelsCodeAndName_butNotYearsBetweenHeaderWords() {
    assertThat(LooseTable.printsAmounts(LooseTable.tokens("合计 1912 1900 12 302 商品和服务支出"))).isTrue();
    assertThat(LooseTable.printsAmounts(LooseTable.tokens("指标 2021 2022 2023 预期值"))).isFalse();
    assertThat(LooseTable.printsAmounts(LooseTable.tokens("科目编码 科目名称 合计 人员经费"))).isFalse();
  }

  /** A whole amount of five digits before a dash is an amount, not the code of a row named “-”. */
  @Test
  void rows_wholeAmountThatLooksLikeACodeBeforeADash_isAnAmount() {
    List<Column> columns = LooseHeader.columns(List.of("合计", "人员经费", "公用经费"), List.of(3), false);

    List<RowDraft> rows = LooseTable.rows(SourceLine.of(7, "30101 基本工资 50540 50540 - 30216 培训费 400369 - 400369"),
        columns, false, cells, problems);

    assertThat(rows).extracting(r -> r.code + " " + r.label).containsExactly("30101 基本工资", "30216 培训费");
  }

  /** The income table under that header, rows printing every column (zeros too): each value in its column. */
  @Test
  void importText_incomeTableUnderAHeaderDividingSeveralColumns_placesEveryValue() {
    ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", "某区卫生健康局2025年部门预算", "",
        "收入总表", "单位：万元", "科目编码 科目名称 合计 上年结转 财政拨款 财政拨款 财政专户管理资金 单位资金 单位资金",
        "一般公共预算 政府性基金预算 国有资本经营预算 事业收入 其他收入",
        "合计 130.00 10.00 100.00 90.00 10.00 0.00 0.00 20.00 15.00 5.00",
        "210 卫生健康支出 130.00 10.00 100.00 90.00 10.00 0.00 0.00 20.00 15.00 5.00"));

    io.github.cnbudget.model.table.DisclosureTable t = r.disclosure().tables().get(0);
    assertThat(t.columns()).extracting(c -> String.join("/", c.header())).containsExactly("合计", "上年结转", "财政拨款",
        "财政拨款/一般公共预算", "财政拨款/政府性基金预算", "财政拨款/国有资本经营预算", "财政专户管理资金", "单位资金",
        "单位资金/事业收入", "单位资金/其他收入");
    assertThat(t.rows().get(1).cells().values()).extracting(c -> c.printed()).containsExactly("130.00", "10.00",
        "100.00", "90.00", "10.00", "0.00", "0.00", "20.00", "15.00", "5.00");
    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
  }

  /** A final account's summary printing two items without amounts on one line (使用非财政拨款结余 结余分配). */
  @Test
  void rows_twoSidedLineOfTwoItemsWithoutAmounts_isOneRowPerSide() {
    List<Column> columns = LooseHeader.columns(List.of("决算数", "决算数"), List.of(1, 1), true);

    List<RowDraft> rows = LooseTable.rows(SourceLine.of(7, "使用非财政拨款结余 结余分配"), columns, true, false, false,
        name -> false, cells, problems);

    assertThat(rows).extracting(r -> r.side + " " + r.label).containsExactly("INCOME 使用非财政拨款结余", "EXPENDITURE 结余分配");
    assertThat(LooseTable.isNameFragment("使用非财政拨款结余 结余分配")).isFalse();
  }

  @Test
  void joinSplitCodes_oneDigitPartsAreReadAsTwoAndReported() {
    List<String> padded = new ArrayList<>();
    assertThat(LineCodes.joinSplitCodes(List.of("301", "2", "津贴补贴", "16,623,810"), padded::add))
        .containsExactly("30102", "津贴补贴", "16,623,810");
    assertThat(padded).containsExactly("2");
  }

  /**
   * A tall row as PDFBox prints it: the wrapped name's first line above the row, the code and its
   * amounts on the row's line, the name's end below.
   */
  @Test
  void importText_tallRowsCodeAndAmountsBetweenTheNamesLines_keepTheRowAndItsName() {
    String text = String.join("\n", "上海市某区某部2026年部门决算", "", "一般公共预算财政拨款支出决算表", "单位：万元",
        "项目 本年支出", "功能分类科目编码 科目名称 小计 基本支出 项目支出", "栏次 1 2 3",
        "合计 10.82 10.82", "208 社会保障和就业支出 10.82 10.82", "20805 行政事业单位养老支出 10.82 10.82",
        "机关事业单位基本养老保险缴费", "2080505 6.18 6.18", "支出", "2080506 机关事业单位职业年金缴费支出 4.64 4.64");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    // (the value after each total is 基本支出's or 项目支出's: left to the column inference)
    assertThat(r.disclosure().tables().get(0).rows()).extracting(row -> row.code().map(c -> c.digits()).orElse("")
        + " " + row.label() + " " + row.cell("c1").map(c -> c.printed()).orElse(""))
        .containsExactly(" 合计 10.82", "208 社会保障和就业支出 10.82", "20805 行政事业单位养老支出 10.82",
            "2080505 机关事业单位基本养老保险缴费支出 6.18", "2080506 机关事业单位职业年金缴费支出 4.64");
    // a whole number printed bare before amounts without a point or separator stays an amount
    List<Column> columns = LooseHeader.columns(List.of("合计", "基本支出", "项目支出"), List.of(3), false);
    assertThat(LooseTable.rows(SourceLine.of(3, "2080505 300 200"), columns, false, cells, problems))
        .singleElement().satisfies(row -> assertThat(row.code).isNull());
  }

  /**
   * Tall rows of a table of whole 元 printing its empty cells as 0 (as {@code pdftotext -layout} prints
   * them, blanks closed): the code line holds no name and bare zeros among its amounts.
   */
  @Test
  void importText_tallRowsOfWholeYuanWithZeros_keepTheCodeAndItsName() {
    String text = String.join("\n", "某区某局2026年部门预算", "", "一般公共预算支出表（按经济分类）", "单位：元",
        "科目编码 科目名称 合计 基本支出 项目支出", "合计 1,541,102 332,496 1,208,606",
        "301 工资福利支出 17,868 17,868 0", "30101 基本工资 9,031 9,031 0", "机关事业单位基本", "30108 8,837 8,837 0",
        "养老保险缴费", "302 商品和服务支出 1,422,801 214,195 1,208,606", "其他商品和服务支", "30299 700,254 0 700,254", "出",
        "对个人和家庭的补", "303 100,433 100,433 0", "助", "30301 离休费 100,433 100,433 0");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    assertThat(r.disclosure().tables().get(0).rows()).extracting(row -> row.code().map(c -> c.digits()).orElse("")
        + " " + row.label() + " " + row.cell("c3").map(c -> c.printed()).orElse(""))
        .containsExactly(" 合计 1,208,606", "301 工资福利支出 0", "30101 基本工资 0", "30108 机关事业单位基本养老保险缴费 0",
            "302 商品和服务支出 1,208,606", "30299 其他商品和服务支出 700,254", "303 对个人和家庭的补助 0", "30301 离休费 0");
    // a code before a number for every column is the row's code, in a table of whole 万元 printing no
    // separators too; a three-digit number before whole amounts is an amount when the columns need it
    List<Column> columns = LooseHeader.columns(List.of("合计", "基本支出", "项目支出"), List.of(3), false);
    assertThat(LooseTable.rows(SourceLine.of(3, "2101202 131 0 131"), columns, false, cells, problems))
        .singleElement().satisfies(row -> assertThat(row.code).hasToString("2101202"));
    assertThat(LooseTable.rows(SourceLine.of(3, "303 1,000 0"), columns, false, cells, problems))
        .singleElement().satisfies(row -> assertThat(row.code).isNull());
  }

  /**
   * A two-sided summary's tall expenditure items (as {@code pdftotext -layout} prints them, blanks
   * closed): the name wrapped around the line of the code and amounts, which prints no name.
   */
  @Test
  void importText_twoSidedTallItemsNamedAroundTheirCodeLine_readWhole() {
    String text = String.join("\n", "某区某局2026年部门预算", "", "财政拨款收支总表", "单位：元", "收入 支出",
        "科目编码 科目名称 一般公共 政府性基 国有资本", "预算数 合计", "预算 金预算 经营预算", "一、一般公共预算", "1,541,102", "拨款",
        "二、政府性基金预", "640,751", "算拨款", "本年收入合计 2,181,853", "210 九、卫生健康支出 1,428,504 828,345 0 600,159",
        "十九、住房保障支", "221 712,757 712,757 0 0", "出", "二十四、其他支", "229 40,592 0 40,592 0", "出",
        "本年支出合计 2,181,853 1,541,102 40,592 600,159");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    assertThat(r.disclosure().tables().get(0).rows()).filteredOn(row -> row.side() == Side.EXPENDITURE)
        .extracting(row -> row.code().map(c -> c.digits()).orElse("") + " " + row.label() + " "
            + row.cell("ex.c2").map(c -> c.printed()).orElse(""))
        .containsExactly("210 九、卫生健康支出 1,428,504", "221 十九、住房保障支出 712,757", "229 二十四、其他支出 40,592",
            " 本年支出合计 2,181,853");
    assertThat(r.disclosure().tables().get(0).rows()).filteredOn(row -> row.side() == Side.INCOME)
        .extracting(row -> row.label()).containsExactly("一、一般公共预算拨款", "二、政府性基金预算拨款", "本年收入合计");
  }

  /**
   * The same tall rows in a table whose rows leave their blank cells out (fewer values than columns): the
   * name's start waiting above is the split code's, so the code line opens no run of codes printed above
   * their names. Before, it did, the names after it went each to the row above its own, and the next
   * unit's row (稽查局) was lost.
   */
  @Test
  void importText_splitCodeLinesNamedAroundThemLeavingBlanksOut_rowsAndTheNextUnitKept() {
    String text = String.join("\n", "某市某局2019年部门预算", "", "收入总表", "单位：元",
        "科目编码 科目名称 合计 上年结转 财政拨款 财政专户管理资金", "类 款 项", "合计 3,400.00 100.00 3,000.00 300.00",
        "某市某局本级 3,100.00 100.00 3,000.00", "210 卫生健康支出 3,100.00 100.00 3,000.00",
        "210 04 公共卫生 3,100.00 100.00 3,000.00", "突发公共卫生事件应", "210 04 10 3,100.00 100.00 3,000.00", "急处理",
        "稽查局 300.00 300.00", "210 卫生健康支出 300.00 300.00", "210 07 计划生育事务 300.00 300.00", "其他计划生育事务支",
        "210 07 99 300.00 300.00", "出");

    io.github.cnbudget.model.table.DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(t.rows()).extracting(row -> row.code().map(c -> c.digits() + " ").orElse("") + row.label())
        .containsExactly("合计", "某市某局本级", "210 卫生健康支出", "21004 公共卫生", "2100410 突发公共卫生事件应急处理", "稽查局",
            "210 卫生健康支出", "21007 计划生育事务", "2100799 其他计划生育事务支出");
  }

  /**
   * A tall row named around its split code in a table of whole 元 printing thousands separators and leaving
   * its blank cells out (机关事业单位基本养老保险缴费支 / 208 05 05 4,412,547 4,412,547 / 出): amounts so printed
   * are no code's parts, so the code is joined. Before, 208 was the row's code and 05 05 its amounts.
   */
  @Test
  void importText_splitCodeBeforeAmountsWithSeparators_joined() {
    String text = String.join("\n", "上海市某区某街道2023年部门预算", "部门收入预算总表", "单位：元",
        "科目编码 科目名称 合计 财政拨款收入 事业收入 其他收入", "类 款 项", "合计 6,824,587 6,824,587",
        "208 社会保障和就业支出 6,824,587 6,824,587", "208 05 行政事业单位养老支出 6,824,587 6,824,587",
        "208 05 01 行政单位离退休 205,768 205,768", "机关事业单位基本养老保险缴费支", "208 05 05 4,412,547 4,412,547", "出",
        "208 05 06 机关事业单位职业年金缴费支出 2,206,272 2,206,272");

    io.github.cnbudget.model.table.DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(t.rows()).extracting(row -> row.code().map(c -> c.digits() + " ").orElse("") + row.label())
        .containsExactly("合计", "208 社会保障和就业支出", "20805 行政事业单位养老支出", "2080501 行政单位离退休",
            "2080505 机关事业单位基本养老保险缴费支出", "2080506 机关事业单位职业年金缴费支出");
  }

  /**
   * Tall rows whose bare code stands before amounts printed with decimals (财政对城乡居民基本医 / 2101202
   * 13,529.11 0.00 5,359.01 … / 疗保险基金的补助) print ten values, not eleven: a code prints no decimal point.
   * The text: a generated budget's 收入总表 as pdfplumber prints it. Before, such rows made the rows' count of
   * values eleven, and the header's ten columns under their groups were not taken (twelve columns, no
   * value placed).
   */
  @Test
  void importText_bareCodeBeforeDecimalAmounts_notCountedAsAValue() throws java.io.IOException {
    String text;
    try (java.io.InputStream in = DisclosureImporter.class.getResourceAsStream("variants/plumber-bare-codes.txt")) {
      text = new String(java.util.Objects.requireNonNull(in).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    io.github.cnbudget.model.table.DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(t.columns()).hasSize(10);
    assertThat(t.rows()).filteredOn(row -> row.code().map(c -> c.digits()).orElse("").equals("2101202"))
        .singleElement().satisfies(row -> assertThat(row.cells()).hasSize(10));
  }

  /**
   * A table of whole 万元 printing a dash for a blank cell: its rows print every column, so a split code
   * opening a line of whole values is joined where that leaves a value a column, in a row printing no
   * dash too (210 07 99 5 4 1: 2100799). Before, the parts were taken for amounts.
   */
  @Test
  void importText_wholeAmountsPrintingDashes_splitCodeJoinedByTheColumnCount() {
    String text = String.join("\n", "某市某局2026年部门决算", "支出总表", "单位：万元", "科目编码 科目名称 合计 基本支出 项目支出",
        "类 款 项", "合计 1628 1626 2", "208 社会保障和就业支出 1100 1100 -", "210 卫生健康支出 528 526 2",
        "210 07 计划生育事务 5 4 1", "其他计划生育事务支", "210 07 99 5 4 1", "出");

    io.github.cnbudget.model.table.DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(t.rows()).extracting(row -> row.code().map(c -> c.digits() + " ").orElse("") + row.label() + " "
        + row.cells().values().stream().map(c -> c.printed()).toList())
        .containsExactly("合计 [1628, 1626, 2]", "208 社会保障和就业支出 [1100, 1100, -]", "210 卫生健康支出 [528, 526, 2]",
            "21007 计划生育事务 [5, 4, 1]", "2100799 其他计划生育事务支出 [5, 4, 1]");
  }

  /**
   * A two-sided summary whose income items are tall too (as {@code pdftotext -layout} prints them, blanks
   * closed): the income name's start above the line of its amount and the expenditure item beside it, its
   * end below; both sides tall, a start and an end a side; an income item left blank beside an expenditure
   * item printed whole. Before, the income amount went to the next income item (二、政府性基金预算拨款) and the
   * income name's end to the expenditure name (九、卫生健康支出拨款), and 208's amount was not placed.
   */
  @Test
  void importText_twoSidedTallIncomeItems_eachSideTakesItsPieces() {
    String text = String.join("\n", "某县某局2020年部门预算", "收支总表", "编制单位：某县某局 单位：元", "收入 支出",
        "项目 预算数 科目编码 科目名称 预算数", "一、一般公共预算", "3,504,877.07 210 九、卫生健康支出 3,104,877.07", "拨款",
        "二、政府性基金预 八、社会保障和就", "208 400,000.00", "算拨款 业支出", "三、国有资本经营",
        "221 十九、住房保障支出 400,741.24", "预算拨款", "四、财政专户管理资金",
        "本年收入合计 3,504,877.07 本年支出合计 3,905,618.31", "上年结转 400,741.24 结转下年",
        "收入总计 3,905,618.31 支出总计 3,905,618.31");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    assertThat(r.disclosure().tables().get(0).rows()).filteredOn(row -> row.side() == Side.INCOME)
        .extracting(row -> row.label() + " " + row.cell("in.c1").map(c -> c.printed()).orElse(""))
        .startsWith("一、一般公共预算拨款 3,504,877.07", "二、政府性基金预算拨款 ", "三、国有资本经营预算拨款 ",
            "四、财政专户管理资金 ");
    assertThat(r.disclosure().tables().get(0).rows()).filteredOn(row -> row.side() == Side.EXPENDITURE)
        .extracting(row -> row.code().map(c -> c.digits()).orElse("") + " " + row.label() + " "
            + row.cell("ex.c2").map(c -> c.printed()).orElse(""))
        .startsWith("210 九、卫生健康支出 3,104,877.07", "208 八、社会保障和就业支出 400,000.00",
            "221 十九、住房保障支出 400,741.24");
    assertThat(r.report().problems()).noneMatch(p -> p.severity() == io.github.cnbudget.model.Severity.ERROR);
  }

  /**
   * Tall rows of a by-unit table whose codes are split into 类 | 款 | 项 (as {@code pdftotext -layout}
   * prints them, blanks closed): the code line prints no name and a value for every column; the name's
   * lines are around it. Before, the code line opened a run of codes printed above their names and the
   * run swallowed the next unit's row.
   */
  @Test
  void importText_splitCodeLinesNamedAroundThem_rowsAndTheNextUnitKept() {
    String text = String.join("\n", "某市某局2019年部门预算", "", "收入总表", "单位：元", "科目编码 科目名称 合计 上年结转 财政拨款",
        "类 款 项", "合计 3,351,524.97 0.00 3,351,524.97", "某市某局本级 3,042,045.26 0.00 3,042,045.26",
        "210 卫生健康支出 3,042,045.26 0.00 3,042,045.26", "财政对基本医疗保险基", "210 12 3,042,045.26 0.00 3,042,045.26",
        "金的补助", "财政对城乡居民基本医", "210 12 02 3,042,045.26 0.00 3,042,045.26", "疗保险基金的补助",
        "稽查局 309,479.71 0.00 309,479.71", "210 卫生健康支出 309,479.71 0.00 309,479.71",
        "210 04 公共卫生 309,479.71 0.00 309,479.71", "突发公共卫生事件应急", "210 04 10 309,479.71 0.00 309,479.71", "处理");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    assertThat(r.disclosure().tables().get(0).rows()).extracting(row -> row.code().map(c -> c.digits()).orElse("")
        + " " + row.label() + " " + row.cell("c1").map(c -> c.printed()).orElse(""))
        .containsExactly(" 合计 3,351,524.97", " 某市某局本级 3,042,045.26", "210 卫生健康支出 3,042,045.26",
            "21012 财政对基本医疗保险基金的补助 3,042,045.26", "2101202 财政对城乡居民基本医疗保险基金的补助 3,042,045.26",
            " 稽查局 309,479.71", "210 卫生健康支出 309,479.71", "21004 公共卫生 309,479.71",
            "2100410 突发公共卫生事件应急处理 309,479.71");
  }

  /**
   * Headers as {@code pdftotext -layout} prints them, the group 基本支出 a line above the header line and
   * the leaves it spans below (a generated budget rendered to PDF, so printed): read by the order of the
   * words with the group at its place, the columns are known and the document raises no ERROR (before:
   * numbered columns, 栏1 … 栏5, and 45 false ERRORs).
   */
  @Test
  void importText_layoutGroupAboveTheHeaderLine_columnsKnown() throws java.io.IOException {
    String text;
    try (java.io.InputStream in = DisclosureImporter.class.getResourceAsStream("variants/layout-group-above-header.txt")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    ImportResult r = DisclosureImporter.defaults().importText(text);

    DisclosureTable t = r.disclosure().tables().stream()
        .filter(x -> x.kind() == io.github.cnbudget.model.table.TableKind.GENERAL_PUBLIC_BY_FUNCTION).findFirst().orElseThrow();
    assertThat(t.columns()).extracting(Column::concept).containsExactly(Concept.TOTAL, Concept.BASIC, Concept.PERSONNEL,
        Concept.PUBLIC_USE, Concept.PROJECT);
    assertThat(t.rows()).filteredOn(row -> row.code().map(c -> c.digits()).orElse("").equals("2101550")).first()
        .satisfies(row -> assertThat(t.columns()).extracting(c -> row.cell(c.key()).map(x -> x.printed()).orElse(""))
            .containsExactly("892", "892", "800", "92", ""));
    assertThat(io.github.cnbudget.rules.Rules.defaults().validate(r.disclosure()).findings())
        .filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
  }

  /**
   * Tall rows of a by-unit table of whole 元 printing no separators (as {@code pdftotext -layout} prints
   * them, blanks closed): the first unit's name around its line of amounts under 合计, and codes before
   * values only, their names around them. Before, the unit's name took the first amount (广州市医疗保障局25444151,
   * its end 本级 the next row's) and the code rows took theirs (社会保障和就业支500772).
   */
  @Test
  void importText_tallRowsOfWholeAmountsWithoutSeparators_unitsAndCodesKeepTheirValues() {
    String text = String.join("\n", "广州市某局2027年部门预算", "", "收入总表", "单位：元", "科目编码 科目名称 合计 财政拨款 一般公共预算",
        "合计 1001544 1001544 1001544", "广州市某局", "1001544 1001544 1001544", "本级", "社会保障和就业支",
        "208 1001544 1001544 1001544", "出", "行政事业单位养老", "20805 1001544 1001544 1001544", "支出", "机关事业单位职业",
        "2080506 1001544 1001544 1001544", "年金缴费支出");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    assertThat(r.disclosure().tables().get(0).rows()).extracting(row -> row.kind() + " " + row.code().map(c -> c.digits())
        .orElse("") + " " + row.label() + " " + row.cells().size())
        .containsExactly("TOTAL  合计 3", "UNIT  广州市某局本级 3", "CODE 208 社会保障和就业支出 3", "CODE 20805 行政事业单位养老支出 3",
            "CODE 2080506 机关事业单位职业年金缴费支出 3");
  }

  /**
   * A tall row of whole 元 without separators leaving its blank cells out: its bare seven-digit code is
   * told from an amount by the catalog, whose name of it begins with the piece printed above (before: the
   * piece finished the row above, 22960 彩票公益金安排的支出用于城乡医疗救助的彩, and the code was a name).
   */
  @Test
  void importText_bareCodeTheCatalogNamesFromThePieceAbove_isTheRowsCode() {
    String text = String.join("\n", "某区某局2024年部门预算", "", "支出总表", "单位：元", "科目编码 科目名称 合计 基本支出 项目支出",
        "合计 20143 20143", "229 其他支出 20143 20143", "22960 彩票公益金安排的支出 20143 20143", "用于城乡医疗救助的彩",
        "2296013 20143 20143", "票公益金支出");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    // (which of 基本支出 and 项目支出 the second 20143 is, the rows do not say: left to the column inference)
    assertThat(r.disclosure().tables().get(0).rows()).extracting(row -> row.code().map(c -> c.digits()).orElse("")
        + " " + row.label() + " " + row.cell("c1").map(c -> c.printed()).orElse(""))
        .containsExactly(" 合计 20143", "229 其他支出 20143", "22960 彩票公益金安排的支出 20143",
            "2296013 用于城乡医疗救助的彩票公益金支出 20143");
  }

  /**
   * A two-panel table of tall rows as {@code pdftotext -layout} prints it (blanks closed): the second
   * panel's row printing no name on the line (30231, its name around the line), or both panels' rows
   * (30110 … 303). Before, the second panel's code and values were not read (six values unplaced a line).
   */
  @Test
  void importText_twoPanelTallRows_eachPanelsRowKeepsItsValues() {
    String text = String.join("\n", "某区某局2023年部门决算", "", "一般公共预算基本支出表", "单位：万元",
        "科目编码 科目名称 合计 人员经费 公用经费 科目编码 科目名称 合计 人员经费 公用经费",
        "合计 405.52 319.17 86.35 302 商品和服务支出 86.35 0.00 86.35", "301 工资福利支出 269.08 269.08 0.00 30201 办公费 7.03 0.00 7.03",
        "公务用车运行维护", "30109 职业年金缴费 61.06 61.06 0.00 30231 77.17 0.00 77.17", "费",
        "职工基本医疗保险 对个人和家庭的补", "30110 100.05 100.05 0.00 303 50.09 50.09 0.00", "缴费 助");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    assertThat(r.disclosure().tables().get(0).rows()).filteredOn(row -> row.code().isPresent())
        .extracting(row -> row.code().get().digits() + " " + row.cell("c1").map(c -> c.printed()).orElse(""))
        .containsExactlyInAnyOrder("302 86.35", "301 269.08", "30201 7.03", "30109 61.06", "30231 77.17", "30110 100.05",
            "303 50.09");
    assertThat(r.disclosure().tables().get(0).rows()).filteredOn(row -> row.code().map(c -> c.digits()).orElse("").equals("30231"))
        .singleElement().satisfies(row -> assertThat(row.label()).isEqualTo("公务用车运行维护费"));
  }

  @Test
  void templateOrder_templateColumnsNamedOnSeveralLines_inTheTemplatesOrder() {
    assertThat(ColumnOrders.templateOrder(List.of("项目", "本年支出合计 项目支出 上缴上级支出 经营支出", "支出功能分类 基本支出")))
        .contains(List.of("本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出"));
    // one line keeps its printed order; a column outside the template, or none of its total, no order
    assertThat(ColumnOrders.templateOrder(List.of("本年支出合计 项目支出 基本支出"))).isEmpty();
    assertThat(ColumnOrders.templateOrder(List.of("本年支出合计 项目支出", "基本支出 人员经费"))).isEmpty();
    assertThat(ColumnOrders.templateOrder(List.of("项目支出 上缴上级支出", "基本支出"))).isEmpty();
  }

  /** The contents' entries as PDFBox prints them: leader dots glued to the title, no page number. */
  @Test
  void importText_contentsEntryWithLeadersAndNoPageNumber_isNoTable() {
    String text = String.join("\n", "上海市某区2026年区级部门预算", "预算主管部门：上海市某区某局", "目  录",
        "    1. 2026年部门收入预算总表  ……………………………………", "    2．2026年部门支出预算总表……………………………………………",
        "    3．2026年部门财政拨款收支预算总表  ………………………………", "上海市某区某局主要职能", "主要职能包括：负责本区财政收支管理。",
        "", "2026年部门支出预算总表", "编制部门：上海市某区某局 单位：元", "项目 合计 基本支出 项目支出",
        "功能分类科目编码 功能分类科目名称", "201 一般公共服务支出 300.00 200.00 100.00", "合计 300.00 200.00 100.00");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    assertThat(r.disclosure().contents()).hasSize(3);
    assertThat(r.disclosure().tables()).singleElement().satisfies(t -> {
      assertThat(t.title()).isEqualTo("2026年部门支出预算总表");
      assertThat(t.rows()).hasSize(2);
    });
  }

  @Test
  void sideLabels_splitTheInnermostLineAtEachSidesItemColumn() {
    assertThat(LooseHeader.sideLabels(List.of("财政拨款收入 财政拨款支出",
        "项目 预算数 项目 合计 一般公共预算 政府性基金预算 国有资本经营预算"))).contains(
        List.of(List.of("预算数"), List.of("合计", "一般公共预算", "政府性基金预算", "国有资本经营预算")));
    assertThat(LooseHeader.sideLabels(List.of("项目 行次 金额 项目 行次 金额"))).contains(List.of(List.of("金额"), List.of("金额")));
    assertThat(LooseHeader.sideLabels(List.of("本年收入 本年支出"))).isEmpty();
    assertThat(LooseHeader.sideLabels(List.of("项目 预算数 项目"))).isEmpty();
    // a unit's summary divides its expenditure column level by level, 基本支出 by its parts
    assertThat(LooseHeader.sideLabels(List.of("本年收入 本年支出", "项目 预算数 项目 预算数", "合计 基本支出 项目支出",
        "人员经费 公用经费"))).contains(List.of(List.of("预算数"), List.of("合计", "人员经费", "公用经费", "项目支出")));
    // lines printed at the heights their text sat at: the spending columns by what they are, in the
    // order budget tables print them
    assertThat(LooseHeader.sideLabels(List.of("本年收入 本年支出", "预算数", "项目 预算数 项目 基本支出", "合计 项目支出",
        "人员经费 公用经费"))).contains(List.of(List.of("预算数"), List.of("合计", "人员经费", "公用经费", "项目支出")));
    // parts that divide no column, or could divide two, leave the sides unknown
    assertThat(LooseHeader.sideLabels(List.of("项目 预算数 项目 预算数", "合计 基本支出 项目支出", "公务用车购置费 公务用车运行维护费"))).isEmpty();
  }

  @Test
  void opensItem_ordinalsAndTotalsOnly() {
    assertThat(LooseTable.opensItem("三、卫生健康支出")).isTrue();
    assertThat(LooseTable.opensItem("（二）基本支出")).isTrue();
    assertThat(LooseTable.opensItem("2.政府性基金")).isTrue();
    assertThat(LooseTable.opensItem("支出总计")).isTrue();
    assertThat(LooseTable.opensItem("资金")).isFalse();
    assertThat(LooseTable.opensItem("三、")).isFalse();
  }

  @Test
  void labels_segmentBrokenHeadersWithTheVocabulary() {
    assertThat(LooseHeader.labels("项 目 本年支出合计 基本支出 项目支出 上缴上级支出经营支出对附属单位补助支出功能分类"))
        .containsExactly("本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
    assertThat(LooseHeader.columnCounts("栏 次 1 栏 次 2 3 4 5")).containsExactly(1, 4);
    // a code or name column's header holds no amount's label (部门预算… holds 预算)
    assertThat(LooseHeader.labels("部门预算经济分类科目编码 经济分类科目名称 合计 人员经费 公用经费"))
        .containsExactly("合计", "人员经费", "公用经费");
    assertThat(LooseHeader.labels("项目支出 对附属单位补助支出功能分类科目编码")).containsExactly("项目支出", "对附属单位补助支出");
  }

  @Test
  void rows_allColumnsPrinted_placesEveryValue() {
    List<Column> columns = LooseHeader.columns(List.of("小计", "基本支出", "项目支出"), List.of(3), false);

    List<RowDraft> rows = LooseTable.rows(SourceLine.of(5, "210 卫生健康支出 199,996.88 4,613.41 195,383.48"),
        columns, false, cells, problems);

    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.code).isEqualTo(ClassificationCodes.parse("210"));
      assertThat(r.cells.get("c3").value()).contains(new BigDecimal("195383.48"));
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void rows_valuesWithoutPositions_placeTheTotalAndLeaveTheRestPending() {
    List<Column> columns = LooseHeader.columns(List.of("合计", "基本支出", "项目支出"), List.of(3), false);

    List<RowDraft> rows = LooseTable.rows(SourceLine.of(6, "205 教育支出 13.86 13.86"), columns, false, cells, problems);

    assertThat(rows.get(0).cells).containsOnlyKeys("c1");
    assertThat(rows.get(0).pending).containsExactly("13.86");
    assertThat(rows.get(0).pendingColumns).extracting(Column::key).containsExactly("c2", "c3");
    assertThat(problems).isEmpty();
  }

  @Test
  void unplaced_pendingValues_reportedWithLineAndColumnCount() {
    List<Column> columns = LooseHeader.columns(List.of("合计", "基本支出", "项目支出"), List.of(3), false);
    RowDraft row = LooseTable.rows(SourceLine.of(6, "205 教育支出 13.86 13.86"), columns, false, cells, problems).get(0);

    ReadProblem p = LooseTable.unplaced(row);

    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.what()).isEqualTo("13.86");
    assertThat(p.why()).contains("教育支出", "3 columns");
  }

  @Test
  void rows_twoSidedLineWithLineNumbers_givesOneRowPerSide() {
    List<Column> columns = LooseHeader.columns(List.of("决算数", "决算数"), List.of(1, 1), true);

    List<RowDraft> rows = LooseTable.rows(SourceLine.of(9, "八、其他收入 8 0.37八、社会保障和就业支出 33 608.18"),
        columns, true, cells, problems);

    assertThat(rows).extracting(r -> r.side).containsExactly(Side.INCOME, Side.EXPENDITURE);
    assertThat(rows).extracting(r -> r.number).containsExactly("8", "33");
    assertThat(rows.get(1).cells.get("ex.c2").value()).contains(new BigDecimal("608.18"));
  }
  @Test
  void columns_expenditureGroupBetweenOtherColumns_takesItsLeavesInItsPlace() {
    List<String> labels = LooseHeader.labels("年初结转和结余 本年收入 本年支出 年末结转和结余 功能分类科目编码 科目名称 小计 基本支出 项目支出");

    List<Column> columns = LooseHeader.columns(labels, List.of(6), false);

    assertThat(columns).extracting(Column::label).containsExactly("年初结转和结余", "本年收入", "小计", "基本支出", "项目支出",
        "年末结转和结余");
  }

  @Test
  void columns_groupOverAllColumns_keepsTheLeaves() {
    List<Column> columns = LooseHeader.columns(List.of("本年支出", "小计", "基本支出", "项目支出"), List.of(3), false);

    assertThat(columns).extracting(Column::label).containsExactly("小计", "基本支出", "项目支出");
  }

  private static final List<String> THREE_PUBLIC = List.of("预算数", "决算数", "合计", "因公出国（境）费", "公务用车购置及运行费",
      "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费", "小计", "公务用车购置费", "公务用车运行费", "小计",
      "公务用车购置费", "公务用车运行费");

  @Test
  void columns_headerPrintedLevelByLevel_givesTheLeavesUnderTheirGroups() {
    List<Column> columns = LooseHeader.columns(THREE_PUBLIC, List.of(12), false);

    assertThat(columns).extracting(c -> String.join("/", c.header())).containsExactly("预算数/合计",
        "预算数/因公出国（境）费", "预算数/公务用车购置及运行费/小计", "预算数/公务用车购置及运行费/公务用车购置费",
        "预算数/公务用车购置及运行费/公务用车运行费", "预算数/公务接待费", "决算数/合计", "决算数/因公出国（境）费",
        "决算数/公务用车购置及运行费/小计", "决算数/公务用车购置及运行费/公务用车购置费", "决算数/公务用车购置及运行费/公务用车运行费",
        "决算数/公务接待费");
    assertThat(columns.get(2).concept()).isEqualTo(Concept.OFFICIAL_VEHICLES);
    assertThat(columns.get(10).parent()).contains(columns.get(8).key());
    assertThat(columns.get(11).parent()).isEmpty();
    assertThat(columns).extracting(c -> c.number().orElseThrow()).containsExactly("1", "2", "3", "4", "5", "6", "7",
        "8", "9", "10", "11", "12");
  }

  @Test
  void columns_levelsInAnotherOrder_followThePrintedOrder() {
    List<String> labels = List.of("决算数", "预算数", "公务用车购置及运行费", "合计", "公务用车购置及运行费", "合计", "公务用车运行费",
        "公务用车购置费", "小计", "公务用车运行费", "公务用车购置费", "小计");

    List<Column> columns = LooseHeader.columns(labels, List.of(8), false);

    // no 小计 first: the parts are columns of their own, without a parent
    assertThat(columns).extracting(c -> String.join("/", c.header())).containsExactly(
        "决算数/公务用车购置及运行费/公务用车运行费", "决算数/公务用车购置及运行费/公务用车购置费", "决算数/公务用车购置及运行费/小计",
        "决算数/合计", "预算数/公务用车购置及运行费/公务用车运行费", "预算数/公务用车购置及运行费/公务用车购置费",
        "预算数/公务用车购置及运行费/小计", "预算数/合计");
    assertThat(columns).allSatisfy(c -> assertThat(c.parent()).isEmpty());
  }

  @Test
  void columns_levelsThatDoNotGiveTheCountedColumns_keepTheLastLabels() {
    // 13 columns counted: no reading of the levels gives 13, so the header stays read as before
    List<Column> columns = LooseHeader.columns(THREE_PUBLIC, List.of(13), false);

    assertThat(columns).hasSize(13).allSatisfy(c -> assertThat(c.key()).doesNotContain("."));
  }

  /**
   * A two-sided summary whose 支出 side prints a 科目编码 column, with one blank between cells: the bare
   * code before an expenditure item's name is its code, not the 收入 side's amount nor the 支出 side's.
   * So it is when the names are wrapped in their cells and their pieces printed a blank apart (a cell a
   * line joined into a row): the code is read from the name its pieces spell (before, 208 was taken for
   * the 支出 side's amount and the item was lost).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "一、一般公共预算拨款 2260.46 208 八、社会保障和就业支出 2151.23 | 二、政府性基金预算拨款 210 九、卫生健康支出 233.42",
      "一、一般公共预算 拨款 2260.46 208 八、社会保障和就 业支出 2151.23 | 二、政府性基金预 算拨款 210 九、卫生健康支出 233.42"})
  void importText_twoSidedSummaryWithExpenditureCodes_readsEachCodeAsTheItemsCode(String first, String second) {
    String text = String.join("\n", "某县人力资源和社会保障局2019年部门决算", "收支总表", "编制单位：某县人力资源和社会保障局 单位：万元",
        "项目 收入 科目编码 科目名称 支出", "决算数 决算数", first, second, "本年收入合计 2260.46 本年支出合计 2384.65");

    io.github.cnbudget.model.table.DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(expenditureRows(t)).startsWith("208 八、社会保障和就业支出 2151.23", "210 九、卫生健康支出 233.42");
    assertThat(t.rows()).filteredOn(row -> row.label().equals("二、政府性基金预算拨款")).singleElement()
        .satisfies(row -> assertThat(row.cells().values()).noneMatch(c -> c.hasValue()));
  }

  /** The 支出 side's rows as code, name and amount. */
  private static List<String> expenditureRows(io.github.cnbudget.model.table.DisclosureTable t) {
    String amount = t.columns().stream().filter(c -> c.side() == io.github.cnbudget.model.table.Side.EXPENDITURE
        && c.concept() != io.github.cnbudget.model.table.Concept.OTHER).findFirst().orElseThrow().key();
    return t.rows().stream().filter(row -> row.side() == io.github.cnbudget.model.table.Side.EXPENDITURE)
        .map(row -> row.code().map(c -> c.digits()).orElse("-") + " " + row.label() + " " + row.value(amount).orElseThrow())
        .toList();
  }

  /**
   * A table of whole 万元 printed with one blank between cells and no thousands separators: the first
   * amount after a name has four digits (1670), which the name must not take in; a five-digit one
   * before a dash (81654 - 81654) opens no row as a code.
   */
  @Test
  void importText_wholeAmountsOfFourDigitsAfterAName_areAmounts() {
    String text = String.join("\n", "某区卫生健康局2024年部门预算", "一般公共预算支出表", "单位：万元",
        "科目编码 科目名称 合计 基本支出 项目支出",
        "合计 2920 1917 1003",
        "208 社会保障和就业支出 1408 1406 2",
        "210 卫生健康支出 1512 511 1001",
        "302 商品和服务支出 81654 - 81654");

    io.github.cnbudget.model.table.DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(t.rows()).extracting(row -> row.code().map(c -> c.digits()).orElse(row.label()) + " " + row.label()
        + " " + row.cells().values().stream().map(c -> c.printed()).toList())
        .startsWith("合计 合计 [2920, 1917, 1003]", "208 社会保障和就业支出 [1408, 1406, 2]", "210 卫生健康支出 [1512, 511, 1001]")
        .anySatisfy(row -> assertThat(row).startsWith("302 商品和服务支出 [81654"))
        .noneSatisfy(row -> assertThat(row).startsWith("81654"));
  }

  /** A two-sided summary of whole 元 printed with one blank between cells and no separators. */
  @Test
  void importText_twoSidedSummaryOfWholeAmounts_readsBothSides() {
    String text = String.join("\n", "达州市医疗保障局2024年部门预算", "收支总表", "编制单位：达州市医疗保障局 单位：元",
        "项目 收入 项目 支出", "预算数 预算数",
        "一、一般公共预算拨款 1901064 九、卫生健康支出 5677910",
        "二、政府性基金预算拨款 0 十九、住房保障支出 305632",
        "本年收入合计 5422062 本年支出合计 5983542",
        "上年结转 561480 结转下年 0",
        "支出总表", "编制单位：达州市医疗保障局 单位：元", "科目编码 科目名称 合计 基本支出 项目支出",
        "合计 5983542 3000474 2983068", "210 卫生健康支出 5677910 3000474 2677436",
        "221 住房保障支出 305632 0 305632");

    io.github.cnbudget.model.table.DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    // each side's label ends at its amount; the amount is kept with its row, placed or not
    assertThat(t.rows()).extracting(row -> row.side() + " " + row.label() + " " + java.util.stream.Stream.concat(
            row.cells().values().stream(), row.unplaced().stream()).map(c -> c.printed()).toList())
        .containsExactly("INCOME 一、一般公共预算拨款 [1901064]", "EXPENDITURE 九、卫生健康支出 [5677910]",
            "INCOME 二、政府性基金预算拨款 [0]", "EXPENDITURE 十九、住房保障支出 [305632]",
            "INCOME 本年收入合计 [5422062]", "EXPENDITURE 本年支出合计 [5983542]",
            "INCOME 上年结转 [561480]", "EXPENDITURE 结转下年 [0]");
  }

  /**
   * A table of one amount column in whole 元 as text from other tools (会议费 3000393): a name followed by
   * one whole number ending the line is a row with its amount, split codes or whole. Before, such lines
   * were not taken as rows at all and the table read empty (or with the amount glued into the name).
   */
  @Test
  void importText_oneWholeAmountColumnPrintedWithSingleSpaces_readsEachRowsAmount() {
    for (String[] rows : new String[][] {
        {"合计 3002987", "302 商品和服务支出 3000393", "302 15 会议费 3000393", "310 资本性支出 2594", "310 02 办公设备购置 2594"},
        {"合计 3002987", "30215 会议费 3000393", "31002 办公设备购置 2594"}}) {
      List<String> lines = new ArrayList<>(List.of("广州市某局2026年部门决算", "一般公共预算项目支出表",
          "编制单位：广州市某局 单位：元", "科目编码 科目名称 合计"));
      if (rows.length == 5) {
        lines.add("类 款");
      }
      lines.addAll(List.of(rows));
      lines.add("注：本表金额单位为元。");

      io.github.cnbudget.model.table.DisclosureTable t = DisclosureImporter.defaults().importText(String.join("\n", lines))
          .disclosure().tables().get(0);

      assertThat(t.columns()).extracting(Column::concept).containsExactly(Concept.TOTAL);
      String key = t.columns().get(0).key();
      assertThat(t.rows()).extracting(row -> row.code().map(c -> c.digits()).orElse(row.label()) + "=" + row.cells().get(key).printed())
          .containsExactly(rows.length == 5
              ? new String[] {"合计=3002987", "302=3000393", "30215=3000393", "310=2594", "31002=2594"}
              : new String[] {"合计=3002987", "30215=3000393", "31002=2594"});
    }
  }

  /**
   * Dashes printed for cells with nothing (合计 28,305,950 53,024 17,243,261 17,243,261 - - 8,782 …) are cells
   * of their row, in order: before, the first dash ended the row's values and the rest became rows named
   * "--", and the amounts after them were lost.
   */
  @Test
  void importText_dashesAmongSingleSpacedAmounts_areCellsInTheirColumns() {
    String text = String.join("\n", "深圳市某局2026年部门预算", "项目支出表", "编制单位：深圳市某局 单位：元",
        "项目名称 合计 上年结转 一般公共预算 政府性基金预算 单位资金",
        "合计 9,073,659 53,024 - - 9,020,635",
        "医疗保障信息化建设 9,064,877 53,024 - - 9,011,853",
        "长期护理保险试点 8,782 - - - 8,782");

    io.github.cnbudget.model.table.DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(t.columns()).hasSize(5);
    assertThat(t.rows()).extracting(row -> row.label() + " " + t.columns().stream()
            .map(c -> row.cells().containsKey(c.key()) ? row.cells().get(c.key()).printed() : "?").toList())
        .containsExactly("合计 [9,073,659, 53,024, -, -, 9,020,635]",
            "医疗保障信息化建设 [9,064,877, 53,024, -, -, 9,011,853]", "长期护理保险试点 [8,782, -, -, -, 8,782]");
  }

  /**
   * A 财政拨款收支总表 whose header lines were printed at the heights their cells' text sat at, as a
   * table without rules is extracted (项目 收入 科目名称 合计 支出 国有资本经营预算 over 预算数 一般公共预算 政府性基金预算):
   * the income side's one amount column, and the expenditure side's columns by source of funds in the
   * order every such table prints them. Before, 合计 was the income side's and the sources were shifted.
   */
  @Test
  void importText_fiscalSummaryHeaderAtCellHeights_takesTheSourcesInTheirOrder() {
    String text = String.join("\n", "广州市某局2026年部门预算", "财政拨款收支总表", "编制单位：广州市某局 单位：万元",
        "项目 收入 科目编码 科目名称 合计 支出 国有资本经营预算", "预算数 一般公共预算 政府性基金预算",
        "一、一般公共预算拨款 1,260.35 208 八、社会保障和就业支出 20.07 20.07 0.00 0.00",
        "二、政府性基金预算拨款 0.54 210 九、卫生健康支出 1,242.29 1,240.28 0.00 2.01",
        "收入总计 1,262.90 支出总计 1,262.90 1,260.35 0.54 2.01");

    io.github.cnbudget.model.table.DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(t.columns()).extracting(c -> c.side() + " " + c.concept()).containsExactly("INCOME AMOUNT",
        "EXPENDITURE TOTAL", "EXPENDITURE GENERAL_PUBLIC_BUDGET", "EXPENDITURE GOVERNMENT_FUND", "EXPENDITURE STATE_CAPITAL");
    assertThat(ColumnOrders.fundSides(List.of("合计", "预算数", "一般公共预算"))).isEmpty();
    assertThat(ColumnOrders.fundSides(List.of("合计", "预算数", "一般公共预算", "项目支出"))).isEmpty();
  }

  /**
   * Two-sided summaries of whole 元 printing no separators, as pdfplumber prints their tall items: an
   * income item's amount alone between its name's pieces (一、一般公共预算 / 5310422 / 拨款; 20160 has a
   * functional code's shape), an expenditure item's code line printing fewer values than the side has
   * columns (208 1201296 1201296 under 合计 and three sources), or whole numbers only — the catalog naming
   * the code with the name's pieces. Before, both amounts were lost to the income side and 208 was read as
   * the 合计 of 八、社会保障和就业支出 (a false column-identity ERROR).
   */
  @Test
  void importText_tallSummaryItemsOfWholeAmounts_readWithTheirAmounts() {
    List<String> income = List.of("一、一般公共预算", "5310422", "拨款", "二、政府性基金预", "20160", "算拨款", "三、国有资本经营",
        "预算拨款");
    List<String> text = new ArrayList<>(List.of("某区某局2024年部门预算", "收支总表", "单位：元", "收入 支出", "科目编码 科目名称",
        "预算数 预算数"));
    text.addAll(income);
    text.addAll(List.of("五、事业收入 70995", "本年收入合计 5401577", "八、社会保障和就", "208 1201296", "业支出",
        "210 九、卫生健康支出 4180121", "229 二十四、其他支出 20160", "本年支出合计 5401577", "财政拨款收支总表", "单位：元",
        "收入 支出", "科目编码 科目名称 一般公共 政府性基 国有资本", "预算数 合计", "预算 金预算 经营预算"));
    text.addAll(income);
    text.addAll(List.of("本年收入合计 5330582", "八、社会保障和就", "208 1201296 1201296", "业支出",
        "210 九、卫生健康支出 4109126 4109126", "229 二十四、其他支出 20160 20160", "本年支出合计 5330582 5310422 20160"));

    List<io.github.cnbudget.model.table.DisclosureTable> ts = DisclosureImporter.defaults()
        .importText(String.join("\n", text)).disclosure().tables();

    assertThat(ts).hasSize(2);
    assertThat(codedRows(ts.get(0))).contains("一、一般公共预算拨款 [in.c1=5310422]", "二、政府性基金预算拨款 [in.c1=20160]",
        "五、事业收入 [in.c1=70995]", "208 八、社会保障和就业支出 [ex.c2=1201296]");
    assertThat(codedRows(ts.get(1))).contains("一、一般公共预算拨款 [in.c1=5310422]", "二、政府性基金预算拨款 [in.c1=20160]",
        "208 八、社会保障和就业支出 [ex.c2=1201296, ex.c3=1201296]", "210 九、卫生健康支出 [ex.c2=4109126, ex.c3=4109126]",
        "229 二十四、其他支出 [ex.c2=20160, ex.c4=20160]");
  }

  /** Each row: its code, its label and its cells by column key. */
  private static List<String> codedRows(io.github.cnbudget.model.table.DisclosureTable t) {
    return t.rows().stream().map(r -> r.code().map(c -> c.digits() + " ").orElse("") + r.label() + " "
        + r.cells().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().printed()).toList()).toList();
  }


  /**
   * A table of whole 元 printing no separators and leaving blank cells out, a 类's name wrapped around its
   * code line (社会保障和就业支 / 208 500772 500772 / 出): the name's start waiting above tells 208 is the
   * row's code, as the catalog's name of 208 begins with it. Before, 208 was read as a value of a row
   * without a name and both pieces ended the name of the row above (培训支出社会保障和就业支出).
   */
  @Test
  void importText_classNameAroundItsBareCode_namesTheCodesRow() {
    io.github.cnbudget.model.table.DisclosureTable t = DisclosureImporter.defaults().importText(String.join("\n",
        "某区某局2024年部门预算", "收入总表", "单位：元", "科目编码 科目名称 合计 上年结转 财政拨款 事业收入 其他收入",
        "合计 1701239 1701239", "205 教育支出 1200467 1200467", "20508 进修及培训 1200467 1200467",
        "2050803 培训支出 1200467 1200467", "社会保障和就业支", "208 500772 500772", "出", "行政事业单位养老",
        "20805 500772 500772", "支出")).disclosure().tables().get(0);

    assertThat(t.rows()).extracting(r -> r.code().map(c -> c.digits() + " ").orElse("") + r.label())
        .containsExactly("合计", "205 教育支出", "20508 进修及培训", "2050803 培训支出", "208 社会保障和就业支出",
            "20805 行政事业单位养老支出");
    assertThat(t.rows().get(4).cells().get("c1").printed()).isEqualTo("500772");
  }

  /**
   * A by-unit table of whole 万元 leaving a blank column out (其中：政府采购 blank in every row), the
   * department's 本级 printed tall around its line of values: the two pieces make a unit the document
   * knows, and a unit's row prints no code, so 313 is its total and not a code (313 312 1 under 合计 基本支出
   * 项目支出 其中：政府采购). Before, the count no longer matching the columns, 313 was read as the row's code.
   */
  @Test
  void importText_knownUnitAroundWholeValues_readsThemAsTheUnitsValues() {
    io.github.cnbudget.model.table.DisclosureTable t = DisclosureImporter.defaults().importText(String.join("\n",
        "达州市某局2024年部门预算", "支出总表", "单位：万元", "其中：政", "科目编码 科目名称 合计 基本支出 项目支出", "府采购",
        "合计 313 312 1", "达州市某局", "313 312 1", "本级", "208 社会保障和就业支出 13 12 1", "221 住房保障支出 300 300"))
        .disclosure().tables().get(0);

    // (which of the three other columns 312 and 1 are, this table alone does not tell: they wait, reported)
    assertThat(t.rows()).extracting(r -> r.code().map(c -> c.digits() + " ").orElse("") + r.label() + " "
        + r.cell("c1").map(c -> c.printed()).orElse("")).containsExactly("合计 313", "达州市某局本级 313",
        "208 社会保障和就业支出 13", "221 住房保障支出 300");
  }
}
