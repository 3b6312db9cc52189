package io.github.cnbudget.io.text;

import io.github.cnbudget.io.ReadProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.testkit.GridPdf;
import io.github.cnbudget.testkit.ProjectFormGen;
import io.github.cnbudget.testkit.ProjectFormGen.Form;
import io.github.cnbudget.testkit.ProjectFormGen.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Project forms generated in each layout ({@link ProjectFormGen}), printed as text and rendered to a
 * ruled PDF, read back: every form one {@link Project} equal to the one printed, and one project goal
 * with its indicators; the personal data printed nowhere in what was read.
 */
class ProjectFormImportTest {
  private static final int CASES = Integer.getInteger("form.roundtrip.cases", 15);
  private static final String DEPARTMENT = "某区卫生健康局";

  @ParameterizedTest
  @EnumSource(Layout.class)
  void generatedForms_printedAsText_readBackEqual(Layout layout) {
    for (int seed = 0; seed < CASES; seed++) {
      List<Form> forms = ProjectFormGen.forms(DEPARTMENT, 2023, layout).generate(new SplittableRandom(seed));
      ImportResult r = DisclosureImporter.defaults()
          .importText(String.join("\n", ProjectFormGen.document(DEPARTMENT, 2023, forms)));
      assertReadBack(r, forms, layout + " seed " + seed + " (text)");
    }
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void generatedForms_renderedToPdf_readBackEqual(Layout layout, @TempDir Path dir) throws IOException {
    for (int seed = 0; seed < CASES; seed++) {
      List<Form> forms = ProjectFormGen.forms(DEPARTMENT, 2023, layout).generate(new SplittableRandom(seed));
      Path pdf = Files.write(dir.resolve(layout + "-" + seed + ".pdf"),
          GridPdf.render(ProjectFormGen.document(DEPARTMENT, 2023, forms)));
      ImportResult r = DisclosureImporter.defaults().importPdf(pdf);
      assertReadBack(r, forms, layout + " seed " + seed + " (PDF)");
      // the cover is page 1; each form begins a page of its own, where its project, goal and indicators are
      for (int i = 0; i < forms.size(); i++) {
        int page = i + 2;
        assertThat(r.disclosure().projects().get(i).place()).map(p -> p.page()).contains(page);
        assertThat(r.disclosure().goals().get(i).indicators()).allSatisfy(in ->
            assertThat(in.place()).map(p -> p.page()).contains(page));
      }
    }
  }

  /**
   * Text from other tools prints one space between cells: the fields of a form are still found by
   * their labels, its blocks by their headers, amounts under the amount columns in order, and the
   * indicator grid's cells by what each word is.
   */
  @ParameterizedTest
  @EnumSource(Layout.class)
  void generatedForms_printedWithSingleSpaces_readBackEqual(Layout layout) {
    for (int seed = 0; seed < CASES; seed++) {
      List<Form> forms = ProjectFormGen.forms(DEPARTMENT, 2023, layout).generate(new SplittableRandom(seed));
      List<String> spaced = ProjectFormGen.document(DEPARTMENT, 2023, forms).stream()
          .map(l -> java.util.Arrays.stream(l.split("\t")).filter(c -> !c.isEmpty()).collect(Collectors.joining(" ")))
          .toList();
      ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", spaced));
      assertReadBack(r, forms, layout + " seed " + seed + " (single-spaced text)");
    }
  }

  /**
   * Text from other tools wraps a cell longer than its column onto the line below (年度资金申请总 …, then
   * 额): the end finishes the label it makes known, else the name that does not end as names end; the
   * forms read back equal at every width.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {5, 6, 7, 8})
  void generatedForms_printedWithSingleSpacesAndWrappedCells_readBackEqual(int wrapAt) {
    for (Layout layout : Layout.values()) {
      for (int seed = 0; seed < CASES; seed++) {
        List<Form> forms = ProjectFormGen.forms(DEPARTMENT, 2023, layout).generate(new SplittableRandom(seed));
        String text = Layouts.singleSpaced(String.join("\n", ProjectFormGen.document(DEPARTMENT, 2023, forms)), wrapAt);
        assertReadBack(DisclosureImporter.defaults().importText(text), forms,
            layout + " seed " + seed + " (single-spaced, wrapped at " + wrapAt + ")");
      }
    }
  }

  /** A money block whose labels wrapped: the ends below are joined into the labels they finish. */
  @org.junit.jupiter.api.Test
  void moneyBlockWithWrappedLabels_joinsEachEndIntoTheLabelItFinishes() {
    String text = String.join("\n", "某区卫生健康局2023年部门预算", "", "财政项目支出绩效目标填报表", "（2023年度）",
        "项目名称 档案数字化 项目性质 一次性项目 项目类别 运转类",
        "项目资金（元） 项目资金总额 500.00 年度资金申请总 300.00",
        "额",
        "其中：财政资金 400.00 其中：当年财政 250.00",
        "拨款",
        "上年结转资金 50.00",
        "一级指标 二级指标 三级指标 指标值",
        "产出指标 数量指标 档案数字化数量 ≥100卷");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    Project p = r.disclosure().projects().get(0);
    assertThat(p.annualBudget()).hasValueSatisfying(c -> assertThat(c.printed()).isEqualTo("300.00"));
    assertThat(p.amounts()).containsOnlyKeys("项目资金总额/其中：财政资金", "年度资金申请总额/其中：当年财政拨款",
        "年度资金申请总额/上年结转资金");
    assertThat(r.report().problems()).noneMatch(pr -> pr.kind() == ReadProblem.Kind.PROJECT_FORM_LINE_NOT_READ);
  }

  /**
   * A 填报表's money block printed with one blank between cells: pairs take the sides in the order the
   * totals were printed; a pair printed alone goes to the side its name belongs to (上年结转 is this
   * year's money) or to the side lacking it, and when neither says, it is kept without a side and
   * reported, never put on a side by guess.
   */
  @org.junit.jupiter.api.Test
  void moneyBlockPrintedWithSingleSpaces_givesEachPairItsSide_andReportsAPairNoSideClaims() {
    String text = String.join("\n", "某区卫生健康局2023年部门预算", "", "财政项目支出绩效目标填报表", "（2023年度）",
        "项目名称 档案数字化 项目性质 一次性项目 项目类别 运转类",
        "项目资金（元） 项目资金总额 500.00 年度资金申请总额 300.00",
        "其中：财政资金 400.00 其中：当年财政拨款 250.00",
        "上年结转资金 50.00",
        "自筹资金 100.00",
        "一级指标 二级指标 三级指标 指标值",
        "产出指标 数量指标 档案数字化数量 ≥100卷");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    Project p = r.disclosure().projects().get(0);
    assertThat(p.amounts()).containsOnlyKeys("项目资金总额/其中：财政资金", "年度资金申请总额/其中：当年财政拨款",
        "年度资金申请总额/上年结转资金", "自筹资金");
    assertThat(r.report().problems()).filteredOn(pr -> pr.kind() == ReadProblem.Kind.FUNDING_SIDE_NOT_KNOWN)
        .singleElement().satisfies(pr -> assertThat(pr.what()).isEqualTo("自筹资金 100.00"));
    assertThat(r.disclosure().goals().get(0).indicators()).singleElement()
        .satisfies(i -> assertThat(i.targetText()).contains("≥100卷"));
  }

  /**
   * A money block whose label's cell spans its lines, printed with one blank between cells: the label
   * alone over its unit (项目资金 / （元）, as text in the page's order prints it), or its pieces opening
   * the lines of sources (项目资金 其中：财政资金 …, （元） 上年结转资金 …), or each alone between them. The
   * label is no source table's header, its unit no end of the label above it, and no line of sources is
   * left out; a line of sources is not finished by the first piece of
   * the block label below it (项目 / 绩效 / 目标). 其中：财政资金 printed alone is the total side's.
   * Before, the label alone was read as a 资金来源 header (every pair then without a side), the lines
   * opening with a piece of it were not read, and 其他资金 became 其他资金项目.
   */
  @org.junit.jupiter.api.Test
  void moneyBlockLabelSpanningItsLines_isNeitherHeaderNorSource() {
    for (List<String> block : List.of(
        List.of("项目资金", "（元）", "项目资金总额 500.00 年度资金申请总额 300.00", "其中：财政资金 400.00",
            "其中：当年财政拨款 250.00", "上年结转资金 50.00", "其他资金 100.00 其他资金 0.00"),
        List.of("项目资金总额 500.00 年度资金申请总额 300.00", "其中：当年财政拨款 250.00",
            "项目资金 其中：财政资金 400.00", "（元） 上年结转资金 50.00", "其他资金 100.00 其他资金 0.00"),
        List.of("项目资金总额 500.00 年度资金申请总额 300.00", "其中：当年财政拨款 250.00", "项目资金",
            "其中：财政资金 400.00", "（元）", "上年结转资金 50.00", "其他资金 100.00 其他资金 0.00"))) {
      List<String> lines = new java.util.ArrayList<>(List.of("某区卫生健康局2023年部门预算", "", "财政项目支出绩效目标填报表",
          "（2023年度）", "项目名称 档案数字化 项目性质 一次性项目 项目类别 运转类"));
      lines.addAll(block);
      lines.addAll(List.of("项目", "绩效", "目标", "项目总目标 年度总体目标", "完成档案数字化。 完成档案数字化。",
          "一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 档案数字化数量 ≥100卷"));

      ImportResult r = DisclosureImporter.defaults().importText(String.join("\n", lines));

      Project p = r.disclosure().projects().get(0);
      assertThat(p.amountUnit()).as(block.get(0)).contains(io.github.cnbudget.model.AmountUnit.YUAN);
      assertThat(p.amounts()).as(block.get(0)).containsOnlyKeys("项目资金总额/其中：财政资金",
          "年度资金申请总额/其中：当年财政拨款", "年度资金申请总额/上年结转资金", "项目资金总额/其他资金", "年度资金申请总额/其他资金");
      assertThat(p.amounts().get("项目资金总额/其他资金").printed()).isEqualTo("100.00");
      assertThat(r.report().problems()).as(block.get(0)).noneMatch(pr -> pr.kind() == ReadProblem.Kind.PROJECT_FORM_LINE_NOT_READ
          || pr.kind() == ReadProblem.Kind.FUNDING_SIDE_NOT_KNOWN);
    }
  }

  private static void assertReadBack(ImportResult r, List<Form> forms, String what) {
    Disclosure d = r.disclosure();
    assertThat(d.projects()).as(what).hasSameSizeAs(forms);
    for (int i = 0; i < forms.size(); i++) {
      assertThat(d.projects().get(i)).as(what).usingRecursiveComparison()
          .ignoringFields("line", "costs.line", "purchases.line").ignoringFieldsMatchingRegexes("(.*\\.)?place")
          .isEqualTo(forms.get(i).project());
    }
    List<PerformanceGoal> goals = d.goals().stream().filter(g -> g.scope() == GoalScope.PROJECT).toList();
    assertThat(goals).as(what).hasSameSizeAs(forms);
    for (int i = 0; i < forms.size(); i++) {
      PerformanceGoal expected = forms.get(i).goal();
      PerformanceGoal actual = goals.get(i);
      assertThat(actual.project()).as(what).isEqualTo(expected.project());
      assertThat(actual.budget().map(c -> c.withoutPlace())).as(what).isEqualTo(expected.budget());
      assertThat(actual.amountUnit()).as(what).isEqualTo(expected.amountUnit());
      assertThat(actual.longTermGoal()).as(what).isEqualTo(expected.longTermGoal());
      assertThat(actual.annualGoal()).as(what).isEqualTo(expected.annualGoal());
      assertThat(IndicatorText.of(actual.indicators())).as(what).isEqualTo(IndicatorText.of(expected.indicators()));
    }
    String json = DisclosureJson.defaults().writeString(d);
    String problems = r.report().problems().toString();
    for (Form f : forms) {
      for (String personal : f.personal()) {
        assertThat(json).as(what + ": personal data in the model").doesNotContain(personal);
        assertThat(problems).as(what + ": personal data in the problems").doesNotContain(personal);
      }
    }
    assertThat(r.report().problems()).as(what).isEmpty();
  }

}
