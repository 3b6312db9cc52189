package io.github.cnbudget.cli;

import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Documents and files for the command tests: real seeds and small JSON documents. */
final class Fixtures {
  /** The seed texts shipped with the examples. */
  static final Path SEEDS = Path.of("..", "examples", "data");

  private Fixtures() {}

  static Path seed(String prefix) throws IOException {
    try (var s = Files.list(SEEDS)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt")).findFirst().orElseThrow();
    }
  }

  /**
   * An expenditure table whose 类 row says 3000 while its 款 child says 2958 (an ERROR of the tree
   * rollup), or a consistent one.
   */
  static Disclosure document(String classTotal) {
    return builder(classTotal).build();
  }

  /** As {@link #document(String)}, issued by a department of another name (e.g. one holding control characters). */
  static Disclosure document(String classTotal, String department) {
    return builder(classTotal, department).build();
  }

  private static Disclosure.Builder builder(String classTotal) {
    return builder(classTotal, "深圳市医疗保障局");
  }

  private static Disclosure.Builder builder(String classTotal, String department) {
    DisclosureTable t = DisclosureTable.builder()
        .kind(TableKind.EXPENDITURE)
        .title("支出总表")
        .addColumns(Column.of("total", Concept.TOTAL, "合计"))
        .addRows(row(FunctionalCode.of(210), "卫生健康支出", classTotal))
        .addRows(row(FunctionalCode.of(210, 15), "医疗保障管理事务", "2958"))
        .addRows(row(FunctionalCode.of(210, 15, 1), "行政运行", "2958"))
        .build();
    return Disclosure.builder()
        .department(Department.of(department))
        .year(FiscalYear.of(2023))
        .stage(Stage.BUDGET)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 0))
        .addTables(t);
  }

  private static Row row(FunctionalCode code, String name, String total) {
    return Row.builder().kind(RowKind.CODE).code(code).label(name).putCells("total", Cell.printed(total)).build();
  }

  /**
   * A project self-evaluation (绩效自评表) whose first indicator was printed with the right score
   * (≥322.5 万人, actual 305.63 万人, weight 10 → 9.48) and whose second was given full marks for
   * missing its target (≥100 家, actual 80 家, weight 20 → 16, printed 20).
   */
  static Disclosure withSelfEvaluation() {
    return withSelfEvaluation("深圳市医疗保障局");
  }

  /** As {@link #withSelfEvaluation()}, issued by a department of another name. */
  static Disclosure withSelfEvaluation(String department) {
    SelfEvaluation e = SelfEvaluation.builder()
        .project("医疗保险经办服务")
        .addFunding(LabelledAmounts.builder().label("年度资金总额").putCells("全年预算数", Cell.printed("100"))
            .putCells("全年执行数", Cell.printed("95")).putCells("分值", Cell.printed("10")).putCells("执行率", Cell.printed("95%"))
            .putCells("得分", Cell.printed("9.5")).build())
        .addIndicators(Indicator.builder().level1Text("产出指标").level2Text("数量指标").name("参保人数").targetText("≥322.5 万人")
            .weight(Cell.printed("10")).actual("305.63 万人").score(Cell.printed("9.48")).build())
        .addIndicators(Indicator.builder().level1Text("产出指标").level2Text("数量指标").name("定点机构数").targetText("≥100 家")
            .weight(Cell.printed("20")).actual("80 家").score(Cell.printed("20")).build())
        .totalScore(Cell.printed("38.98"))
        .grade("差")
        .build();
    return builder("2958", department).addSelfEvaluations(e).build();
  }

  static Path writeJson(Path file, Disclosure d) throws IOException {
    Files.writeString(file, DisclosureJson.defaults().withPrettyPrint(true).writeString(d));
    return file;
  }
}
