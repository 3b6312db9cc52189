package io.github.cnbudget.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Narrative amounts against the “三公” table (by rows, seed 001; by columns, seed 002) and the 一般公共预算支出表. */
class NarrativeTableRuleTest {

  private static Row item(Concept concept, String label, String amount) {
    return Row.builder().kind(RowKind.ITEM).label(label).concept(concept).putCells("total", Cell.printed(amount)).build();
  }

  /** Seed 001's 财政拨款安排的行政经费及“三公”经费预算表, printed by rows. */
  private static DisclosureTable threePublicByRows() {
    return DisclosureTable.builder().kind(TableKind.THREE_PUBLIC).title("财政拨款安排的行政经费及“三公”经费预算表")
        .amountUnit(AmountUnit.WAN_YUAN).addColumns(Column.of("total", Concept.TOTAL, "合计"))
        .addRows(item(Concept.THREE_PUBLIC_TOTAL, "“三公”经费", "85.72"))
        .addRows(item(Concept.OVERSEAS_TRAVEL, "其中：（一）因公出国（境）支出", "0.00"))
        .addRows(item(Concept.OFFICIAL_RECEPTION, "（三）公务接待费支出", "4.42")).build();
  }

  private static Disclosure doc(Stage stage, int year, List<DisclosureTable> tables, String... paragraphs) {
    return Disclosure.builder().department(Department.of("某部门")).year(FiscalYear.of(year)).stage(stage)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 2)).addAllTables(tables)
        .narrative(Narrative.of(java.util.Arrays.stream(paragraphs).map(Paragraph::of).collect(Collectors.toList())))
        .build();
  }

  private static List<String> findings(Disclosure d) {
    return Rules.defaults().pick("narrative-table-amounts").validate(d).findings().stream()
        .map(f -> f.code() + " " + f.location().pointer() + " [" + f.location().table().orElse("") + " | "
            + f.location().code().orElse("") + " | " + f.location().column().orElse("") + "]")
        .collect(Collectors.toList());
  }

  @Test
  void threePublic_byRows_seed001() {
    String p = "2023年本部门财政拨款安排“三公”经费85.72万元，比上年增加27.5万元，增长47.2%。公务接待费4.42万元，比上年增加0万元。";
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(threePublicByRows()), p))).isEmpty();
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(threePublicByRows()), p.replace("4.42", "4.24"))))
        .containsExactly("narrative-amount-differs-from-table /narrative/paragraphs/0 [财政拨款安排的行政经费及“三公”经费预算表 | （三）公务接待费支出 | total]");
  }

  @Test
  void runningCosts_areTheThreePublicTablesAdministrativeRowOrColumn() {
    // seed 001 prints 行政经费 as a row of the table and calls it 行政经费（机关运行经费） in the narrative
    DisclosureTable byRows = DisclosureTable.builder().kind(TableKind.THREE_PUBLIC).title("财政拨款安排的行政经费及“三公”经费预算表")
        .amountUnit(AmountUnit.WAN_YUAN).addColumns(Column.of("total", Concept.TOTAL, "合计"))
        .addRows(item(Concept.ADMINISTRATIVE_EXPENSES, "行政经费", "411608.64"))
        .addRows(item(Concept.THREE_PUBLIC_TOTAL, "“三公”经费", "85.72")).build();
    String p = "2023 年，本部门机关运行经费安排 411,608.64 万元，比上年增加 33,189.71 万元，增长 8.8%。";
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(byRows), p))).isEmpty();
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(byRows), p.replace("411,608.64", "411,806.64"))))
        .containsExactly("narrative-amount-differs-from-table /narrative/paragraphs/0 [财政拨款安排的行政经费及“三公”经费预算表 | 行政经费 | total]");

    // Shanghai budgets print 机关运行经费预算 as a column beside the “三公” columns
    DisclosureTable byColumns = DisclosureTable.builder().kind(TableKind.THREE_PUBLIC)
        .title("2023年部门“三公”经费和机关运行经费预算表").amountUnit(AmountUnit.WAN_YUAN)
        .addColumns(Column.of("total", Concept.TOTAL, "“三公”经费预算数", "合计"))
        .addColumns(Column.of("running", Concept.ADMINISTRATIVE_EXPENSES, "机关运行经费预算"))
        .addRows(Row.builder().kind(RowKind.ITEM).label("").putCells("total", Cell.printed("22.91"))
            .putCells("running", Cell.printed("786.09")).build()).build();
    String q = "2023年某街道办事处财政拨款的机关运行经费预算为786.09万元。";
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(byColumns), q))).isEmpty();
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(byColumns), q.replace("786.09", "768.09"))))
        .containsExactly("narrative-amount-differs-from-table /narrative/paragraphs/0 [2023年部门“三公”经费和机关运行经费预算表 | #1 | running]");
  }

  @Test
  void threePublic_byColumns_finalAccount_seed002() {
    DisclosureTable t = DisclosureTable.builder().kind(TableKind.THREE_PUBLIC).title("一般公共预算财政拨款“三公”经费支出决算表")
        .amountUnit(AmountUnit.WAN_YUAN)
        .addColumns(Column.of("g1.c1", Concept.TOTAL, "预算数", "合计"))
        .addColumns(Column.of("g2.c7", Concept.TOTAL, "决算数", "合计"))
        .addRows(Row.builder().kind(RowKind.ITEM).label("").putCells("g1.c1", Cell.printed("2.04"))
            .putCells("g2.c7", Cell.printed("1.74")).build()).build();
    String p = "2020年一般公共预算财政拨款开支的“三公”经费支出1.74万元，全年预算数为2.04万元，完成预算的85.29%。";
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2020, List.of(t), p))).isEmpty();
    List<Finding> fs = Rules.defaults().pick("narrative-table-amounts")
        .validate(doc(Stage.FINAL_ACCOUNT, 2020, List.of(t), p.replace("支出1.74", "支出1.47"))).findings();
    assertThat(fs).extracting(f -> f.location().column().orElseThrow()).containsExactly("g2.c7");
    assertThat(fs.get(0).messageZh()).contains("1.47万元").contains("1.74万元").contains("决算数");
  }

  @Test
  void classification_byName() {
    DisclosureTable t = DisclosureTable.builder().kind(TableKind.GENERAL_PUBLIC_BY_FUNCTION).title("一般公共预算支出表")
        .amountUnit(AmountUnit.WAN_YUAN).addColumns(Column.of("total", Concept.TOTAL, "合计"))
        .addRows(Row.builder().kind(RowKind.CODE).code(FunctionalCode.of(221)).label("住房保障支出").putCells("total", Cell.printed("34.70")).build())
        .addRows(Row.builder().kind(RowKind.CODE).code(FunctionalCode.of(221, 2)).label("住房改革支出").putCells("total", Cell.printed("34.70")).build())
        .addRows(Row.builder().kind(RowKind.CODE).code(FunctionalCode.of(221, 2, 1)).label("住房公积金").putCells("total", Cell.printed("34.70")).build())
        .build();
    String p = "6. 住房保障(类)住房改革支出(款)住房公积金(项) 2023年预算数为34.7万元,主要用于:部门按规定为职工缴纳的住房公积金支出。";
    agreesUntilChanged(Stage.BUDGET, 2023, List.of(t), p, "34.7万元", "43.7万元",
        "narrative-amount-differs-from-table /narrative/paragraphs/0 [一般公共预算支出表 | 2210201 | total]");
    // another year's figure is not compared
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(t), p.replace("2023年预算数为34.7", "2022年预算数为43.7")))).isEmpty();
  }

  @Test
  void incomeTotal_isOneOfTheSummaryTotals_seed000() {
    Column income = Column.builder().key("income").concept(Concept.TOTAL).addHeader("收入", "2023年预算数")
        .side(io.github.cnbudget.model.table.Side.INCOME).build();
    DisclosureTable t = DisclosureTable.builder().kind(TableKind.INCOME_EXPENDITURE_SUMMARY).title("收支总表")
        .amountUnit(AmountUnit.WAN_YUAN).addColumns(income)
        .addRows(Row.builder().kind(RowKind.TOTAL).label("本年收入合计").concept(Concept.CURRENT_INCOME_TOTAL)
            .side(io.github.cnbudget.model.table.Side.INCOME).putCells("income", Cell.printed("362,710")).build())
        .addRows(Row.builder().kind(RowKind.TOTAL).label("收入总计").concept(Concept.INCOME_GRAND_TOTAL)
            .side(io.github.cnbudget.model.table.Side.INCOME).putCells("income", Cell.printed("363,275")).build())
        .build();
    String p = "2023年深圳市医疗保障局部门预算收入363,275万元，比2022年增加89,475万元，增长33%。";
    agreesUntilChanged(Stage.BUDGET, 2023, List.of(t), p, "363,275", "363,257",
        "narrative-amount-differs-from-table /narrative/paragraphs/0 [收支总表 | 本年收入合计 | income]");
    // a total without the document's year may be a unit's or another year's: not compared
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(t), "部门预算收入363,257万元。"))).isEmpty();
  }

  @Test
  void tablePrintedPerUnit_isNotChecked() {
    DisclosureTable t = DisclosureTable.builder().kind(TableKind.GENERAL_PUBLIC_BY_FUNCTION).title("一般公共预算支出表")
        .amountUnit(AmountUnit.WAN_YUAN).addColumns(Column.of("total", Concept.TOTAL, "合计"))
        .addRows(Row.builder().kind(RowKind.CODE).code(FunctionalCode.of(221, 2, 1)).label("住房公积金").unit("本级")
            .putCells("total", Cell.printed("34.70")).build())
        .build();
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(t), "住房改革支出(款)住房公积金(项)2023年预算数为43.7万元。"))).isEmpty();
  }

  // ---------------------------------------------------------------- 基本支出, 项目支出, 人员经费, 公用经费

  private static Row total(String label, String... keysAndValues) {
    Row.Builder b = Row.builder().kind(RowKind.TOTAL).label(label).concept(Concept.TOTAL);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      b.putCells(keysAndValues[i], Cell.printed(keysAndValues[i + 1]));
    }
    return b.build();
  }

  /** Silent on the printed sentence; with {@code from} changed to {@code to}, the one finding expected. */
  private static void agreesUntilChanged(Stage stage, int year, List<DisclosureTable> tables, String p, String from,
      String to, String expected) {
    assertThat(findings(doc(stage, year, tables, p))).isEmpty();
    assertThat(findings(doc(stage, year, tables, p.replace(from, to)))).containsExactly(expected);
  }

  /** A table in 万元 of a kind, with the columns (key, concept, header) and rows given. */
  private static DisclosureTable table(TableKind kind, String title, List<Column> columns, Row... rows) {
    return DisclosureTable.builder().kind(kind).title(title).amountUnit(AmountUnit.WAN_YUAN).addAllColumns(columns)
        .addRows(rows).build();
  }

  /** The 支出决算表 of the finance bureau's 2024 final account (PDF p.10), its 合计 row. */
  private static DisclosureTable expenditure(AmountUnit unit, String basic, String project) {
    return DisclosureTable.builder().kind(TableKind.EXPENDITURE).title("支出决算表").amountUnit(unit)
        .addColumns(Column.of("currentExpenditureTotal", Concept.CURRENT_EXPENDITURE_TOTAL, "本年支出合计"))
        .addColumns(Column.of("basic", Concept.BASIC, "基本支出")).addColumns(Column.of("project", Concept.PROJECT, "项目支出"))
        .addRows(total("合计", "currentExpenditureTotal", "2,940.05", "basic", basic, "project", project)).build();
  }

  /** The 一般公共预算财政拨款基本支出决算表 of the same document (p.13): 人员经费合计 and 公用经费合计 printed. */
  private static DisclosureTable basicByEconomic() {
    return DisclosureTable.builder().kind(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC).title("一般公共预算财政拨款基本支出决算表")
        .amountUnit(AmountUnit.WAN_YUAN).addColumns(Column.of("amount", Concept.AMOUNT, "决算数"))
        .addRows(Row.builder().kind(RowKind.CODE).code(io.github.cnbudget.model.classification.EconomicCode.parse("301"))
            .label("工资福利支出").putCells("amount", Cell.printed("2,082.85")).build())
        .addRows(Row.builder().kind(RowKind.CODE).code(io.github.cnbudget.model.classification.EconomicCode.parse("303"))
            .label("对个人和家庭的补助").putCells("amount", Cell.printed("69.41")).build())
        .addRows(Row.builder().kind(RowKind.ITEM).label("人员经费合计").putCells("amount", Cell.printed("2,152.26")).build())
        .addRows(Row.builder().kind(RowKind.ITEM).label("公用经费合计").putCells("amount", Cell.printed("184.65")).build())
        .build();
  }

  private static List<String> notChecked(Disclosure d) {
    return Rules.defaults().pick("narrative-table-amounts").validate(d).notChecked().stream()
        .map(n -> n.reason().code() + " " + n.subject()).collect(Collectors.toList());
  }

  @Test
  void basicAndProject_areTheExpenditureTablesTotals_financeBureau() {
    String p = "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%；";
    Disclosure ok = doc(Stage.FINAL_ACCOUNT, 2024, List.of(expenditure(AmountUnit.WAN_YUAN, "2,336.91", "603.14")), p);
    assertThat(findings(ok)).isEmpty();
    assertThat(notChecked(ok)).isEmpty();
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2024, List.of(expenditure(AmountUnit.WAN_YUAN, "2,336.91", "603.14")),
        p.replace("603.14", "630.14")))).containsExactly("narrative-amount-differs-from-table /narrative/paragraphs/0 [支出决算表 | 合计 | project]");
  }

  @Test
  void partsPrintedInYuan_areComparedWithTheRoundingOfTheNarrative() {
    // Shanghai budgets print tables in 元 and prose in 万元: 23,369,100 元 is 2336.91万元
    String p = "本年支出合计2940.05万元，其中：基本支出2336.91万元，项目支出603.14万元。";
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2024, List.of(expenditure(AmountUnit.YUAN, "23,369,149", "6,031,351")), p)))
        .isEmpty();
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2024, List.of(expenditure(AmountUnit.YUAN, "23,369,151", "6,031,351")), p)))
        .containsExactly("narrative-amount-differs-from-table /narrative/paragraphs/0 [支出决算表 | 合计 | basic]");
  }

  @Test
  void personnelAndPublicUse_areTheBasicTablesTotalRows() {
    String p = "一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元，主要包括：基本工资、津贴补贴；公用经费184.65万元，主要包括：办公费。";
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2024, List.of(basicByEconomic()), p))).isEmpty();
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2024, List.of(basicByEconomic()), p.replace("184.65", "148.65"))))
        .containsExactly("narrative-amount-differs-from-table /narrative/paragraphs/0 [一般公共预算财政拨款基本支出决算表 | 公用经费合计 | amount]");
    // 基本支出 of the 一般公共预算 is looked for in the 一般公共预算支出表, absent here, and in the 合计 of the
    // 基本支出 table, which prints none
    assertThat(notChecked(doc(Stage.FINAL_ACCOUNT, 2024, List.of(basicByEconomic()), p))).containsExactlyInAnyOrder(
        "table-absent " + TableKind.GENERAL_PUBLIC_BY_FUNCTION.chinese(), "value-missing 一般公共预算财政拨款基本支出决算表 合计 / 基本支出");
  }

  @Test
  void personnel_isThePersonnelColumn_whenNoTotalRowIsPrinted_seed003() {
    // seed 003's 一般公共预算基本支出预算表: 人员经费 380.76 = 301 357.03 + 302 23.71 + 303 0.01, not 301 + 303
    DisclosureTable t = table(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, "一般公共预算基本支出预算表",
        List.of(Column.of("c1", Concept.TOTAL, "基本支出", "合计"), Column.of("c2", Concept.PERSONNEL, "基本支出", "人员经费"),
            Column.of("c3", Concept.PUBLIC_USE, "基本支出", "公用经费")),
        total("合计", "c1", "410.89", "c2", "380.76", "c3", "30.13"));
    String p = "人员经费 380.76万元,主要包括:基本工资、津贴补贴、奖金、绩效工资。";
    agreesUntilChanged(Stage.BUDGET, 2023, List.of(t), p, "380.76", "357.04",
        "narrative-amount-differs-from-table /narrative/paragraphs/0 [一般公共预算基本支出预算表 | 合计 | c2]");
  }

  @Test
  void aTopicCarriedFromTheSentenceBefore_isNotAPart() {
    // 财政局 p.22: the amounts are the 行政运行 项's, the 人员经费 only named in what it is used for
    String p = "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费及公用经费等的基本支出。年初预算为 1560.05 万元，支出决算为1511.89万元。";
    Disclosure d = doc(Stage.FINAL_ACCOUNT, 2024, List.of(basicByEconomic(), expenditure(AmountUnit.WAN_YUAN, "2,336.91", "603.14")), p);
    assertThat(findings(d)).isEmpty();
    assertThat(notChecked(d)).isEmpty();
  }

  @Test
  void partsOfAnotherYear_areNotCompared_seed002() {
    String p = "与2019年度支出合计17,677.03万元（基本支出2,579.24万元，项目支出15,097.79万元）相比，增加183,432.31万元。";
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2020, List.of(expenditure(AmountUnit.WAN_YUAN, "5,712.00", "196,075.56")), p)))
        .isEmpty();
    // the same words of the document's year are compared
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2020, List.of(expenditure(AmountUnit.WAN_YUAN, "5,712.00", "196,075.56")),
        p.replace("2019", "2020")))).hasSize(2);
  }

  @Test
  void aUnitsParts_agreeWithItsUnitRow_seed000() {
    DisclosureTable t = table(TableKind.EXPENDITURE, "部门支出总表", List.of(Column.of("total", Concept.TOTAL, "合计"),
            Column.of("basic", Concept.BASIC, "基本支出"), Column.of("project", Concept.PROJECT, "项目支出")),
        total("合计", "total", "363,275", "basic", "17,790", "project", "345,485"),
        Row.builder().kind(RowKind.UNIT).label("深圳市医疗保障局本级").unit("深圳市医疗保障局本级")
            .putCells("total", Cell.printed("18,555")).putCells("basic", Cell.printed("10,866"))
            .putCells("project", Cell.printed("7,689")).build());
    String p = "市医保局本级预算18,555万元，包括人员支出9,012万元、公用支出1,663万元、对个人和家庭的补助支出190万元、项目支出7,689万元。";
    // a figure of neither the department nor a unit is named against the department's cell
    agreesUntilChanged(Stage.BUDGET, 2023, List.of(t), p, "7,689", "7,698",
        "narrative-amount-differs-from-table /narrative/paragraphs/0 [部门支出总表 | 合计 | project]");
  }

  @Test
  void aPartWithoutItsTableOrColumn_isNotChecked() {
    String p = "本年支出合计 307.82万元，其中：基本支出 105.58万元，占34.30%；项目支出 202.24万元，占65.70%。";
    assertThat(notChecked(doc(Stage.FINAL_ACCOUNT, 2024, List.of(), p))).containsExactlyInAnyOrder(
        "table-absent " + TableKind.EXPENDITURE.chinese(), "table-absent " + TableKind.GENERAL_PUBLIC_BY_FUNCTION.chinese(),
        "table-absent " + TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC.chinese(),
        "table-absent " + TableKind.EXPENDITURE.chinese(), "table-absent " + TableKind.GENERAL_PUBLIC_BY_FUNCTION.chinese());
    DisclosureTable noParts = DisclosureTable.builder().kind(TableKind.EXPENDITURE).title("支出决算表").amountUnit(AmountUnit.WAN_YUAN)
        .addColumns(Column.of("total", Concept.TOTAL, "合计")).addRows(total("合计", "total", "307.82")).build();
    assertThat(notChecked(doc(Stage.FINAL_ACCOUNT, 2024, List.of(noParts), p)))
        .contains("column-missing 支出决算表 基本支出", "column-missing 支出决算表 项目支出");
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2024, List.of(noParts), p))).isEmpty();
  }

  /** A 财政拨款收支总表 with its income total and 总计 and the 一般公共预算 column of its expenditure total. */
  private static DisclosureTable appropriationSummary() {
    return DisclosureTable.builder().kind(TableKind.FISCAL_APPROPRIATION_SUMMARY).title("财政拨款收入支出决算总表")
        .amountUnit(AmountUnit.WAN_YUAN)
        .addColumns(Column.builder().key("income").concept(Concept.OTHER).addHeader("收入")
            .side(io.github.cnbudget.model.table.Side.INCOME).build())
        .addColumns(Column.builder().key("expenditure").concept(Concept.TOTAL).addHeader("支出", "合计")
            .side(io.github.cnbudget.model.table.Side.EXPENDITURE).build())
        .addColumns(Column.builder().key("gpb").concept(Concept.GENERAL_PUBLIC_BUDGET).addHeader("支出", "一般公共预算财政拨款")
            .side(io.github.cnbudget.model.table.Side.EXPENDITURE).build())
        .addRows(Row.builder().kind(RowKind.ITEM).label("一般公共预算财政拨款").concept(Concept.GENERAL_PUBLIC_BUDGET)
            .side(io.github.cnbudget.model.table.Side.INCOME).putCells("income", Cell.printed("2,940.05")).build())
        .addRows(Row.builder().kind(RowKind.TOTAL).label("总计").concept(Concept.EXPENDITURE_GRAND_TOTAL)
            .side(io.github.cnbudget.model.table.Side.EXPENDITURE).putCells("expenditure", Cell.printed("2,995.39"))
            .putCells("gpb", Cell.printed("2,995.39")).build())
        .build();
  }

  /** 财政局 2024 决算 p.21: 财政拨款收入支出总计 printed 0.3万元 against a table of 2,995.39万元. */
  @Test
  void fundingSources_comparedWithTheTablesOfThatSource() {
    String wrong = "上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。";
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2024, List.of(appropriationSummary()), wrong)))
        .singleElement().asString().startsWith("narrative-amount-differs-from-table").contains("财政拨款收入支出决算总表");
    String right = "2024年度财政拨款收入支出总计2,995.39万元。一般公共预算财政拨款收入2,940.05万元。";
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2024, List.of(appropriationSummary()), right))).isEmpty();
    // money carried over is not the source's income or expenditure of the year
    String carried = "2024年度一般公共预算财政拨款收入2,940.05万元，年初财政拨款结转和结余0万元。";
    assertThat(findings(doc(Stage.FINAL_ACCOUNT, 2024, List.of(appropriationSummary()), carried))).isEmpty();
  }

  /**
   * Seed 000's 支出总表 (l.366–373): 支出总计, and the 2023 年政府采购项目 group with its 小计 and two 其中 columns
   * for small firms; the department row and the 本级 unit's.
   */
  private static DisclosureTable expenditureWithProcurement() {
    return table(TableKind.EXPENDITURE, "支出总表", List.of(Column.of("total", Concept.TOTAL, "支出总计"),
            Column.of("procurement", Concept.PROCUREMENT, "2023 年政府采购项目"),
            Column.builder().key("procurement.total").concept(Concept.TOTAL).addHeader("2023 年政府采购项目", "小计")
                .parent("procurement").build(),
            Column.builder().key("procurement.c7").addHeader("2023 年政府采购项目", "其中：面向 中小企业政府 采购项目")
                .parent("procurement").partOf(true).build()),
        Row.builder().kind(RowKind.TOTAL).label("深圳市医疗保障局").putCells("total", Cell.printed("363,275"))
            .putCells("procurement.total", Cell.printed("6,936")).putCells("procurement.c7", Cell.printed("54")).build(),
        Row.builder().kind(RowKind.UNIT).label("深圳市医疗保障局（本级）").unit("深圳市医疗保障局（本级）")
            .putCells("total", Cell.printed("18,555")).putCells("procurement.total", Cell.printed("2,728"))
            .putCells("procurement.c7", Cell.printed("54")).build());
  }

  private static final String PROCUREMENT_000 =
      "深圳市医疗保障局 政府采购项目纳入 2023 年部门预算共计 6,936 万元，其中货物采购 124 万元、工程采购 0 万元、服务采购 6,812 万元。";

  @Test
  void procurementTotal_isTheProcurementColumnOfTheDepartmentRow_seed000() {
    agreesUntilChanged(Stage.BUDGET, 2023, List.of(expenditureWithProcurement()), PROCUREMENT_000, "6,936", "6,963",
        "narrative-amount-differs-from-table /narrative/paragraphs/0 [支出总表 | 深圳市医疗保障局 | procurement]");
    // the table has no 货物 / 工程 / 服务 columns: the parts are checks not made
    assertThat(notChecked(doc(Stage.BUDGET, 2023, List.of(expenditureWithProcurement()), PROCUREMENT_000)))
        .containsExactlyInAnyOrder("column-missing 支出总表 政府采购 货物", "column-missing 支出总表 政府采购 工程",
            "column-missing 支出总表 政府采购 服务");
    // the amount reserved for small firms is not the total (54 is its column, but 6,936 is not compared with it)
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(expenditureWithProcurement()),
        "2023年本部门面向中小企业预留政府采购项目预算金额60万元。"))).isEmpty();
    // a unit's 政府采购 agrees with its row (2,728 is the 本级's), a figure of no row is named against the department's
    agreesUntilChanged(Stage.BUDGET, 2023, List.of(expenditureWithProcurement()),
        "市医保局本级政府采购项目纳入2023年部门预算2,728万元。", "2,728", "2,782",
        "narrative-amount-differs-from-table /narrative/paragraphs/0 [支出总表 | 深圳市医疗保障局 | procurement]");
    // another year's 政府采购 is not this year's
    assertThat(findings(doc(Stage.BUDGET, 2024, List.of(expenditureWithProcurement()), PROCUREMENT_000))).isEmpty();
  }

  /** 万里街道 2023 三、政府采购情况 (p.29): 830.00 = 10.00 + 550.00 + 270.00. */
  private static final String PROCUREMENT_WANLI = "2023年本部门政府采购预算830.00万元，其中：政府采购货物预算10.00万元、"
      + "政府采购工程预算550.00万元、政府采购服务预算270.00万元。";

  @Test
  void procurementAndItsParts_areTheProcurementTablesRows() {
    // a 政府采购预算表 by 采购品目, one row per part under its 合计
    DisclosureTable byRows = table(TableKind.GOVERNMENT_PROCUREMENT, "2023年政府采购预算表",
        List.of(Column.of("total", Concept.TOTAL, "合计")), total("合计", "total", "830.00"),
        item(Concept.OTHER, "一、货物类", "10.00"), item(Concept.OTHER, "二、工程类", "550.00"),
        item(Concept.OTHER, "三、服务类", "270.00"));
    agreesUntilChanged(Stage.BUDGET, 2023, List.of(byRows), PROCUREMENT_WANLI, "工程预算550.00", "工程预算505.00",
        "narrative-amount-differs-from-table /narrative/paragraphs/0 [2023年政府采购预算表 | 二、工程类 | total]");
    agreesUntilChanged(Stage.BUDGET, 2023, List.of(byRows), PROCUREMENT_WANLI, "预算830.00", "预算803.00",
        "narrative-amount-differs-from-table /narrative/paragraphs/0 [2023年政府采购预算表 | 合计 | total]");
    assertThat(notChecked(doc(Stage.BUDGET, 2023, List.of(byRows), PROCUREMENT_WANLI))).isEmpty();
  }

  @Test
  void procurementParts_areTheProcurementTablesColumns() {
    // a 政府采购预算表 with one column per part, read on its 合计 row
    DisclosureTable byColumns = table(TableKind.GOVERNMENT_PROCUREMENT, "政府采购预算表",
        List.of(Column.of("total", Concept.TOTAL, "合计"), Column.of("goods", Concept.OTHER, "货物"),
            Column.of("works", Concept.OTHER, "工程"), Column.of("services", Concept.OTHER, "服务")),
        total("合计", "total", "830.00", "goods", "10.00", "works", "550.00", "services", "270.00"));
    agreesUntilChanged(Stage.BUDGET, 2023, List.of(byColumns), PROCUREMENT_WANLI, "服务预算270.00", "服务预算720.00",
        "narrative-amount-differs-from-table /narrative/paragraphs/0 [政府采购预算表 | 合计 | services]");
    // a table printed in 元 against the narrative's 万元
    DisclosureTable inYuan = DisclosureTable.builder().kind(TableKind.GOVERNMENT_PROCUREMENT).title("政府采购预算表")
        .amountUnit(AmountUnit.YUAN).addAllColumns(byColumns.columns()).addRows(
            total("合计", "total", "8,300,000.00", "goods", "100,000.00", "works", "5,500,000.00", "services", "2,700,000.00"))
        .build();
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(inYuan), PROCUREMENT_WANLI))).isEmpty();
  }

  @Test
  void procurementWithoutATable_isNotChecked() {
    assertThat(notChecked(doc(Stage.BUDGET, 2023, List.of(), PROCUREMENT_WANLI))).containsExactly(
        "table-absent 政府采购预算表", "table-absent 政府采购预算表", "table-absent 政府采购预算表", "table-absent 政府采购预算表");
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(), PROCUREMENT_WANLI))).isEmpty();
    // a final account's plan is not its outturn (seed 002 l.1219)
    assertThat(notChecked(doc(Stage.FINAL_ACCOUNT, 2020, List.of(), "我中心 2020 年政府采购计划金额为 1080.86 万元。"))).isEmpty();
  }
}
