package io.github.cnbudget.io;

import java.util.Objects;

/**
 * A problem a lenient read recorded instead of failing (读取问题): an unknown field kept aside, a
 * malformed optional value dropped. Strict reads throw {@link CodecException} for the same input.
 *
 * <p>Immutable and thread-safe.
 */
public final class CodecProblem {
  private final String code;
  private final SourcePosition location;
  private final String message;

  private CodecProblem(String code, SourcePosition location, String message) {
    this.code = code;
    this.location = location;
    this.message = message;
  }

  /**
   * Creates a problem.
   *
   * @param code a stable kebab-case code, e.g. {@code unknown-field}, {@code malformed-value}
   * @param location where it is
   * @param message what is wrong, in English
   * @return the problem
   */
  public static CodecProblem of(String code, SourcePosition location, String message) {
    return new CodecProblem(Objects.requireNonNull(code, "code"), Objects.requireNonNull(location, "location"),
        Objects.requireNonNull(message, "message"));
  }

  /**
   * The stable code.
   *
   * @return {@code unknown-field} or {@code malformed-value}
   */
  public String code() {
    return code;
  }

  /**
   * Where the problem is.
   *
   * @return the location
   */
  public SourcePosition location() {
    return location;
  }

  /**
   * What is wrong.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodecProblem && ((CodecProblem) o).code.equals(code)
        && ((CodecProblem) o).location.equals(location) && ((CodecProblem) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, location, message);
  }

  @Override
  public String toString() {
    return code + " at " + location + ": " + message;
  }
}
