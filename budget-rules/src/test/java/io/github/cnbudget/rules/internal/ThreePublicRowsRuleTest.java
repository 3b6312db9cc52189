package io.github.cnbudget.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreePublicRowsRuleTest {
  private final ThreePublicRowsRule rule = new ThreePublicRowsRule();

  /** Seed 001's shape: one row per item, columns 合计 and 一般公共预算. */
  private static Disclosure byRows(String vehicles, String purchase) {
    DisclosureTable t = DisclosureTable.builder().kind(TableKind.THREE_PUBLIC).title("“三公”经费预算表")
        .addColumns(Fixtures.col("total", Concept.TOTAL), Fixtures.col("gpb", Concept.GENERAL_PUBLIC_BUDGET))
        .addRows(Fixtures.item(Concept.THREE_PUBLIC_TOTAL, Side.SINGLE, "total", "85.72", "gpb", "85.72"),
            Fixtures.item(Concept.OVERSEAS_TRAVEL, Side.SINGLE, "total", "0.00", "gpb", "0.00"),
            Fixtures.item(Concept.OFFICIAL_VEHICLES, Side.SINGLE, "total", vehicles, "gpb", "81.30"),
            Fixtures.item(Concept.VEHICLE_PURCHASE, Side.SINGLE, "total", purchase, "gpb", "36.00"),
            Fixtures.item(Concept.VEHICLE_OPERATION, Side.SINGLE, "total", "45.30", "gpb", "45.30"),
            Fixtures.item(Concept.OFFICIAL_RECEPTION, Side.SINGLE, "total", "4.42", "gpb", "4.42"))
        .build();
    return Fixtures.copy(Fixtures.consistent(), List.of(t));
  }

  @Test
  void check_partsAddUp_silent() {
    assertThat(rule.check(byRows("81.30", "36.00"), RuleContext.defaults())).isEmpty();
    assertThat(rule.check(Fixtures.consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_vehiclesNotPurchasePlusOperation_fires() {
    assertThat(rule.check(byRows("81.30", "35.00"), RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.expected().orElseThrow(),
            f -> f.actual().orElseThrow())
        .containsExactly(tuple("three-public-mismatch", "/tables/0/rows/2/cells/total", new BigDecimal("80.30"),
            new BigDecimal("81.30")));
  }

  @Test
  void check_totalNotItsParts_fires() {
    assertThat(rule.check(byRows("82.30", "37.00"), RuleContext.defaults()))
        .extracting(f -> f.location().pointer(), f -> f.expected().orElseThrow())
        .containsExactly(tuple("/tables/0/rows/0/cells/total", new BigDecimal("86.72")));
  }
}
