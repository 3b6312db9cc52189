package io.github.cnbudget.io.text;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Self-evaluation tables (项目支出绩效自评表) read from text, against seed 002's hand-verified model. */
class SelfEvaluationImportTest {

  private static ImportResult seed002() {
    return DisclosureImporter.defaults().importText(Layouts.seed(2));
  }

  private static ImportResult run(String... lines) {
    return DisclosureImporter.defaults().importText("某某中心 2020 年度部门决算\n\n" + String.join("\n\n", lines) + "\n");
  }

  @Test
  void importText_seed002_readsTheSixSelfEvaluationsAsTheModelHasThem() {
    ImportResult r = seed002();
    Map<Integer, SelfEvaluation> model = SeedDocuments.seed002().selfEvaluations().stream()
        .filter(e -> e.project().isPresent()).collect(Collectors.toMap(e -> e.line().getAsInt(), e -> e));

    assertThat(r.disclosure().selfEvaluations()).extracting(e -> e.line().getAsInt())
        .containsExactly(3038, 3097, 3165, 3297, 3388, 3445);
    for (SelfEvaluation e : r.disclosure().selfEvaluations()) {
      SelfEvaluation m = model.get(e.line().getAsInt());
      assertThat(e.project()).isEqualTo(m.project());
      assertThat(e.projectAmount()).isEqualTo(m.projectAmount());
      assertThat(e.department()).isEqualTo(m.department());
      assertThat(e.amountUnit()).contains(AmountUnit.YUAN);
      assertThat(e.funding()).isEqualTo(m.funding());
      assertThat(e.indicators()).isEqualTo(m.indicators());
      assertThat(e.totalWeight()).isEqualTo(m.totalWeight());
      assertThat(e.totalScore()).isEqualTo(m.totalScore());
    }
  }

  /**
   * 附件 2-1 prints its 预期目标 and 实际完成情况 each on one line, side by side as two sentences: both read,
   * as the model has them. The other five wrap the two side by side into one run of lines, where one ends
   * is not printed: not read, and reported.
   */
  @Test
  void importText_seed002_readsTheOverallGoalPrintedAsTwoSentencesOnOneLine() {
    ImportResult r = seed002();
    Map<Integer, SelfEvaluation> model = SeedDocuments.seed002().selfEvaluations().stream()
        .filter(e -> e.project().isPresent()).collect(Collectors.toMap(e -> e.line().getAsInt(), e -> e));

    SelfEvaluation first = r.disclosure().selfEvaluations().get(0);
    assertThat(first.expectedGoal()).isPresent().isEqualTo(model.get(3038).expectedGoal());
    assertThat(first.achievement()).isPresent().isEqualTo(model.get(3038).achievement());
    assertThat(r.disclosure().selfEvaluations().subList(1, 6)).allSatisfy(e -> assertThat(e.expectedGoal()).isEmpty());
    assertThat(r.report().problems()).filteredOn(p -> p.kind() == io.github.cnbudget.io.ReadProblem.Kind.OVERALL_GOAL_NOT_READ)
        .hasSize(5);
  }

  @Test
  void importText_seed002_readsTheCellsThatWrappedAPieceALine() {
    ImportResult r = seed002();
    SelfEvaluation e = r.disclosure().selfEvaluations().stream()
        .filter(s -> s.line().getAsInt() == 3165).findFirst().orElseThrow();

    // 附件 2-3: name, target and actual of 调查病历真实性 each wrapped over two lines above "5 4"
    assertThat(e.indicators()).filteredOn(i -> i.line().getAsInt() == 3269).singleElement().satisfies(i -> {
      assertThat(i.name()).isEqualTo("到参保人就诊的医疗机构调查病历真实性的完成时效");
      assertThat(i.targetText()).contains("在合同规定期限内完成");
      assertThat(i.actual()).contains("暂未在合同规定期限内完成");
    });
    // its funding lines print 全年执行数 broken over two lines (13223551.7 / 1): joined, printed kept
    assertThat(e.funding()).extracting(f -> f.cells().get("全年执行数"))
        .first().satisfies(c -> {
          assertThat(c.value()).contains(new java.math.BigDecimal("13223551.71"));
          assertThat(c.printed()).isEqualTo("13223551.7 1");
        });
    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.line() > 3000).isEmpty();
    assertThat(r.report().problems(Severity.WARNING)).filteredOn(p -> p.why().startsWith("funding line")).isEmpty();
    // the evaluation framework (共性指标体系框架) is recognised and reported, not read
    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.line() == 1838)
        .singleElement().satisfies(p -> assertThat(p.why()).contains("not imported"));
  }

  private static final List<String> HEAD = List.of("项目支出绩效自评表", "项目名称 某某项目 项目金额 100.00",
      "主管部门 某某局 实施单位 某某中心", "项目资金（元）", "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
      "年度资金总额 100.00 100.00 90.00 10 90% 9", "年度总体目标", "预期目标 实际完成情况", "完成项目。 完成项目。",
      "年度绩效指标", "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施");

  private static String[] table(String... rows) {
    List<String> all = new java.util.ArrayList<>(HEAD);
    all.addAll(List.of(rows));
    return all.toArray(new String[0]);
  }

  @Test
  void importText_selfEvaluationWrappedOtherwise_readsLevelsNamesTargetsAndDeviations() {
    ImportResult r = run(table("产出", "指标", "数量", "指标", "培训", "人数 ≥ 100 人次 90 人次 30 27 受疫情影响，",
        "培训推迟。", "质量指标 合格率 100% 100% 30 30", "效益指标 社会效益指标 覆盖率 约 80% 85% 20 20",
        "满意度指标 满意度 ≥90% 95% 20 20", "总分 100 97 优"));

    SelfEvaluation e = r.disclosure().selfEvaluations().get(0);
    assertThat(e.project()).contains("某某项目");
    assertThat(e.implementingUnit()).contains("某某中心");
    assertThat(e.indicators()).extracting(i -> i.level1Text() + "|" + i.level2Text() + "|" + i.name() + "|"
        + i.targetText().orElse("") + "|" + i.actual().orElse("") + "|" + i.deviation().orElse(""))
        .containsExactly("产出指标|数量指标|培训人数|≥ 100 人次|90 人次|受疫情影响，培训推迟。",
            "产出指标|质量指标|合格率|100%|100%|", "效益指标|社会效益指标|覆盖率|约 80%|85%|",
            "满意度指标||满意度|≥90%|95%|");
    assertThat(e.indicators()).extracting(i -> i.line().getAsInt()).containsExactly(35, 39, 41, 43);
    assertThat(e.totalScore().flatMap(c -> c.value())).contains(new java.math.BigDecimal("97"));
  }

  @Test
  void importText_selfEvaluationRowWithoutScores_isReportedAndTheTableNotImported() {
    ImportResult r = run(table("产出指标 数量指标 培训人数 ≥100 人次 90 人次 30", "总分 100 97"));

    assertThat(r.disclosure().selfEvaluations()).isEmpty();
    assertThat(r.report().problems(Severity.ERROR)).singleElement()
        .satisfies(p -> assertThat(p.why()).startsWith("self-evaluation table not imported"));
  }

  @Test
  void importText_selfEvaluationDeviationStartingWithANumber_isReportedNotReadAsTheScore() {
    // 得分 9.48 then 偏差原因 "2020 年…": the last two numbers would read 分值 9.48, 得分 2020
    ImportResult r = run(table("产出指标 数量指标 培训人数 ≥100 人次 90 人次 10 9.48 2020 年培训推迟。", "总分 100 97"));

    assertThat(r.disclosure().selfEvaluations()).isEmpty();
    assertThat(r.report().problems(Severity.ERROR)).singleElement()
        .satisfies(p -> assertThat(p.why()).contains("得分 2020 above 分值 9.48"));
  }

  @Test
  void importText_selfEvaluationCellsWrappedAPieceALine_splitWhereThePiecesFitTheirColumns() {
    // name 2 pieces (column of 10), target 2 (column of 5), actual 2: only one split keeps every cell's
    // pieces before its last equally wide and the last no wider
    ImportResult r = run(table("产出指标 数量指标 培训人数 ≥100 人次 100 人次 30 30", "时效指标",
        "项目验收资料归档完成", "及时性", "按规定时限", "完成", "部分项目延", "期完成", "30 25", "受汛期影响。",
        "满意度指标 满意度 ≥90% 95% 40 40", "总分 100 95"));

    SelfEvaluation e = r.disclosure().selfEvaluations().get(0);
    assertThat(e.indicators()).extracting(i -> i.level2Text() + "|" + i.name() + "|" + i.targetText().orElse("")
        + "|" + i.actual().orElse("") + "|" + i.deviation().orElse(""))
        .containsExactly("数量指标|培训人数|≥100 人次|100 人次|", "时效指标|项目验收资料归档完成及时性|按规定时限完成|部分项目延期完成|受汛期影响。",
            "|满意度|≥90%|95%|");
    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
  }

  @Test
  void importText_selfEvaluationCellsWrappedWithoutASingleSplit_isReportedAndTheTableNotImported() {
    // four pieces of one width: name, target and actual could end after any of them
    ImportResult r = run(table("产出指标 数量指标", "按期完成项目", "验收工作任务", "按期完成验收", "部分完成验收", "30 25",
        "总分 100 95"));

    assertThat(r.disclosure().selfEvaluations()).isEmpty();
    assertThat(r.report().problems(Severity.ERROR)).singleElement()
        .satisfies(p -> assertThat(p.why()).contains("name, target and actual cannot be told apart"));
  }

  @Test
  void importText_selfEvaluationFundingAmountBrokenOverTwoLines_joinedWhenItsDecimalsComeBack() {
    List<String> lines = new java.util.ArrayList<>(HEAD);
    lines.set(5, "年度资金总额 1,250.00 1,200.00");
    lines.addAll(6, List.of("1,150.2", "5", "10 96% 9.6", "其中：当年财政拨款 1,250.00 1,200.00 1,150.25 — 96% —",
        "其他资金 1,322 550.00 0.00 0.00 — 0.00 —"));
    lines.add("产出指标 数量指标 培训人数 ≥100 人次 100 人次 90 90");
    lines.add("总分 100 99.6");
    ImportResult r = run(lines.toArray(new String[0]));

    SelfEvaluation e = r.disclosure().selfEvaluations().get(0);
    assertThat(e.funding()).extracting(f -> f.label() + " " + f.cells().get("全年执行数").printed() + " "
        + f.cells().get("全年执行数").value().map(java.math.BigDecimal::toPlainString).orElse("") + " "
        + f.cells().get("得分").printed())
        .containsExactly("年度资金总额 1,150.2 5 1150.25 9.6", "其中：当年财政拨款 1,150.25 1150.25 —");
    // 1,322 550.00: seven values for six columns and no amount short of its decimals: not read
    assertThat(r.report().problems(Severity.WARNING)).filteredOn(p -> p.why().startsWith("funding line"))
        .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(23));
  }
}
