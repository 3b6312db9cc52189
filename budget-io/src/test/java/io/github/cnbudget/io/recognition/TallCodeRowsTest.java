package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import org.junit.jupiter.api.Test;

/**
 * A two-panel basic-expenditure table whose 类 and 款 codes stand higher than their names, as PDFBox
 * prints it a text line at a time: codes (and some amounts) on one line, names on the next, the second
 * panel's row interleaved. Before, the codes were read as amounts and no row kept its code, name and
 * amount together (the finance bureau's table: 16 of its cells lost, false ERRORs).
 */
class TallCodeRowsTest {
  private static final String TEXT = String.join("\n", "上海市某区某局2024年度部门决算", "",
      "一般公共预算财政拨款基本支出决算表", "单位：万元",
      "经济分类 经济分类", "科目编码 科目编码", "科目名称 决算数 科目名称 决算数", "款 款", "类 类",
      "301 1,500.91 302 28.82",
      "工资福利支出 商品和服务支出",
      "301 01",
      "基本工资 262.33 302",
      "01 办公费 21.21",
      "301 02 1,238.58 302",
      "津贴补贴 02 印刷费 7.61",
      "301 08 机关事业单位基本养老保险缴 0.00 302",
      "06 电费",
      "费",
      "302 其 他 商 品 和 服 务 支",
      "99 0.00",
      "出",
      "1,500.91 28.82",
      "人员经费合计 公用经费合计",
      "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");

  private static Row row(DisclosureTable t, String code) {
    return t.rows().stream().filter(r -> r.code().map(c -> c.digits()).orElse("").equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError(code + " not among " + t.rows().stream().map(Row::label).toList()));
  }

  /** The items both printings of the table share, each with its code, name and amount. */
  private static void assertPanelItems(DisclosureTable t) {
    assertThat(read(row(t, "301"))).isEqualTo("工资福利支出 [1,500.91]");
    assertThat(read(row(t, "302"))).isEqualTo("商品和服务支出 [28.82]");
    assertThat(read(row(t, "30101"))).isEqualTo("基本工资 [262.33]");
    assertThat(read(row(t, "30201"))).isEqualTo("办公费 [21.21]");
    assertThat(read(row(t, "30102"))).isEqualTo("津贴补贴 [1,238.58]");
    assertThat(read(row(t, "30202"))).isEqualTo("印刷费 [7.61]");
    assertThat(read(row(t, "30108"))).isEqualTo("机关事业单位基本养老保险缴费 [0.00]");
  }

  private static String read(Row r) {
    return r.label() + " " + r.cells().values().stream().filter(c -> c.hasValue()).map(c -> c.printed()).toList();
  }

  @Test
  void importText_tallRowsOfTwoPanels_readEachItemWithItsCodeNameAndAmount() {
    DisclosureTable t = DisclosureImporter.defaults().importText(TEXT).disclosure().tables().get(0);

    assertPanelItems(t);
    assertThat(read(row(t, "30206"))).isEqualTo("电费 []");
    assertThat(read(row(t, "30299"))).isEqualTo("其他商品和服务支出 [0.00]");
    assertThat(t.rows()).filteredOn(r -> r.label().equals("人员经费合计")).singleElement()
        .satisfies(r -> assertThat(read(r)).isEqualTo("人员经费合计 [1,500.91]"));
  }

  /**
   * The same table printed in the order the page wrote its cells: each cell on a line of its own where
   * it stands apart in height (a 类 alone, its name, then its amount and the second panel's 类), the
   * totals' names each over its amount. Before, the first items' codes were read as amounts, and the
   * totals' amounts went to the last item and one total.
   */
  @Test
  void importText_twoPanelsInThePagesOrder_readEachItemAndTotal() {
    DisclosureTable t = DisclosureImporter.defaults().importText(String.join("\n", "上海市某区某局2024年度部门决算", "",
        "一般公共预算财政拨款基本支出决算表", "单位：万元", "经济分类", "科目名称 决算数", "经济分类", "科目名称 决算数",
        "科目编码 科目编码", "类", "款", "类", "款",
        "301",
        "工资福利支出",
        "1,500.91 302",
        "商品和服务支出",
        "28.82",
        "301 01",
        "基本工资 262.33",
        "302",
        "01 办公费 21.21",
        "301 02",
        "津贴补贴",
        "1,238.58 302",
        "02 印刷费 7.61",
        "301 08 机关事业单位基本养老保险缴",
        "费",
        "0.00",
        "302",
        "99",
        "其 他 商 品 和 服 务 支",
        "出",
        "0.00",
        "人员经费合计",
        "1,500.91",
        "公用经费合计",
        "28.82",
        "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")).disclosure().tables().get(0);

    assertPanelItems(t);
    assertThat(read(row(t, "30299"))).isEqualTo("其他商品和服务支出 [0.00]");
    assertThat(t.rows()).filteredOn(r -> r.code().isEmpty()).extracting(TallCodeRowsTest::read)
        .containsExactly("人员经费合计 [1,500.91]", "公用经费合计 [28.82]");
  }

  @Test
  void opensAlone_onlyWhereASecondPanelFollows() {
    assertThat(TallCodeRows.opensAlone("301", java.util.List.of("工资福利支出", "1,500.91 302", "商品和服务支出"))).isTrue();
    assertThat(TallCodeRows.opensAlone("302", java.util.List.of("办公费", "01 办公费 21.21"))).isTrue();
    // one panel: a 类 alone, its name wrapped, its amounts, the next item's code whole
    assertThat(TallCodeRows.opensAlone("201", java.util.List.of("一般公共服务", "支出", "264.87 62.63 202.24",
        "20139 社会工作事务 264.87 62.63 202.24"))).isFalse();
  }

  @Test
  void opens_onlySplitCodesOverANameLine() {
    assertThat(TallCodeRows.opens("301 01", "基本工资 262.33 302")).isTrue();
    assertThat(TallCodeRows.opens("301 2,082.85 302 171.07", "工资福利支出 商品和服务支出")).isTrue();
    // a whole code with its amounts, its name wrapped around it: a wrapped name, not split codes
    assertThat(TallCodeRows.opens("201 264.87 62.63 202.24", "支出")).isFalse();
    assertThat(TallCodeRows.opens("301 01 基本工资 262.33", "30102 津贴补贴 1.00")).isFalse();
  }

  /**
   * The first row's name wrapped around its code line, its start printed as the header's last line (一般
   * 公共服务 / 201 300.00 100.00 200.00 / 支出): the catalog's name of the code starts with it, so it starts
   * the row's name. Before, it stayed in the header and the row was named 支出.
   */
  @Test
  void importText_firstRowsNameStartingAboveItsCodeLine_isTheRowsName() {
    io.github.cnbudget.io.text.ImportResult r = io.github.cnbudget.io.text.DisclosureImporter.defaults().importText(
        String.join("\n", "某区社会工作部2024年度部门决算", "", "一般公共预算财政拨款支出决算表", "单位：万元", "项目",
            "合计 基本支出 项目支出", "功能分类", "科目名称", "科目编码", "一般公共服务", "201 300.00 100.00 200.00", "支出",
            "20139 社会工作事务 300.00 100.00 200.00"));

    assertThat(r.disclosure().tables().get(0).rows()).extracting(row -> row.code().map(c -> c.digits()).orElse("")
        + " " + row.label()).containsExactly("201 一般公共服务支出", "20139 社会工作事务");
  }
}
