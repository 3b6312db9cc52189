package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class AnnouncedTablesRuleTest {
  private final AnnouncedTablesRule rule = new AnnouncedTablesRule();

  @Test
  void check_everyAnnouncedTablePrinted_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_entryReferringToAnotherDocument_silent() {
    // Shanghai's 部门预算 contents: 十、项目绩效目标 — 详见单位的项目绩效目标表 (printed in the units' documents)
    Disclosure d = Fixtures.withContents(consistent(), "详见单位的项目绩效目标表");
    assertThat(rule.check(d, RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_announcedTableAbsent_warns() {
    Disclosure d = Fixtures.withContents(consistent(), "- (十一) 政府采购预算表");
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer())
        .containsExactly(tuple("announced-table-missing", Severity.WARNING, "/contents/10"));
  }

  @Test
  void matches_ignoresFillerWordsButNotQualifiers() {
    // a year after the entry's number (Shanghai's contents: 4．2025年部门…)
    assertThat(AnnouncedTablesRule.matches(AnnouncedTablesRule.normalise("2025年部门财政拨款收支预算总表"),
        AnnouncedTablesRule.normalise("4．2025年部门财政拨款收支预算总表"))).isTrue();
    assertThat(AnnouncedTablesRule.matches(AnnouncedTablesRule.normalise("政府性基金预算支出预算表"),
        AnnouncedTablesRule.normalise("十、政府性基金预算支出表"))).isTrue();
    assertThat(AnnouncedTablesRule.matches(AnnouncedTablesRule.normalise("一个]收入总表"),
        AnnouncedTablesRule.normalise("二、部门收入总表"))).isTrue();
    assertThat(AnnouncedTablesRule.matches(AnnouncedTablesRule.normalise("支出总表"),
        AnnouncedTablesRule.normalise("(四) 基本支出总表"))).isFalse();
  }

  @Test
  void normalise_stripsOrdinalsYearsAndQuotes() {
    assertThat(AnnouncedTablesRule.normalise("- (九) 一般公共预算“三公”经费支出表")).isEqualTo("一般公共预算三公经费支出表");
    assertThat(AnnouncedTablesRule.normalise("2023年收支总表")).isEqualTo("收支总表");
  }
}
