package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlankCellsRuleTest {
  private final BlankCellsRule rule = new BlankCellsRule();

  /** The “三公” table with some cells of its one row replaced. */
  private static Disclosure threePublic(Map<String, Cell> replaced) {
    Disclosure base = consistent();
    int ti = Fixtures.tableIndex(base, TableKind.THREE_PUBLIC);
    return Fixtures.withTable(base, ti, t -> {
      Row r = t.rows().get(0);
      Map<String, Cell> cells = new LinkedHashMap<>(r.cells());
      cells.putAll(replaced);
      return Fixtures.copy(t, List.of(Fixtures.copy(r, cells)));
    });
  }

  @Test
  void check_consistentDocument_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_blankBesidePrintedZeros_oneInfoPerTableNamingTheCells() {
    // 因公出国 printed 0.00, 购置 and 运行维护 blank
    Disclosure d = threePublic(Map.of("purchase", Cell.blank(), "operation", Cell.blank()));
    List<Finding> found = rule.check(d, RuleContext.defaults());
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location().pointer()).startsWith("/tables/" + Fixtures.tableIndex(d, TableKind.THREE_PUBLIC));
      assertThat(f.arguments().get(1)).isEqualTo("1");
      assertThat(f.arguments().get(2)).isEqualTo("2023年预算数: 公务用车购置费, 公务用车运行维护费");
      assertThat(f.messageEn()).contains("print 0.00 there");
    });
  }

  @Test
  void check_blanksInARowWithoutZeros_silent() {
    // the row prints no 0.00 (因公出国 blank too): blanks are how this table writes zero
    Disclosure d = threePublic(Map.of("travel", Cell.blank(), "purchase", Cell.blank()));
    assertThat(rule.check(d, RuleContext.defaults())).isEmpty();
  }
}
