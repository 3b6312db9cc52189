package io.github.cnbudget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Amounts;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.classification.PrintedCode;
import io.github.cnbudget.model.table.Cell;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** Laws of the model's value types over thousands of generated values. */
class ModelPropertiesTest {
  private static final int TRIES = 3000;

  @Test
  void fiscalYear_parseOfToString_isIdentity() {
    PropertyChecks.forAll(TRIES, ModelGen.fiscalYears(), y -> {
      assertThat(FiscalYear.parse(y.toString())).isEqualTo(y);
      assertThat(FiscalYear.parse(y + "年度")).isEqualTo(y);
    });
  }

  @Test
  void functionalCode_parseOfToString_isIdentity() {
    PropertyChecks.forAll(TRIES, ModelGen.functionalCodes(), c -> {
      assertThat(FunctionalCode.parse(c.toString())).isEqualTo(c);
      assertThat(ClassificationCodes.parse(c.toString())).isEqualTo(readsAsEconomic(c) ? EconomicCode.parse(c.digits()) : c);
      c.parent().ifPresent(p -> assertThat(p.isAncestorOf(c)).isTrue());
    });
  }

  /** A 3- or 5-digit functional code starting 3 or 5 has the digits of an economic code (documented). */
  private static boolean readsAsEconomic(ClassificationCode c) {
    char first = c.digits().charAt(0);
    return c instanceof FunctionalCode && (first == '3' || first == '5') && c.digits().length() < 7;
  }

  @Test
  void economicCode_parseOfToString_isIdentity() {
    PropertyChecks.forAll(TRIES, ModelGen.economicCodes(), c -> {
      assertThat(EconomicCode.parse(c.toString())).isEqualTo(c);
      assertThat(ClassificationCodes.parse(c.toString())).isEqualTo(c);
    });
  }

  @Test
  void printedCode_parseOfToString_isIdentity() {
    PropertyChecks.forAll(TRIES, ModelGen.printedCodes(), p -> {
      assertThat(PrintedCode.parse(p.toString(), p.code().scheme())).isEqualTo(p);
      assertThat(ClassificationCodes.parsePrinted(p.toString())).isEqualTo(readsAsEconomic(p.code())
          ? PrintedCode.of(EconomicCode.parse(p.code().digits()), p.name().orElse("")) : p);
    });
  }

  @Test
  void amounts_parseOfFormat_isIdentityIncludingScale() {
    PropertyChecks.forAll(TRIES, ModelGen.signedAmounts(), v -> {
      assertThat(Amounts.parse(Amounts.format(v))).isEqualTo(v);
      assertThat(Amounts.parse(ModelGen.withSeparators(v))).isEqualTo(v);
    });
  }

  @Test
  void cell_printedOfPrinted_keepsValueAndMark() {
    PropertyChecks.forAll(TRIES, ModelGen.cells(), c -> {
      if (!c.isRepaired()) {
        Cell again = Cell.printed(c.printed());
        assertThat(again.value()).isEqualTo(c.value());
        assertThat(again.mark()).isEqualTo(c.mark());
        assertThat(again).isEqualTo(c.mark() == io.github.cnbudget.model.table.CellMark.BLANK && c.printed().isEmpty()
            ? Cell.blank() : again);
      }
    });
  }

  private static <T> void equalityLaws(Gen<T> gen) {
    // Pairs from one generator collide often enough (small value spaces) to exercise both branches.
    PropertyChecks.forAll(TRIES, gen.list(2, 2), l -> {
      T a = l.get(0);
      T b = l.get(1);
      assertThat(a).isEqualTo(a);
      assertThat(a).isNotEqualTo(null);
      assertThat(a.equals(b)).isEqualTo(b.equals(a));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }

  @Test
  void valueTypes_obeyEqualsAndHashCodeLaws() {
    equalityLaws(ModelGen.fiscalYears());
    equalityLaws(ModelGen.precisions());
    equalityLaws(ModelGen.functionalCodes());
    equalityLaws(ModelGen.economicCodes());
    equalityLaws(ModelGen.classificationCodes());
    equalityLaws(ModelGen.printedCodes());
    equalityLaws(ModelGen.cells());
    equalityLaws(ModelGen.notes());
    equalityLaws(ModelGen.budgetUnits());
    equalityLaws(ModelGen.columns());
  }

  @Test
  void equalValues_fromEqualSeeds_haveEqualHashCodes() {
    List<Gen<?>> gens = List.of(PerformanceGen.indicators(), PerformanceGen.performanceGoals(), PerformanceGen.selfEvaluations(),
        PerformanceGen.projects(2), ModelGen.departments(), ModelGen.rows(List.of("total")), DocumentGen.defaults());
    for (Gen<?> g : gens) {
      BiPredicate<Object, Object> same = (a, b) -> a.equals(b) && a.hashCode() == b.hashCode();
      for (long seed = 0; seed < 30; seed++) {
        assertThat(same.test(g.generate(new java.util.SplittableRandom(seed)), g.generate(new java.util.SplittableRandom(seed))))
            .isTrue();
      }
    }
  }

  @Test
  void codes_compareConsistentlyWithEquals() {
    PropertyChecks.forAll(TRIES, ModelGen.functionalCodes().list(2, 2), l ->
        assertThat(l.get(0).compareTo(l.get(1)) == 0).isEqualTo(l.get(0).equals(l.get(1))));
    PropertyChecks.forAll(TRIES, ModelGen.fiscalYears().list(2, 2), l ->
        assertThat(l.get(0).compareTo(l.get(1)) == 0).isEqualTo(l.get(0).equals(l.get(1))));
  }
}
