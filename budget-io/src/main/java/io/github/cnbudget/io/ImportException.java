package io.github.cnbudget.io;

import io.github.cnbudget.model.BudgetException;
import org.jspecify.annotations.Nullable;

/**
 * The text could not be imported at all (文本导入失败): it could not be read (I/O error, undecodable
 * bytes in the chosen charset) or is larger than the importer accepts.
 *
 * <p>Content the importer cannot place never throws: it is reported as an {@link ReadProblem}.
 */
public class ImportException extends BudgetException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public ImportException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public ImportException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
