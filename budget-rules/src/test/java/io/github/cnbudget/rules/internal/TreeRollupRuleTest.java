package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static io.github.cnbudget.rules.fixtures.Fixtures.pointer;
import static io.github.cnbudget.rules.fixtures.Fixtures.withCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeRollupRuleTest {
  private final TreeRollupRule rule = new TreeRollupRule();

  @Test
  void check_consistentTrees_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_itemChanged_firesAtItsSection() {
    Disclosure d = withCell(consistent(), TableKind.EXPENDITURE, "2101501", "total", "610.00");
    List<Finding> f = rule.check(d, RuleContext.defaults());
    assertThat(f).extracting(Finding::code, x -> x.location().pointer(), Finding::severity)
        .containsExactly(tuple("rollup-mismatch", pointer(d, TableKind.EXPENDITURE, "21015", "total"), Severity.ERROR));
    assertThat(f.get(0).expected()).contains(new BigDecimal("1010.00"));
    assertThat(f.get(0).actual()).contains(new BigDecimal("1000.00"));
    assertThat(f.get(0).location().code()).contains("21015");
    assertThat(f.get(0).location().column()).contains("total");
  }

  @Test
  void check_childPrintingTextInAColumn_noSumThroughItIsChecked() {
    // 6OO.OO where 600.00 was printed (OCR), or a value left unread: 21015's total cannot be checked
    Disclosure d = io.github.cnbudget.rules.fixtures.Fixtures.withPrinted(consistent(), TableKind.EXPENDITURE, "2101501", "total", "6OO.OO");
    d = withCell(d, TableKind.EXPENDITURE, "21015", "total", "1111.00");

    assertThat(rule.check(d, RuleContext.defaults())).noneMatch(f -> f.location().code().equals(java.util.Optional.of("21015"))
        && f.location().column().equals(java.util.Optional.of("total")));
    assertThat(rule.notChecked(d, RuleContext.defaults())).extracting(n -> n.reason().code()).contains("value-unreadable");
  }

  @Test
  void check_classChanged_firesAtClassAndTotalRow() {
    Disclosure d = withCell(consistent(), TableKind.EXPENDITURE, "210", "basic", "901.00");
    List<Finding> f = rule.check(d, RuleContext.defaults());
    assertThat(f).extracting(x -> x.location().code().orElseThrow(), x -> x.expected().orElseThrow(),
        x -> x.actual().orElseThrow())
        .containsExactlyInAnyOrder(tuple("210", new BigDecimal("900.00"), new BigDecimal("901.00")),
            tuple("合计", new BigDecimal("1001.00"), new BigDecimal("1000.00")));
  }

  @Test
  void check_differenceWithinRounding_isInfo() {
    Disclosure d = withCell(consistent(), TableKind.EXPENDITURE, "2101501", "total", "600.01");
    List<Finding> f = rule.check(d, RuleContext.defaults());
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.INFO);
      assertThat(x.isWithinRounding()).isTrue();
      assertThat(x.tolerance()).contains(new BigDecimal("0.02"));
    });
  }

  @Test
  void check_zeroToleranceFactor_roundingBecomesError() {
    Disclosure d = withCell(consistent(), TableKind.EXPENDITURE, "2101501", "total", "600.01");
    List<Finding> f = rule.check(d, RuleContext.defaults().withToleranceFactor(BigDecimal.ZERO));
    assertThat(f).extracting(Finding::severity).containsExactly(Severity.ERROR);
  }

  @Test
  void notChecked_tableNotReadAndUnreadableCells_listed() {
    Disclosure base = consistent();
    int expenditure = io.github.cnbudget.rules.fixtures.Fixtures.tableIndex(base, TableKind.EXPENDITURE);
    int gpb = io.github.cnbudget.rules.fixtures.Fixtures.tableIndex(base, TableKind.GENERAL_PUBLIC_BY_FUNCTION);
    Disclosure d = io.github.cnbudget.rules.fixtures.Fixtures.withTable(base, expenditure,
        t -> io.github.cnbudget.rules.fixtures.Fixtures.copy(t, List.of()));
    d = io.github.cnbudget.rules.fixtures.Fixtures.withTable(d, gpb, t -> {
      io.github.cnbudget.model.table.Row r = t.rows().get(1);
      java.util.Map<String, io.github.cnbudget.model.table.Cell> cells = new java.util.LinkedHashMap<>(r.cells());
      cells.put("total", io.github.cnbudget.model.table.Cell.printed("5 0.6 0"));
      List<io.github.cnbudget.model.table.Row> rows = new java.util.ArrayList<>(t.rows());
      rows.set(1, io.github.cnbudget.rules.fixtures.Fixtures.copy(r, cells));
      return io.github.cnbudget.rules.fixtures.Fixtures.copy(t, rows);
    });
    assertThat(rule.notChecked(consistent(), RuleContext.defaults())).isEmpty();
    assertThat(rule.notChecked(d, RuleContext.defaults()))
        .extracting(n -> n.reason().code(), n -> n.location().pointer(), n -> n.subject())
        .containsExactly(tuple("table-not-read", "/tables/" + expenditure, "支出总表"),
            tuple("value-unreadable", "/tables/" + gpb + "/rows/1/cells/total", "«5 0.6 0»"));
  }
}
