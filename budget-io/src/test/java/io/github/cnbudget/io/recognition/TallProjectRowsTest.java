package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.TableKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Tall rows as a tool grouping words into lines by their heights prints them. A project table printing
 * 单位名称 before 项目名称: both names wrapped around a line of values (某区民政局本 困难群众救助资金管 /
 * 300.00 300.00 / 级 理), or one whole on the values' line and the other around it. A procurement table by
 * unit: a unit's name around its line of values (某区社会福利服务 / 40.00 20.00 20.00 / 中心). Before, the
 * pieces ended the names of the rows above (某区社会福利服务中心某区社会福利服务), the values were rows of
 * their own and the projects lost their units.
 */
class TallProjectRowsTest {
  private static Disclosure read() throws IOException {
    try (InputStream in = DisclosureImporter.class.getResourceAsStream("variants/tall-project-rows.txt")) {
      return DisclosureImporter.defaults()
          .importText(new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)).disclosure();
    }
  }

  private static List<String> rows(Disclosure d, TableKind kind) {
    DisclosureTable t = d.tables().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
    return t.rows().stream().map(r -> r.unit().map(u -> u + " | ").orElse("") + r.label() + " "
        + r.cells().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().printed()).toList()).toList();
  }

  @Test
  void importText_projectNamesWrappedAroundTheirValues_readWithTheirUnits() throws IOException {
    assertThat(rows(read(), TableKind.PROJECT_EXPENDITURE)).containsExactly(
        "合计 [c1=450.00, c2=400.00, c3=50.00]",
        "某区民政局本级 | 困难群众救助资金管理 [c1=300.00, c2=300.00]",
        "某区社会福利服务中心 | 社区养老服务补贴发放 [c1=100.00, c2=100.00]",
        "某区社会福利服务中心 | 福利院设施维护 [c1=50.00, c3=50.00]");
  }

  @Test
  void importText_unitNameWrappedAroundItsValues_isTheUnitsRow() throws IOException {
    assertThat(rows(read(), TableKind.GOVERNMENT_PROCUREMENT)).containsExactly(
        "合计 [c1=120.00, c2=20.00, c3=100.00]",
        "某区民政局本级 | 某区民政局本级 [c1=80.00, c3=80.00]",
        "某区社会福利服务中心 | 某区社会福利服务中心 [c1=40.00, c2=20.00, c3=20.00]");
  }

  /** Pieces that only read as an organ's name, no unit printed before, are not taken for one. */
  @Test
  void projectRow_unitNotPrintedBefore_isNotJoined() {
    List<SourceLine> lines = List.of(SourceLine.of(1, "医疗保障信息化建"), SourceLine.of(2, "设 8,001,571.58 0.00"),
        SourceLine.of(3, "广州市医疗保障局"));
    Reading reading = new Reading(lines, new CellReader(2, new java.util.ArrayList<>()),
        CodeResolver.of(io.github.cnbudget.model.catalog.ClassificationCatalog.bundled(), io.github.cnbudget.model.FiscalYear.of(2025)), new Units("某区民政局"),
        new java.util.ArrayList<>(), null);

    assertThat(TallRows.projectRow(reading.lines.get(0), reading)).isEmpty();
  }

  /**
   * A two-panel basic-expenditure table of whole 元 as pdfplumber prints it: a row printing no name on its
   * line, its code before its values, the name around the line (对个人和家庭的补 / 合计 … 303 600000 600000 / 助:
   * the second panel's first row, its start the header's last line; 因公出国（境）费 / 30212 800000 800000 /
   * 用). Before, the start stayed in the header or waited for the next row, 303 was read as an amount of
   * 合计, and the end began the name of the row below (助工资福利支出).
   */
  @Test
  void importText_panelRowsNamedAroundTheirLine_readWithTheirNames() throws IOException {
    String text;
    try (InputStream in = DisclosureImporter.class.getResourceAsStream("variants/two-panel-names-around.txt")) {
      text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }

    Disclosure d = DisclosureImporter.defaults().importText(text).disclosure();

    assertThat(rows(d, TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC).stream().map(r -> r.replace(" [", "|[")).toList())
        .containsExactlyInAnyOrder(
        "合计|[c1=5200000, c2=3100000, c3=2100000]",
        "对个人和家庭的补助|[c1=600000, c2=600000]",
        "工资福利支出|[c1=2500000, c2=2500000]",
        "退休费|[c1=400000, c2=400000]",
        "基本工资|[c1=2500000, c2=2500000]",
        "奖励金|[c1=200000, c2=200000]",
        "商品和服务支出|[c1=1700000, c3=1700000]",
        "资本性支出|[c1=400000, c3=400000]",
        "办公费|[c1=900000, c3=900000]",
        "办公设备购置|[c1=400000, c3=400000]",
        "因公出国（境）费用|[c1=800000, c3=800000]");
  }
}
