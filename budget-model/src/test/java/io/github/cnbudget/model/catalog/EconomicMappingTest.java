package io.github.cnbudget.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.classification.EconomicCode;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class EconomicMappingTest {
  @Test
  void bundled_holdsTheElevenGovernmentSectionsOfTheResearchedTable() {
    EconomicMapping m = EconomicMapping.bundled();
    assertThat(m.pairs().stream().map(p -> p.government().digits()).distinct()).hasSize(11);
    assertThat(m.pairs()).hasSize(40);
  }

  @Test
  void governmentCodesOf_basicSalary_dependsOnTheKindOfUnit() {
    assertThat(EconomicMapping.bundled().governmentCodesOf(EconomicCode.of(301, 1)))
        .extracting(p -> p.government().digits(), EconomicMapping.Pair::scope)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("50101", EconomicMapping.Scope.ADMINISTRATIVE),
            org.assertj.core.groups.Tuple.tuple("50501", EconomicMapping.Scope.PUBLIC_INSTITUTION));
    assertThat(EconomicMapping.bundled().governmentCodesOf(EconomicCode.of(399, 99))).isEmpty();
  }

  @Test
  void departmentalCodesOf_socialSecurity_listsTheFiveContributions() {
    assertThat(EconomicMapping.bundled().departmentalCodesOf(EconomicCode.parse("50102")))
        .extracting(p -> p.departmental().digits())
        .containsExactly("30108", "30109", "30110", "30111", "30112");
  }

  @Test
  void everyBundledCode_isInTheBundledCatalog() {
    ClassificationCatalog c = ClassificationCatalog.bundled();
    FiscalYear y = FiscalYear.of(2024);
    assertThat(EconomicMapping.bundled().pairs()).allSatisfy(p -> {
      assertThat(c.contains(p.government(), y)).as(p.toString()).isTrue();
      assertThat(c.contains(p.departmental(), y)).as(p.toString()).isTrue();
    });
  }

  @Test
  void read_rejectsSwappedSchemes_withTheLine() {
    assertThatThrownBy(() -> EconomicMapping.read(new StringReader(
        "government_code,departmental_code,applies_to,trust,provenance\n30101,50101,ALL,PRINTED,x\n"), "m.csv"))
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.line()).hasValue(2));
  }
}
