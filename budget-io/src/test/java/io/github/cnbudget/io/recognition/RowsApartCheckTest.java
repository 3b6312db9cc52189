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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables whose amounts were read apart from their rows' names. */
class RowsApartCheckTest {

  /**
   * A two-panel table of tall rows as {@code pdftotext -layout} prints it (each amount a line above its
   * code, the right panel's 款 on its name's line): its amounts come back on rows named by figures or by
   * nothing. The table's amounts are kept unplaced and the report says why. Before, they were read under
   * the wrong rows (工资福利支出's 1,520.00 under a row named 110.00, 700.00 under one named 50.00). So is a
   * table as a tool printing text block by block (in reading order) prints it: the codes and names
   * first, each its own block, then the amount column as one block.
   */
  @ParameterizedTest
  @ValueSource(strings = {"apart/two-panel-tall-rows-layout.txt", "apart/reading-order-blocks.txt"})
  void check_amountsReadApartFromTheirNames_areKeptUnplacedAndReported(String resource) throws IOException {
    ImportResult r;
    try (InputStream in = RowsApartCheckTest.class.getResourceAsStream(resource)) {
      r = DisclosureImporter.defaults().importText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    DisclosureTable t = r.disclosure().tables().get(0);

    assertThat(r.report().problems()).filteredOn(p -> p.kind() == ReadProblem.Kind.AMOUNTS_APART_FROM_ROWS)
        .singleElement().satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
    assertThat(t.rows()).allSatisfy(row -> assertThat(row.cells().values()).noneMatch(c -> c.hasValue()));
    assertThat(t.rows().stream().mapToInt(row -> row.unplaced().size()).sum()).isPositive();
    assertThat(io.github.cnbudget.rules.Rules.defaults().validate(r.disclosure()).findings())
        .noneMatch(f -> f.severity() != Severity.INFO && !f.code().equals("missing-table"));
  }

  /** One row of amounts without a name (a wrapped line) among named rows is no reading apart. */
  @Test
  void check_oneNamelessRow_leavesTheTableRead() {
    ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", "某区档案局2024年度部门决算",
        "一般公共预算财政拨款基本支出决算表", "单位：万元", "科目编码 科目名称 决算数", "301 工资福利支出 1,520.00",
        "30101 基本工资 700.00", "30102 津贴补贴 500.00", "30113 住房公积金 320.00", "12.00", ""));

    assertThat(r.report().problems()).noneMatch(p -> p.kind() == ReadProblem.Kind.AMOUNTS_APART_FROM_ROWS);
    assertThat(r.disclosure().tables().get(0).rows()).filteredOn(row -> row.label().equals("基本工资"))
        .singleElement().satisfies(row -> assertThat(row.cells().values()).anyMatch(c -> c.hasValue()));
  }
}
