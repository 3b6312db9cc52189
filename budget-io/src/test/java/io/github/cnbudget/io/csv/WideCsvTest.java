package io.github.cnbudget.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WideCsvTest {
  private static String write(WideCsv wide, DisclosureTable t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wide.write(t, out);
    byte[] b = out.toByteArray();
    assertThat(b[0] & 0xff).isEqualTo(0xef);
    return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
  }

  @Test
  void write_table_printedLayoutWithAmountsAsNumbers() {
    String text = write(WideCsv.defaults(), TestDocuments.shenzhen2023().tables().get(0));

    assertThat(text.split("\r\n")).containsExactly(
        "表3 深圳市医疗保障局2023年部门支出总表",
        "科目编码,项目,单位,合计,基本支出,项目支出",
        ",合计,,2958,0.50,-",
        "2101501,行政运行,深圳市医疗保险基金管理中心,461.49,,0.00",
        "注：本表无政府性基金预算支出。");
  }

  @Test
  void write_multiLevelHeaders_bottomAligned() {
    DisclosureTable t = DisclosureTable.builder().kind(TableKind.INCOME).title("收入总表")
        .addColumns(Column.of("total", Concept.TOTAL, "合计"))
        .addColumns(Column.builder().key("gpb").concept(Concept.GENERAL_PUBLIC_BUDGET).addHeader("财政拨款", "一般公共预算").build())
        .addRows(Row.builder().kind(RowKind.TOTAL).label("合计").putCells("total", Cell.of("1")).build())
        .build();

    assertThat(write(WideCsv.defaults(), t).split("\r\n"))
        .containsExactly("收入总表", ",,财政拨款", "项目,合计,一般公共预算", "合计,1,");
  }

  @Test
  void write_formulaCells_neutralisedByDefaultAndNotWhenOff() {
    DisclosureTable t = DisclosureTable.builder().kind(TableKind.OTHER).title("=cmd|' /C calc'!A0")
        .addColumns(Column.of("a", Concept.OTHER, "+a"))
        .addRows(Row.builder().kind(RowKind.ITEM).label("@SUM(A1:A9)")
            .putCells("a", Cell.text("=1+1")).build())
        .addRows(Row.builder().kind(RowKind.ITEM).label("\tx").putCells("a", Cell.of("-5.00")).build())
        .build();

    String safe = write(WideCsv.defaults(), t);
    String raw = write(WideCsv.defaults().withSpreadsheetSafe(false), t);

    assertThat(safe.split("\r\n")).containsExactly("'=cmd|' /C calc'!A0", "项目,'+a", "'@SUM(A1:A9),'=1+1", "'\tx,-5.00");
    assertThat(raw.split("\r\n")).containsExactly("=cmd|' /C calc'!A0", "项目,+a", "@SUM(A1:A9),=1+1", "\tx,-5.00");
  }

  @Test
  void write_document_oneFilePerTable(@TempDir Path dir) throws Exception {
    List<Path> files = WideCsv.defaults().write(TestDocuments.shenzhen2023(), dir);

    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("table-01.csv", "table-02.csv");
    assertThat(Files.readString(files.get(1), StandardCharsets.UTF_8)).contains("本表无数据");
  }
}
