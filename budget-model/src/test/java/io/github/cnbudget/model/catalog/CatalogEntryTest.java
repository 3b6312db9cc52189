package io.github.cnbudget.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.classification.Scheme;
import org.junit.jupiter.api.Test;

class CatalogEntryTest {

  private static CatalogEntry.Builder health() {
    return health("卫生健康支出");
  }

  private static CatalogEntry.Builder health(String name) {
    return CatalogEntry.builder().code(FunctionalCode.of(210)).name(name).provenance("test");
  }

  @Test
  void isValidIn_openRange_acceptsEveryYear() {
    CatalogEntry e = health().build();
    assertThat(e.isValidIn(FiscalYear.of(1990))).isTrue();
    assertThat(e.isValidIn(FiscalYear.of(2999))).isTrue();
  }

  @Test
  void isValidIn_boundedRange_includesBothEnds() {
    CatalogEntry e = health().validFrom(FiscalYear.of(2019)).validTo(FiscalYear.of(2021)).build();
    assertThat(e.isValidIn(FiscalYear.of(2018))).isFalse();
    assertThat(e.isValidIn(FiscalYear.of(2019))).isTrue();
    assertThat(e.isValidIn(FiscalYear.of(2021))).isTrue();
    assertThat(e.isValidIn(FiscalYear.of(2022))).isFalse();
  }

  @Test
  void schemeAndLevel_followTheCode() {
    CatalogEntry e = CatalogEntry.builder().code(EconomicCode.parse("30101")).name("基本工资").provenance("p").build();
    assertThat(e.scheme()).isEqualTo(Scheme.DEPARTMENTAL_ECONOMIC);
    assertThat(e.level()).isEqualTo(CodeLevel.SECTION);
  }

  @Test
  void overlaps_adjacentRanges_doNotOverlap() {
    CatalogEntry old = health("医疗卫生与计划生育支出").validTo(FiscalYear.of(2018)).build();
    CatalogEntry now = health().validFrom(FiscalYear.of(2019)).build();
    assertThat(old.overlaps(now)).isFalse();
    assertThat(now.overlaps(old)).isFalse();
    assertThat(now.overlaps(health().validFrom(FiscalYear.of(2023)).build())).isTrue();
    assertThat(old.overlaps(health().build())).isTrue();
  }

  @Test
  void build_rejectsStartAfterEnd() {
    assertThatThrownBy(() -> health().validFrom(FiscalYear.of(2020)).validTo(FiscalYear.of(2019)).build())
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("valid_from 2020 after valid_to 2019");
  }

  @Test
  void build_rejectsBlankNameAndBlankProvenance() {
    assertThatThrownBy(() -> health(" ").build()).isInstanceOf(CatalogException.class).hasMessageContaining("blank name");
    assertThatThrownBy(() -> CatalogEntry.builder().code(FunctionalCode.of(210)).name("卫生健康支出").provenance("").build())
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("no provenance");
  }

  @Test
  void equals_comparesAllAttributes() {
    assertThat(health().build()).isEqualTo(health().build());
    assertThat(health().build()).isNotEqualTo(health().validTo(FiscalYear.of(2030)).build());
  }
}
