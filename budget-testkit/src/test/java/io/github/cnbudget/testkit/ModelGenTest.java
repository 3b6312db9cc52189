package io.github.cnbudget.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.Amounts;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ModelGenTest {

  private static void deterministic(Supplier<Gen<?>> gen) {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(gen.get().generate(new SplittableRandom(seed))).isEqualTo(gen.get().generate(new SplittableRandom(seed)));
    }
  }

  @Test
  void everyGenerator_isDeterministic() {
    List<Supplier<Gen<?>>> gens = List.of(ModelGen::fiscalYears, ModelGen::stages, ModelGen::amountUnits,
        ModelGen::precisions, () -> ModelGen.amounts(2), ModelGen::signedAmounts, ModelGen::cells,
        ModelGen::functionalCodes, ModelGen::economicCodes, ModelGen::classificationCodes, ModelGen::printedCodes,
        ModelGen::columns, () -> ModelGen.rows(List.of("a", "b")), ModelGen::notes, ModelGen::budgetUnits,
        ModelGen::departments, () -> PerformanceGen.projects(2), PerformanceGen::indicators,
        () -> PerformanceGen.labelledAmounts(0), PerformanceGen::performanceGoals, PerformanceGen::selfEvaluations,
        () -> PerformanceGen.frameworkNodes(1), PerformanceGen::evaluationFrameworks);
    gens.forEach(ModelGenTest::deterministic);
  }

  @Test
  void amounts_areNonNegativeWithTheScale() {
    PropertyChecks.forAll(2000, ModelGen.amounts(3), v -> {
      assertThat(v.scale()).isEqualTo(3);
      assertThat(v.signum()).isNotNegative();
      assertThat(v.precision()).isLessThanOrEqualTo(12);
    });
  }

  @Test
  void cells_coverEveryMarkAndPrintedForm() {
    Set<CellMark> marks = EnumSet.noneOf(CellMark.class);
    Set<String> forms = new HashSet<>();
    PropertyChecks.forAll(1000, ModelGen.cells(), c -> {
      marks.add(c.mark());
      if (c.isRepaired()) {
        forms.add("repaired");
      } else if (c.hasDistinctPrintedText() && c.hasValue()) {
        forms.add(c.printed().contains(",") ? "separators" : "other");
        assertThat(Amounts.parse(c.printed())).isEqualTo(c.value().orElseThrow());
      }
    });
    assertThat(marks).containsExactlyInAnyOrder(CellMark.values());
    assertThat(forms).contains("repaired", "separators");
  }

  @Test
  void withSeparators_groupsThousands() {
    assertThat(ModelGen.withSeparators(new BigDecimal("1234567.80"))).isEqualTo("1,234,567.80");
    assertThat(ModelGen.withSeparators(new BigDecimal("-2958"))).isEqualTo("-2,958");
    assertThat(ModelGen.withSeparators(new BigDecimal("958"))).isEqualTo("958");
    PropertyChecks.forAll(2000, ModelGen.signedAmounts(), v -> assertThat(Amounts.parse(ModelGen.withSeparators(v))).isEqualTo(v));
  }

  @Test
  void codes_coverEveryLevel() {
    Set<CodeLevel> functional = EnumSet.noneOf(CodeLevel.class);
    Set<CodeLevel> economic = EnumSet.noneOf(CodeLevel.class);
    PropertyChecks.forAll(500, ModelGen.functionalCodes(), c -> functional.add(c.level()));
    PropertyChecks.forAll(500, ModelGen.economicCodes(), c -> economic.add(c.level()));
    assertThat(functional).containsExactlyInAnyOrder(CodeLevel.values());
    assertThat(economic).containsExactlyInAnyOrder(CodeLevel.CLASS, CodeLevel.SECTION);
    assertThatThrownBy(() -> ModelGen.economicCodes(CodeLevel.ITEM)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void printedForms_readBackToTheCode() {
    PropertyChecks.forAll(2000, ModelGen.functionalCodes().flatMap(c -> ModelGen.printedForms(c).map(s -> new Object[] {c, s})),
        p -> assertThat(FunctionalCode.parse((String) p[1])).isEqualTo(p[0]));
    PropertyChecks.forAll(2000, ModelGen.economicCodes().flatMap(c -> ModelGen.printedForms(c).map(s -> new Object[] {c, s})),
        p -> assertThat(EconomicCode.parse((String) p[1])).isEqualTo(p[0]));
  }

  @Test
  void indicators_useTheStandardVocabularyAndSometimesFreeText() {
    Set<Boolean> recognised = new HashSet<>();
    PropertyChecks.forAll(500, PerformanceGen.indicators(), i -> {
      recognised.add(i.level1().isPresent());
      i.level2().ifPresent(l2 -> assertThat(i.level1()).contains(l2.parent()));
      assertThat(i.effectiveTargetText()).isPresent();
    });
    assertThat(recognised).containsExactlyInAnyOrder(true, false);
  }

  @Test
  void frameworks_childrenSumToParents() {
    PropertyChecks.forAll(200, PerformanceGen.frameworkNodes(1), n -> check(n));
    PropertyChecks.forAll(100, PerformanceGen.evaluationFrameworks(), f -> {
      BigDecimal s = f.roots().stream().map(n -> n.referenceScore().orElseThrow().valueOrZero()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(s).isEqualByComparingTo("100");
      assertThat(f.roots()).allSatisfy(n -> assertThat(Level1.fromText(n.name())).isPresent());
    });
  }

  private static void check(FrameworkNode n) {
    if (n.children().isEmpty()) {
      return;
    }
    BigDecimal s = n.children().stream().map(c -> c.referenceScore().orElseThrow().valueOrZero()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(n.referenceScore().map(Cell::valueOrZero).orElseThrow()).isEqualByComparingTo(s);
    n.children().forEach(ModelGenTest::check);
  }

  @Test
  void projects_totalIsTheSumOfAmounts() {
    PropertyChecks.forAll(500, PerformanceGen.projects(2), p -> {
      BigDecimal s = p.amounts().values().stream().map(Cell::valueOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(p.total().orElseThrow().valueOrZero()).isEqualByComparingTo(s);
      p.startYear().ifPresent(y -> assertThat(p.endYear().getAsInt()).isGreaterThanOrEqualTo(y));
    });
  }

  @Test
  void departments_haveDistinctUnitNames() {
    PropertyChecks.forAll(500, ModelGen.departments(), d -> {
      assertThat(d.units()).hasSizeLessThanOrEqualTo(5);
      if (!d.units().isEmpty()) {
        assertThat(d.units().get(0).name()).endsWith("本级");
      }
    });
  }
}
