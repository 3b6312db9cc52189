package io.github.cnbudget.cli.internal;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks on all cores while handing their results to one consumer in submission order, with a
 * bounded number in flight: validating a stream of documents uses every core, keeps the report in
 * document order, and holds only a few documents in memory however long the stream.
 *
 * <p>With one thread, tasks run on the submitting thread as they are submitted: no hand-off, so
 * that one thread is the plain sequential program (the reference of the speed-up). Not thread-safe:
 * one thread submits and consumes.
 *
 * @param <T> the result type
 */
public final class OrderedParallel<T> implements AutoCloseable {
  private final @Nullable ExecutorService pool;
  private final ArrayDeque<Future<T>> window = new ArrayDeque<>();
  private final int maxInFlight;
  private final Consumer<? super T> consumer;

  /**
   * Creates a runner.
   *
   * @param threads worker threads, at least 1; 1 runs each task on the submitting thread
   * @param consumer receives each result, in submission order, on the submitting thread
   */
  public OrderedParallel(int threads, Consumer<? super T> consumer) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "budget-worker");
      t.setDaemon(true);
      return t;
    });
    // two tasks per worker: one running, one queued, so no worker waits for the submitter
    this.maxInFlight = threads * 2;
    this.consumer = consumer;
  }

  /**
   * Submits a task; when the window is full, first hands the oldest result to the consumer.
   *
   * @param task the task
   */
  public void submit(Callable<T> task) {
    if (pool == null) {
      consumer.accept(callInline(task));
      return;
    }
    while (window.size() >= maxInFlight) {
      drainOne();
    }
    window.add(pool.submit(task));
  }

  private static <T> T callInline(Callable<T> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void drainOne() {
    Future<T> f = window.remove();
    try {
      consumer.accept(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a task", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw new IllegalStateException(c);
    }
  }

  /** Hands every remaining result to the consumer, in order, and stops the workers. */
  @Override
  public void close() {
    try {
      while (!window.isEmpty()) {
        drainOne();
      }
    } finally {
      for (Future<T> f : window) {
        f.cancel(true);
      }
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
