package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Text printed in the order the page wrote its cells, one blank between the cells of a text line and a
 * new line wherever two cells stand at different heights (as {@code pdftotext -raw} and text libraries
 * that follow the content stream print it): a tall row's code alone on its line, then its name's
 * lines, then its amounts; a row's amounts running on over the lines below it. Before, the code was
 * read as an amount, the amounts after a name went to the row below or stayed a row without a label,
 * and the amounts run on were rows of their own.
 */
class StreamOrderTextTest {
  private static String text(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(StreamOrderTextTest.class.getResourceAsStream("stream-order/" + name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> rows(DisclosureTable t) {
    return t.rows().stream().map(StreamOrderTextTest::describe).toList();
  }

  /** code or label, then each cell as column label = printed value. */
  private static String describe(Row r) {
    return r.code().map(c -> c.digits()).orElse(r.label()) + " " + r.label() + " "
        + r.cells().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().printed()).toList();
  }

  /** Imports a variant and asserts its first table's rows, and that nothing was reported as an ERROR. */
  private static ImportResult assertReadsWithoutError(String name, String... expectedRows) throws IOException {
    ImportResult r = DisclosureImporter.defaults().importText(text(name));

    assertThat(rows(r.disclosure().tables().get(0))).containsExactly(expectedRows);
    assertThat(r.report().problems()).noneMatch(p -> p.severity() == Severity.ERROR);
    return r;
  }

  @Test
  void importText_codeAloneThenNameLinesThenAmounts_isOneRow() throws IOException {
    assertReadsWithoutError("function-whole-codes.txt",
        "合计 合计 [c1=480.40, c2=330.40, c3=150.00]",
        "208 社会保障和就业支出 [c1=130.40, c2=130.40]",
        "20805 行政事业单位养老支出 [c1=130.40, c2=130.40]",
        "2080505 机关事业单位基本养老保险缴费支出 [c1=80.20, c2=80.20]",
        "2080506 机关事业单位职业年金缴费支出 [c1=50.20, c2=50.20]",
        "213 农林水支出 [c1=350.00, c2=200.00, c3=150.00]",
        "21301 农业农村 [c1=350.00, c2=200.00, c3=150.00]",
        "2130101 行政运行 [c1=200.00, c2=200.00]",
        "2130199 其他农业农村支出 [c1=150.00, c3=150.00]");
  }

  @Test
  void importText_splitCodeAloneThenNameLinesThenAmounts_isOneRow() throws IOException {
    assertReadsWithoutError("income-split-codes.txt",
        "合计 合计 [c1=406.50, c2=400.00, c3=6.50]",
        "208 社会保障和就业支出 [c1=406.50, c2=400.00, c3=6.50]",
        "20805 行政事业单位养老支出 [c1=406.50, c2=400.00, c3=6.50]",
        "2080501 行政单位离退休 [c1=100.00, c2=100.00]",
        "2080505 机关事业单位基本养老保险缴费支出 [c1=200.00, c2=200.00]",
        "2080506 机关事业单位职业年金缴费支出 [c1=106.50, c2=100.00, c3=6.50]");
  }

  @Test
  void importText_amountsRunOnBelowTheirRow_joinItWhenItsTotalIsTheirSum() throws IOException {
    assertReadsWithoutError("function-split-codes.txt",
        "合计 合计 [c1=1,250.00, c2=850.00, c3=400.00]",
        "201 一般公共服务支出 [c1=1,250.00, c2=850.00, c3=400.00]",
        "20103 政府办公厅（室）及相关机构事务 [c1=1,250.00, c2=850.00, c3=400.00]",
        "2010301 行政运行 [c1=750.00, c2=750.00]",
        "2010302 一般行政管理事务 [c1=300.00, c3=300.00]",
        "2010350 事业运行 [c1=200.00, c2=100.00, c3=100.00]");
  }

  @Test
  void importText_twoSidedItemWhoseNameEndsBelow_takesTheAmountsAfterItsName() throws IOException {
    assertReadsWithoutError("two-sided.txt",
        "一、一般公共预算资金 一、一般公共预算资金 [in.c1=1,500,000]",
        "201 一、一般公共服务支出 [ex.c2=1,000,000, ex.c3=1,000,000]",
        "二、政府性基金 二、政府性基金 []",
        "207 二、文化旅游体育与传媒支出 [ex.c2=500,000, ex.c3=500,000]",
        "三、国有资本经营预算 三、国有资本经营预算 []",
        "收入总计 收入总计 [in.c1=1,500,000]",
        "支出总计 支出总计 [ex.c2=1,500,000, ex.c3=1,500,000]");
  }

  /**
   * Names wrapped in their cell, their end printed at the start of the next line with the row's amounts
   * (301 10 职工基本医疗保险, then 缴费 1,000.00 …). Before, the end with the amounts was a row of its own
   * (缴费) and the coded row had no amount.
   */
  @Test
  void importText_nameEndPrintedWithTheAmounts_finishesTheCodedRow() throws IOException {
    assertReadsWithoutError("economic-name-end-with-amounts.txt",
        "合计 合计 [c1=1,500.00, c2=1,200.00, c3=300.00]",
        "301 工资福利支出 [c1=1,000.00, c2=1,000.00, c3=0.00]",
        "30110 职工基本医疗保险缴费 [c1=1,000.00, c2=1,000.00, c3=0.00]",
        "302 商品和服务支出 [c1=500.00, c2=200.00, c3=300.00]",
        "30212 因公出国（境）费用 [c1=200.00, c2=200.00, c3=0.00]",
        "30231 公务用车运行维护费 [c1=300.00, c2=0.00, c3=300.00]");
  }

  /**
   * A summary printed income rows then expenditure rows, its items' names wrapped and their ends printed
   * with their amounts (一、一般公共预算 / 拨款 1,500,000; 221 十九、住房保障支 / 出 500,000). Before, the ends
   * were rows of their own and the items printed nothing.
   */
  @Test
  void importText_stackedSummaryItemsEndingWithTheirAmounts_readWhole() throws IOException {
    assertReadsWithoutError("stacked-summary.txt",
        "一、一般公共预算拨款 一、一般公共预算拨款 [in.c1=1,500,000]",
        "二、政府性基金预算拨款 二、政府性基金预算拨款 [in.c1=40,000]",
        "五、事业收入 五、事业收入 [in.c1=0]",
        "本年收入合计 本年收入合计 [in.c1=1,540,000]",
        "收入总计 收入总计 [in.c1=1,540,000]",
        "210 九、卫生健康支出 [ex.c2=1,000,000]",
        "221 十九、住房保障支出 [ex.c2=500,000]",
        "229 二十四、其他支出 [ex.c2=40,000]",
        "本年支出合计 本年支出合计 [ex.c2=1,540,000]",
        "支出总计 支出总计 [ex.c2=1,540,000]");
  }

  /**
   * A fiscal summary in the page's order: an item's amount on the line below it when the next line is
   * an item printing its own amounts (一、一般公共预算财政拨款 / 800.00 / 一、一般公共服务支出 600.00 600.00),
   * the income total's under it before the expenditure total's name, and the expenditure total's two
   * amounts a line each. Before, each amount went to the next item of its side or stayed a row without a
   * label, and the expenditure side's sources were left unplaced.
   */
  @Test
  void importText_fiscalSummaryInThePagesOrder_givesEachItemTheAmountsAfterIt() throws IOException {
    ImportResult r = DisclosureImporter.defaults().importText(text("fiscal-summary.txt"));

    assertThat(rows(r.disclosure().tables().get(0))).containsExactly(
        "一、一般公共预算财政拨款 一、一般公共预算财政拨款 [in.c1=800.00]",
        "201 一、一般公共服务支出 [ex.c2=600.00, ex.c3=600.00]",
        "二、政府性基金预算财政拨款 二、政府性基金预算财政拨款 []",
        "202 二、外交支出 []",
        "三、国有资本经营预算财政拨款 三、国有资本经营预算财政拨款 []",
        "203 三、国防支出 []",
        "208 八、社会保障和就业支出 [ex.c2=200.00, ex.c3=200.00]",
        "本年收入合计 本年收入合计 [in.c1=800.00]",
        "本年支出合计 本年支出合计 [ex.c2=800.00, ex.c3=800.00]",
        "年初财政拨款结转和结余 年初财政拨款结转和结余 [in.c1=10.00]",
        "年末财政拨款结转和结余 年末财政拨款结转和结余 [ex.c2=10.00, ex.c3=10.00]",
        "一、一般公共预算财政拨款 一、一般公共预算财政拨款 [in.c1=10.00]",
        "总计 总计 [in.c1=810.00]",
        "总计 总计 [ex.c2=810.00, ex.c3=810.00]");
  }

  /**
   * A summary's spending columns printed a label a line under its side's item word (项目 预算数 项目, then
   * 预算数, 合计, 基本支出, 项目支出, 人员经费 公用经费). Before, 合计 alone ended the header and was read as
   * the total row, and the side's columns were two unnamed 预算数.
   */
  @Test
  void importText_summaryHeaderALabelALine_namesTheSpendingColumns() throws IOException {
    ImportResult r = DisclosureImporter.defaults().importText(text("summary-header-a-label-a-line.txt"));

    DisclosureTable t = r.disclosure().tables().get(0);
    assertThat(t.columns()).extracting(c -> c.label() + ":" + c.concept()).containsExactly("预算数:AMOUNT",
        "合计:TOTAL", "人员经费:PERSONNEL", "公用经费:PUBLIC_USE", "项目支出:PROJECT");
    assertThat(rows(t)).contains("201 一、一般公共服务支出 [ex.c2=4,100,000.00, ex.c3=2,000,000.00, ex.c4=600,000.00, ex.c5=1,500,000.00]",
        "支出总计 支出总计 [ex.c2=5,600,000.00, ex.c3=3,400,000.00, ex.c4=700,000.00, ex.c5=1,500,000.00]");
    assertThat(r.report().problems()).noneMatch(p -> p.severity() == Severity.ERROR);
  }

  @Test
  void importText_amountsBelowARowWhoseTotalTheyDoNotMakeUp_stayARowOfTheirOwn() {
    ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", "某县人民政府办公室2024年度部门决算",
        "一般公共预算财政拨款支出决算表", "单位：万元", "项目", "合计 基本支出 项目支出", "科目编码 科目名称",
        "201 一般公共服务支出 1,250.00",
        "900.00 400.00",
        "20103 政府办公厅（室）及相关机构事务 1,250.00 850.00 400.00"));

    assertThat(rows(r.disclosure().tables().get(0))).containsExactly(
        "201 一般公共服务支出 [c1=1,250.00]",
        "  [c1=900.00]",
        "20103 政府办公厅（室）及相关机构事务 [c1=1,250.00, c2=850.00, c3=400.00]");
    assertThat(r.report().problems()).anyMatch(p -> p.kind() == ReadProblem.Kind.VALUES_WITHOUT_POSITIONS);
  }

  /**
   * By-unit tables in the page's order: a unit's or a project's name wrapped a piece a line before the
   * line of its end and amounts (某区疾病预防控制 / 中心 240.00 …), the project table's unit and project
   * pieces one after the other. 合计 never wraps, so a piece below it starts the next row, and the table
   * then prints every name so. Before, the first piece finished 合计 (合计某区卫生健康局), the others the
   * row above, and the units' totals no longer added up.
   */
  @Test
  void importText_byUnitNamesPrintedBeforeTheirEndAndAmounts_startTheRowBelow() throws IOException {
    ImportResult r = assertReadsWithoutError("by-unit-names-before-their-end.txt",
        "合计 合计 [c1=560.00, c2=260.00, c3=300.00, c4=0.00]",
        "某区卫生健康局本级 某区卫生健康局本级 [c1=320.00, c2=120.00, c3=200.00, c4=0.00]",
        "某区疾病预防控制中心 某区疾病预防控制中心 [c1=240.00, c2=140.00, c3=100.00, c4=0.00]");
    assertThat(r.disclosure().tables().get(1).rows()).extracting(row -> row.kind() + " " + row.unit().orElse("")
        + "|" + row.label() + " " + row.cells().get("c1").printed()).containsExactly(
        "TOTAL |合计 180.00", "PROJECT 某区卫生健康局本级|公共卫生服务能力提升 100.00",
        "PROJECT 某区疾病预防控制中心|传染病监测经费 80.00");
  }

  /** Sorted text prints a project's unit and name on one line: the unit is the 单位名称 column's. */
  @Test
  void importText_projectTableWithAUnitColumn_givesEachProjectItsUnit() {
    ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", "某区卫生健康局2025年部门预算", "",
        "项目支出表", "单位：万元", "单位名称 项目名称 合计 财政拨款 其他资金", "合计 180.00 150.00 30.00",
        "某区卫生健康局本级 公共卫生服务能力提升 100.00 100.00 0.00", "某区卫生健康局 传染病监测经费 80.00 50.00 30.00"));

    assertThat(r.disclosure().tables().get(0).rows()).extracting(row -> row.unit().orElse("") + "|" + row.label())
        .containsExactly("|合计", "某区卫生健康局本级|公共卫生服务能力提升", "某区卫生健康局|传染病监测经费");
  }

  /**
   * A summary whose items wrapped on both sides, each end printed with its amounts and the other side's
   * item after them (一、一般公共预算 / 拨款 560.00 208 八、社会保障和就 / 业支出 160.00). Before, 拨款 was an
   * item of its own and 一、一般公共预算 printed nothing.
   */
  @Test
  void importText_summaryItemsWrappedOnBothSides_readWhole() throws IOException {
    assertReadsWithoutError("summary-items-wrapped-both-sides.txt",
        "一、一般公共预算拨款 一、一般公共预算拨款 [in.c1=560.00]",
        "208 八、社会保障和就业支出 [ex.c2=160.00]",
        "二、政府性基金预算拨款 二、政府性基金预算拨款 [in.c1=0]",
        "210 九、卫生健康支出 [ex.c2=400.00]",
        "本年收入合计 本年收入合计 [in.c1=560.00]",
        "本年支出合计 本年支出合计 [ex.c2=560.00]",
        "收入总计 收入总计 [in.c1=560.00]",
        "支出总计 支出总计 [ex.c2=560.00]");
  }

  /**
   * Two panels a line under a header naming each panel's columns (合计 人员经费 公用经费, twice), amounts in
   * whole 万元 without separators and blank cells left out, the document's title printed again between
   * the rows (a running header). Before, the header gave six numbered columns, the whole amounts before
   * the second panel's code were read into the name (合计19121900), and the title finished a name.
   */
  @Test
  void importText_twoPanelsALineUnderARepeatedHeader_readAsOnePanelsColumns() throws IOException {
    ImportResult r = DisclosureImporter.defaults().importText(text("two-panel-whole-amounts.txt"));

    DisclosureTable t = r.disclosure().tables().get(0);
    assertThat(t.columns()).extracting(c -> c.label()).containsExactly("合计", "人员经费", "公用经费");
    assertThat(rows(t)).containsExactly(
        "合计 合计 [c1=1320, c2=1200, c3=120]",
        "302 商品和服务支出 [c1=120, c3=120]",
        "301 工资福利支出 [c1=1000, c2=1000]",
        "30201 办公费 [c1=70, c3=70]",
        "30101 基本工资 [c1=600, c2=600]",
        "30211 差旅费 [c1=50, c3=50]",
        "30102 津贴补贴 [c1=400, c2=400]",
        "303 对个人和家庭的补助 [c1=200, c2=200]",
        "30302 退休费 [c1=200, c2=200]");
    assertThat(r.report().problems()).noneMatch(p -> p.severity() == Severity.ERROR);
  }

  /**
   * A header printed a piece a line in the page's order: 基本支出 twice (the subtotal, then the group),
   * its parts 人员经费 公用经费 on the last line after the code levels, 其中：政府采购 broken over two lines; a
   * running title and a page number (第 2 页 共 5 页) between the rows. Before, seven numbered columns and
   * no value placed; the page number was two rows (第 2, 页共 5).
   */
  @Test
  void importText_headerAPieceALineWithItsGroupsPartsLast_givesTheColumnsInOrder() throws IOException {
    ImportResult r = DisclosureImporter.defaults().importText(text("expenditure-header-a-piece-a-line.txt"));

    DisclosureTable t = r.disclosure().tables().get(0);
    assertThat(t.columns()).extracting(c -> String.join("/", c.header())).containsExactly("合计", "基本支出",
        "基本支出/人员经费", "基本支出/公用经费", "项目支出", "政府采购");
    assertThat(rows(t)).containsExactly(
        "合计 合计 [c1=1,500,000.00, c2=900,000.00, c3=800,000.00, c4=100,000.00, c5=600,000.00, c6=200,000.00]",
        "208 社会保障和就业支出 [c1=1,500,000.00, c2=900,000.00, c3=800,000.00, c4=100,000.00, c5=600,000.00, c6=200,000.00]",
        "20802 民政管理事务 [c1=1,500,000.00, c2=900,000.00, c3=800,000.00, c4=100,000.00, c5=600,000.00, c6=200,000.00]");
    assertThat(r.report().problems()).noneMatch(p -> p.severity() == Severity.ERROR);
  }

  /**
   * Tall rows whose amounts stand at different heights, each printed a line above its label as
   * {@code pdftotext} prints them: the 合计's amounts on two lines above the code column's 类 款 项 and 合计
   * alone; a row's later amounts a line above the line of its code, name and total. Of all the values
   * one is the sum of the others: it is the row's total, the others are placed by the table's
   * arithmetic. Before, 类 款 项 was a row (项), the amounts above each label rows without a label, and
   * the rows below them lacked their 基本支出 and 项目支出.
   */
  @Test
  void importText_tallRowsWithAmountsAboveTheirLabel_joinTheRowWhoseTotalTheyMakeUp() throws IOException {
    assertReadsWithoutError("tall-rows-amounts-above.txt",
        "合计 合计 [c1=1,500.00, c2=1,200.00, c3=300.00]",
        "208 社会保障和就业支出 [c1=1,500.00, c2=1,200.00, c3=300.00]",
        "20802 民政管理事务 [c1=1,500.00, c2=1,200.00, c3=300.00]",
        "2080201 行政运行 [c1=1,500.00, c2=1,200.00, c3=300.00]");
  }

  /**
   * A two-panel table by economic class as a tool that keeps no columns prints it: the first panel's
   * name wrapped around its line (机关事业单位基本 / 30108 6.18 30206 电费 0.00 / 养老保险缴费), a code alone
   * over its name and amounts (31001 / 房屋建筑物购建 0.00) or over its name's lines (31007 / 信息网络及软件购置 /
   * 更新 0.00). Before, the pieces finished the rows beside them (水费机关事业单位基本, 电费养老保险缴费), 30108
   * and 31001 were rows of their own named by their digits, and 更新 a row without a code.
   */
  @Test
  void importText_twoPanelNamesAroundTheirCodeLines_readWhole() throws IOException {
    assertReadsWithoutError("two-panel-names-around-code-lines.txt",
        "301 工资福利支出 [c1=20.30]",
        "302 商品和服务支出 [c1=4.28]",
        "30101 基本工资 [c1=14.12]",
        "30201 办公费 [c1=3.78]",
        "30107 绩效工资 [c1=0.00]",
        "30205 水费 [c1=0.00]",
        "30108 机关事业单位基本养老保险缴费 [c1=6.18]",
        "30206 电费 [c1=0.00]",
        "30109 职业年金缴费 [c1=0.00]",
        "30207 邮电费 [c1=0.00]",
        "30299 其他商品和服务支出 [c1=0.50]",
        "310 资本性支出 [c1=0.00]",
        "31001 房屋建筑物购建 [c1=0.00]",
        "31007 信息网络及软件购置更新 [c1=0.00]");
  }

  /**
   * A summary printed income rows then expenditure rows, one income column and four expenditure ones
   * (合计 一般公共预算 政府性基金预算 国有资本经营预算), blank cells printed as dashes: an expenditure item,
   * 本年支出合计 too, holds all its line's values. Before, the income side took the first value of
   * 本年支出合计, the rest became a row named 2360--, and the dashes were left unplaced.
   */
  @Test
  void importText_stackedSummaryWithSeveralExpenditureColumns_readsEachItemWhole() throws IOException {
    assertReadsWithoutError("stacked-fiscal-summary.txt",
        "一、一般公共预算拨款 一、一般公共预算拨款 [in.c1=2300]",
        "二、政府性基金预算拨款 二、政府性基金预算拨款 [in.c1=60]",
        "三、国有资本经营预算拨款 三、国有资本经营预算拨款 [in.c1=-]",
        "本年收入合计 本年收入合计 [in.c1=2360]",
        "上年结转 上年结转 [in.c1=-]",
        "收入总计 收入总计 [in.c1=2360]",
        "208 八、社会保障和就业支出 [ex.c2=1800, ex.c3=1800, ex.c4=-, ex.c5=-]",
        "212 十二、城乡社区支出 [ex.c2=560, ex.c3=500, ex.c4=60, ex.c5=-]",
        "本年支出合计 本年支出合计 [ex.c2=2360, ex.c3=2300, ex.c4=60, ex.c5=-]",
        "结转下年 结转下年 [ex.c2=-, ex.c3=-, ex.c4=-, ex.c5=-]",
        "支出总计 支出总计 [ex.c2=2360, ex.c3=2300, ex.c4=60, ex.c5=-]");
  }

  /**
   * A summary item printed without amounts under one that names an item of its own (本年支出合计 … /
   * 结转下年 / 支出总计 …) is that item, blank. Before, it finished the name above (本年支出合计结转下年),
   * which no longer named the side's total.
   */
  @Test
  void importText_summaryItemWithoutAmountsUnderACompleteItem_isABlankItemOfItsOwn() {
    ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", "某县民政局2024年度部门决算", "",
        "收支总表", "单位：万元", "项目 决算数 项目 决算数", "一、一般公共预算财政拨款收入 500.00", "本年收入合计 500.00",
        "208 八、社会保障和就业支出 500.00", "本年支出合计 500.00", "结转下年", "支出总计 500.00"));

    assertThat(r.disclosure().tables().get(0).rows()).extracting(Row::label)
        .contains("本年支出合计", "结转下年", "支出总计").doesNotContain("本年支出合计结转下年");
  }
}
