package io.github.cnbudget.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Severity;
import io.github.cnbudget.rules.finding.ValidationReport;
import io.github.cnbudget.testkit.DocumentGen;
import io.github.cnbudget.testkit.Mutation;
import io.github.cnbudget.testkit.Mutations;
import io.github.cnbudget.testkit.Properties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The full rule set over generated consistent documents of any shape the model allows
 * ({@link DocumentGen}) and over targeted {@link Mutations} of them.
 */
class RulesGeneratedTest {
  private static final int TRIES = 40;
  private static final DocumentGen DOCUMENTS = DocumentGen.defaults();
  /**
   * The generator keeps every accounting identity but draws indicator names, units and levels at
   * random, prints the current catalog names in any year and does not tie the “三公” table to the
   * economic rows: what those rules report there is true of the generated text, so they are left out
   * of these properties (each has its own firing and silent tests).
   */
  private static final RuleSet RULES = Rules.defaults()
      .skip("rate-unit", "indicator-levels", "catalog-codes", "three-public-economic");

  private static List<Finding> serious(ValidationReport r) {
    List<Finding> out = new ArrayList<>(r.findings(Severity.ERROR));
    out.addAll(r.findings(Severity.WARNING));
    return out;
  }

  @Test
  void generatedDocument_noErrorOrWarning() {
    Properties.forAll(TRIES, DOCUMENTS, d -> assertThat(serious(RULES.validate(d))).isEmpty());
  }

  @Test
  void changedAmount_reportedWhereItTakesPart_offByExactlyTheChange() {
    Properties.forAll(TRIES, Mutations.of(DOCUMENTS, Mutations.Kind.CHANGE_AMOUNT), m -> {
      BigDecimal delta = m.newValue().orElseThrow().subtract(m.oldValue().orElseThrow()).abs();
      List<Finding> found = serious(RULES.validate(m.document()));
      assertThat(found).as(m.description()).isNotEmpty().allSatisfy(f -> {
        assertThat(f.difference().orElseThrow().abs()).as(f.toString()).isEqualByComparingTo(delta);
        assertThat(f.location().pointer().startsWith("/tables/" + m.tableIndex().getAsInt() + "/")
            || f.code().startsWith("cross-table")).as(f.toString()).isTrue();
      });
    });
  }

  @Test
  void amountWithinRounding_neverAnError() {
    Properties.forAll(TRIES, Mutations.of(DOCUMENTS, Mutations.Kind.PERTURB_WITHIN_ROUNDING), m ->
        assertThat(RULES.validate(m.document()).findings()).as(m.description())
            .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO)));
  }

  @Test
  void transposedDigits_areAnError() {
    Properties.forAll(TRIES, Mutations.of(DOCUMENTS, Mutations.Kind.TRANSPOSE_DIGITS), m ->
        assertThat(RULES.validate(m.document()).findings(Severity.ERROR)).as(m.description())
            .isNotEmpty());
  }

  @Test
  void droppedRow_breaksItsParent() {
    Properties.forAll(TRIES, Mutations.of(DOCUMENTS, Mutations.Kind.DROP_ROW), m -> {
      DisclosureTable before = m.original().tables().get(m.tableIndex().getAsInt());
      Row droppedRow = before.rows().get(m.rowIndex().getAsInt());
      ClassificationCode dropped = droppedRow.code().orElseThrow();
      long sameLevel = before.rows().stream()
          .filter(r -> r.code().isPresent() && r.code().get().level() == dropped.level()).count();
      long siblings = before.rows().stream()
          .filter(r -> r.unit().equals(droppedRow.unit()) && r.code().isPresent()
              && r.code().get().parent().equals(dropped.parent()))
          .count();
      // With the row gone its parent is compared with siblings − 1 printed rows: a row no larger than
      // that comparison's rounding bound (siblings · h / 2) is not a detectable gap.
      BigDecimal bound = m.original().precision().ulp().multiply(BigDecimal.valueOf(siblings))
          .divide(BigDecimal.valueOf(2));
      boolean withinRounding = droppedRow.cells().values().stream()
          .allMatch(c -> c.valueOrZero().abs().compareTo(bound) <= 0);
      if (withinRounding || sameLevel == 1 || (dropped.parent().isPresent() && siblings == 1)) {
        // A rounding-sized row, the only row of its level, or an only child: what is left still adds up
        // (a table printed one level lower, or a parent printed without its breakdown).
        return;
      }
      assertThat(serious(RULES.validate(m.document()))).as(m.description()).isNotEmpty();
    });
  }

  @Test
  void renamedCode_reportedAtThatRow() {
    Properties.forAll(TRIES, Mutations.of(DOCUMENTS, Mutations.Kind.RENAME_CODE), m -> {
      String row = "/tables/" + m.tableIndex().getAsInt() + "/rows/" + m.rowIndex().getAsInt();
      ClassificationCode code = m.document().tables().get(m.tableIndex().getAsInt()).rows()
          .get(m.rowIndex().getAsInt()).code().orElseThrow();
      if (!ClassificationCatalog.bundled().contains(code, m.document().year())) {
        return; // the bundled catalog cannot judge the name of a code it does not have
      }
      assertThat(Rules.defaults().pick("catalog-codes").validate(m.document()).findings()).as(m.description())
          .filteredOn(f -> f.location().pointer().equals(row))
          .extracting(Finding::code).containsAnyOf("stale-name", "name-mismatch");
    });
  }

  @Test
  void changedWeight_reportedAtItsGoal() {
    Properties.forAll(TRIES, Mutations.of(DOCUMENTS, Mutations.Kind.CHANGE_WEIGHT), m ->
        assertThat(RULES.validate(m.document()).findings("weights-sum")).as(m.description())
            .extracting(f -> f.location().pointer()).contains("/goals/" + m.goalIndex().getAsInt()));
  }
}
