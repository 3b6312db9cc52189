package io.github.cnbudget.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one task per input (批量处理), each independently: a file that cannot be read, or whose
 * processing throws, becomes a failed {@link FileOutcome} carrying the exception's message, and the
 * batch goes on with the next file.
 *
 * <p>Stateless and thread-safe; the progress it is given is not.
 */
public final class BatchRunner {
  private BatchRunner() {}

  /**
   * Work on one input.
   *
   * @param <R> the result
   */
  @FunctionalInterface
  public interface FileTask<R> {
    /**
     * Processes one input.
     *
     * @param input the input, never one with a problem
     * @return the result
     * @throws Exception when the input cannot be read or processed: recorded as its failure
     */
    R apply(Input input) throws Exception;
  }

  /**
   * Runs a task over inputs, in order.
   *
   * @param <R> the task's result
   * @param inputs the inputs
   * @param task the task
   * @param progress told of each finished input
   * @return one outcome per input, in order
   */
  public static <R> List<FileOutcome<R>> run(List<Input> inputs, FileTask<R> task, Progress progress) {
    List<FileOutcome<R>> outcomes = new ArrayList<>(inputs.size());
    progress.start(inputs.size());
    try {
      for (Input input : inputs) {
        FileOutcome<R> outcome = runOne(input, task);
        outcomes.add(outcome);
        progress.done(input, outcome.ok());
      }
    } finally {
      progress.finish();
    }
    return List.copyOf(outcomes);
  }

  private static <R> FileOutcome<R> runOne(Input input, FileTask<R> task) {
    if (input.problem().isPresent()) {
      return new FileOutcome<>(input, Optional.empty(), input.problem());
    }
    try {
      R result = task.apply(input);
      return new FileOutcome<>(input, Optional.of(result), Optional.empty());
    } catch (Exception e) {
      // One broken file must not stop the batch: the failure is reported in its outcome and summary.
      return new FileOutcome<>(input, Optional.empty(), Optional.of(describe(e)));
    } catch (StackOverflowError e) {
      // Deeply nested input can exhaust the stack of a recursive reader; that too is one bad file.
      return new FileOutcome<>(input, Optional.empty(), Optional.of("input nested too deeply (" + e + ")"));
    } catch (OutOfMemoryError e) {
      // What this input held is unreachable once the task has unwound, so the batch can go on:
      // the input fails (exit 2) instead of the whole run dying with a stack trace
      return new FileOutcome<>(input, Optional.empty(), Optional.of(outOfMemory(e)));
    }
  }

  /**
   * The failure text of an input that exhausted the heap.
   *
   * @param e the error
   * @return the text, naming the heap
   */
  public static String outOfMemory(OutOfMemoryError e) {
    return "out of memory (" + e.getMessage() + ") with a maximum heap of " + (Runtime.getRuntime().maxMemory() >> 20)
        + " MB: raise the heap (JAVA_TOOL_OPTIONS=-Xmx…) or split the input";
  }

  /**
   * The failure text: the exception type and message, with the cause's when it adds something.
   *
   * @param e the failure
   * @return the text
   */
  public static String describe(Throwable e) {
    StringBuilder b = new StringBuilder(e.getClass().getSimpleName());
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      b.append(": ").append(e.getMessage());
    }
    Throwable cause = e.getCause();
    // a cause of the exception's own type is the same error relocated (a JSON Lines line numbered
    // in the file, not the line): quoting it would repeat the reason with a conflicting position
    if (cause != null && cause.getClass() != e.getClass() && cause.getMessage() != null
        && (e.getMessage() == null || !e.getMessage().contains(cause.getMessage()))) {
      b.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
    }
    return b.toString();
  }
}
