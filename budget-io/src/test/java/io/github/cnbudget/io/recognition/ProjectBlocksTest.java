package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.text.Layouts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.table.Cell;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Project target tables whose merged 项目名称 / 预算数 / 年度目标 cells print their text mid-block. */
class ProjectBlocksTest {
  private static final String HEAD = "2023年某市医疗保障局 部门预算\n";
  private static final String TITLE = String.join("\n", "部门预算项目绩效目标表(2023年度)", "金额单位: 万元", "");
  private static final String HEADER =
      "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性";

  private static String row(String name, String budget, String goal, String indicator, String weight) {
    return "\t" + name + "\t" + budget + "\t" + goal + "\t产出指标\t数量指标\t" + indicator + "\t≥\t1\t个\t" + weight + "\t";
  }

  private static List<PerformanceGoal> goals(String... lines) {
    String text = HEAD + TITLE + String.join("\n", lines) + "\n";
    return DisclosureImporter.defaults().importText(text).disclosure().goals();
  }

  private static List<String> names(PerformanceGoal g) {
    return g.indicators().stream().map(Indicator::name).toList();
  }

  @Test
  void importText_namesWrappedInTheMiddleOfTheirRows_eachProjectGetsItsRows() {
    // weights of 90 do not close a project at 100: only the position of the names tells the projects apart
    List<PerformanceGoal> goals = goals(HEADER, "某中心\t\t8.00\t\t\t\t\t\t\t\t\t",
        row("", "", "", "甲一", "30"),
        row("信息", "", "用 3 万", "甲二", "20"),
        row("建设", "3.00", "元建设", "甲三", "20"),
        row("项目", "", "平台", "甲四", "10"),
        row("", "", "", "甲五", "10"),
        row("", "", "", "乙一", "30"),
        row("档案", "5.00", "用 5 万元", "乙二", "30"),
        row("", "", "", "乙三", "30"));

    assertThat(goals).extracting(g -> g.project().orElse("")).containsExactly("信息建设项目", "档案");
    assertThat(goals.get(0).budget().flatMap(Cell::value)).contains(new BigDecimal("3.00"));
    assertThat(goals.get(1).budget().flatMap(Cell::value)).contains(new BigDecimal("5.00"));
    assertThat(names(goals.get(0))).containsExactly("甲一", "甲二", "甲三", "甲四", "甲五");
    assertThat(names(goals.get(1))).containsExactly("乙一", "乙二", "乙三");
    assertThat(goals.get(0).annualGoal()).contains("用 3 万元建设平台");
    assertThat(goals.get(1).annualGoal()).contains("用 5 万元");
    // the first project starts at its first row (line 5 of the text), the second at its own first row
    assertThat(goals).extracting(g -> g.line().orElse(0)).containsExactly(6, 11);
  }

  @Test
  void importText_cutThatNamePositionsLeaveOpen_isTheOneGivingEveryProjectTheSameWeightSum() {
    // 丁 has four rows and its name on the second: a cut after 丙's second row and one after its third
    // are equally far from the names; only the second gives both projects the same sum (90)
    List<PerformanceGoal> goals = goals(HEADER,
        row("", "", "", "丙一", "30"),
        row("丙项目", "1.00", "", "丙二", "30"),
        row("", "", "", "丙三", "30"),
        row("", "", "", "丁一", "40"),
        row("丁项目", "2.00", "", "丁二", "40"),
        row("", "", "", "丁三", "10"),
        row("", "", "", "丁四", "0"));

    assertThat(goals).extracting(g -> g.project().orElse("")).containsExactly("丙项目", "丁项目");
    assertThat(names(goals.get(0))).containsExactly("丙一", "丙二", "丙三");
    assertThat(names(goals.get(1))).containsExactly("丁一", "丁二", "丁三", "丁四");
  }

  @Test
  void importText_repeatedHeaderStartsAPage_projectsDoNotCrossIt() {
    List<PerformanceGoal> goals = goals(HEADER,
        row("", "", "", "戊一", "45"),
        row("戊项目", "1.00", "", "戊二", "45"),
        "",
        HEADER,
        row("己项目", "2.00", "", "己一", "50"),
        row("", "", "", "己二", "40"));

    assertThat(goals).extracting(g -> g.project().orElse("")).containsExactly("戊项目", "己项目");
    assertThat(names(goals.get(0))).containsExactly("戊一", "戊二");
    assertThat(names(goals.get(1))).containsExactly("己一", "己二");
  }

  @Test
  void importText_seed003_givesEachOfTheElevenProjectsItsRows() {
    List<PerformanceGoal> projects = DisclosureImporter.defaults().importText(Layouts.seed(3)).disclosure().goals()
        .stream().filter(g -> g.project().isPresent()).toList();

    assertThat(projects).extracting(g -> g.line().orElse(0))
        .containsExactly(384, 393, 403, 413, 423, 431, 441, 454, 466, 473, 479);
    assertThat(projects).extracting(g -> g.indicators().size()).containsExactly(9, 8, 10, 8, 8, 8, 13, 9, 7, 6, 7);
    assertThat(projects).allSatisfy(g -> assertThat(g.indicators().stream()
        .map(i -> i.weight().flatMap(Cell::value).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("90"));
    assertThat(projects.get(2).project()).contains("专项业务类—稽核业务工作经费");
    assertThat(projects.get(2).indicators().get(9).name()).isEqualTo("让定点医疗机构能正 确使用医保金");
  }

  @Test
  void importText_moreNamesThanRows_reportsTheNameWithoutRows() {
    ImportResult r = DisclosureImporter.defaults().importText(HEAD + TITLE + String.join("\n", HEADER,
        "\t甲项目\t1.00\t\t\t\t\t\t\t\t\t", row("", "", "", "甲一", "90"), "\t乙项目\t2.00\t\t\t\t\t\t\t\t\t") + "\n");

    assertThat(r.disclosure().goals()).extracting(g -> g.project().orElse("")).containsExactly("甲项目");
    assertThat(r.report().problems()).anySatisfy(p -> {
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.why()).isEqualTo("project of a target table without indicator rows");
    });
  }
}
