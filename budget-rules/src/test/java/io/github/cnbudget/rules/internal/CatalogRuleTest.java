package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Severity;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogRuleTest {
  private final CatalogRule rule = new CatalogRule();

  private static Disclosure withRow(int rowIndex, Row row) {
    Disclosure d = consistent();
    return Fixtures.withTable(d, Fixtures.tableIndex(d, TableKind.EXPENDITURE), t -> {
      List<Row> rows = new ArrayList<>(t.rows());
      rows.set(rowIndex, row);
      return Fixtures.copy(t, rows);
    });
  }

  @Test
  void check_currentNames_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_nameOfEarlierYears_warnsWithTheYears() {
    Disclosure d = withRow(4, Fixtures.fn("210", "医疗卫生与计划生育支出", "total", "1000.00"));
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer(), f -> f.arguments().get(3),
            f -> f.arguments().get(5))
        .containsExactly(tuple("stale-name", Severity.WARNING, "/tables/2/rows/4", "–2018", "卫生健康支出"));
    assertThat(rule.check(d, RuleContext.defaults()).get(0).messageZh()).contains("医疗卫生与计划生育支出").contains("2018");
  }

  @Test
  void check_nameNeverTheCodes_isInfo() {
    Disclosure d = withRow(4, Fixtures.fn("210", "卫生健康", "total", "1000.00"));
    assertThat(rule.check(d, RuleContext.defaults())).extracting(Finding::code, Finding::severity)
        .containsExactly(tuple("name-mismatch", Severity.INFO));
  }

  @Test
  void check_unknownCodes_infoAgainstBundledWarningAgainstGivenCatalog() {
    Disclosure d = withRow(6, Fixtures.fn("2101598", "虚构项", "total", "600.00"));
    assertThat(rule.check(d, RuleContext.defaults())).extracting(Finding::code, Finding::severity,
        f -> f.location().code().orElseThrow())
        .containsExactly(tuple("unknown-code", Severity.INFO, "2101598"));
    RuleContext given = RuleContext.defaults().withCatalog(ClassificationCatalog.bundled());
    assertThat(rule.check(d, given)).extracting(Finding::severity).containsExactly(Severity.WARNING);
  }

  @Test
  void check_itemUnderUnknownSection_fires() {
    Disclosure d = withRow(6, Fixtures.fn("2109901", "虚构项", "total", "600.00"));
    assertThat(rule.check(d, RuleContext.defaults())).extracting(Finding::code, f -> f.arguments().get(2))
        .containsExactly(tuple("unknown-parent-code", "21099"));
  }
}
