package io.github.cnbudget.io.catalog;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.catalog.CatalogException;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads a user's catalog file by its extension (用户科目表文件): {@code .csv} in the model's catalog
 * format (entries, or parts held completely; see {@link ClassificationCatalog#load(Path)}), {@code
 * .xlsx} or {@code .xls} as the Ministry of Finance's workbook ({@link CatalogWorkbook}). Stateless.
 */
public final class CatalogFiles {
  private CatalogFiles() {}

  /**
   * Loads one catalog file.
   *
   * @param file the file
   * @param year for a workbook, the catalog's year (empty: from its title or file name); a CSV
   *     carries its own years and must not be given one
   * @return the catalog
   * @throws CatalogException when the file is malformed, of another extension, or a CSV is given a year
   * @throws IOException when the file cannot be read
   */
  public static ClassificationCatalog load(Path file, Optional<FiscalYear> year) throws IOException {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      if (year.isPresent()) {
        throw new CatalogException(file.toString(), 1, "a catalog CSV gives its years in valid_from and valid_to;"
            + " a year is given only for a workbook");
      }
      return ClassificationCatalog.load(file);
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
      return CatalogWorkbook.read(file, year);
    }
    throw new CatalogException(file.toString(), 1, "a catalog is a .csv, .xlsx or .xls file");
  }
}
