package io.github.cnbudget.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The table of files and columns in docs/csv-format.md is the one generated from the column declarations. */
class CsvFormatDocTest {
  @Test
  void columnTable_isTheOneGeneratedFromTheDeclarations() throws Exception {
    String published = Files.readString(CsvFormatTable.DOCS, StandardCharsets.UTF_8);
    assertThat(published)
        .as("docs/csv-format.md lists other columns than TidyColumns and PerformanceColumns declare."
            + " Change the declarations, not the table; then rewrite the table with%n  %s", CsvFormatTable.COMMAND)
        .isEqualTo(CsvFormatTable.document(published));
  }

  @Test
  void columnTable_marksDerivedAndOptionalColumns_andShowsACellAsOne() {
    String table = CsvFormatTable.table();

    assertThat(table).contains("| `line_items.csv` | one record per printed cell (tidy data) | document, department\\*,");
    assertThat(table).contains("total(+_printed, _mark, _repaired), goal, line, department†, "
        + "annual_budget(+_printed, _mark, _repaired)†, amount_unit†, place†, total_place†, annual_budget_place† |");
    assertThat(table).contains("column, value, printed, mark, repaired, line\\*, place† |");
  }
}
