package io.github.cnbudget.io;

import io.github.cnbudget.model.BudgetException;
import java.util.Objects;

/**
 * Input that a codec cannot read, or a document it cannot write (编解码异常): malformed JSON or CSV,
 * an unknown field, a malformed code or amount, a missing required field, an input beyond the
 * configured bounds, or a lossy conversion the caller did not allow.
 *
 * <p>Every codec failure surfaces as this type, never as a parser's own exception; the
 * {@link #location()} names the JSON pointer and line/column, or the CSV file, physical row and
 * field. The message has the shape {@code <location>: <reason>}. Immutable once thrown, and safe to
 * hand between threads.
 */
public class CodecException extends BudgetException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is; not serialized (a deserialized exception reports an unknown location). */
  private final transient SourcePosition location;

  /** What is wrong, without the location. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param location where the problem is
   * @param reason what is wrong, in English
   */
  public CodecException(SourcePosition location, String reason) {
    super(location + ": " + reason);
    this.location = Objects.requireNonNull(location, "location");
    this.reason = reason;
  }

  /**
   * Creates the exception with the underlying failure.
   *
   * @param location where the problem is
   * @param reason what is wrong, in English
   * @param cause the underlying failure
   */
  public CodecException(SourcePosition location, String reason, Throwable cause) {
    super(location + ": " + reason, cause);
    this.location = Objects.requireNonNull(location, "location");
    this.reason = reason;
  }

  /**
   * Where the problem is.
   *
   * @return the location
   */
  public SourcePosition location() {
    return location == null ? SourcePosition.unknown() : location;
  }

  /**
   * What is wrong, without the location.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
