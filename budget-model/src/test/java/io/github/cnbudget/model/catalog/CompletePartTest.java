package io.github.cnbudget.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.classification.Scheme;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletePartTest {
  private static final FiscalYear Y2024 = FiscalYear.of(2024);

  @Test
  void holds_theChildrenOfItsParentInItsYearsOnly() {
    CompletePart p = CompletePart.builder().scheme(Scheme.DEPARTMENTAL_ECONOMIC).parent(EconomicCode.of(302))
        .validFrom(FiscalYear.of(2020)).validTo(FiscalYear.of(2026)).provenance("template").build();
    assertThat(p.holds(EconomicCode.of(302, 30), Y2024)).isTrue();
    assertThat(p.holds(EconomicCode.of(302), Y2024)).isFalse();
    assertThat(p.holds(EconomicCode.of(303, 1), Y2024)).isFalse();
    assertThat(p.holds(EconomicCode.of(302, 30), FiscalYear.of(2019))).isFalse();
    assertThat(p.holds(FunctionalCode.parse("20230"), Y2024)).isFalse();
  }

  @Test
  void check_refusesAParentOfAnotherSchemeReversedYearsAndNoProvenance() {
    assertThatThrownBy(() -> CompletePart.builder().scheme(Scheme.FUNCTIONAL).parent(EconomicCode.of(302))
        .validFrom(Y2024).validTo(Y2024).provenance("x").build()).isInstanceOf(CatalogException.class);
    assertThatThrownBy(() -> CompletePart.builder().scheme(Scheme.FUNCTIONAL).validFrom(Y2024)
        .validTo(FiscalYear.of(2023)).provenance("x").build()).isInstanceOf(CatalogException.class);
    assertThatThrownBy(() -> CompletePart.builder().scheme(Scheme.FUNCTIONAL).validFrom(Y2024).validTo(Y2024)
        .provenance(" ").build()).isInstanceOf(CatalogException.class);
  }

  @Test
  void bundledParts_holdTheTemplatesListsAttestedWell() {
    ClassificationCatalog b = ClassificationCatalog.bundled();
    Map<Integer, Integer> sizes = Map.of(301, 13, 302, 27, 303, 12, 310, 16);
    assertThat(b.completeParts()).extracting(p -> p.parent().map(ClassificationCode::digits).orElse(""))
        .containsExactlyInAnyOrder("301", "302", "303", "310");
    sizes.forEach((clazz, size) -> {
      assertThat(b.children(EconomicCode.of(clazz), Y2024)).as("款 of " + clazz).hasSize(size)
          .allSatisfy(c -> assertThat(b.entryOf(c, Y2024).orElseThrow().trust().isAtLeast(Trust.PRINTED)).isTrue());
    });
  }
}
