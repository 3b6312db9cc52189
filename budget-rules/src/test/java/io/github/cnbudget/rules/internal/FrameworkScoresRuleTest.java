package io.github.cnbudget.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FrameworkScoresRuleTest {
  private final FrameworkScoresRule rule = new FrameworkScoresRule();

  private static FrameworkNode node(int level, String name, String score, int line, FrameworkNode... children) {
    FrameworkNode.Builder b = FrameworkNode.builder().level(level).name(name).line(line).addChildren(children);
    if (score != null) {
      b.referenceScore(Cell.printed(score));
    }
    return b.build();
  }

  /** 部门决策 20 = 目标设定 10 + 预算编制 (10 printed or, to fire, something else). */
  private static Disclosure document(String budgetScore, String itemScore) {
    FrameworkNode decision = node(1, "部门决策", "20", 10,
        node(2, "目标设定", "10", 11, node(3, "绩效目标合理性", "5", 12), node(3, "绩效指标明确性", "5", 13)),
        node(2, "预算编制", budgetScore, 14, node(3, "预算编制合理性", itemScore, 15), node(3, "预算编制规范性", "5", 16)));
    return Disclosure.builder().department(Department.of("某局")).year(FiscalYear.of(2020)).stage(Stage.FINAL_ACCOUNT)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 2))
        .addFrameworks(EvaluationFramework.builder().title("部门整体支出绩效评价共性指标体系框架").line(9)
            .addRoots(decision).build())
        .build();
  }

  @Test
  void check_scoresAddUpAtEveryLevel_silent() {
    assertThat(rule.check(document("10", "5"), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_seed002Framework_silent() {
    Disclosure d = SeedDocuments.seed002();
    assertThat(d.frameworks()).isNotEmpty();
    assertThat(rule.check(d, RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_level2ScoreDiffersFromItsItems_firesAtTheLevel2Node() {
    assertThat(rule.check(document("10", "6"), RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.location().code().orElseThrow(),
            f -> f.location().line().orElseThrow(), f -> f.expected().orElseThrow(), f -> f.actual().orElseThrow())
        .containsExactly(tuple("framework-score-mismatch", "/frameworks/0/roots/0/children/1/referenceScore", "预算编制",
            14, new BigDecimal("11"), new BigDecimal("10")));
  }

  @Test
  void check_level1ScoreDiffersFromItsLevel2_firesAtTheRoot() {
    assertThat(rule.check(document("12", "7"), RuleContext.defaults()))
        .extracting(f -> f.location().pointer(), f -> f.expected().orElseThrow(), f -> f.actual().orElseThrow())
        .containsExactly(tuple("/frameworks/0/roots/0/referenceScore", new BigDecimal("22"), new BigDecimal("20")));
  }

  @Test
  void check_childWithoutScore_notCompared() {
    assertThat(rule.check(document(null, "9"), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_messagesInBothLanguages() {
    Finding f = rule.check(document("10", "6"), RuleContext.defaults()).get(0);
    assertThat(f.message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("预算编制", "参考分值", "11");
    assertThat(f.message(java.util.Locale.ENGLISH)).contains("预算编制", "reference score", "11");
  }
}
