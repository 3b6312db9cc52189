package io.github.cnbudget.cli.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress within one large file (文件内进度), such as a JSON Lines file of many thousand documents:
 * the documents read so far, the share of the file's bytes and the time left at the rate so far,
 * e.g. {@code big.jsonl: 12,000 documents, 45%, about 1:20 left}. On a terminal the line is redrawn
 * in place (at most five times a second); otherwise a plain line is written every ten seconds, so logs
 * stay short. Files smaller than {@link #THRESHOLD} bytes show nothing: they take a moment.
 *
 * <p>Not thread-safe: one reading thread reports.
 */
public final class FileProgress {
  /** Files from this size on (8 MiB) show their progress. */
  public static final long THRESHOLD = 8L << 20;

  private static final long TERMINAL_EVERY = TimeUnit.MILLISECONDS.toNanos(200);
  private static final long LINES_EVERY = TimeUnit.SECONDS.toNanos(10);

  private final PrintWriter err;
  private final boolean terminal;
  private final String name;
  private final long total;
  private final LongSupplier clock;
  private final long start;
  private long read;
  private long documents;
  private long lastDrawn;
  private int lastLength;
  private boolean drawn;

  private FileProgress(PrintWriter err, boolean terminal, String name, long total, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.name = name;
    this.total = total;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastDrawn = start;
  }

  /**
   * The progress of a file, or none when it is small.
   *
   * @param err standard error
   * @param terminal whether a person watches a terminal
   * @param name the file as shown
   * @param size its size in bytes
   * @param clock nanoseconds, as {@link System#nanoTime()}
   * @return the progress; silent below {@link #THRESHOLD}
   */
  public static FileProgress of(PrintWriter err, boolean terminal, String name, long size, LongSupplier clock) {
    return new FileProgress(err, terminal, name, size < THRESHOLD ? -1 : size, clock);
  }

  /**
   * Progress that shows nothing.
   *
   * @return the silent progress
   */
  public static FileProgress none() {
    return new FileProgress(new PrintWriter(PrintWriter.nullWriter()), false, "", -1, () -> 0L);
  }

  /**
   * The stream of the file, counting the bytes read from it.
   *
   * @param in the file's stream
   * @return a stream that reports what it reads
   */
  public InputStream track(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          read++;
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
          read += n;
        }
        return n;
      }
    };
  }

  /**
   * More documents were read: redraws when it is time.
   *
   * @param count how many
   */
  public void documents(long count) {
    documents += count;
    if (total < 0) {
      return;
    }
    long now = clock.getAsLong();
    if (now - lastDrawn < (terminal ? TERMINAL_EVERY : LINES_EVERY)) {
      return;
    }
    lastDrawn = now;
    String line = render(name, documents, read, total, now - start);
    if (terminal) {
      err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
      lastLength = line.length();
    } else {
      err.println(line);
    }
    drawn = true;
    err.flush();
  }

  /** The file is done: ends the redrawn line. */
  public void finish() {
    if (drawn && terminal) {
      err.println();
      err.flush();
    }
  }

  /**
   * One line of progress.
   *
   * @param name the file
   * @param documents documents read
   * @param read bytes read
   * @param total the file's bytes
   * @param elapsedNanos time since the start
   * @return e.g. {@code big.jsonl: 12,000 documents, 45%, about 1:20 left}
   */
  static String render(String name, long documents, long read, long total, long elapsedNanos) {
    long done = Math.min(read, total);
    int percent = total == 0 ? 100 : (int) (100 * done / total);
    String eta = "";
    if (done > 0 && done < total) {
      long left = (long) ((double) elapsedNanos * (total - done) / done);
      long seconds = TimeUnit.NANOSECONDS.toSeconds(left);
      eta = ", about " + (seconds >= 3600 ? seconds / 3600 + ":" + String.format(Locale.ROOT, "%02d", seconds / 60 % 60)
          : Long.toString(seconds / 60)) + ":" + String.format(Locale.ROOT, "%02d", seconds % 60) + " left";
    }
    return Printable.escape(name) + ": " + String.format(Locale.ROOT, "%,d", documents) + " document" + (documents == 1 ? "" : "s")
        + ", " + percent + "%" + eta;
  }
}
