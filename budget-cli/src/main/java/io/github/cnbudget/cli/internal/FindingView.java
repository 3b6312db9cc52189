package io.github.cnbudget.cli.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A validation finding as the command reports it (校验发现): the fields of the JSON report, in its
 * order, each already rendered to text in the caller's locale.
 *
 * <p>Keeping the report's own shape here makes the JSON output stable however the rule engine's
 * types evolve. Immutable and thread-safe.
 *
 * @param rule the rule id, e.g. {@code sum-of-children}
 * @param code the stable finding code, e.g. {@code rollup-mismatch}; for a check not made, the
 *     reason's code, e.g. {@code table-not-read}
 * @param severity {@code ERROR}, {@code WARNING}, {@code INFO}, or {@code NOT_CHECKED} for a check a rule
 *     could not make
 * @param location the JSON-pointer-like path into the document
 * @param table the table's printed number or title, or empty
 * @param unit the budget unit, or empty
 * @param classificationCode the row's classification code or label, or empty
 * @param column the column key or label, or empty
 * @param expected the expected value as text, or empty
 * @param actual the printed value as text, or empty
 * @param difference actual minus expected, or empty
 * @param tolerance the tolerance the rule applied, or empty
 * @param withinRounding whether the difference is within that tolerance (尾数误差)
 * @param message the rendered message
 * @param line the one-based source line, or empty
 * @param page the one-based page of a PDF, or empty for other input
 * @param cells the per-cell findings a rounding group stands for, in document order; empty otherwise
 */
public record FindingView(
    String rule,
    String code,
    String severity,
    String location,
    Optional<String> table,
    Optional<String> unit,
    Optional<String> classificationCode,
    Optional<String> column,
    Optional<String> expected,
    Optional<String> actual,
    Optional<String> difference,
    Optional<String> tolerance,
    boolean withinRounding,
    String message,
    OptionalInt line,
    OptionalInt page,
    List<FindingView> cells) {

  /** The severity that makes the command exit with 1. */
  public static final String ERROR = "ERROR";

  /** A severity that does not change the exit code. */
  public static final String WARNING = "WARNING";

  /** A severity that does not change the exit code. */
  public static final String INFO = "INFO";

  /**
   * Not a finding: a check a rule could not make (未校验项), e.g. because the table it needs was not
   * read. Listed with the findings so that a report without findings is never taken for a clean
   * document; does not change the exit code.
   */
  public static final String NOT_CHECKED = "NOT_CHECKED";

  /**
   * Checks that no component is null and copies the cells.
   *
   * @param rule the rule id
   * @param code the finding code
   * @param severity the severity
   * @param location the location
   * @param table the table
   * @param unit the unit
   * @param classificationCode the row's code or label
   * @param column the column
   * @param expected the expected value
   * @param actual the actual value
   * @param difference the difference
   * @param tolerance the tolerance
   * @param withinRounding whether within rounding
   * @param message the message
   * @param line the line
   * @param page the page
   * @param cells the cells of a rounding group
   */
  public FindingView {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(classificationCode, "classificationCode");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(page, "page");
    cells = List.copyOf(cells);
  }

  /**
   * How serious a severity is, for {@code --min-severity}: ERROR 3, WARNING 2, INFO 1, and a check
   * not made 1 (listed with the INFO findings: it is worth knowing, not wrong).
   *
   * @param severity a severity of this report
   * @return its rank
   */
  public static int rank(String severity) {
    switch (severity) {
      case ERROR:
        return 3;
      case WARNING:
        return 2;
      default:
        return 1;
    }
  }

  /**
   * Whether this finding stands for rounding-level differences only (尾数差异): a rounding group, or a
   * single INFO difference within the tolerance. Text reports collapse these into one line per table.
   *
   * @return true for rounding-level INFO
   */
  public boolean isRounding() {
    return severity.equals(INFO) && (withinRounding || !cells.isEmpty());
  }
}
