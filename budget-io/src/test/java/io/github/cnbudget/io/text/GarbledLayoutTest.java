package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OCR damage that must not read as defects of the publisher: garbled headers, run-together tables. */
class GarbledLayoutTest {
  private static final String HEAD = "2023年某市医疗保障局 部门预算\n";

  private static ImportResult read(String... lines) {
    return DisclosureImporter.defaults().importText(HEAD + String.join("\n", lines) + "\n");
  }

  private static DisclosureTable table(Disclosure d, String title) {
    return d.tables().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
  }

  private static List<String> errors(Disclosure d) {
    return Rules.defaults().validate(d).findings(Severity.ERROR).stream().map(Finding::code).toList();
  }

  @Test
  void importText_headerWhoseGroupHoldsItsOwnTotal_dropsTheGroupsAndReportsIt() {
    // 当年财政拨款安排 printed 改款 安排 and 一般公共预算拨款 broken over two columns: the tree read from
    // it puts 总计 and its copy 合计 side by side under one group
    ImportResult r = read("财政拨款支出预算表(部门经济分类科目)", "部门:\t\t\t\t\t\t金额单位: 万元",
        "\t\t項目\t改款 安排\t\t\t\t",
        "件目编码\t\t\t总计\t\t\t公共預算\t拨款",
        "科目編码\t甲位代码\t単位名称(科目)\t\t合计\t小计\t基本支出\t项目支出",
        "\t\t合 计\t60.00\t60.00\t60.00\t50.00\t10.00",
        "\t\t工资福利支出\t50.00\t50.00\t50.00\t50.00\t",
        "\t35001\t基本工资\t50.00\t50.00\t50.00\t50.00\t",
        "\t\t商品和服务支出\t10.00\t10.00\t10.00\t\t10.00",
        "\t35001\t办公费\t10.00\t10.00\t10.00\t\t10.00");

    DisclosureTable t = table(r.disclosure(), "财政拨款支出预算表(部门经济分类科目)");
    assertThat(t.columns()).allMatch(c -> c.parent().isEmpty());
    Row total = t.rows().get(0);
    assertThat(total.cells().values().stream().map(Cell::valueOrZero).map(BigDecimal::toPlainString))
        .containsExactly("60.00", "60.00", "60.00", "50.00", "10.00");
    assertThat(r.report().problems()).anySatisfy(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.why()).startsWith("header not identified: the column group 总计 counts its own total among its parts on 5 of 5 rows");
    });
    assertThat(errors(r.disclosure())).doesNotContain("column-sum-mismatch");
  }

  @Test
  void importText_groupThatDoesNotAddUpWithoutRepeatingItsTotal_keepsItsGroups() {
    // a printed defect: 一般公共预算 60.00 over 基本支出 50.00 + 项目支出 5.00 on every row
    ImportResult r = read("财政拨款支出预算表(部门经济分类科目)", "部门:\t\t\t金额单位: 万元",
        "科目编码\t单位名称(科目)\t一般公共预算拨款\t\t",
        "\t\t小计\t基本支出\t项目支出",
        "\t合 计\t60.00\t50.00\t5.00",
        "\t工资福利支出\t60.00\t50.00\t5.00");

    DisclosureTable t = table(r.disclosure(), "财政拨款支出预算表(部门经济分类科目)");
    assertThat(t.columns()).anyMatch(c -> c.parent().isPresent());
    assertThat(r.report().problems()).noneMatch(p -> p.why().startsWith("header not identified"));
    assertThat(errors(r.disclosure())).contains("column-sum-mismatch");
  }

  @Test
  void importText_runTogetherBasicTable_placesTheClass303AmountUnderPersonnel() {
    // 303's 0.01 meets the sums within rounding under 人员经费 (50.01 = 50.00 + 0.01) and under 公用经费
    // (10.00 + 0.01 against 10.00): 对个人和家庭的补助 is 人员经费 by definition
    ImportResult r = read("一般公共预算基本支出预算表", "",
        "部门: 金额单位: 万元 项 目 基本支出 科目编码 单位代码 单位名称(科目) 合计 人员经费 公用经费 类 款 计 合 60.01 50.01"
            + " 10.00 335001 某某中心 60.01 50.01 10.00 301 50.00 50.00 工资福利支出 基本工资 50.00 50.00 301 01 30101"
            + " 商品和服务支出 302 10.00 10.00 办公费 10.00 30201 10.00 303 对个人和家庭的补助 0.010.01 奖励金 303 09 30309"
            + " 0.010.01");

    DisclosureTable t = table(r.disclosure(), "一般公共预算基本支出预算表");
    Column personnel = t.columns().stream().filter(c -> c.label().equals("人员经费")).findFirst().orElseThrow();
    List<Row> class303 = t.rows().stream()
        .filter(x -> x.label().equals("对个人和家庭的补助") || x.label().equals("奖励金")).toList();
    assertThat(class303).hasSize(2).allSatisfy(x ->
        assertThat(x.cells().get(personnel.key()).value()).contains(new BigDecimal("0.01")));
    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
    assertThat(errors(r.disclosure())).doesNotContain("rollup-mismatch", "column-sum-mismatch");
  }

  @Test
  void importText_firstLevelLabelPrintedBelowItsFirstRows_takesItFromTheSecondLevelPrintedAbove() {
    // the merged 效益指标 cell prints its label on its second row: the first row still carries 产出指标
    ImportResult r = read("整体支出绩效目标表", "部门名称\t某某中心\t\t\t",
        "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
        "\t产出指标\t数量指标\t检查次数\t≥1次",
        "\t\t社会效益指标\t基金使用效率\t=100%",
        "\t效益指标\t\t政策覆盖面\t=100%");

    List<io.github.cnbudget.model.performance.Indicator> indicators = r.disclosure().goals().get(0).indicators();
    assertThat(indicators).extracting(i -> i.level1Text() + "/" + i.level2Text())
        .containsExactly("产出指标/数量指标", "效益指标/社会效益指标", "效益指标/");
    assertThat(r.report().problems()).anySatisfy(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.why()).isEqualTo(
          "first level 产出指标 carried from above contradicts the second level 社会效益指标; read as 效益指标");
    });
    assertThat(errors(r.disclosure())).doesNotContain("level2-mismatch");
  }
}
