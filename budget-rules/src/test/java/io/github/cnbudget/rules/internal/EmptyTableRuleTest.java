package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class EmptyTableRuleTest {
  private final EmptyTableRule rule = new EmptyTableRule();

  private static Disclosure fundTable(DisclosureTable replacement) {
    Disclosure d = consistent();
    return Fixtures.withTable(d, Fixtures.tableIndex(d, TableKind.GOVERNMENT_FUND), t -> replacement);
  }

  private static DisclosureTable.Builder bare() {
    return DisclosureTable.builder().kind(TableKind.GOVERNMENT_FUND).title("政府性基金预算支出表")
        .addColumns(Fixtures.col("total", io.github.cnbudget.model.table.Concept.TOTAL));
  }

  @Test
  void check_emptyTablesWithStatement_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_emptyTableExplainedByNote_silent() {
    assertThat(rule.check(fundTable(bare().addNotes(Note.of("注：本单位无政府性基金预算支出。")).build()),
        RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_emptyTableWithoutStatement_warns() {
    Disclosure d = fundTable(bare().build());
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer(), f -> f.location().table().orElseThrow())
        .containsExactly(tuple("empty-table-without-statement", Severity.WARNING,
            "/tables/" + Fixtures.tableIndex(d, TableKind.GOVERNMENT_FUND), "政府性基金预算支出表"));
  }

  @Test
  void check_listWithoutAmountColumns_silent_butAnEmptyTableOfAmountsStillWarns() {
    // 部门决算单位构成: 序号 | 单位名称 | 备注, rows and no amount column
    io.github.cnbudget.model.table.Row unit = io.github.cnbudget.model.table.Row.builder()
        .kind(io.github.cnbudget.model.table.RowKind.ITEM).label("上海市普陀区财政局（本级）").number("1").build();
    DisclosureTable list = DisclosureTable.builder().kind(TableKind.OTHER).title("部门决算单位构成").addRows(unit).build();
    assertThat(rule.check(fundTable(list), RuleContext.defaults())).isEmpty();
    assertThat(rule.check(fundTable(bare().addRows(unit).build()), RuleContext.defaults())).hasSize(1);
  }
}
