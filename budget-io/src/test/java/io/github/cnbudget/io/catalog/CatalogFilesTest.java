package io.github.cnbudget.io.catalog;

import static io.github.cnbudget.io.catalog.Workbooks.row;
import static io.github.cnbudget.io.catalog.Workbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.catalog.CatalogException;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogFilesTest {
  private static final FiscalYear Y2024 = FiscalYear.of(2024);

  @TempDir Path dir;

  @Test
  void load_picksTheReaderByExtension() throws Exception {
    Path csv = Files.writeString(dir.resolve("mine.csv"),
        "scheme,code,name,valid_from,valid_to,trust,provenance\nFUNCTIONAL,20106,财政事务,2024,2024,OFFICIAL,mine\n");
    assertThat(CatalogFiles.load(csv, Optional.empty()).contains(FunctionalCode.parse("20106"), Y2024)).isTrue();
    assertThatThrownBy(() -> CatalogFiles.load(csv, Optional.of(Y2024))).isInstanceOf(CatalogException.class);
    Path xlsx = Files.write(dir.resolve("2024.xlsx"), xlsx("Sheet1", row("编码", "名称"), row("30201", "办公费")));
    assertThat(CatalogFiles.load(xlsx, Optional.empty()).contains(EconomicCode.of(302, 1), Y2024)).isTrue();
    assertThatThrownBy(() -> CatalogFiles.load(dir.resolve("x.json"), Optional.empty()))
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.reason()).contains(".csv, .xlsx or .xls"));
  }
}
