package io.github.cnbudget.cli.internal;

import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code import} and {@code convert} print at the end (导入汇总): they read documents without
 * validating them, so instead of finding counts (always zero there) each input's documents and import
 * problems, and then the problems themselves, one line each, placed by page or line.
 *
 * <p>Stateless and thread-safe.
 */
public final class ImportSummary {
  /** How many problems of one input are listed; the rest are counted. */
  static final int LISTED = 50;

  private ImportSummary() {}

  /**
   * Writes the summary: one line for a single input, else a table with a total row; then each
   * input's problems and why each failed input failed.
   *
   * @param reports one per input
   * @param err where to write
   */
  public static void write(List<FileReport> reports, PrintWriter err) {
    // file names and problem texts quote input text: escaped, they cannot forge lines
    PrintWriter out = Printable.writer(err);
    if (reports.size() == 1) {
      FileReport r = reports.get(0);
      out.println(r.failure().map(f -> "FAILED " + r.source() + ": " + f).orElseGet(() -> r.source() + ": " + counts(r)));
    } else {
      TextTable t = new TextTable(List.of("file", "status", "documents", "import problems"), List.of(false, false, true, true));
      t.rule();
      for (FileReport r : reports) {
        t.add(r.failure().isPresent() ? List.of(r.source(), "FAILED", "-", "-")
            : List.of(r.source(), "ok", Integer.toString(r.documents().size()), Integer.toString(r.importProblems().size())));
      }
      BatchSummary s = BatchSummary.of(reports);
      t.rule();
      t.add(List.of("total (" + s.files() + " files)", s.failed() == 0 ? "ok" : s.failed() + " failed",
          Integer.toString(s.documents()), Integer.toString(s.importProblems())));
      t.write(out, "");
    }
    for (FileReport r : reports) {
      problems(r, out, reports.size() > 1);
      if (reports.size() > 1) {
        r.failure().ifPresent(f -> out.println("FAILED " + r.source() + ": " + f));
      }
    }
    out.flush();
  }

  /** {@code 1 document, 3 import problems}. */
  static String counts(FileReport r) {
    int n = r.importProblems().size();
    return r.documents().size() + " document" + (r.documents().size() == 1 ? "" : "s") + ", "
        + (n == 0 ? "no import problems" : n + " import problem" + (n == 1 ? "" : "s") + ":");
  }

  private static void problems(FileReport r, PrintWriter out, boolean named) {
    List<ImportProblemView> problems = r.importProblems();
    if (problems.isEmpty()) {
      return;
    }
    if (named) {
      out.println(r.source() + ":");
    }
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      out.println("  " + line(problems.get(i)));
    }
    if (problems.size() > LISTED) {
      out.println("  … " + (problems.size() - LISTED) + " more");
    }
  }

  /** {@code page 3  WARNING  value-beyond-columns  “text”: why} or {@code line 12  …}. */
  static String line(ImportProblemView p) {
    String where = p.page().isPresent() ? "page " + p.page().getAsInt()
        : p.line().isPresent() ? "line " + p.line().getAsInt() : "";
    return (where.isEmpty() ? "" : where + "  ") + p.severity() + "  " + p.code() + "  "
        + p.text().map(t -> "“" + t + "”: ").orElse("") + p.message();
  }
}
