package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.fixtures.Fixtures;
import io.github.cnbudget.testkit.DocumentGen;
import io.github.cnbudget.testkit.PropertyChecks;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class IncompleteTableRuleTest {
  private final IncompleteTableRule rule = new IncompleteTableRule();

  /** The consistent fixture with only the rows of 支出总表 that {@code keep} accepts. */
  private static Disclosure expenditureKeeping(Predicate<Row> keep) {
    Disclosure base = consistent();
    int ti = Fixtures.tableIndex(base, TableKind.EXPENDITURE);
    return Fixtures.withTable(base, ti, t -> {
      List<Row> rows = new ArrayList<>();
      for (Row r : t.rows()) {
        if (keep.test(r)) {
          rows.add(r);
        }
      }
      return Fixtures.copy(t, rows);
    });
  }

  private static boolean lastPage(Row r) {
    return r.code().map(c -> c.digits().startsWith("221")).orElse(false);
  }

  @Test
  void check_completeTables_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_onlyTheLastPageWithoutTotal_firesAtTheTable() {
    Disclosure d = expenditureKeeping(IncompleteTableRuleTest::lastPage);
    int ti = Fixtures.tableIndex(d, TableKind.EXPENDITURE);
    List<Finding> found = rule.check(d, RuleContext.defaults());
    assertThat(found)
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer(), Finding::arguments)
        .containsExactly(tuple("incomplete-table", Severity.WARNING, "/tables/" + ti,
            List.of("支出总表", "221", "208, 210", "收支总表")));
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("支出总表 prints no total row and only the 类 221, but 收支总表 also show 208, 210: part of the "
            + "table is missing (e.g. only its last page was printed)");
    assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("支出总表：无合计行，仅列出类 221，而 收支总表 另有类 208, 210，表格不完整（如仅印出最后一页）");
  }

  @Test
  void check_lastPageWithItsTotalRow_leftToTheArithmeticRules() {
    assertThat(rule.check(expenditureKeeping(r -> r.kind() == RowKind.TOTAL || lastPage(r)),
        RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_everyClassWithoutTotalRow_silent() {
    assertThat(rule.check(expenditureKeeping(r -> r.kind() != RowKind.TOTAL), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_noCodeRowsAtAll_silent() {
    assertThat(rule.check(expenditureKeeping(r -> false), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_seed001IncomeTablePrintsOnlyItsLastPage_fires() {
    // Defect 001-1: 收入总体情况表 prints 221 住房保障支出 and its children only, without 合计.
    assertThat(rule.check(SeedDocuments.seed001(), RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer(), f -> f.location().table().orElseThrow(),
            f -> f.arguments().get(1), f -> f.arguments().get(2))
        .containsExactly(tuple("incomplete-table", Severity.WARNING, "/tables/1", "收入总体情况表", "221", "208, 210"));
  }

  @Test
  void check_otherSeeds_silent() {
    for (int s : new int[] {0, 2, 3}) {
      assertThat(rule.check(SeedDocuments.seed(s), RuleContext.defaults())).as("seed %d", s).isEmpty();
    }
  }

  @Test
  void check_generatedDocuments_silent() {
    PropertyChecks.forAll(60, DocumentGen.defaults(), d -> assertThat(rule.check(d, RuleContext.defaults())).isEmpty());
  }
}
