package io.github.cnbudget.model;

import org.jspecify.annotations.Nullable;
/**
 * Root of every exception thrown by cn-budget (预算公开数据处理异常).
 *
 * <p>Broken <em>structure</em> (a code with four digits, unreadable text, a malformed file) throws a
 * subclass of this type. Data that breaks accounting or business rules never throws: it loads and
 * becomes findings of the validation rules.
 */
public class BudgetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the input
   */
  public BudgetException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, naming the input
   * @param cause the underlying failure
   */
  public BudgetException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
