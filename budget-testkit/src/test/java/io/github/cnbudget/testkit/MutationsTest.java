package io.github.cnbudget.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MutationsTest {
  private static final Gen<Disclosure> DOCS = DocumentGen.defaults();

  /** Every (table, row, column) whose cell differs between two documents with the same row structure. */
  private static List<String> cellDifferences(Disclosure a, Disclosure b) {
    List<String> out = new ArrayList<>();
    assertThat(b.tables()).hasSameSizeAs(a.tables());
    for (int t = 0; t < a.tables().size(); t++) {
      List<Row> ra = a.tables().get(t).rows();
      List<Row> rb = b.tables().get(t).rows();
      assertThat(rb).hasSameSizeAs(ra);
      for (int i = 0; i < ra.size(); i++) {
        for (Map.Entry<String, Cell> e : ra.get(i).cells().entrySet()) {
          if (!e.getValue().equals(rb.get(i).cells().get(e.getKey()))) {
            out.add(t + "/" + i + "/" + e.getKey());
          }
        }
        assertThat(rb.get(i).cells().keySet()).isEqualTo(ra.get(i).cells().keySet());
      }
    }
    return out;
  }

  private static void assertOnlyTablesChanged(Mutation m) {
    Disclosure a = m.original();
    Disclosure b = m.document();
    assertThat(b.department()).isEqualTo(a.department());
    assertThat(b.projects()).isEqualTo(a.projects());
    assertThat(b.goals()).isEqualTo(a.goals());
    assertThat(b.selfEvaluations()).isEqualTo(a.selfEvaluations());
    assertThat(b).isNotEqualTo(a);
  }

  @Test
  void changeAmount_changesExactlyTheReportedCell_farBeyondRounding() {
    PropertyChecks.forAll(200, Mutations.of(DOCS, Mutations.Kind.CHANGE_AMOUNT), m -> {
      assertOnlyTablesChanged(m);
      String where = m.tableIndex().getAsInt() + "/" + m.rowIndex().getAsInt() + "/" + m.columnKey().orElseThrow();
      assertThat(cellDifferences(m.original(), m.document())).containsExactly(where);
      BigDecimal old = m.oldValue().orElseThrow();
      BigDecimal now = m.newValue().orElseThrow();
      BigDecimal ulp = m.original().precision().ulp();
      assertThat(now.subtract(old).abs()).isBetween(ulp.multiply(BigDecimal.valueOf(100)), ulp.multiply(BigDecimal.valueOf(999)));
      assertThat(now.signum()).isNotNegative();
      assertThat(now.scale()).isEqualTo(old.scale());
      Row row = m.document().tables().get(m.tableIndex().getAsInt()).rows().get(m.rowIndex().getAsInt());
      assertThat(row.value(m.columnKey().get())).contains(now);
      assertThat(m.tableTitle()).contains(m.original().tables().get(m.tableIndex().getAsInt()).title());
      assertThat(m.description()).contains("CHANGE_AMOUNT").contains(m.columnKey().get()).contains(m.after());
      assertThat(m.pointer()).isEqualTo("/tables/" + m.tableIndex().getAsInt() + "/rows/" + m.rowIndex().getAsInt()
          + "/cells/" + m.columnKey().get());
    });
  }

  @Test
  void perturbWithinRounding_movesOneCellByOneUlp() {
    PropertyChecks.forAll(200, Mutations.of(DOCS, Mutations.Kind.PERTURB_WITHIN_ROUNDING), m -> {
      assertThat(cellDifferences(m.original(), m.document())).hasSize(1);
      assertThat(m.newValue().orElseThrow().subtract(m.oldValue().orElseThrow()).abs())
          .isEqualByComparingTo(m.original().precision().ulp());
    });
  }

  @Test
  void transposeDigits_swapsTwoAdjacentDigits() {
    PropertyChecks.forAll(200, Mutations.of(DOCS, Mutations.Kind.TRANSPOSE_DIGITS), m -> {
      assertThat(cellDifferences(m.original(), m.document())).hasSize(1);
      String before = m.oldValue().orElseThrow().unscaledValue().toString();
      String after = m.newValue().orElseThrow().unscaledValue().toString();
      assertThat(after).hasSameSizeAs(before).isNotEqualTo(before);
      assertThat(after.chars().sorted().toArray()).isEqualTo(before.chars().sorted().toArray());
      int diffs = 0;
      for (int i = 0; i < before.length(); i++) {
        diffs += before.charAt(i) != after.charAt(i) ? 1 : 0;
      }
      assertThat(diffs).isEqualTo(2);
    });
  }

  @Test
  void dropRow_removesExactlyTheReportedRow() {
    PropertyChecks.forAll(200, Mutations.of(DOCS, Mutations.Kind.DROP_ROW), m -> {
      assertOnlyTablesChanged(m);
      int t = m.tableIndex().getAsInt();
      List<Row> before = m.original().tables().get(t).rows();
      List<Row> after = m.document().tables().get(t).rows();
      List<Row> expected = new ArrayList<>(before);
      Row removed = expected.remove(m.rowIndex().getAsInt());
      assertThat(after).isEqualTo(expected);
      assertThat(m.rowLabel()).contains(removed.label());
      assertThat(m.pointer()).isEqualTo("/tables/" + t + "/rows/" + m.rowIndex().getAsInt());
      for (int i = 0; i < m.original().tables().size(); i++) {
        if (i != t) {
          assertThat(m.document().tables().get(i)).isEqualTo(m.original().tables().get(i));
        }
      }
    });
  }

  @Test
  void renameCode_changesOnlyTheLabel() {
    PropertyChecks.forAll(200, Mutations.of(DOCS, Mutations.Kind.RENAME_CODE), m -> {
      assertOnlyTablesChanged(m);
      assertThat(cellDifferences(m.original(), m.document())).isEmpty();
      int t = m.tableIndex().getAsInt();
      int r = m.rowIndex().getAsInt();
      Row before = m.original().tables().get(t).rows().get(r);
      Row after = m.document().tables().get(t).rows().get(r);
      assertThat(after.label()).isEqualTo(m.after()).isNotEqualTo(before.label());
      assertThat(after.code()).isEqualTo(before.code());
      assertThat(after.unit()).isEqualTo(before.unit());
    });
  }

  @Test
  void changeWeight_breaksTheWeightSumOfOneGoal() {
    PropertyChecks.forAll(200, Mutations.of(DOCS, Mutations.Kind.CHANGE_WEIGHT), m -> {
      assertThat(m.document().tables()).isEqualTo(m.original().tables());
      int g = m.goalIndex().getAsInt();
      for (int i = 0; i < m.original().goals().size(); i++) {
        if (i != g) {
          assertThat(m.document().goals().get(i)).isEqualTo(m.original().goals().get(i));
        }
      }
      PerformanceGoal after = m.document().goals().get(g);
      PerformanceGoal before = m.original().goals().get(g);
      int changed = 0;
      for (int i = 0; i < before.indicators().size(); i++) {
        Indicator x = before.indicators().get(i);
        Indicator y = after.indicators().get(i);
        if (!x.equals(y)) {
          changed++;
          assertThat(i).isEqualTo(m.indicatorIndex().getAsInt());
          assertThat(y.name()).isEqualTo(x.name());
          assertThat(y.targetText()).isEqualTo(x.targetText());
        }
      }
      assertThat(changed).isEqualTo(1);
      assertThat(m.pointer()).isEqualTo("/goals/" + g + "/indicators/" + m.indicatorIndex().getAsInt());
      BigDecimal sum = after.indicators().stream().map(i -> i.weight().orElseThrow().valueOrZero())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum).isNotEqualByComparingTo("100");
    });
  }

  @Test
  void apply_withoutEligiblePlace_throws() {
    Disclosure empty = Disclosure.builder().department(Department.of("某局")).year(FiscalYear.of(2023))
        .stage(Stage.BUDGET).precision(Precision.of(AmountUnit.WAN_YUAN, 2))
        .addTables(DisclosureTable.builder().kind(io.github.cnbudget.model.table.TableKind.OTHER).title("空表").build())
        .build();
    for (Mutations.Kind k : Mutations.Kind.values()) {
      assertThatThrownBy(() -> Mutations.apply(k, empty, new SplittableRandom(1)))
          .as(k.name()).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void apply_isDeterministic() {
    Disclosure d = DocumentGen.of(DocumentGen.Options.defaults().withStage(Stage.FINAL_ACCOUNT))
        .generate(new SplittableRandom(5));
    for (Mutations.Kind k : Mutations.Kind.values()) {
      Mutation a = Mutations.apply(k, d, new SplittableRandom(9));
      Mutation b = Mutations.apply(k, d, new SplittableRandom(9));
      assertThat(a.document()).isEqualTo(b.document());
      assertThat(a.description()).isEqualTo(b.description()).isEqualTo(a.toString());
      assertThat(a.kind()).isEqualTo(k);
    }
  }

  @Test
  void generatedDocuments_violateNoIdentity() {
    PropertyChecks.forAll(200, DOCS, d -> assertThat(Identities.violations(d)).isEmpty());
  }

  @Test
  void everyAmountMutation_breaksADocumentedIdentity() {
    for (Mutations.Kind k : List.of(Mutations.Kind.CHANGE_AMOUNT, Mutations.Kind.PERTURB_WITHIN_ROUNDING,
        Mutations.Kind.TRANSPOSE_DIGITS, Mutations.Kind.DROP_ROW)) {
      PropertyChecks.forAll(300, Mutations.of(DOCS, k), m -> assertThat(Identities.violations(m.document()))
          .as("%s should break an identity", m.description()).isNotEmpty());
    }
  }

  @Test
  void renameCode_breaksNoArithmeticIdentity() {
    PropertyChecks.forAll(100, Mutations.of(DOCS, Mutations.Kind.RENAME_CODE),
        m -> assertThat(Identities.violations(m.document())).isEmpty());
  }

  @Test
  void changeScore_movesOneScoreOfOneSelfEvaluation() {
    Gen<Disclosure> finals = DocumentGen.of(DocumentGen.Options.defaults().withStage(Stage.FINAL_ACCOUNT));
    PropertyChecks.forAll(200, Mutations.of(finals, Mutations.Kind.CHANGE_SCORE), m -> {
      assertThat(m.document().tables()).isEqualTo(m.original().tables());
      assertThat(m.document().goals()).isEqualTo(m.original().goals());
      int e = m.selfEvaluationIndex().getAsInt();
      int i = m.indicatorIndex().getAsInt();
      for (int k = 0; k < m.original().selfEvaluations().size(); k++) {
        if (k != e) {
          assertThat(m.document().selfEvaluations().get(k)).isEqualTo(m.original().selfEvaluations().get(k));
        }
      }
      List<Indicator> before = m.original().selfEvaluations().get(e).indicators();
      List<Indicator> after = m.document().selfEvaluations().get(e).indicators();
      for (int k = 0; k < before.size(); k++) {
        if (k != i) {
          assertThat(after.get(k)).isEqualTo(before.get(k));
        }
      }
      assertThat(after.get(i).score()).contains(Cell.of(m.newValue().orElseThrow()));
      assertThat(after.get(i).weight()).isEqualTo(before.get(i).weight());
      assertThat(after.get(i).actual()).isEqualTo(before.get(i).actual());
      BigDecimal moved = m.newValue().orElseThrow().subtract(m.oldValue().orElseThrow()).abs();
      assertThat(moved).isBetween(new BigDecimal("0.50"), new BigDecimal("5.00"));
      assertThat(m.newValue().orElseThrow().signum()).isNotNegative();
      assertThat(m.document().selfEvaluations().get(e).totalScore()).isEqualTo(m.original().selfEvaluations().get(e).totalScore());
    });
  }
}
