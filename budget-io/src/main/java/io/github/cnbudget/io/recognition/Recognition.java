package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ImportException;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The recognition stage (内容识别): lines whose cells are parted by tabs — a PDF's grids laid out by
 * {@code io.layout}, or text cut into columns — read into a disclosure by what they say (titles,
 * header words, codes, units), never by where they came from. Settings are immutable: the catalog
 * codes are resolved with, and the year and stage to assume when the text names none.
 */
public final class Recognition {
  private final ClassificationCatalog catalog;
  private final Optional<FiscalYear> year;
  private final Optional<Stage> stage;

  private Recognition(ClassificationCatalog catalog, Optional<FiscalYear> year, Optional<Stage> stage) {
    this.catalog = catalog;
    this.year = year;
    this.stage = stage;
  }

  /**
   * Recognition resolving names and codes with a catalog, taking year and stage from the text.
   *
   * @param catalog the classification catalog
   * @return the settings
   */
  public static Recognition with(ClassificationCatalog catalog) {
    return new Recognition(Objects.requireNonNull(catalog, "catalog"), Optional.empty(), Optional.empty());
  }

  /**
   * The same settings assuming a year (the text's own is then not looked for).
   *
   * @param newYear the fiscal year
   * @return the settings
   */
  public Recognition withYear(FiscalYear newYear) {
    return new Recognition(catalog, Optional.of(newYear), stage);
  }

  /**
   * The same settings assuming a stage.
   *
   * @param newStage the stage
   * @return the settings
   */
  public Recognition withStage(Stage newStage) {
    return new Recognition(catalog, year, Optional.of(newStage));
  }

  /**
   * Recognises lines of text.
   *
   * @param lines the lines, cells parted by tabs
   * @return what was read and what could not be
   * @throws ImportException when the lines name no year, stage or department
   */
  public Recognized read(List<String> lines) {
    return new ImportRun(lines, this, null).run();
  }

  /**
   * Recognises the lines a page layout gave.
   *
   * @param lines the lines, cells parted by tabs
   * @param outsideGrids the indices of the lines printed outside any grid of cells (a PDF's prose)
   * @return what was read and what could not be
   * @throws ImportException when the lines name no year, stage or department
   */
  public Recognized read(List<String> lines, BitSet outsideGrids) {
    return new ImportRun(lines, this, (BitSet) outsideGrids.clone()).run();
  }

  /**
   * Whether a line is the title of a table: the text layout keeps titles out of its columns.
   *
   * @param line the line
   * @return true for a table's title
   */
  public static boolean isTableTitle(String line) {
    return TableTitles.recognise(line).isPresent();
  }

  /**
   * Whether text is a column label of the standard vocabulary (合计, 财政专户管理资金, 其中：政府采购 …): the text
   * layout joins a header cell's wrapped lines by it.
   *
   * @param squeezed the text, blanks removed
   * @return true for a column label
   */
  public static boolean isColumnLabel(String squeezed) {
    // (其中：政府采购 names a part of the columns before it: its label is the words after 其中)
    return LooseHeader.isWord(squeezed.replaceFirst("^其中[：:]", ""));
  }

  Optional<FiscalYear> year() {
    return year;
  }

  Optional<Stage> stage() {
    return stage;
  }

  CodeResolver codes(FiscalYear fiscalYear) {
    return CodeResolver.of(catalog, fiscalYear);
  }
}
