package io.github.cnbudget.model.catalog;

import io.github.cnbudget.model.BudgetException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A classification catalog could not be built (科目表加载异常): a malformed CSV row, a code that does
 * not fit its scheme, two names for one code in the same year. Carries the source (file name) and
 * the one-based line where the offending record starts, when known.
 *
 * <p>The message has a fixed shape: {@code <source>:<line>: <reason>}, or just the reason when the
 * entries did not come from a file.
 */
public class CatalogException extends BudgetException {
  private static final long serialVersionUID = 1L;

  /** The file or resource name, empty when the entries were built in code. */
  private final String source;
  /** The one-based line where the record starts, 0 when not from a file. */
  private final int line;
  /** Why the catalog could not be built. */
  private final String reason;

  /**
   * An error in a catalog file.
   *
   * @param source the file or resource name
   * @param line the one-based line where the record starts
   * @param reason a short English explanation
   */
  public CatalogException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /**
   * An error in a catalog file caused by another failure.
   *
   * @param source the file or resource name
   * @param line the one-based line where the record starts
   * @param reason a short English explanation
   * @param cause the underlying failure
   */
  public CatalogException(String source, int line, String reason, Throwable cause) {
    super(source + ":" + line + ": " + reason, cause);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /**
   * An error in catalog entries that did not come from a file.
   *
   * @param reason a short English explanation
   */
  public CatalogException(String reason) {
    super(reason);
    this.source = "";
    this.line = 0;
    this.reason = reason;
  }

  /**
   * The file or resource the faulty record came from.
   *
   * @return the source name, or empty when the entries were built in code
   */
  public Optional<String> source() {
    return source.isEmpty() ? Optional.empty() : Optional.of(source);
  }

  /**
   * The line where the faulty record starts.
   *
   * @return the one-based line, or empty when not from a file
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Why the catalog could not be built.
   *
   * @return a short English explanation, without source or line
   */
  public String reason() {
    return reason;
  }
}
