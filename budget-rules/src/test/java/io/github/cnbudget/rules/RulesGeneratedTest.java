package io.github.cnbudget.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.finding.ValidationReport;
import io.github.cnbudget.testkit.DocumentGen;
import io.github.cnbudget.testkit.Gen;
import io.github.cnbudget.testkit.ModelGen;
import io.github.cnbudget.testkit.Mutation;
import io.github.cnbudget.testkit.Mutations;
import io.github.cnbudget.testkit.PropertyChecks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The full rule set over generated consistent documents of any shape the model allows
 * ({@link DocumentGen}) and over targeted {@link Mutations} of them.
 */
class RulesGeneratedTest {
  private static final int TRIES = 40;
  private static final int SHAPE_TRIES = Integer.getInteger("cnbudget.shapeTries", 300);
  private static final DocumentGen DOCUMENTS = DocumentGen.defaults();
  /** The full default set: the generator keeps every identity, catalog name and indicator convention. */
  private static final RuleSet RULES = Rules.defaults();

  private static List<Finding> serious(ValidationReport r) {
    List<Finding> out = new ArrayList<>(r.findings(Severity.ERROR));
    out.addAll(r.findings(Severity.WARNING));
    return out;
  }

  /**
   * The only INFO a consistent generated document earns: 支出总表 exceeds 一般公共预算支出表 by the
   * other funding 收入总表 prints, a true difference the rule explains (the generator makes no rounding
   * differences).
   */
  private static final Set<String> EXPECTED_INFO = Set.of("cross-table-explained");

  /** A generated document with the options it was generated with (shown first when a property fails). */
  record Shaped(DocumentGen.Options options, Disclosure document) {}

  /**
   * Every shape {@link DocumentGen.Options} allows: 1–7 units, any published or unpublished precision,
   * either stage, years 2015–2030, mixed or general-public-only funding, with or without performance,
   * and (when {@code anyTables}) any subset of the tables.
   */
  static Gen<Shaped> shapes(boolean anyTables) {
    return r -> {
      int min = 1 + r.nextInt(4);
      DocumentGen.Options o = DocumentGen.Options.defaults().withUnits(min, min + r.nextInt(4))
          .withPrecision(ModelGen.precisions().generate(r))
          .withStage(r.nextBoolean() ? Stage.BUDGET : Stage.FINAL_ACCOUNT)
          .withYear(FiscalYear.of(2015 + r.nextInt(16)))
          .withGeneralPublicOnly(r.nextInt(3) == 0)
          .withPerformance(r.nextInt(4) != 0);
      if (anyTables && r.nextBoolean()) {
        List<TableKind> kinds = new ArrayList<>();
        for (TableKind k : o.tables()) {
          if (r.nextInt(3) != 0) {
            kinds.add(k);
          }
        }
        o = o.withTables(kinds.toArray(new TableKind[0]));
      }
      return new Shaped(o, DocumentGen.of(o).generate(r));
    };
  }

  @Test
  void generatedDocument_noErrorOrWarning() {
    PropertyChecks.forAll(TRIES, DOCUMENTS, d -> assertThat(serious(RULES.validate(d))).isEmpty());
  }

  @Test
  void generatedDocumentOfAnyShape_onlyTheTablesLeftOutAreReported() {
    PropertyChecks.forAll(SHAPE_TRIES, shapes(true), s -> {
      ValidationReport r = RULES.validate(s.document());
      // A shape without some standard tables is, truly, a document that lacks them: nothing else is wrong.
      assertThat(serious(r)).as(s.options().toString()).allSatisfy(f -> {
        assertThat(f.code()).as(f.toString()).isEqualTo("missing-table");
        assertThat(s.options().tables()).as(f.toString()).doesNotContain(TableKind.valueOf(f.arguments().get(2)));
      });
      if (s.options().tables().equals(DocumentGen.Options.defaults().tables())) {
        assertThat(serious(r)).as(s.options().toString()).isEmpty();
      }
      assertThat(r.findings(Severity.INFO)).as(s.options().toString())
          .allSatisfy(f -> assertThat(f.code()).as(f.toString()).isIn(EXPECTED_INFO));
    });
  }

  /**
   * An amount moved far beyond the tolerance is reported by every identity it takes part in and by
   * nothing else: each ERROR or WARNING is off by exactly the change and sits where the amount takes
   * part (its own row or column of its table, either side of a two-sided table, or a table printing
   * the same quantity); at least one is in its table (every amount takes part in an identity there).
   */
  @Test
  void changedAmount_reportedWhereItTakesPart_offByExactlyTheChange() {
    Gen<Mutation> mutations = r -> Mutations.apply(Mutations.Kind.CHANGE_AMOUNT, shapes(false).generate(r).document(), r);
    PropertyChecks.forAll(SHAPE_TRIES, mutations, m -> {
      BigDecimal delta = m.newValue().orElseThrow().subtract(m.oldValue().orElseThrow()).abs();
      ValidationReport report = RULES.validate(m.document());
      List<Finding> found = serious(report);
      int ti = m.tableIndex().getAsInt();
      String table = "/tables/" + ti + "/";
      String row = "/tables/" + ti + "/rows/" + m.rowIndex().getAsInt() + "/";
      String column = "/cells/" + m.columnKey().orElseThrow();
      boolean twoSided = m.document().tables().get(ti).kind().isTwoSided();
      assertThat(found).as(m.description()).isNotEmpty().allSatisfy(f -> {
        String p = f.location().pointer();
        assertThat(f.difference().orElseThrow().abs()).as(f.toString()).isEqualByComparingTo(delta);
        boolean inTable = p.startsWith(table) && (twoSided || p.startsWith(row) || p.endsWith(column));
        assertThat(inTable || f.code().equals("cross-table-mismatch")).as(f.toString()).isTrue();
      });
      assertThat(found).as(m.description()).anySatisfy(f -> assertThat(f.location().pointer()).startsWith(table));
      assertThat(report.findings(Severity.INFO)).as(m.description())
          .allSatisfy(f -> assertThat(f.code()).as(f.toString()).isIn(EXPECTED_INFO));
    });
  }

  @Test
  void amountWithinRounding_neverAnError() {
    Gen<Mutation> mutations = r ->
        Mutations.apply(Mutations.Kind.PERTURB_WITHIN_ROUNDING, shapes(false).generate(r).document(), r);
    PropertyChecks.forAll(TRIES * 3, mutations, m ->
        assertThat(RULES.validate(m.document()).findings()).as(m.description())
            .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO)));
  }

  @Test
  void transposedDigits_areAnError() {
    PropertyChecks.forAll(TRIES, Mutations.of(DOCUMENTS, Mutations.Kind.TRANSPOSE_DIGITS), m ->
        assertThat(RULES.validate(m.document()).findings(Severity.ERROR)).as(m.description())
            .isNotEmpty());
  }

  @Test
  void droppedRow_breaksItsParent() {
    PropertyChecks.forAll(TRIES, Mutations.of(DOCUMENTS, Mutations.Kind.DROP_ROW), m -> {
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
    PropertyChecks.forAll(TRIES, Mutations.of(DOCUMENTS, Mutations.Kind.RENAME_CODE), m -> {
      ClassificationCode code = m.document().tables().get(m.tableIndex().getAsInt()).rows()
          .get(m.rowIndex().getAsInt()).code().orElseThrow();
      if (!ClassificationCatalog.bundled().contains(code, m.document().year())) {
        return; // the bundled catalog cannot judge the name of a code it does not have
      }
      // a name that is none of the code's joins the document's one summary of what the catalog
      // cannot judge, which lists it with its code
      assertThat(Rules.defaults().pick("catalog-codes").validate(m.document()).findings()).as(m.description())
          .filteredOn(f -> f.code().equals("catalog-gaps"))
          .singleElement()
          .satisfies(f -> assertThat(f.arguments().get(4)).contains(code.digits() + " «" + m.after()));
    });
  }

  @Test
  void changedWeight_reportedAtItsGoal() {
    PropertyChecks.forAll(TRIES, Mutations.of(DOCUMENTS, Mutations.Kind.CHANGE_WEIGHT), m ->
        assertThat(RULES.validate(m.document()).findings("weights-sum")).as(m.description())
            .extracting(f -> f.location().pointer()).contains("/goals/" + m.goalIndex().getAsInt()));
  }
}
