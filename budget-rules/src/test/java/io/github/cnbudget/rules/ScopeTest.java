package io.github.cnbudget.rules;

import static io.github.cnbudget.rules.fixtures.Fixtures.withCell;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class ScopeTest {
  @Test
  void codes_coversRangeAndDescendants() {
    Scope s = Scope.codes("208", "210");
    assertThat(s.contains(Location.at("/x").withCode("2101501"))).isTrue();
    assertThat(s.contains(Location.at("/x").withCode("208"))).isTrue();
    assertThat(s.contains(Location.at("/x").withCode("221"))).isFalse();
    assertThat(s.contains(Location.at("/x"))).isFalse();
  }

  @Test
  void unitsAndKinds_combine() {
    Scope s = Scope.units("本级").and(Scope.tableKinds(TableKind.INCOME));
    Location in = Location.at("/t").withTable("收入总表", TableKind.INCOME).withUnit("本级");
    assertThat(s.contains(in)).isTrue();
    assertThat(s.contains(in.withUnit("中心"))).isFalse();
  }

  @Test
  void scopedRule_keepsOnlyFindingsInScope() {
    Disclosure d = withCell(Fixtures.consistent(), TableKind.EXPENDITURE, "2101501", "basic", "590.00");
    Rule all = Rules.defaults();
    assertThat(Rules.scoped(all, Scope.tableKinds(TableKind.GENERAL_PUBLIC_BY_FUNCTION))
        .check(d, RuleContext.defaults())).isEmpty();
    assertThat(Rules.scoped(all, Scope.tableKinds(TableKind.EXPENDITURE)).check(d, RuleContext.defaults()))
        .extracting(Finding::code).contains("column-sum-mismatch");
  }
}
