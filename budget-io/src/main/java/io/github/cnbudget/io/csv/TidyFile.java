package io.github.cnbudget.io.csv;

import java.util.List;

/**
 * The files of the tidy CSV set (整洁 CSV 文件集) and their columns, in the order written. Files are
 * linked by one-based indices: {@code document} numbers the documents of the set, {@code table}
 * the tables of a document, {@code row} the rows of a table, and so on. Columns listed as derived
 * repeat facts of other files for analysis (e.g. the unit code beside each line item); the reader
 * does not need them. The columns of each file are declared once, with how they are written and
 * read, in the package's column declarations. See {@code docs/csv-format.md}. Immutable and
 * thread-safe.
 */
public enum TidyFile {
  /** One row per document: issuer, year, stage, precision, title, source. */
  DOCUMENTS("documents.csv"),
  /** The department's budget units (预算单位). */
  UNITS("units.csv"),
  /** Table titles announced in the table of contents (目录). */
  CONTENTS("contents.csv"),
  /** One row per table. */
  TABLES("tables.csv"),
  /** Table columns; {@code header} is a JSON array of the printed header texts, outermost first. */
  COLUMNS("columns.csv"),
  /** Table rows (with or without cells). */
  ROWS("rows.csv"),
  /** Tidy line items: one printed cell per row (amounts, and blank, dash and text cells). */
  LINE_ITEMS("line_items.csv"),
  /** Notes of documents ({@code table} empty) and tables. */
  NOTES("notes.csv"),
  /** Projects (项目). */
  PROJECTS("projects.csv"),
  /** Labelled amounts outside tables: project amounts, goal tasks' and self-evaluation funding cells. */
  AMOUNTS("amounts.csv"),
  /** Performance goal tables (绩效目标表). */
  GOALS("goals.csv"),
  /** Self-evaluation tables (绩效自评表). */
  SELF_EVALUATIONS("self_evaluations.csv"),
  /** Goal tasks (goal owner) and self-evaluation funding lines (evaluation owner); cells in amounts.csv. */
  LABELLED_AMOUNTS("labelled_amounts.csv"),
  /**
   * Performance indicators of goals and self-evaluations; {@code history} is a JSON object. The
   * derived {@code comparator}, {@code target_number} and {@code target_unit} are the target value
   * as parsed by {@link io.github.cnbudget.model.target.Target} (empty when it cannot be read).
   */
  INDICATORS("indicators.csv"),
  /** Evaluation frameworks (共性指标体系). */
  FRAMEWORKS("frameworks.csv"),
  /** Framework nodes in depth-first order; {@code descriptions} is a JSON array. */
  FRAMEWORK_NODES("framework_nodes.csv"),
  /** The narrative's paragraphs (情况说明) in printed order, with their page, line and section when known. */
  NARRATIVE("narrative.csv");

  private final String fileName;

  TidyFile(String fileName) {
    this.fileName = fileName;
  }

  /**
   * The file of a name.
   *
   * @param fileName e.g. {@code line_items.csv}
   * @return the file, or empty when no file of the set has that name
   */
  static java.util.Optional<TidyFile> byName(String fileName) {
    for (TidyFile f : values()) {
      if (f.fileName.equals(fileName)) {
        return java.util.Optional.of(f);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The file name.
   *
   * @return e.g. {@code line_items.csv}
   */
  public String fileName() {
    return fileName;
  }

  /**
   * The columns in written order (the header row).
   *
   * @return the column names
   */
  public List<String> columns() {
    return TidyColumns.of(this).names();
  }

  /**
   * Whether a column only repeats facts of other files, so that the reader does not need it.
   *
   * @param column a column name
   * @return true for derived columns
   */
  public boolean isDerived(String column) {
    TidyColumn<?, ?> c = TidyColumns.of(this).column(column);
    return c != null && c.derived;
  }

  /**
   * Whether a column was added after the first version of the set, so that files written before
   * it (without the column) still read: {@code place}, where a PDF printed a table, row or cell; a project's
   * {@code department}, {@code annual_budget} and {@code amount_unit}; where a PDF printed a project,
   * goal or indicator.
   *
   * @param column a column name
   * @return true for optional columns
   */
  public boolean isOptional(String column) {
    TidyColumn<?, ?> c = TidyColumns.of(this).column(column);
    return c != null && c.optional;
  }
}
