package io.github.cnbudget.cli.internal;

import java.io.PrintWriter;

/**
 * Progress of a batch (批处理进度), written to standard error so standard output stays clean for
 * reports and documents: a bar redrawn in place on a terminal, one plain line per file otherwise
 * (logs and pipes must not fill with carriage returns).
 *
 * <p>Implementations are not thread-safe: a batch reports from one thread.
 */
public interface Progress {

  /**
   * The batch begins.
   *
   * @param total how many inputs it holds
   */
  void start(int total);

  /**
   * One input is done.
   *
   * @param input the input
   * @param ok whether it was read and processed
   */
  void done(Input input, boolean ok);

  /** The batch ended: finish the bar's line. */
  void finish();

  /**
   * The progress suited to where standard error goes.
   *
   * @param err standard error
   * @param terminal whether a person watches a terminal ({@code System.console() != null})
   * @return a bar on a terminal, plain lines otherwise
   */
  static Progress of(PrintWriter err, boolean terminal) {
    return terminal ? new Bar(err) : new Lines(err);
  }

  /**
   * Progress that prints nothing (single files, or when asked to be quiet).
   *
   * @return the silent progress
   */
  static Progress none() {
    return new Progress() {
      @Override
      public void start(int total) {}

      @Override
      public void done(Input input, boolean ok) {}

      @Override
      public void finish() {}
    };
  }

  /** One line per finished input: {@code [2/5] ok examples/data/a.txt}. */
  final class Lines implements Progress {
    private final PrintWriter err;
    private int total;
    private int count;

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void start(int total) {
      this.total = total;
      this.count = 0;
    }

    @Override
    public void done(Input input, boolean ok) {
      count++;
      err.println("[" + count + "/" + total + "] " + (ok ? "ok     " : "FAILED ") + Printable.escape(input.display()));
      err.flush();
    }

    @Override
    public void finish() {
      err.flush();
    }
  }

  /** A bar redrawn in place: {@code [#########-----------]  9/20  file}. */
  final class Bar implements Progress {
    static final int WIDTH = 30;
    private final PrintWriter err;
    private int total;
    private int count;
    private int failed;
    private int lastLength;

    Bar(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void start(int total) {
      this.total = total;
      this.count = 0;
      this.failed = 0;
      draw("");
    }

    @Override
    public void done(Input input, boolean ok) {
      count++;
      if (!ok) {
        failed++;
      }
      draw(Printable.escape(input.display()));
    }

    @Override
    public void finish() {
      err.println();
      err.flush();
    }

    private void draw(String name) {
      String line = render(count, total, failed, name);
      // pad with blanks so a shorter line fully covers the previous one
      int pad = Math.max(0, lastLength - line.length());
      err.print("\r" + line + " ".repeat(pad));
      err.flush();
      lastLength = line.length();
    }

    static String render(int count, int total, int failed, String name) {
      int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * count / total);
      StringBuilder b = new StringBuilder("[");
      b.append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
      b.append(count).append('/').append(total);
      if (failed > 0) {
        b.append(" (").append(failed).append(" failed)");
      }
      if (!name.isEmpty()) {
        b.append("  ").append(shorten(name, 40));
      }
      return b.toString();
    }

    private static String shorten(String s, int max) {
      return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
    }
  }
}
