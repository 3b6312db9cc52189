package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.text.DisclosureImporter;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Names wrapped in their cell in text printed with one blank between cells: the line holding only a
 * piece of a name belongs to the row whose name it finishes.
 */
class WrappedNamesTest {
  private static final String HEAD = "2023年某市医疗保障局部门预算\n\n一般公共预算支出表\n\n单位：万元\n\n"
      + "科目编码 科目名称 合计 基本支出 项目支出\n";

  private static DisclosureTable read(String rows) {
    return DisclosureImporter.defaults().importText(HEAD + rows).disclosure().tables().get(0);
  }

  private static Row row(DisclosureTable t, String code) {
    return t.rows().stream().filter(r -> r.code().map(Object::toString).orElse("").equals(code)).findFirst()
        .orElseThrow();
  }

  @Test
  void importText_nameEndPrintedBelowItsRow_finishesTheRowAbove() {
    DisclosureTable t = read("""
        210 卫生健康支出 150.00 100.00 50.00
        2101202 财政对城乡居民基本医疗保险 50.00 0.00 50.00
        基金的补助
        2101501 行政运行 100.00 100.00 0.00
        """);

    assertThat(row(t, "2101202").label()).isEqualTo("财政对城乡居民基本医疗保险基金的补助");
    assertThat(row(t, "2101501").label()).isEqualTo("行政运行");
    assertThat(t.rows()).hasSize(3);
  }

  @Test
  void importText_nameStartPrintedAboveItsRow_beginsTheRowBelowWhenTheRowAboveIsFinished() {
    // 行政运行 is the catalog's whole name of 2101501: the piece opens 2101202's name
    DisclosureTable t = read("""
        210 卫生健康支出 150.00 100.00 50.00
        2101501 行政运行 100.00 100.00 0.00
        财政对城乡居民基本医疗保险
        2101202 基金的补助 50.00 0.00 50.00
        """);

    assertThat(row(t, "2101501").label()).isEqualTo("行政运行");
    assertThat(row(t, "2101202").label()).isEqualTo("财政对城乡居民基本医疗保险基金的补助");
    assertThat(row(t, "2101202").cells().values()).extracting(c -> c.value().orElse(null))
        .containsExactly(new BigDecimal("50.00"), new BigDecimal("0.00"), new BigDecimal("50.00"));
  }

  private static final String SUMMARY = "2024年某区某局部门决算\n\n财政拨款收入支出决算总表\n\n单位：万元\n\n收入 支出\n"
      + "项目 决算数 项目 合计 一般公共预算财政拨款\n";

  private static DisclosureTable summary(String rows) {
    return DisclosureImporter.defaults().importText(SUMMARY + rows).disclosure().tables().get(0);
  }

  private static Row labelled(DisclosureTable t, String label) {
    return t.rows().stream().filter(r -> r.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError(label + " not among " + t.rows().stream().map(Row::label).toList()));
  }

  private static java.util.List<String> values(Row r) {
    return r.cells().values().stream().filter(c -> c.hasValue()).map(c -> c.printed()).toList();
  }

  @Test
  void importText_twoSidedIncomeNameWrapped_endFinishesTheIncomeItemAndNamesItsConcept() {
    // before: 拨款收入 went to the expenditure item, and the income row stayed without its concept
    DisclosureTable t = summary("""
        一、一般公共预算财政 2,940.05 一、一般公共服务支出 2,940.05 2,940.05
        拨款收入
        二、政府性基金预算财政拨款收入 二、外交支出
        本年收入合计 2,940.05 本年支出合计 2,940.05 2,940.05
        """);

    Row income = labelled(t, "一、一般公共预算财政拨款收入");
    assertThat(income.side()).isEqualTo(io.github.cnbudget.model.table.Side.INCOME);
    assertThat(income.concept()).isPresent();
    assertThat(values(income)).containsExactly("2,940.05");
    assertThat(values(labelled(t, "一、一般公共服务支出"))).containsExactly("2,940.05", "2,940.05");
  }

  @Test
  void importText_twoSidedExpenditureNameWrappedBesideAnIncomeItem_endFinishesTheItemItCompletes() {
    // 二、政府性基金业支出 would also spend; 二、社会保障和就业支出 is the catalog's name
    DisclosureTable t = summary("""
        一、一般公共预算财政拨款收入 100.00 一、一般公共服务支出 60.00 60.00
        二、政府性基金预算财政拨款收入 二、社会保障和就 40.00 40.00
        业支出
        本年收入合计 100.00 本年支出合计 100.00 100.00
        """);

    assertThat(labelled(t, "二、政府性基金预算财政拨款收入").side()).isEqualTo(io.github.cnbudget.model.table.Side.INCOME);
    Row spent = labelled(t, "二、社会保障和就业支出");
    assertThat(spent.side()).isEqualTo(io.github.cnbudget.model.table.Side.EXPENDITURE);
    assertThat(values(spent)).containsExactly("40.00", "40.00");
  }

  @Test
  void importText_twoSidedLineOfOneItemWhoseEndShowsItSpends_readsBothAmountsOnTheExpenditureSide() {
    // before: 八、社会保障和就业支 read as income with the first amount, the second a row without a name
    DisclosureTable t = summary("""
        一、一般公共预算财政拨款收入 100.00 一、一般公共服务支出 60.00 60.00
        八、社会保障和就业支 40.00 40.00
        出
        本年收入合计 100.00 本年支出合计 100.00 100.00
        """);

    Row spent = labelled(t, "八、社会保障和就业支出");
    assertThat(spent.side()).isEqualTo(io.github.cnbudget.model.table.Side.EXPENDITURE);
    assertThat(values(spent)).containsExactly("40.00", "40.00");
    assertThat(t.rows()).noneMatch(r -> r.label().isBlank());
  }

  @Test
  void importText_bothSidesNamesWrapped_eachEndFinishesItsSide() {
    DisclosureTable t = summary("""
        一、一般公共预算财政 100.00 一、一般公共服务支出 60.00 60.00
        拨款收入
        年初财政拨款结转和结 5.00 八、社会保障和就 40.00 40.00
        余 业支出
        本年收入合计 100.00 本年支出合计 100.00 100.00
        """);

    assertThat(values(labelled(t, "年初财政拨款结转和结余"))).containsExactly("5.00");
    assertThat(values(labelled(t, "八、社会保障和就业支出"))).containsExactly("40.00", "40.00");
  }

  @Test
  void importText_unitNameWrappedBeforeItsProjects_endFinishesTheUnitNotTheProject() {
    // before: 本级 finished the project's name, which then read as a unit of its own; the unit in the
    // 单位名称 column is the project's unit
    String text = String.join("\n", "2024年某市医疗保障局部门预算", "", "项目支出表", "单位：万元",
        "单位名称 项目名称 合计 财政拨款 其他资金",
        "合计 71.16 71.16 0.00",
        "某市医疗保障局 医疗保障信息化建设 60.08 60.08 0.00",
        "本级",
        "某市医疗保障局 医保基金监管专项经费 11.08 11.08 0.00",
        "本级");

    DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(t.rows()).extracting(r -> r.unit().orElse("") + "|" + r.label()).containsExactly("|合计",
        "某市医疗保障局本级|医疗保障信息化建设", "某市医疗保障局本级|医保基金监管专项经费");
    assertThat(t.rows()).noneMatch(r -> r.kind() == io.github.cnbudget.model.table.RowKind.UNIT);
  }

  @Test
  void importText_byUnitRowWhoseUnitNameWrapped_isTheUnitOfTheRowsBelow() {
    String text = String.join("\n", "2024年某区卫生健康局部门预算", "", "收入总表", "单位：万元",
        "科目编码 科目名称 合计 财政拨款 事业收入",
        "合计 100.00 60.00 40.00",
        "某区卫生健康局本 100.00 60.00 40.00",
        "级",
        "210 卫生健康支出 100.00 60.00 40.00");

    DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(labelled(t, "某区卫生健康局本级").kind()).isEqualTo(io.github.cnbudget.model.table.RowKind.UNIT);
    assertThat(row(t, "210").unit()).hasValue("某区卫生健康局本级");
  }

  @Test
  void importText_stackedSummary_expenditureTotalsAloneOnTheirLinesAreTheExpenditureSides() {
    // a summary printing its income rows, then its expenditure rows, under one item column
    String text = String.join("\n", "某区卫生健康局2023年部门决算", "", "收支总表", "单位：万元",
        "科目名称 收入 支出", "决算数 决算数",
        "一、一般公共预算拨款 100.00",
        "本年收入合计 100.00",
        "收入总计 100.00",
        "210 九、卫生健康支出 100.00",
        "本年支出合计 100.00",
        "结转下年 0.00",
        "支出总计 100.00");

    DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(labelled(t, "本年支出合计").side()).isEqualTo(io.github.cnbudget.model.table.Side.EXPENDITURE);
    assertThat(labelled(t, "支出总计").side()).isEqualTo(io.github.cnbudget.model.table.Side.EXPENDITURE);
    assertThat(values(labelled(t, "支出总计"))).containsExactly("100.00");
  }

  @Test
  void importText_nameWrappedAroundItsCodeAndAmounts_startAboveAndEndBelowMakeTheCatalogName() {
    // 机关事业单位 / 2080505 基本养老保险 … / 缴费支出: before, the start finished the row above
    DisclosureTable t = read("""
        208 社会保障和就业支出 10.82 10.82 0.00
        20805 行政事业单位 10.82 10.82 0.00
        养老支出
        机关事业单位
        2080505 基本养老保险 6.18 6.18 0.00
        缴费支出
        2080506 职业年金缴费支出 4.64 4.64 0.00
        """);

    assertThat(row(t, "20805").label()).isEqualTo("行政事业单位养老支出");
    assertThat(row(t, "2080505").label()).isEqualTo("机关事业单位基本养老保险缴费支出");
    assertThat(row(t, "2080506").label()).isEqualTo("职业年金缴费支出");
  }

  @Test
  void importText_twoPanelEconomicTableWithTheLeftNameWrapped_endFinishesTheLeftItem() {
    // before: 养老保险缴费 went to 30206 电费, and both rows lost their amounts
    String text = String.join("\n", "上海市某区某局2024年度部门决算", "",
        "一般公共预算财政拨款基本支出决算表", "单位：万元",
        "经济分类 经济分类", "科目名称 决算数 科目名称 决算数", "科目编码 科目编码",
        "30107 绩效工资 10.16 30205 水费 0.00",
        "30108 机关事业单位基本 6.18 30206 电费 0.00",
        "养老保险缴费",
        "30109 职业年金缴费 4.64 30207 邮电费 0.00");

    DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(row(t, "30108").label()).isEqualTo("机关事业单位基本养老保险缴费");
    assertThat(values(row(t, "30108"))).containsExactly("6.18");
    assertThat(row(t, "30206").label()).isEqualTo("电费");
    assertThat(values(row(t, "30206"))).containsExactly("0.00");
  }

  @Test
  void importText_twoSidedNameWrappedAroundItsAmounts_readsTheWholeItemWithThem() {
    // 四、文化旅游体育与传媒 / 200.00 200.00 / 支出: before, the amounts split between the two sides
    DisclosureTable t = summary("""
        一、一般公共预算财政拨款收入 300.00 一、一般公共服务支出 100.00 100.00
        四、文化旅游体育与传媒
        200.00 200.00
        支出
        本年收入合计 300.00 本年支出合计 300.00 300.00
        """);

    Row spent = labelled(t, "四、文化旅游体育与传媒支出");
    assertThat(spent.side()).isEqualTo(io.github.cnbudget.model.table.Side.EXPENDITURE);
    assertThat(values(spent)).containsExactly("200.00", "200.00");
    assertThat(t.rows()).noneMatch(r -> r.label().isBlank());
  }
}
