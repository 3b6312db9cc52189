package io.github.cnbudget.cli.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one input of a batch (单个文件的处理结果): the task's result, or why it failed.
 *
 * <p>Immutable and thread-safe when the result is.
 *
 * @param <R> the task's result
 * @param input the input
 * @param result the result, empty when the input failed
 * @param failure why the input failed (e.g. {@code CodecException: line 3: unexpected token}), or empty
 */
public record FileOutcome<R>(Input input, Optional<R> result, Optional<String> failure) {

  /**
   * Checks that exactly one of result and failure is present.
   *
   * @param input the input
   * @param result the result
   * @param failure the failure
   */
  public FileOutcome {
    Objects.requireNonNull(input, "input");
    if (result.isPresent() == failure.isPresent()) {
      throw new IllegalArgumentException("exactly one of result and failure must be present");
    }
  }

  /**
   * Whether the input was read and processed.
   *
   * @return true when a result is present
   */
  public boolean ok() {
    return result.isPresent();
  }
}
