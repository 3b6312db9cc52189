package io.github.cnbudget.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EmbedRulesTest {
  /** 合计 printed one unit above 基本支出 + 项目支出: a rounding-level difference at whole 万元. */
  private static Disclosure offByOne() {
    Row row = Row.builder().kind(RowKind.CODE).code(FunctionalCode.of(210, 15, 1)).label("行政运行")
        .putCells("total", Cell.printed("2959")).putCells("basic", Cell.printed("2458")).putCells("project", Cell.printed("500"))
        .build();
    return Disclosure.builder().department(Department.of("深圳市医疗保障局")).year(FiscalYear.of(2023)).stage(Stage.BUDGET)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 0))
        .addTables(DisclosureTable.builder().kind(TableKind.EXPENDITURE).title("支出总表")
            .addColumns(Column.of("total", Concept.TOTAL, "合计"), Column.of("basic", Concept.BASIC, "基本支出"),
                Column.of("project", Concept.PROJECT, "项目支出"))
            .addRows(row).build())
        .build();
  }

  @Test
  void arithmetic_defaultTolerance_acceptsRoundingDifference() {
    assertThat(EmbedRules.arithmetic(BigDecimal.ONE).accepts(offByOne())).isTrue();
  }

  @Test
  void arithmetic_exactSums_rejectsRoundingDifference() {
    EmbedRules strict = EmbedRules.arithmetic(BigDecimal.ZERO);
    assertThat(strict.accepts(offByOne())).isFalse();
    assertThat(strict.check(offByOne()).findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("column-identity");
      assertThat(f.difference()).contains(BigDecimal.ONE);
    });
  }

  @Test
  void arithmetic_runsOnlyTheChosenRules() {
    ValidationReport r = EmbedRules.arithmetic(BigDecimal.ZERO).check(ValidateDocument.read(java.nio.file.Path.of("data",
        "003_59f1650a4d501d8b.txt")));
    assertThat(r.findings()).isNotEmpty().allSatisfy(f -> assertThat(Arrays.asList(EmbedRules.ARITHMETIC)).contains(f.ruleId()));
  }

  @Test
  void accepts_consistentDocument() {
    assertThat(EmbedRules.arithmetic(BigDecimal.ZERO).accepts(BuildDocument.document())).isTrue();
  }
}
