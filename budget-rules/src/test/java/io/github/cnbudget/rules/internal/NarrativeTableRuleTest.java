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
        .map(f -> f.code() + f.location().pointer()).collect(Collectors.toList());
  }

  @Test
  void threePublic_byRows_seed001() {
    String p = "2023年本部门财政拨款安排“三公”经费85.72万元，比上年增加27.5万元，增长47.2%。公务接待费4.42万元，比上年增加0万元。";
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(threePublicByRows()), p))).isEmpty();
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(threePublicByRows()), p.replace("4.42", "4.24"))))
        .containsExactly("narrative-amount-differs-from-table/tables/0/rows/2/cells/total");
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
    assertThat(fs).extracting(f -> f.location().pointer()).containsExactly("/tables/0/rows/0/cells/g2.c7");
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
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(t), p))).isEmpty();
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(t), p.replace("34.7万元", "43.7万元"))))
        .containsExactly("narrative-amount-differs-from-table/tables/0/rows/2/cells/total");
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
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(t), p))).isEmpty();
    assertThat(findings(doc(Stage.BUDGET, 2023, List.of(t), p.replace("363,275", "363,257"))))
        .containsExactly("narrative-amount-differs-from-table/tables/0/rows/0/cells/income");
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
}
