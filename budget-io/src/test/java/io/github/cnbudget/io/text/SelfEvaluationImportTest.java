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
  void importText_seed002_readsFiveOfTheSixSelfEvaluationsAsTheModelHasThem() {
    ImportResult r = seed002();
    Map<Integer, SelfEvaluation> model = SeedDocuments.seed002().selfEvaluations().stream()
        .filter(e -> e.project().isPresent()).collect(Collectors.toMap(e -> e.line().getAsInt(), e -> e));

    assertThat(r.disclosure().selfEvaluations()).extracting(e -> e.line().getAsInt())
        .containsExactly(3038, 3097, 3297, 3388, 3445);
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

  @Test
  void importText_seed002_reportsTheSelfEvaluationWhoseRowCannotBeSplit() {
    ImportResult r = seed002();

    // 附件 2-3: name, target and actual of 调查病历真实性 each wrapped over two lines above "5 4"
    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.line() > 3000)
        .singleElement().satisfies(p -> {
          assertThat(p.line()).isEqualTo(3269);
          assertThat(p.why()).startsWith("self-evaluation table not imported");
        });
    // the evaluation framework (共性指标体系框架) is recognised and reported, not read
    assertThat(r.report().problems(Severity.ERROR)).filteredOn(p -> p.line() == 1838)
        .singleElement().satisfies(p -> assertThat(p.why()).contains("not imported"));
    // its funding lines print 全年执行数 broken over two lines (13223551.7 / 1)
    assertThat(r.report().problems(Severity.WARNING)).filteredOn(p -> p.why().startsWith("funding line"))
        .extracting(ReadProblem::line).containsExactly(3174, 3180);
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
}
