package io.github.cnbudget.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TidyFileTest {
  @Test
  void columns_areUniqueAndStartWithTheDocumentIndex() {
    for (TidyFile f : TidyFile.values()) {
      assertThat(new HashSet<>(f.columns())).as(f.fileName()).hasSize(f.columns().size());
      assertThat(f.columns().get(0)).isEqualTo("document");
      assertThat(f.fileName()).endsWith(".csv");
    }
  }

  @Test
  void lineItems_carryTheColumnsTheIssueNames() {
    assertThat(TidyFile.LINE_ITEMS.columns()).contains("table", "unit_code", "unit_name", "code", "name", "column",
        "value", "line", "department", "year", "stage");
    assertThat(TidyFile.LINE_ITEMS.isDerived("unit_code")).isTrue();
    assertThat(TidyFile.LINE_ITEMS.isDerived("value")).isFalse();
  }

  @Test
  void fileNames_areDistinct() {
    Set<String> names = new HashSet<>();
    for (TidyFile f : TidyFile.values()) {
      assertThat(names.add(f.fileName())).isTrue();
    }
  }
}
