package io.github.cnbudget.io.csv;

import java.util.List;
import java.util.Set;

/**
 * The files of the tidy CSV set (整洁 CSV 文件集) and their columns, in the order written. Files are
 * linked by one-based indices: {@code document} numbers the documents of the set, {@code table}
 * the tables of a document, {@code row} the rows of a table, and so on. Columns listed as derived
 * repeat facts of other files for analysis (e.g. the unit code beside each line item); the reader
 * does not need them. See {@code docs/csv-format.md}. Immutable and thread-safe.
 */
public enum TidyFile {
  /** One row per document: issuer, year, stage, precision, title, source. */
  DOCUMENTS("documents.csv", List.of("document", "department", "department_code", "year", "stage", "amount_unit",
      "scale", "title", "source"), Set.of()),
  /** The department's budget units (预算单位). */
  UNITS("units.csv", List.of("document", "unit", "name", "role", "code"), Set.of()),
  /** Table titles announced in the table of contents (目录). */
  CONTENTS("contents.csv", List.of("document", "entry", "title"), Set.of()),
  /** One row per table. */
  TABLES("tables.csv", List.of("document", "table", "kind", "number", "title", "issuer", "amount_unit",
      "empty_statement", "line", "place"), Set.of(), Set.of("place")),
  /** Table columns; {@code header} is a JSON array of the printed header texts, outermost first. */
  COLUMNS("columns.csv", List.of("document", "table", "column", "key", "concept", "header", "parent", "part_of",
      "side", "number"), Set.of()),
  /** Table rows (with or without cells). */
  ROWS("rows.csv", List.of("document", "table", "row", "kind", "scheme", "code", "label", "concept", "unit",
      "side", "number", "line", "place", "unplaced"), Set.of(), Set.of("place", "unplaced")),
  /** Tidy line items: one printed cell per row (amounts, and blank, dash and text cells). */
  LINE_ITEMS("line_items.csv", List.of("document", "department", "year", "stage", "table", "table_title", "row",
      "unit_code", "unit_name", "code", "name", "column", "value", "printed", "mark", "repaired", "line", "place"),
      Set.of("department", "year", "stage", "table_title", "unit_code", "unit_name", "code", "name", "line"),
      Set.of("place")),
  /** Notes of documents ({@code table} empty) and tables. */
  NOTES("notes.csv", List.of("document", "table", "note", "text", "line"), Set.of()),
  /** Projects (项目). */
  PROJECTS("projects.csv", List.of("document", "project", "name", "code", "unit", "category", "attribute",
      "start_year", "end_year", "total", "total_printed", "total_mark", "total_repaired", "goal", "line",
      "department", "annual_budget", "annual_budget_printed", "annual_budget_mark", "annual_budget_repaired",
      "amount_unit", "place", "total_place", "annual_budget_place"), Set.of(), Set.of("department", "annual_budget",
          "annual_budget_printed", "annual_budget_mark", "annual_budget_repaired", "amount_unit", "place", "total_place",
          "annual_budget_place")),
  /** Labelled amounts outside tables: project amounts, goal tasks' and self-evaluation funding cells. */
  AMOUNTS("amounts.csv", List.of("document", "owner", "owner_index", "entry", "key", "value", "printed", "mark",
      "repaired", "place"), Set.of(), Set.of("place")),
  /** Performance goal tables (绩效目标表). */
  GOALS("goals.csv", List.of("document", "goal", "scope", "title", "unit", "department", "project", "budget",
      "budget_printed", "budget_mark", "budget_repaired", "amount_unit", "long_term_goal", "annual_goal", "line",
      "place", "budget_place"), Set.of(), Set.of("place", "budget_place")),
  /** Self-evaluation tables (绩效自评表). */
  SELF_EVALUATIONS("self_evaluations.csv", List.of("document", "evaluation", "scope", "project", "project_amount",
      "project_amount_printed", "project_amount_mark", "project_amount_repaired", "department", "implementing_unit",
      "amount_unit", "expected_goal", "achievement", "total_weight", "total_weight_printed", "total_weight_mark",
      "total_weight_repaired", "total_score", "total_score_printed", "total_score_mark", "total_score_repaired",
      "grade", "line"), Set.of()),
  /** Goal tasks (goal owner) and self-evaluation funding lines (evaluation owner); cells in amounts.csv. */
  LABELLED_AMOUNTS("labelled_amounts.csv", List.of("document", "owner", "owner_index", "entry", "label",
      "description", "line"), Set.of()),
  /**
   * Performance indicators of goals and self-evaluations; {@code history} is a JSON object. The
   * derived {@code comparator}, {@code target_number} and {@code target_unit} are the target value
   * as parsed by {@link io.github.cnbudget.model.target.Target} (empty when it cannot be read).
   */
  INDICATORS("indicators.csv", List.of("document", "owner", "owner_index", "indicator", "level1", "level2", "name",
      "target_text", "comparator", "target_number", "target_unit", "nature", "value", "measure_unit", "direction",
      "weight", "weight_printed", "weight_mark", "weight_repaired", "actual", "score", "score_printed", "score_mark",
      "score_repaired", "deviation", "history", "line", "place", "weight_place", "score_place"),
      Set.of("comparator", "target_number", "target_unit"), Set.of("place", "weight_place", "score_place")),
  /** Evaluation frameworks (共性指标体系). */
  FRAMEWORKS("frameworks.csv", List.of("document", "framework", "title", "line"), Set.of()),
  /** Framework nodes in depth-first order; {@code descriptions} is a JSON array. */
  FRAMEWORK_NODES("framework_nodes.csv", List.of("document", "framework", "node", "parent", "level", "name",
      "reference_score", "reference_score_printed", "reference_score_mark", "reference_score_repaired",
      "descriptions", "line"), Set.of()),
  /** The narrative's paragraphs (情况说明) in printed order, with their page, line and section when known. */
  NARRATIVE("narrative.csv", List.of("document", "paragraph", "page", "line", "section", "text"), Set.of());

  private final String fileName;
  private final List<String> columns;
  private final Set<String> derived;
  private final Set<String> optional;

  TidyFile(String fileName, List<String> columns, Set<String> derived) {
    this(fileName, columns, derived, Set.of());
  }

  TidyFile(String fileName, List<String> columns, Set<String> derived, Set<String> optional) {
    this.fileName = fileName;
    this.columns = columns;
    this.derived = derived;
    this.optional = optional;
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
    return columns;
  }

  /**
   * Whether a column only repeats facts of other files, so that the reader does not need it.
   *
   * @param column a column name
   * @return true for derived columns
   */
  public boolean isDerived(String column) {
    return derived.contains(column);
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
    return optional.contains(column);
  }
}
