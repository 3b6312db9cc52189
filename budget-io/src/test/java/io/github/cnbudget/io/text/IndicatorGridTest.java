package io.github.cnbudget.io.text;

import io.github.cnbudget.io.ReadProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.Level2;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Indicator grids (绩效指标) printed otherwise than the seeds: merged 一级/二级 cells whose labels sit in
 * the middle of their groups, value parts with history columns. The variants are in
 * {@code variants/} beside this class.
 */
class IndicatorGridTest {

  static String variant(String name) {
    try (InputStream in = IndicatorGridTest.class.getResourceAsStream("variants/" + name)) {
      if (in == null) {
        throw new IllegalStateException("variant " + name + " not found");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Indicator> indicators(Disclosure d) {
    return d.goals().stream().flatMap(g -> g.indicators().stream()).toList();
  }

  private static String levels(Indicator i) {
    return i.level1Text() + "/" + i.level2Text() + " " + SeedAccuracy.squeeze(i.name());
  }

  /**
   * The grid variants printed as other PDF-to-text tools print them, one blank between cells: the same
   * indicators (levels, names, targets and history) as from the tab-separated text.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"centred-levels.txt", "history-years.txt", "history-relative.txt",
      "history-one-line.txt"})
  void importText_variantPrintedWithSingleSpaces_readsTheSameIndicators(String name) {
    String tab = variant(name);
    List<Indicator> expected = indicators(DisclosureImporter.defaults().importText(tab).disclosure());

    List<Indicator> read = indicators(DisclosureImporter.defaults().importText(Layouts.singleSpaced(tab, 999)).disclosure());

    assertThat(expected).isNotEmpty();
    assertThat(IndicatorText.of(read)).isEqualTo(IndicatorText.of(expected));
  }

  /**
   * A project form's grid as PDFBox prints it: the merged 一级 cell's label on a line of its own between
   * its rows (产出指标), the grid's outer label (绩效指标) likewise, a 二级 label wrapped in its cell around
   * its row (服务对象满意 … 度指标), and a target whose words a comma follows after a blank. Before, each
   * label line became the start of the next indicator's name (产出指标补贴对象审核达标率) and the comma's
   * words a second target.
   */
  @Test
  void importText_gridAsPdfBoxPrintsIt_levelLabelLinesNameNoIndicator() {
    String text = String.join("\n", "上海市普陀区某街道办事处2023年部门预算", "", "财政项目支出绩效目标填报表", "（2023年度）",
        "项目名称 就业援助基地补贴 项目性质 经常性项目 项目类别 特定目标类",
        "项目资金（元） 项目资金总额 100.00 年度资金申请总额 100.00",
        "一级指标 二级指标 三级指标 年度(/项目)指标值",
        "数量指标 补贴对象申请审核完成率 =100.00(%)",
        "产出指标",
        "质量指标 补贴对象审核达标率 =100.00(%)",
        "绩效指标",
        "效益指标 社会效益指标 政治觉悟及参与范围 政治觉悟不断提升 ，范围不断扩大",
        "服务对象满意",
        "满意度指标 补贴对象满意度 ≥80.00(%)",
        "度指标");

    List<Indicator> read = indicators(DisclosureImporter.defaults().importText(text).disclosure());

    assertThat(read).extracting(i -> SeedAccuracy.squeeze(i.name()) + " " + i.targetText().orElse(""))
        .containsExactly("补贴对象申请审核完成率 =100.00(%)", "补贴对象审核达标率 =100.00(%)",
            "政治觉悟及参与范围 政治觉悟不断提升，范围不断扩大", "补贴对象满意度 ≥80.00(%)");
    assertThat(read).extracting(i -> i.level2()).containsExactly(Optional.of(Level2.QUANTITY),
        Optional.of(Level2.QUALITY), Optional.of(Level2.SOCIAL_BENEFIT), Optional.empty());
  }

  /**
   * Names wrapped over two lines with their target alone on a line: between the name's lines (sorted by
   * position: the target centred beside them) or after them (in the order the page wrote the cells), and
   * a quoted name running until its closing quote. Before, the name's start was joined to the row above
   * and its end read as a row of its own; the quoted name's second piece was taken for its target.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void importText_nameWrappedAroundItsTarget_isOneIndicator(boolean targetBetween) {
    List<String> lines = new java.util.ArrayList<>(List.of("上海市普陀区某街道办事处2023年部门预算", "", "财政项目支出绩效目标填报表",
        "（2023年度）", "项目名称 社区党建经费 项目性质 经常性项目 项目类别 特定目标类",
        "项目资金（元） 项目资金总额 100.00 年度资金申请总额 100.00",
        "一级指标 二级指标 三级指标 年度(/项目)指标值",
        "效益指标 社会效益指标 协调推动区域化党建工作的稳定有序发展 有效",
        "全面提升社区党员党性修养，提升书记综合素质，牢固树"));
    lines.addAll(targetBetween ? List.of("有效", "立全心全意为民服务意识") : List.of("立全心全意为民服务意识", "有效"));
    lines.add("“提升居民、驻区单位质量及节能环保意识  提升驻区企");
    lines.addAll(targetBetween ? List.of("提升", "业，依法统计意识 优化营商环境”") : List.of("业，依法统计意识 优化营商环境”", "提升"));
    lines.addAll(List.of("满意度指标 服务对象满意度指标 居民满意度 ≥90%"));

    List<Indicator> read = indicators(DisclosureImporter.defaults().importText(String.join("\n", lines)).disclosure());

    assertThat(read).extracting(i -> SeedAccuracy.squeeze(i.name()) + " " + i.targetText().orElse(""))
        .containsExactly("协调推动区域化党建工作的稳定有序发展 有效",
            "全面提升社区党员党性修养，提升书记综合素质，牢固树立全心全意为民服务意识 有效",
            "“提升居民、驻区单位质量及节能环保意识提升驻区企业，依法统计意识优化营商环境” 提升",
            "居民满意度 ≥90%");
    assertThat(read).extracting(i -> i.level2()).containsExactly(Optional.of(Level2.SOCIAL_BENEFIT),
        Optional.of(Level2.SOCIAL_BENEFIT), Optional.of(Level2.SOCIAL_BENEFIT), Optional.of(Level2.SERVICE_SATISFACTION));
  }

  /**
   * 服务对象满意度 printed alone is the start of the 二级 label 服务对象满意度指标 when a line below prints its
   * end (指标), and an indicator's name when a target follows it.
   */
  @Test
  void importText_labelStartThatIsAlsoAName_isALabelOnlyWhenItsEndFollows() {
    String text = String.join("\n", "上海市普陀区某街道办事处2023年部门预算", "", "财政项目支出绩效目标填报表", "（2023年度）",
        "项目名称 社区建设 项目性质 经常性项目 项目类别 特定目标类",
        "项目资金（元） 项目资金总额 100.00 年度资金申请总额 100.00",
        "一级指标 二级指标 三级指标 年度(/项目)指标值",
        "效益指标 社会效益指标 完善社区基础设施建设 完善率",
        "服务对象满意度",
        "满意度指标 居民满意度 满意度",
        "指标",
        "服务对象满意度 ≥90%");

    List<Indicator> read = indicators(DisclosureImporter.defaults().importText(text).disclosure());

    assertThat(read).extracting(i -> SeedAccuracy.squeeze(i.name()) + " " + i.targetText().orElse(""))
        .containsExactly("完善社区基础设施建设 完善率", "居民满意度 满意度", "服务对象满意度 ≥90%");
  }

  /**
   * A department-wide grid whose rows leave out the header's first column (年度绩效指标): every row
   * printed one column left, its 指标值 column empty. The rows are read one column right, once reported.
   */
  @Test
  void importText_rowsPrintedOneColumnLeftOfTheHeader_readAsTheHeaderLaysThemOut() {
    String tab = variant("centred-levels.txt");
    StringBuilder shifted = new StringBuilder();
    for (String line : tab.split("\n", -1)) {
      String[] c = line.split("\t", -1);
      boolean row = c.length == 5 && !line.startsWith("年度绩效指标") && !line.startsWith("部门名称");
      shifted.append(row ? String.join("\t", java.util.Arrays.copyOfRange(c, 1, 5)) + "\t" : line).append('\n');
    }

    String expected = IndicatorText.of(indicators(DisclosureImporter.defaults().importText(tab).disclosure()));
    ImportResult fromText = DisclosureImporter.defaults().importText(shifted.toString());
    ImportResult fromPdf = DisclosureImporter.defaults().importPdf(pdf(shifted.toString()));

    for (ImportResult r : List.of(fromText, fromPdf)) {
      assertThat(IndicatorText.of(indicators(r.disclosure()))).isEqualTo(expected);
      assertThat(r.report().problems()).filteredOn(p -> p.why().contains("one column left of their header"))
          .singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ReadProblem.Kind.INDICATOR_OUT_OF_COLUMNS));
    }
  }

  /** The text rendered to a ruled PDF (one cell per tab-separated cell), in a temporary file. */
  private static java.nio.file.Path pdf(String text) {
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("grid", ".pdf");
      file.toFile().deleteOnExit();
      return java.nio.file.Files.write(file, io.github.cnbudget.testkit.GridPdf.render(List.of(text.split("\n", -1))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void importText_levelLabelsCentredInTheirGroups_givesEachLabelToTheRowsItIsCentredIn() {
    ImportResult r = DisclosureImporter.defaults().importText(variant("centred-levels.txt"));

    assertThat(indicators(r.disclosure())).extracting(IndicatorGridTest::levels).containsExactly(
        "产出指标/数量指标 参保登记人数", "产出指标/数量指标 稽核定点医药机构数量", "产出指标/数量指标 开展政策宣传次数",
        "产出指标/数量指标 医保经办窗口数量", "产出指标/质量指标 医疗费用审核准确率", "产出指标/质量指标 异地就医备案办理合格率",
        "产出指标/质量指标 基金结算数据准确率", "产出指标/时效指标 医疗费用报销及时率", "产出指标/时效指标 异地就医结算及时率",
        "产出指标/时效指标 信访件办结及时率", "产出指标/时效指标 经办业务按时完成率", "效益指标/社会效益指标 基本医疗保险参保率",
        "效益指标/社会效益指标 群众就医负担", "效益指标/可持续影响指标 医保经办制度健全性",
        "效益指标/可持续影响指标 基金监管长效机制健全性", "效益指标/可持续影响指标 信息系统运行稳定性",
        "满意度指标/服务对象满意度指标 参保群众满意度", "满意度指标/服务对象满意度指标 定点医药机构满意度",
        "成本指标/经济成本指标 经办服务成本控制数", "成本指标/经济成本指标 信息系统运维成本");
    assertThat(r.report().problems()).anySatisfy(p -> assertThat(p.why()).contains("middle of their merged cells"));
  }

  @Test
  void importText_levelLabelsOnTheFirstRowOfTheirGroups_keepsEachLabelUntilTheNext() {
    // seed 000 prints each merged cell's label on its first row: the rows below carry it
    Disclosure d = DisclosureImporter.defaults().importText(Layouts.seed(0)).disclosure();

    assertThat(d.goals()).isEqualTo(SeedDocuments.seed000().goals());
  }

  @Test
  void importText_seed003WholeTargetTable_givesEveryIndicatorTheHandVerifiedLevels() {
    // the OCR text prints every merged 一级/二级 cell in the middle of its group, across a page break
    Disclosure d = DisclosureImporter.defaults().importText(Layouts.seed(3)).disclosure();

    PerformanceGoal expected = SeedDocuments.seed003().goals().stream()
        .filter(g -> g.title().orElse("").equals("整体支出绩效目标表") && !g.indicators().isEmpty())
        .findFirst().orElseThrow();
    List<String> got = d.goals().stream().filter(g -> g.title().orElse("").equals("整体支出绩效目标表"))
        .flatMap(g -> g.indicators().stream()).map(IndicatorGridTest::levels).toList();
    assertThat(got).containsExactlyElementsOf(expected.indicators().stream().map(IndicatorGridTest::levels).toList());
  }

  @Test
  void validate_seed003_raisesOnlyTheRealLevelDifference() {
    Disclosure d = DisclosureImporter.defaults().importText(Layouts.seed(3)).disclosure();

    List<Finding> levels = Rules.defaults().validate(d).findings().stream()
        .filter(f -> f.code().equals("inconsistent-level")).toList();

    // 003-23: 全市定点医药机构即时结算率 under 数量指标 in the project table, 时效指标 here
    assertThat(levels).singleElement().satisfies(f -> assertThat(f.location().line()).hasValue(548));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "history-years.txt | 基本医疗保险参保人数 | ≥225万人 | 2021年=215万人, 2022年=221万人 | 11",
      "history-relative.txt | 稽核定点医药机构数量 | ≥150家 | 前年=120家, 上年=135家 | 7",
      "history-one-line.txt | 长期护理保险受益人数 | ≥1.8万人 | 2022年完成值=1.2万人, 2023年完成值=1.5万人 | 4"})
  void importText_valuePartWithHistoryColumns_keepsEachColumnAsWhatItIs(String file, String name, String target,
      String history, int count) {
    ImportResult r = DisclosureImporter.defaults().importText(variant(file));

    List<Indicator> all = indicators(r.disclosure());
    assertThat(all).hasSize(count).allSatisfy(i -> {
      assertThat(i.targetText()).isPresent();
      assertThat(i.history()).hasSize(2);
    });
    Indicator first = all.get(0);
    assertThat(first.name()).isEqualTo(name);
    assertThat(first.targetText()).hasValue(target);
    assertThat(first.history().toString()).isEqualTo("{" + history + "}");
    // no header word read as an indicator
    assertThat(all).noneMatch(i -> i.name().matches(".*(?:\\d{4}年|前年|上年).*"));
  }

  @Test
  void validate_valuePartWithHistoryColumns_comparesTheTargetColumnOnly() {
    // 医保基金运行's target 收支平衡，略有结余 and every other target column read as targets: the rules on
    // targets (readable, rates in %) find nothing, where the 2021 column read as target would not be
    // what the unit promises for the year
    Disclosure d = DisclosureImporter.defaults().importText(variant("history-years.txt")).disclosure();

    List<String> codes = Rules.defaults().validate(d).findings().stream()
        .filter(f -> f.severity() != io.github.cnbudget.model.Severity.INFO).map(Finding::code).toList();
    assertThat(codes).doesNotContain("target-unparseable", "rate-unit", "inconsistent-target", "inconsistent-level");
    assertThat(indicators(d)).filteredOn(i -> i.name().equals("医疗费用报销及时率")).singleElement()
        .satisfies(i -> {
          assertThat(i.targetText()).hasValue("≥96%");
          assertThat(i.target()).isPresent();
        });
  }
}
