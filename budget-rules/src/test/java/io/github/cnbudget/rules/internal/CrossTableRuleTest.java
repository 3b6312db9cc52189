package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.col;
import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static io.github.cnbudget.rules.fixtures.Fixtures.pointer;
import static io.github.cnbudget.rules.fixtures.Fixtures.total;
import static io.github.cnbudget.rules.fixtures.Fixtures.withCell;
import static io.github.cnbudget.rules.fixtures.Fixtures.withPrinted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossTableRuleTest {
  private final CrossTableRule rule = new CrossTableRule(false);
  private final CrossTableRule threePublic = new CrossTableRule(true);

  @Test
  void check_consistentTables_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
    assertThat(threePublic.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_fundTableClassDiffersFromFiscalSummary_fires() {
    Disclosure d = withCell(consistent(), TableKind.FISCAL_APPROPRIATION_SUMMARY, "210", "exp.gpb", "990.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(f -> f.location().pointer(), f -> f.expected().orElseThrow(), f -> f.actual().orElseThrow())
        .containsExactly(tuple(pointer(d, TableKind.GENERAL_PUBLIC_BY_FUNCTION, "210", "total"),
            new BigDecimal("990.00"), new BigDecimal("1000.00")));
  }

  @Test
  void check_expenditureTotalDiffersFromSummary_fires() {
    Disclosure d = withCell(consistent(), TableKind.EXPENDITURE, "合计", "total", "1200.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer(), f -> f.expected().orElseThrow(),
            f -> f.actual().orElseThrow())
        .contains(tuple("cross-table-mismatch", Severity.ERROR, pointer(d, TableKind.EXPENDITURE, "合计", "total"),
            new BigDecimal("1100.00"), new BigDecimal("1200.00")));
  }

  @Test
  void check_classOfFunctionTableDiffersFromFiscalSummary_fires() {
    Disclosure d = withCell(consistent(), TableKind.GENERAL_PUBLIC_BY_FUNCTION, "210", "total", "1010.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(f -> f.location().pointer(), f -> f.expected().orElseThrow(), f -> f.actual().orElseThrow())
        .containsExactly(tuple(pointer(d, TableKind.GENERAL_PUBLIC_BY_FUNCTION, "210", "total"),
            new BigDecimal("1000.00"), new BigDecimal("1010.00")));
  }

  @Test
  void check_receptionRowAboveThreePublic_fires() {
    Disclosure d = withCell(consistent(), TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, "30217", "total", "25.00");
    assertThat(rule.check(d, RuleContext.defaults())).isEmpty();
    assertThat(threePublic.check(d, RuleContext.defaults()))
        .extracting(f -> f.location().pointer(), f -> f.expected().orElseThrow(), f -> f.actual().orElseThrow())
        .containsExactly(tuple(pointer(d, TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, "30217", "total"),
            new BigDecimal("20.00"), new BigDecimal("25.00")));
  }

  @Test
  void check_receptionRowBelowThreePublic_silentBecauseProjectsMayPayTheRest() {
    Disclosure d = withCell(consistent(), TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, "30217", "total", "15.00");
    assertThat(threePublic.check(d, RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_projectTableShort_warns() {
    Disclosure d = withCell(consistent(), TableKind.PROJECT_EXPENDITURE, "信息化运维", "total", "30.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::severity, f -> f.expected().orElseThrow(), f -> f.actual().orElseThrow())
        .containsExactly(tuple(Severity.WARNING, new BigDecimal("100.00"), new BigDecimal("90.00")));
  }

  @Test
  void check_perUnitTableWithoutDepartmentClasses_comparesSumsOverUnits() {
    Disclosure base = consistent();
    int ti = Fixtures.tableIndex(base, TableKind.EXPENDITURE);
    DisclosureTable perUnit = DisclosureTable.builder().kind(TableKind.EXPENDITURE).title("支出总表")
        .addColumns(col("total", Concept.TOTAL))
        .addRows(total("total", "1100.00"),
            io.github.cnbudget.model.table.Row.builder().kind(io.github.cnbudget.model.table.RowKind.CODE)
                .code(io.github.cnbudget.model.classification.FunctionalCode.parse("210")).unit("本级")
                .putAllCells(Fixtures.cells("total", "600.00")).build(),
            io.github.cnbudget.model.table.Row.builder().kind(io.github.cnbudget.model.table.RowKind.CODE)
                .code(io.github.cnbudget.model.classification.FunctionalCode.parse("210")).unit("医保中心")
                .putAllCells(Fixtures.cells("total", "390.00")).build())
        .build();
    Disclosure d = Fixtures.withTable(base, ti, t -> perUnit);
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(f -> f.location().pointer(), f -> f.location().code().orElseThrow(), f -> f.expected().orElseThrow(),
            f -> f.actual().orElseThrow())
        .contains(tuple("/tables/" + ti, "210", new BigDecimal("1000.00"), new BigDecimal("990.00")));
  }

  /**
   * A 类 of the 财政拨款收支总表 whose 一般公共预算 cell could not be read (its values printed without
   * column positions and not placed) is not compared, nor taken for 0, against 一般公共预算支出表.
   */
  @Test
  void check_fiscalSummaryClassWhoseFundingCellWasNotRead_isNotCompared() {
    Disclosure base = consistent();
    int ti = Fixtures.tableIndex(base, TableKind.FISCAL_APPROPRIATION_SUMMARY);
    Disclosure d = Fixtures.withTable(base, ti, t -> {
      List<io.github.cnbudget.model.table.Row> rows = new java.util.ArrayList<>(t.rows());
      int ri = Fixtures.rowIndex(t, "208");
      java.util.Map<String, io.github.cnbudget.model.table.Cell> cells = new java.util.LinkedHashMap<>(rows.get(ri).cells());
      cells.remove("exp.gpb");
      cells.remove("exp.gf");
      rows.set(ri, Fixtures.copy(rows.get(ri), cells).withUnplaced(List.of(io.github.cnbudget.model.table.Cell.printed("80.00"),
          io.github.cnbudget.model.table.Cell.printed("0.00"))));
      return Fixtures.copy(t, rows);
    });

    assertThat(rule.check(d, RuleContext.defaults())).noneMatch(f -> f.location().code().orElse("").equals("208"));
  }

  /**
   * A 收入总表 with a 上年结转 column totals the carryover in its 合计 also when its 上年结转 cell is blank
   * or was not read: it is compared with 收入总计, not 本年收入合计 (a false mismatch of the carryover before).
   */
  @Test
  void check_incomeTableWithACarryoverColumnWhoseTotalCellIsBlank_comparedWithTheGrandTotal() {
    Disclosure d = withCell(consistent(), TableKind.INCOME_EXPENDITURE_SUMMARY, "上年结转", "inc", "100.00");
    d = withCell(d, TableKind.INCOME_EXPENDITURE_SUMMARY, "收入总计", "inc", "1200.00");
    d = withCell(d, TableKind.INCOME, "合计", "total", "1200.00");
    d = withPrinted(d, TableKind.INCOME, "合计", "carry", "");
    String incomeTotal = pointer(d, TableKind.INCOME, "合计", "total");

    assertThat(rule.check(d, RuleContext.defaults())).noneMatch(f -> f.location().pointer().equals(incomeTotal));
    // the same total against 本年收入合计 when the table has no 上年结转 column
    Disclosure without = Fixtures.withTable(d, Fixtures.tableIndex(d, TableKind.INCOME), t -> DisclosureTable.builder().kind(t.kind()).title(t.title())
        .addAllColumns(t.columns().stream().filter(c -> c.concept() != Concept.PRIOR_YEAR_CARRYOVER).toList())
        .addAllRows(t.rows().stream().map(r -> Fixtures.copy(r, r.cells().entrySet().stream()
            .filter(e -> !e.getKey().equals("carry"))
            .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue))))
            .toList()).build());
    assertThat(rule.check(without, RuleContext.defaults())).anyMatch(f -> f.location().pointer().equals(incomeTotal)
        && f.expected().orElseThrow().compareTo(new BigDecimal("1100.00")) == 0);
  }

  private static Disclosure funds(String otherIncome) {
    Disclosure base = consistent();
    BigDecimal other = new BigDecimal(otherIncome);
    DisclosureTable income = DisclosureTable.builder().kind(TableKind.INCOME).title("收入总表")
        .addColumns(col("total", Concept.TOTAL), col("gpb", Concept.GENERAL_PUBLIC_BUDGET),
            col("other", Concept.OTHER_INCOME))
        .addRows(total("total", new BigDecimal("1100.00").add(other), "gpb", "1100.00", "other", other)).build();
    DisclosureTable expenditure = DisclosureTable.builder().kind(TableKind.EXPENDITURE).title("支出总表")
        .addColumns(col("total", Concept.TOTAL)).addRows(total("total", "1200.00")).build();
    DisclosureTable gpb = base.tables().get(Fixtures.tableIndex(base, TableKind.GENERAL_PUBLIC_BY_FUNCTION));
    return Fixtures.copy(base, List.of(income, expenditure, gpb));
  }

  @Test
  void check_wholeFundsMinusGeneralBudgetEqualsOtherIncome_explained() {
    Disclosure d = funds("100.00");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer())
        .containsExactly(tuple("cross-table-explained", Severity.INFO, "/tables/2/rows/0/cells/total"));
  }

  @Test
  void check_wholeFundsMinusGeneralBudgetUnexplained_warns() {
    Disclosure d = funds("50.00");
    // 支出总表 1,200 less the other funding 50 leaves 1,150 for 一般公共预算支出表, which prints 1,100:
    // the finding is off by the unexplained 50, not by the whole gap of 100.
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.expected().orElseThrow(), f -> f.actual().orElseThrow())
        .containsExactly(tuple("cross-table-mismatch", Severity.WARNING, new BigDecimal("1150.00"),
            new BigDecimal("1100.00")));
  }

  /** The basic-expenditure table with one more economic row. */
  private static Disclosure withEconomicRow(Disclosure base, String code, String name, String value) {
    int ti = Fixtures.tableIndex(base, TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC);
    return Fixtures.withTable(base, ti, t -> {
      List<io.github.cnbudget.model.table.Row> rows = new java.util.ArrayList<>(t.rows());
      rows.add(Fixtures.econ(code, name, "total", value, "public", value));
      return Fixtures.copy(t, rows);
    });
  }

  @Test
  void check_travelAndVehiclePurchaseRowsAboveThreePublic_fireSayingBothCannotHold() {
    // “三公” prints 因公出国 0.00 and 购置 30.00; the basic-expenditure rows print 5.00 and 40.00.
    Disclosure d = withEconomicRow(withEconomicRow(consistent(), "30212", "因公出国（境）费用", "5.00"), "31013",
        "公务用车购置", "40.00");
    assertThat(threePublic.check(d, RuleContext.defaults()))
        .extracting(f -> f.location().code().orElseThrow(), f -> f.expected().orElseThrow(),
            f -> f.actual().orElseThrow(), Finding::messageKey)
        .containsExactlyInAnyOrder(
            tuple("30212", new BigDecimal("0.00"), new BigDecimal("5.00"), "cross-table-mismatch.three-public-part"),
            tuple("31013", new BigDecimal("30.00"), new BigDecimal("40.00"), "cross-table-mismatch.three-public-part"));
    assertThat(threePublic.check(d, RuleContext.defaults()).get(0).messageEn()).contains("cannot both hold");
  }

  @Test
  void check_blankThreePublicCell_isNotComparedButListedAsNotChecked() {
    Disclosure base = withEconomicRow(consistent(), "30212", "因公出国（境）费用", "5.00");
    int ti = Fixtures.tableIndex(base, TableKind.THREE_PUBLIC);
    Disclosure d = Fixtures.withTable(base, ti, t -> {
      io.github.cnbudget.model.table.Row r = t.rows().get(0);
      java.util.Map<String, io.github.cnbudget.model.table.Cell> cells = new java.util.LinkedHashMap<>(r.cells());
      cells.put("travel", io.github.cnbudget.model.table.Cell.blank());
      return Fixtures.copy(t, List.of(Fixtures.copy(r, cells)));
    });
    assertThat(threePublic.check(d, RuleContext.defaults())).isEmpty();
    assertThat(threePublic.notChecked(d, RuleContext.defaults()))
        .extracting(n -> n.reason(), n -> n.location().pointer())
        .containsExactly(tuple(NotChecked.Reason.VALUE_MISSING, "/tables/" + ti));
  }

  @Test
  void notChecked_consistentDocument_none() {
    assertThat(rule.notChecked(consistent(), RuleContext.defaults())).isEmpty();
    assertThat(threePublic.notChecked(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void notChecked_expenditureTableNotRead_listedForEveryCheckThatNeedsIt() {
    Disclosure base = consistent();
    int ti = Fixtures.tableIndex(base, TableKind.EXPENDITURE);
    // the title was recognised and nothing under it was read: a changed total can no longer be seen
    Disclosure d = Fixtures.withTable(base, ti, t -> Fixtures.copy(t, List.of()));
    assertThat(rule.check(d, RuleContext.defaults())).isEmpty();
    assertThat(rule.notChecked(d, RuleContext.defaults()))
        .extracting(n -> n.reason(), NotChecked::check, n -> n.location().pointer())
        .containsExactly(
            tuple(NotChecked.Reason.TABLE_NOT_READ, "收支总表 本年支出合计 = 支出总表 合计", "/tables/" + ti),
            tuple(NotChecked.Reason.TABLE_NOT_READ, "项目支出表 = 支出总表 项目支出", "/tables/" + ti));
  }

  @Test
  void notChecked_summaryAbsent_listedAsAbsent() {
    Disclosure base = consistent();
    List<DisclosureTable> tables = new java.util.ArrayList<>(base.tables());
    tables.remove(Fixtures.tableIndex(base, TableKind.INCOME_EXPENDITURE_SUMMARY));
    Disclosure d = Fixtures.copy(base, tables);
    assertThat(rule.notChecked(d, RuleContext.defaults()))
        .extracting(n -> n.reason(), NotChecked::subject)
        .containsExactly(tuple(NotChecked.Reason.TABLE_ABSENT, "收支总表"), tuple(NotChecked.Reason.TABLE_ABSENT, "收支总表"));
    assertThat(new BalanceRule().notChecked(d, RuleContext.defaults()))
        .extracting(n -> n.reason(), NotChecked::subject)
        .containsExactly(tuple(NotChecked.Reason.TABLE_ABSENT, "收支总表"));
  }
}
