package io.github.cnbudget.io.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.catalog.CatalogException;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/** Any bytes read as a workbook give a catalog or a {@link CatalogException}, nothing else. */
class CatalogWorkbookFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void read(byte[] data) throws IOException {
    if (data == null) {
      return;
    }
    ClassificationCatalog c;
    try {
      c = CatalogWorkbook.read(new ByteArrayInputStream(data), "fuzz.xlsx", Optional.of(FiscalYear.of(2024)));
    } catch (CatalogException e) {
      assertThat(e.source()).contains("fuzz.xlsx");
      return;
    }
    assertThat(c.entries()).isNotEmpty();
  }
}
