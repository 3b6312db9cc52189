package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingItemRowsRuleTest {
  private final MissingItemRowsRule rule = new MissingItemRowsRule();

  @Test
  void check_everySectionHasItems_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_sectionWithoutItems_fires() {
    Disclosure base = consistent();
    int ti = Fixtures.tableIndex(base, TableKind.GENERAL_PUBLIC_BY_FUNCTION);
    Disclosure d = Fixtures.withTable(base, ti, t -> {
      List<Row> rows = new ArrayList<>();
      for (Row r : t.rows()) {
        if (!r.code().map(c -> c.digits().length() == 7 && c.digits().startsWith("21015")).orElse(false)) {
          rows.add(r);
        }
      }
      return Fixtures.copy(t, rows);
    });
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer(), f -> f.location().code().orElseThrow())
        .containsExactly(tuple("missing-item-rows", Severity.ERROR, "/tables/" + ti + "/rows/5", "21015"));
  }

  @Test
  void check_sectionRowMissingWhileOtherSectionsPrinted_firesAtItsFirstChild() {
    Disclosure base = consistent();
    int ti = Fixtures.tableIndex(base, TableKind.GENERAL_PUBLIC_BY_FUNCTION);
    Disclosure d = Fixtures.withTable(base, ti, t -> {
      List<Row> rows = new ArrayList<>();
      for (Row r : t.rows()) {
        if (!r.code().map(c -> c.digits().equals("21015")).orElse(false)) {
          rows.add(r);
        }
      }
      return Fixtures.copy(t, rows);
    });
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().code().orElseThrow(), f -> f.arguments().get(2))
        .containsExactly(tuple("missing-parent-row", Severity.ERROR, "2101501", "21015"));
  }
}
