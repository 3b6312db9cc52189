package io.github.cnbudget.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.finding.ValidationReport;
import io.github.cnbudget.rules.fixtures.Fixtures;
import io.github.cnbudget.testkit.Gen;
import io.github.cnbudget.testkit.PropertyChecks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties of the full rule set over a consistent document and single-amount changes to it. */
class RulesPropertyTest {
  private static final Disclosure CONSISTENT = Fixtures.consistent();

  /** One printed amount of the consistent document, and a change to apply to it. */
  record Change(int table, int row, String column, BigDecimal delta) {
    Disclosure apply() {
      BigDecimal old = CONSISTENT.tables().get(table).rows().get(row).value(column).orElseThrow();
      return Fixtures.withCell(CONSISTENT, table, row, column, old.add(delta));
    }

    String pointer() {
      return "/tables/" + table + "/rows/" + row + "/cells/" + column;
    }
  }

  private static List<Change> cells() {
    List<Change> out = new ArrayList<>();
    for (int ti = 0; ti < CONSISTENT.tables().size(); ti++) {
      DisclosureTable t = CONSISTENT.tables().get(ti);
      for (int ri = 0; ri < t.rows().size(); ri++) {
        for (Map.Entry<String, Cell> c : t.rows().get(ri).cells().entrySet()) {
          if (c.getValue().hasValue()) {
            out.add(new Change(ti, ri, c.getKey(), BigDecimal.ZERO));
          }
        }
      }
    }
    return out;
  }

  private static Gen<Change> changes(Gen<BigDecimal> deltas) {
    Gen<Change> cell = Gen.oneOf(cells());
    return r -> {
      Change c = cell.generate(r);
      return new Change(c.table(), c.row(), c.column(), deltas.generate(r));
    };
  }

  @Test
  void consistentDocument_hasNoFindingsAtAll() {
    assertThat(Rules.defaults().validate(CONSISTENT).findings()).isEmpty();
  }

  @Test
  void oneAmountOffByOneUnit_neverAnError() {
    Gen<BigDecimal> oneUnit = Gen.oneOf(new BigDecimal("0.01"), new BigDecimal("-0.01"));
    PropertyChecks.forAll(150, changes(oneUnit), c -> {
      ValidationReport r = Rules.defaults().validate(c.apply());
      assertThat(r.findings()).as(c.toString()).allSatisfy(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.isWithinRounding()).isTrue();
      });
    });
  }

  @Test
  void oneAmountChangedBeyondTolerance_reportsExactlyThatChangeWhereItParticipates() {
    Gen<BigDecimal> large = r -> new BigDecimal(r.nextInt(1, 50_000)).movePointLeft(2).add(new BigDecimal("0.50"))
        .multiply(r.nextBoolean() ? BigDecimal.ONE : BigDecimal.ONE.negate());
    PropertyChecks.forAll(150, changes(large), c -> {
      ValidationReport r = Rules.defaults().validate(c.apply());
      List<Finding> serious = new ArrayList<>(r.findings(Severity.ERROR));
      serious.addAll(r.findings(Severity.WARNING));
      assertThat(serious).as(c.toString()).isNotEmpty().allSatisfy(f -> {
        // Every identity the amount takes part in is off by exactly the change, nothing else is off.
        assertThat(f.difference().orElseThrow().abs()).isEqualByComparingTo(c.delta().abs());
        assertThat(f.location().pointer().startsWith("/tables/" + c.table() + "/")
            || f.code().startsWith("cross-table")).as(f.toString()).isTrue();
      });
      assertThat(r.findings(Severity.INFO)).as(c.toString()).isEmpty();
    });
  }

  @Test
  void changedTotal_isReportedAtThatCell() {
    PropertyChecks.forAll(60, changes(Gen.constant(new BigDecimal("7.00"))), c -> {
      Row row = CONSISTENT.tables().get(c.table()).rows().get(c.row());
      boolean isTotalCell = CONSISTENT.tables().get(c.table()).column(c.column())
          .map(col -> col.concept() == Concept.TOTAL && !Fixtures.isLeaf(row)).orElse(false);
      if (!isTotalCell) {
        return;
      }
      ValidationReport r = Rules.defaults().validate(c.apply());
      assertThat(r.findings()).extracting(f -> f.location().pointer()).as(c.toString()).contains(c.pointer());
    });
  }
}
