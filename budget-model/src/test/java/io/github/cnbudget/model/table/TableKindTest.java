package io.github.cnbudget.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableKindTest {

  @Test
  void isTwoSided_onlyForTheTwoSummaries() {
    Set<TableKind> twoSided = EnumSet.noneOf(TableKind.class);
    for (TableKind k : TableKind.values()) {
      if (k.isTwoSided()) {
        twoSided.add(k);
      }
    }
    assertThat(twoSided).containsExactlyInAnyOrder(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.FISCAL_APPROPRIATION_SUMMARY);
  }

  @Test
  void finalAccountNumbers_areOneToNineWithoutRepeats() {
    Set<Integer> seen = new java.util.HashSet<>();
    for (TableKind k : TableKind.values()) {
      int n = k.finalAccountNumber();
      assertThat(n).isBetween(0, 9);
      if (n > 0) {
        assertThat(seen.add(n)).as("公开%02d used twice", n).isTrue();
      }
    }
    assertThat(seen).hasSize(9);
    assertThat(TableKind.THREE_PUBLIC.finalAccountNumber()).isEqualTo(7);
  }

  @Test
  void chinese_isTheUsualTitle() {
    assertThat(TableKind.EXPENDITURE.chinese()).isEqualTo("支出总表");
    assertThat(TableKind.OTHER.chinese()).isEqualTo("其他");
  }
}
