package io.github.cnbudget.examples;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.organisation.UnitRole;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import java.io.PrintStream;

/**
 * Builds a disclosure with the model's builders (用构建器创建公开文件): a department with one unit, and
 * its expenditure table (支出总表) with a 类 / 款 / 项 row each, 合计 = 基本支出 + 项目支出.
 *
 * <p>Run: {@code mvn -q -pl examples -am package} and then {@code java -cp ...
 * io.github.cnbudget.examples.BuildDocument}, or run its test.
 */
public final class BuildDocument {
  private BuildDocument() {}

  /**
   * The example document, amounts in whole 万元 as seed 000 prints them.
   *
   * @return a small but complete disclosure
   */
  public static Disclosure document() {
    DisclosureTable expenditure = DisclosureTable.builder()
        .kind(TableKind.EXPENDITURE)
        .number("表3")
        .title("支出总表")
        .addColumns(Column.of("total", Concept.TOTAL, "合计"))
        .addColumns(Column.of("basic", Concept.BASIC, "基本支出"))
        .addColumns(Column.of("project", Concept.PROJECT, "项目支出"))
        .addRows(codeRow(FunctionalCode.of(210), "卫生健康支出", "2958", "2458", "500"))
        .addRows(codeRow(FunctionalCode.of(210, 15), "医疗保障管理事务", "2958", "2458", "500"))
        .addRows(codeRow(FunctionalCode.of(210, 15, 1), "行政运行", "2958", "2458", "500"))
        .build();
    return Disclosure.builder()
        .department(Department.builder()
            .name("深圳市医疗保障局")
            .addUnits(BudgetUnit.of("深圳市医疗保障局本级", UnitRole.DEPARTMENT_LEVEL))
            .build())
        .year(FiscalYear.of(2023))
        .stage(Stage.BUDGET)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 0))
        .title("深圳市医疗保障局2023年部门预算")
        .addTables(expenditure)
        .build();
  }

  private static Row codeRow(FunctionalCode code, String name, String total, String basic, String project) {
    return Row.builder()
        .kind(RowKind.CODE)
        .code(code)
        .label(name)
        .putCells("total", Cell.printed(total))
        .putCells("basic", Cell.printed(basic))
        .putCells("project", Cell.printed(project))
        .build();
  }

  /**
   * Prints the document's tables and rows.
   *
   * @param out where to print
   */
  static void print(Disclosure d, PrintStream out) {
    out.println(d.department().name() + " " + d.year() + " " + d.stage().documentTerm() + " (" + d.precision() + ")");
    for (DisclosureTable t : d.tables()) {
      out.println(t.number().orElse("") + " " + t.title());
      for (Row r : t.rows()) {
        out.println("  " + r.code().map(Object::toString).orElse("") + " " + r.label() + "  合计 " + r.cell("total").orElseThrow().printed());
      }
    }
  }

  /**
   * Builds the document and prints it.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    print(document(), System.out);
  }
}
