package io.github.cnbudget.cli.internal;

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
 * @param severity {@code ERROR}, {@code WARNING}, {@code INFO}, or {@code NOT_CHECKED} for a check a rule
 *     could not make
 * @param location the JSON-pointer-like path into the document
 * @param table the table's printed number or title, or empty
 * @param unit the budget unit, or empty
 * @param code the row's classification code or label, or empty
 * @param column the column key or label, or empty
 * @param expected the expected value as text, or empty
 * @param actual the printed value as text, or empty
 * @param difference actual minus expected, or empty
 * @param message the rendered message
 * @param line the one-based source line, or empty
 * @param page the one-based page of a PDF, or empty for other input
 */
public record FindingView(
    String rule,
    String severity,
    String location,
    Optional<String> table,
    Optional<String> unit,
    Optional<String> code,
    Optional<String> column,
    Optional<String> expected,
    Optional<String> actual,
    Optional<String> difference,
    String message,
    OptionalInt line,
    OptionalInt page) {

  /**
   * A finding's view without a page (text, JSON and CSV input).
   *
   * @param rule the rule id
   * @param severity the severity
   * @param location the location
   * @param table the table
   * @param unit the unit
   * @param code the code
   * @param column the column
   * @param expected the expected value
   * @param actual the actual value
   * @param difference the difference
   * @param message the message
   * @param line the line
   */
  public FindingView(String rule, String severity, String location, Optional<String> table, Optional<String> unit,
      Optional<String> code, Optional<String> column, Optional<String> expected, Optional<String> actual,
      Optional<String> difference, String message, OptionalInt line) {
    this(rule, severity, location, table, unit, code, column, expected, actual, difference, message, line,
        OptionalInt.empty());
  }

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
   * Checks that no component is null.
   *
   * @param rule the rule id
   * @param severity the severity
   * @param location the location
   * @param table the table
   * @param unit the unit
   * @param code the code
   * @param column the column
   * @param expected the expected value
   * @param actual the actual value
   * @param difference the difference
   * @param message the message
   * @param line the line
   * @param page the page
   */
  public FindingView {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(line, "line");
  }
}
