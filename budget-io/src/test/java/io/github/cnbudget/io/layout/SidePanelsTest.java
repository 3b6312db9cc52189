package io.github.cnbudget.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SidePanelsTest {

  private static final List<String> TWO_PANELS = List.of(
      "    科目编码                     科目编码",
      "        科目名称   决算数          科目名称   决算数",
      "",
      "              700.00                        50.00",
      "301    01               302",
      "        基本工资                01   办公费",
      "",
      "              500.00",
      "301    02               302    因 公 出 国",
      "        津贴补贴                11",
      "                               费用",
      "            1,200.00                        80.00",
      "      人员经费合计                公用经费合计",
      "注：本表反映。");

  @Test
  void stacked_twoPanels_printsTheLeftPanelThenTheRight() {
    List<String> out = SidePanels.stacked(TWO_PANELS);

    assertThat(out.stream().map(String::strip).filter(l -> !l.isEmpty()).toList()).containsExactly(
        "科目编码", "科目名称   决算数",
        "700.00", "301    01", "基本工资", "500.00", "301    02", "津贴补贴", "1,200.00", "人员经费合计",
        "50.00", "302  01", "办公费", "302  11    因 公 出 国", "费用", "80.00", "公用经费合计",
        "注：本表反映。");
  }

  /** The page's footer below a table ends its body: it is no row of either panel. */
  @Test
  void stacked_tableOverThePagesFooter_endsAtTheFooter() {
    List<String> lines = List.of(
        "     科目编码     科目名称    合计          科目编码           科目名称   合计",
        "     301     工资福利支出   200.02        302       商品和服务支出       9.06",
        "     30109   职业年金缴费   200.02        30206     电费            3.03",
        "",
        "                                             第 7 页 共 13 页",
        "                        某局2024年部门预算");

    List<String> out = SidePanels.stacked(lines);

    assertThat(out).endsWith("                                             第 7 页 共 13 页", "                        某局2024年部门预算");
    assertThat(out.stream().map(String::strip).filter(l -> !l.isEmpty())).containsExactly("科目编码     科目名称    合计",
        "301     工资福利支出   200.02", "30109   职业年金缴费   200.02", "302       商品和服务支出       9.06",
        "30206     电费            3.03", "第 7 页 共 13 页", "某局2024年部门预算");
  }

  @Test
  void stacked_twoSidedSummaryOrOnePanel_isLeftAsPrinted() {
    List<String> summary = List.of("  项目      决算数        项目        决算数", "一、财政拨款收入  10.00   一、一般公共服务支出  10.00");
    List<String> onePanel = List.of("科目编码  科目名称  决算数", "301  工资福利支出  10.00");

    assertThat(SidePanels.stacked(summary)).isEqualTo(summary);
    assertThat(SidePanels.stacked(onePanel)).isEqualTo(onePanel);
  }

  @Test
  void stacked_panelsNoColumnSeparates_isLeftAsPrinted() {
    // a word of the body runs across the gap between the header's panels: no cut, nothing moved
    List<String> lines = List.of("科目编码  决算数   科目编码  决算数", "301 工资福利支出很长很长的名称 302 商品和服务支出 10.00");

    assertThat(SidePanels.stacked(lines)).isEqualTo(lines);
  }

  /**
   * A two-panel table of tall rows as {@code pdftotext -layout} prints it: each amount a line above its
   * code, the name a line below, the right panel's 款 on its name's line, a blank cell printing nothing.
   * Every cell is read. Before, the two panels' lines interleaved, the amounts came back on rows named
   * by figures or by nothing and were kept unplaced (amounts-apart-from-rows).
   */
  @Test
  void importText_twoPanelTallRowsAsALayoutToolPrintsThem_readsEveryCell() throws IOException {
    ImportResult r;
    try (InputStream in = SidePanelsTest.class.getResourceAsStream("two-panel-tall-rows-layout.txt")) {
      r = DisclosureImporter.defaults().importText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    DisclosureTable t = r.disclosure().tables().get(0);

    assertThat(amount(t, "301")).contains(new BigDecimal("1520.00"));
    assertThat(amount(t, "30101")).contains(new BigDecimal("700.00"));
    assertThat(amount(t, "30102")).contains(new BigDecimal("500.00"));
    assertThat(amount(t, "30113")).contains(new BigDecimal("320.00"));
    assertThat(amount(t, "303")).isEmpty();
    assertThat(amount(t, "302")).contains(new BigDecimal("110.00"));
    assertThat(amount(t, "30201")).contains(new BigDecimal("50.00"));
    assertThat(amount(t, "30211")).contains(new BigDecimal("30.00"));
    assertThat(amount(t, "30228")).contains(new BigDecimal("30.00"));
    assertThat(amount(t, "30229")).isEmpty();
    assertThat(t.rows()).filteredOn(row -> row.label().endsWith("经费合计")).extracting(row -> row.label())
        .containsExactly("人员经费合计", "公用经费合计");
    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
    assertThat(io.github.cnbudget.rules.Rules.defaults().validate(r.disclosure()).findings())
        .noneMatch(f -> f.severity() != Severity.INFO && !f.code().equals("missing-table"));
  }

  private static Optional<BigDecimal> amount(DisclosureTable t, String code) {
    Row row = t.rows().stream().filter(x -> x.code().map(c -> c.digits().equals(code)).orElse(false)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + code));
    return row.cells().values().stream().flatMap(c -> c.value().stream()).findFirst();
  }
}
