package io.github.cnbudget.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisclosureComparisonTest {
  private static Row code(FunctionalCode code, String label, String total, String basic) {
    return Row.builder().kind(RowKind.CODE).code(code).label(label).putCells("total", Cell.printed(total))
        .putCells("basic", Cell.printed(basic)).build();
  }

  private static Row total(String total, String basic) {
    return Row.builder().kind(RowKind.TOTAL).label("合计").concept(Concept.TOTAL).putCells("total", Cell.printed(total))
        .putCells("basic", Cell.printed(basic)).build();
  }

  /** The 一般公共预算支出表 with its columns under the given keys, in the given unit. */
  private static DisclosureTable byFunction(String title, AmountUnit unit, String totalKey, String basicKey, List<Row> rows) {
    DisclosureTable.Builder b = DisclosureTable.builder().kind(TableKind.GENERAL_PUBLIC_BY_FUNCTION).title(title).amountUnit(unit)
        .addColumns(Column.of(totalKey, Concept.TOTAL, "合计")).addColumns(Column.of(basicKey, Concept.BASIC, "基本支出"));
    for (Row r : rows) {
      b.addRows(r.withCells(java.util.Map.of(totalKey, r.cells().get("total"), basicKey, r.cells().get("basic"))));
    }
    return b.build();
  }

  private static Disclosure doc(int year, Stage stage, List<DisclosureTable> tables, String... paragraphs) {
    Narrative.Builder n = Narrative.builder();
    for (String p : paragraphs) {
      n.addParagraphs(Paragraph.of(p));
    }
    return Disclosure.builder().department(Department.of("某某街道办事处")).year(FiscalYear.of(year)).stage(stage)
        .precision(Precision.of(AmountUnit.YUAN, 0)).addAllTables(tables).build().withNarrative(n.build());
  }

  private static final FunctionalCode ADMIN = FunctionalCode.of(212, 1, 1);
  private static final FunctionalCode PENSION = FunctionalCode.of(208, 5, 5);
  private static final FunctionalCode EDUCATION = FunctionalCode.of(205, 99, 99);

  @Test
  void amountsInWanYuanAndYuan_areComparedInYuanExactly() {
    // older table in 万元 with two decimals, newer in 元: 1837.36万元 is 18373600元
    Disclosure older = doc(2023, Stage.BUDGET, List.of(byFunction("2023年一般公共预算支出表", AmountUnit.WAN_YUAN, "c4.total", "c4.basic",
        List.of(total("2278.59", "2278.59"), code(ADMIN, "行政运行", "1837.36", "1837.36"), code(PENSION, "机关事业单位基本养老保险缴费支出", "441.23", "441.23")))));
    Disclosure newer = doc(2024, Stage.BUDGET, List.of(byFunction("2024年一般公共预算支出表", AmountUnit.YUAN, "c3.total", "c3.basic",
        List.of(total("21461763", "21211763"), code(ADMIN, "行政运行", "16603248", "16353248"),
            code(PENSION, "机关事业单位基本养老保险缴费支出", "4608515", "4608515"), code(EDUCATION, "其他教育支出", "250000", "0")))));

    DisclosureComparison c = DisclosureComparison.of(older, newer);

    assertThat(c.sameDepartment()).isTrue();
    assertThat(c.tables()).singleElement().satisfies(t -> {
      assertThat(t.inBoth()).isTrue();
      // the columns are keyed c4.* in one year and c3.* in the next: matched by what they mean
      assertThat(t.addedColumns()).isEmpty();
      assertThat(t.removedColumns()).isEmpty();
      AmountChange admin = find(t, "2120101 行政运行", "c3.total");
      assertThat(admin.older()).contains(new BigDecimal("18373600"));
      assertThat(admin.newer()).contains(new BigDecimal("16603248"));
      assertThat(admin.change()).contains(new BigDecimal("-1770352"));
      // 1770352 / 18373600 = 9.6353...%
      assertThat(admin.percent()).contains(new BigDecimal("-9.64"));
      assertThat(admin.status()).isEqualTo(AmountChange.Status.CHANGED);
      AmountChange education = find(t, "2059999 其他教育支出", "c3.total");
      assertThat(education.status()).isEqualTo(AmountChange.Status.ADDED);
      assertThat(education.change()).isEmpty();
      assertThat(education.percent()).isEmpty();
      assertThat(t.addedRows()).containsExactly("2059999 其他教育支出");
      assertThat(t.removedRows()).isEmpty();
      assertThat(t.changes()).extracting(AmountChange::status).doesNotContain(AmountChange.Status.UNCHANGED);
    });
  }

  @Test
  void rowsOnlyTheOlderPrints_vanish_andTablesOfOneDocumentAreListed() {
    DisclosureTable three = DisclosureTable.builder().kind(TableKind.THREE_PUBLIC).title("“三公”经费支出表").amountUnit(AmountUnit.WAN_YUAN)
        .addColumns(Column.of("total", Concept.THREE_PUBLIC_TOTAL, "“三公”经费"))
        .addRows(Row.builder().kind(RowKind.ITEM).putCells("total", Cell.printed("22.91")).build()).build();
    Disclosure older = doc(2023, Stage.BUDGET, List.of(byFunction("2023年", AmountUnit.YUAN, "total", "basic",
        List.of(code(ADMIN, "行政运行", "100", "100"), code(PENSION, "养老", "50", "50"))), three));
    Disclosure newer = doc(2024, Stage.BUDGET, List.of(byFunction("2024年", AmountUnit.YUAN, "total", "basic",
        List.of(code(ADMIN, "行政运行", "100", "100")))));

    DisclosureComparison c = DisclosureComparison.of(older, newer);

    assertThat(c.tables()).hasSize(2);
    TableComparison byFunction = c.tables().get(0);
    assertThat(byFunction.removedRows()).containsExactly("2080505 养老");
    assertThat(byFunction.changes()).extracting(AmountChange::status).containsOnly(AmountChange.Status.REMOVED);
    assertThat(byFunction.amounts()).filteredOn(a -> a.row().startsWith("2120101"))
        .extracting(AmountChange::status).containsOnly(AmountChange.Status.UNCHANGED);
    TableComparison gone = c.tables().get(1);
    assertThat(gone.kind()).isEqualTo(TableKind.THREE_PUBLIC);
    assertThat(gone.newerTitle()).isEmpty();
    assertThat(gone.amounts()).singleElement().satisfies(a -> {
      assertThat(a.older()).contains(new BigDecimal("229100"));
      assertThat(a.status()).isEqualTo(AmountChange.Status.REMOVED);
    });
  }

  private static DisclosureTable threePublic(String total) {
    return DisclosureTable.builder().kind(TableKind.THREE_PUBLIC).title("“三公”经费支出表").amountUnit(AmountUnit.WAN_YUAN)
        .addColumns(Column.of("total", Concept.TOTAL, "合计"))
        .addRows(Row.builder().kind(RowKind.ITEM).putCells("total", Cell.printed(total)).build()).build();
  }

  @Test
  void aStatedChange_isCheckedAgainstTheOlderTable() {
    Disclosure older = doc(2023, Stage.BUDGET, List.of(threePublic("22.91")));
    Disclosure agrees = doc(2024, Stage.BUDGET, List.of(threePublic("47.91")),
        "2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元。");
    Disclosure differs = doc(2024, Stage.BUDGET, List.of(threePublic("47.91")),
        "2024年“三公”经费预算数为47.91万元，比2023年预算增加20万元。");

    assertThat(DisclosureComparison.of(older, agrees).statedChanges()).singleElement().satisfies(s -> {
      assertThat(s.verdict()).isEqualTo(StatedChange.Verdict.AGREES);
      assertThat(s.older()).contains(new BigDecimal("229100"));
      assertThat(s.computedChange()).contains(new BigDecimal("250000"));
      assertThat(s.computedPercent()).contains(new BigDecimal("109.12"));
      assertThat(s.statementText()).isEqualTo("比2023年预算增加25万元");
    });
    DisclosureComparison c = DisclosureComparison.of(older, differs);
    assertThat(c.differing()).singleElement().satisfies(s -> {
      assertThat(s.explanation()).contains("+200000").contains("+250000");
      assertThat(s.olderSource()).contains("“三公”经费支出表");
    });
  }

  @Test
  void aStatedPercent_isCheckedWithinTheRoundingOfBothFigures() {
    Disclosure older = doc(2023, Stage.BUDGET, List.of(threePublic("22.91")));
    // 47.91 / 22.91 − 1 = 109.1227%; over the rounding of both (47.905…47.915 against 22.905…22.915) it
    // is 109.06% to 109.19%: 109.12% agrees, and so would 109.2% (109.15…109.25), but 109.3% does not
    Disclosure agrees = doc(2024, Stage.BUDGET, List.of(), "2024年“三公”经费预算数为47.91万元，比2023年预算增长109.12%。");
    Disclosure differs = doc(2024, Stage.BUDGET, List.of(), "2024年“三公”经费预算数为47.91万元，比2023年预算增长109.3%。");
    assertThat(DisclosureComparison.of(older, agrees).statedChanges()).extracting(StatedChange::verdict)
        .containsExactly(StatedChange.Verdict.AGREES);
    assertThat(DisclosureComparison.of(older, differs).statedChanges()).extracting(StatedChange::verdict)
        .containsExactly(StatedChange.Verdict.DIFFERS);
  }

  @Test
  void aPercentOfAnOlderZero_isNotChecked_butAChangeFromZeroIs() {
    Disclosure older = doc(2023, Stage.BUDGET, List.of(threePublic("0")));
    Disclosure percent = doc(2024, Stage.BUDGET, List.of(), "2024年“三公”经费预算数为25万元，比2023年预算增长100%。");
    Disclosure change = doc(2024, Stage.BUDGET, List.of(), "2024年“三公”经费预算数为25万元，比2023年预算增加25万元。");
    assertThat(DisclosureComparison.of(older, percent).statedChanges()).singleElement().satisfies(s -> {
      assertThat(s.verdict()).isEqualTo(StatedChange.Verdict.NOT_CHECKED);
      assertThat(s.older()).contains(BigDecimal.ZERO);
      assertThat(s.computedPercent()).isEmpty();
    });
    assertThat(DisclosureComparison.of(older, change).statedChanges()).extracting(StatedChange::verdict)
        .containsExactly(StatedChange.Verdict.AGREES);
  }

  @Test
  void aChangeAgainstExecution_isNotCheckedAgainstABudget() {
    Disclosure older = doc(2023, Stage.BUDGET, List.of(threePublic("22.91")));
    Disclosure newer = doc(2024, Stage.BUDGET, List.of(),
        "2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。");
    assertThat(DisclosureComparison.of(older, newer).statedChanges()).singleElement().satisfies(s -> {
      assertThat(s.verdict()).isEqualTo(StatedChange.Verdict.NOT_CHECKED);
      assertThat(s.older()).isEmpty();
      assertThat(s.explanation()).contains("预算执行数").contains("部门预算");
    });
  }

  @Test
  void aChangeAgainstAnotherYear_isNotTheOlderDocuments() {
    Disclosure older = doc(2022, Stage.BUDGET, List.of(threePublic("22.91")));
    Disclosure newer = doc(2024, Stage.BUDGET, List.of(), "2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元。");
    assertThat(DisclosureComparison.of(older, newer).statedChanges()).isEmpty();
  }

  @Test
  void aZeroPrintedWhereTheOtherYearLeavesTheCellBlank_isNoAmountAppearing() {
    Row blank = Row.builder().kind(RowKind.CODE).code(ADMIN).label("行政运行").putCells("total", Cell.printed("100"))
        .putCells("basic", Cell.blank()).build();
    Disclosure older = doc(2023, Stage.BUDGET, List.of(byFunction("2023年", AmountUnit.YUAN, "total", "basic", List.of(blank))));
    Disclosure newer = doc(2024, Stage.BUDGET, List.of(byFunction("2024年", AmountUnit.YUAN, "total", "basic",
        List.of(code(ADMIN, "行政运行", "100", "0"), code(PENSION, "养老", "0", "0")))));

    TableComparison t = DisclosureComparison.of(older, newer).tables().get(0);

    assertThat(t.amounts()).extracting(AmountChange::column).containsExactly("total");
    assertThat(t.changes()).isEmpty();
    // the row is new all the same
    assertThat(t.addedRows()).containsExactly("2080505 养老");
  }

  @Test
  void anAmountChange_needsOneSide() {
    assertThatThrownBy(() -> new AmountChange("r", "r", Optional.empty(), "c", "c", Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    AmountChange zero = new AmountChange("r", "r", Optional.empty(), "c", "c", Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.TEN));
    assertThat(zero.change()).contains(BigDecimal.TEN);
    assertThat(zero.percent()).isEmpty();
  }

  private static AmountChange find(TableComparison t, String row, String column) {
    return t.amounts().stream().filter(a -> a.row().equals(row) && a.column().equals(column)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + row + " / " + column + " in " + t.amounts()));
  }
}
