package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Evaluation frameworks (共性指标体系框架) printed as tables with column positions: seed 002's
 * framework (names and 参考分值 of its hand-verified model, 得分 of the model's department
 * evaluation) printed as a clean table, tab-separated and space-aligned.
 */
class FrameworkImportTest {
  private static final String TITLE = "部门整体支出绩效评价共性指标体系框架";
  /** Lines before the first row: document title, blank, framework title, two header lines. */
  private static final int FIRST_ROW = 6;

  private static final EvaluationFramework MODEL = SeedDocuments.seed002().frameworks().get(0);
  private static final Map<String, Cell> GAINS = SeedDocuments.seed002().selfEvaluations().stream()
      .filter(e -> e.scope() == GoalScope.DEPARTMENT).findFirst().orElseThrow().indicators().stream()
      .collect(Collectors.toMap(Indicator::name, i -> Cell.printed(i.score().orElseThrow().value().orElseThrow()
          .toPlainString())));

  /** The rows of the clean table: 9 cells each, 一级 and 二级 printed on the first row of their group. */
  private static List<String[]> rows(UnaryOperator<String> score) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"一级指标", "", "二级指标", "", "三级指标", "", "指标说明", "参考评分标准", "得分"});
    rows.add(new String[] {"名称", "参考分值", "名称", "参考分值", "名称", "参考分值", "", "", ""});
    for (FrameworkNode one : MODEL.roots()) {
      boolean firstOne = true;
      for (FrameworkNode two : one.children()) {
        boolean firstTwo = true;
        for (FrameworkNode three : two.children()) {
          rows.add(new String[] {firstOne ? one.name() : "", firstOne ? printed(one) : "",
              firstTwo ? two.name() : "", firstTwo ? printed(two) : "", three.name(), score.apply(printed(three)),
              "考察" + three.name() + "。", "符合要求得满分。", GAINS.get(three.name()).printed()});
          firstOne = false;
          firstTwo = false;
        }
      }
    }
    rows.add(new String[] {"合计", "100", "", "", "", "", "", "", "90.49"});
    return rows;
  }

  private static String printed(FrameworkNode n) {
    return n.referenceScore().orElseThrow().printed();
  }

  private static String tabbed(List<String[]> rows) {
    return rows.stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\n"));
  }

  /** The rows padded to column positions, as pdftotext -layout prints them. */
  private static String aligned(List<String[]> rows) {
    int[] width = new int[9];
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < r.length; c++) {
        line.append(r[c]).append(" ".repeat(width[c] - r[c].length() + 3));
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }

  private static ImportResult run(String table) {
    return DisclosureImporter.defaults().importText("深圳市医疗保险基金管理中心2020年度部门决算\n\n" + TITLE + "\n" + table + "\n");
  }

  private static void assertImportedAsTheModel(ImportResult r) {
    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
    assertThat(r.disclosure().frameworks()).hasSize(1);
    EvaluationFramework f = r.disclosure().frameworks().get(0);
    assertThat(f.title()).isEqualTo(TITLE);
    assertThat(f.line()).hasValue(3);
    assertSameTree(f.roots(), MODEL.roots());

    // lines: each node on the row where its name is printed, 一级 and 二级 on the first row of their group
    FrameworkNode decision = f.roots().get(0);
    assertThat(decision.line()).hasValue(FIRST_ROW);
    assertThat(decision.children().get(0).line()).hasValue(FIRST_ROW);
    assertThat(decision.children().get(1).line()).hasValue(FIRST_ROW + 2);
    FrameworkNode performance = f.roots().get(2);
    assertThat(performance.name()).isEqualTo("部门绩效");
    assertThat(performance.line()).hasValue(FIRST_ROW + 14);
    FrameworkNode last = performance.children().get(3).children().get(1);
    assertThat(last.name()).isEqualTo("公众或服务对象满意度");
    assertThat(last.referenceScore()).contains(Cell.printed("6"));
    assertThat(last.line()).hasValue(FIRST_ROW + 20);
    assertThat(last.descriptions()).containsExactly("考察公众或服务对象满意度。", "符合要求得满分。");
    assertThat(decision.descriptions()).isEmpty();

    // the 得分 column: the department's own evaluation, as in the hand model
    SelfEvaluation e = r.disclosure().selfEvaluations().get(0);
    assertThat(e.scope()).isEqualTo(GoalScope.DEPARTMENT);
    assertThat(e.line()).hasValue(3);
    assertThat(e.department()).contains("深圳市医疗保险基金管理中心");
    assertThat(e.indicators()).hasSize(21);
    assertThat(e.indicators().get(3).name()).isEqualTo("绩效指标明确性");
    assertThat(e.indicators().get(3).level1Text()).isEqualTo("部门决策");
    assertThat(e.indicators().get(3).level2Text()).isEqualTo("目标设置");
    assertThat(e.indicators().get(3).weight()).contains(Cell.printed("7"));
    assertThat(e.indicators().get(3).score()).contains(Cell.printed("5.5"));
    assertThat(e.indicators().get(3).line()).hasValue(FIRST_ROW + 3);
    assertThat(e.totalWeight()).contains(Cell.printed("100"));
    assertThat(e.totalScore()).contains(Cell.printed("90.49"));
  }

  /** Names, levels, 参考分值 and shape as the model has them (lines differ: the model's are seed 002's). */
  private static void assertSameTree(List<FrameworkNode> got, List<FrameworkNode> want) {
    assertThat(got).extracting(FrameworkNode::name).containsExactlyElementsOf(want.stream().map(FrameworkNode::name)
        .toList());
    for (int i = 0; i < want.size(); i++) {
      assertThat(got.get(i).level()).isEqualTo(want.get(i).level());
      assertThat(got.get(i).referenceScore()).isEqualTo(want.get(i).referenceScore());
      assertSameTree(got.get(i).children(), want.get(i).children());
    }
  }

  @Test
  void importText_frameworkTabSeparated_readsTheTreeOfTheModel() {
    assertImportedAsTheModel(run(tabbed(rows(s -> s))));
  }

  @Test
  void importText_frameworkSpaceAligned_readsTheTreeOfTheModel() {
    String table = aligned(rows(s -> s));
    assertThat(table).doesNotContain("\t");
    assertImportedAsTheModel(run(table));
  }

  @Test
  void importText_frameworkWithOneLineHeader_readsItToo() {
    List<String[]> rows = rows(s -> s);
    rows.remove(0);
    rows.set(0, new String[] {"一级指标名称", "参考分值", "二级指标名称", "参考分值", "三级指标名称", "参考分值", "指标说明", "评分标准", "得分"});
    ImportResult r = run(tabbed(rows));

    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
    assertSameTree(r.disclosure().frameworks().get(0).roots(), MODEL.roots());
    assertThat(r.disclosure().frameworks().get(0).roots().get(0).line()).hasValue(FIRST_ROW - 1);
  }

  @Test
  void importText_frameworkWithRowsWithoutNames_reportsEachAndImportsNoFramework() {
    List<String[]> rows = rows(s -> s);
    // 预算编制规范性 (row 2) lost its name; 目标设置 (row 3) lost its 二级 name but kept its score
    rows.get(3)[4] = "";
    rows.get(4)[2] = "";
    ImportResult r = run(tabbed(rows));

    assertThat(r.disclosure().frameworks()).isEmpty();
    assertThat(r.disclosure().selfEvaluations()).isEmpty();
    assertThat(r.report().problems(Severity.ERROR)).satisfiesExactly(
        p -> {
          assertThat(p.line()).isEqualTo(FIRST_ROW + 1);
          assertThat(p.why()).isEqualTo("framework not imported: 参考分值 5 of a 三级 indicator printed without its name");
        },
        p -> {
          assertThat(p.line()).isEqualTo(FIRST_ROW + 2);
          assertThat(p.why()).isEqualTo("framework not imported: 参考分值 10 of a 二级 indicator printed without its name");
        });
  }

  @Test
  void importText_frameworkWithThirdLevelBeforeAnySecond_reportsIt() {
    List<String[]> rows = rows(s -> s);
    rows.get(2)[2] = "";
    rows.get(2)[3] = "";
    ImportResult r = run(tabbed(rows));

    assertThat(r.disclosure().frameworks()).isEmpty();
    // both rows of the group that lost its 二级 name are reported, neither is put under another
    assertThat(r.report().problems(Severity.ERROR)).satisfiesExactly(
        p -> {
          assertThat(p.line()).isEqualTo(FIRST_ROW);
          assertThat(p.why()).isEqualTo("framework not imported: 三级 indicator 预算编制合理性 printed before any 二级 indicator");
        },
        p -> {
          assertThat(p.line()).isEqualTo(FIRST_ROW + 1);
          assertThat(p.why()).isEqualTo("framework not imported: 三级 indicator 预算编制规范性 printed before any 二级 indicator");
        });
  }

  @Test
  void validate_importedFramework_raisesNoErrorAndAWrongScoreIsFound() {
    Disclosure clean = run(tabbed(rows(s -> s))).disclosure();
    // the test document prints no budget tables: the required tables are missing, nothing else is wrong
    assertThat(Rules.defaults().validate(clean).findings(Severity.ERROR)).extracting(Finding::code)
        .containsOnly("missing-table");
    assertThat(Rules.defaults().validate(clean).findings()).extracting(Finding::code)
        .doesNotContain("weights-sum", "total-score-mismatch");

    // 公众或服务对象满意度 printed with 参考分值 7 instead of 6: the 三级 weights no longer make 100
    Disclosure wrong = run(tabbed(rows(s -> s))
        .replace("公众或服务对象满意度\t6\t", "公众或服务对象满意度\t7\t")).disclosure();
    assertThat(wrong.frameworks().get(0).roots().get(2).children().get(3).children().get(1).referenceScore())
        .contains(Cell.printed("7"));
    assertThat(Rules.defaults().validate(wrong).findings()).extracting(Finding::code).contains("weights-sum");
  }
}
