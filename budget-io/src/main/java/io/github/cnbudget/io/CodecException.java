package io.github.cnbudget.io;

import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.Severity;
import java.util.Objects;

/**
 * Input that a codec cannot read, or a document it cannot write (编解码异常): malformed JSON or CSV,
 * an unknown field, a malformed code or amount, a missing required field, an input beyond the
 * configured bounds, or a lossy conversion the caller did not allow.
 *
 * <p>Every codec failure surfaces as this type, never as a parser's own exception. It names the
 * {@linkplain #kind() kind} of problem (the same stable codes lenient reads report as
 * {@link ReadProblem}s) and the {@linkplain #position() position}: the JSON pointer and line/column,
 * or the CSV file, physical row and field. The message has the shape {@code <position>: <reason>}.
 * Immutable once thrown, and safe to hand between threads.
 */
public class CodecException extends BudgetException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is; not serialized (a deserialized exception reports an unknown position). */
  private final transient SourcePosition position;

  /** What kind of problem it is. */
  private final ReadProblem.Kind kind;

  /** What is wrong, without the position. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param kind what kind of problem it is, e.g. {@link ReadProblem.Kind#JSON_SYNTAX}
   * @param position where the problem is
   * @param reason what is wrong, in English
   */
  public CodecException(ReadProblem.Kind kind, SourcePosition position, String reason) {
    super(position + ": " + reason);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.position = Objects.requireNonNull(position, "position");
    this.reason = reason;
  }

  /**
   * Creates the exception with the underlying failure.
   *
   * @param kind what kind of problem it is, e.g. {@link ReadProblem.Kind#JSON_SYNTAX}
   * @param position where the problem is
   * @param reason what is wrong, in English
   * @param cause the underlying failure
   */
  public CodecException(ReadProblem.Kind kind, SourcePosition position, String reason, Throwable cause) {
    super(position + ": " + reason, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.position = Objects.requireNonNull(position, "position");
    this.reason = reason;
  }

  /**
   * What kind of problem it is.
   *
   * @return the kind, whose {@code code()} is stable
   */
  public ReadProblem.Kind kind() {
    return kind;
  }

  /**
   * Where the problem is.
   *
   * @return the position
   */
  public SourcePosition position() {
    return position == null ? SourcePosition.unknown() : position;
  }

  /**
   * What is wrong, without the position.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * This failure as a read problem: its kind, {@link Severity#ERROR}, its position and reason.
   *
   * @return the problem
   */
  public ReadProblem problem() {
    return ReadProblem.of(kind, Severity.ERROR, position(), "", reason);
  }
}
