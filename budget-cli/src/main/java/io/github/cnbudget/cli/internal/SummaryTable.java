package io.github.cnbudget.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The table printed at the end of a batch (汇总表): one row per input with its status, documents,
 * findings by severity and import problems, and a total row.
 *
 * <p>Columns are aligned by display width, counting CJK characters as two columns, so tables with
 * Chinese file names stay aligned on a terminal. Stateless and thread-safe.
 */
public final class SummaryTable {
  private static final List<String> HEADER = List.of("file", "status", "documents", "errors", "warnings", "infos", "import problems");

  private SummaryTable() {}

  /**
   * Writes the table.
   *
   * @param reports one per input
   * @param out where to write
   */
  public static void write(List<FileReport> reports, PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (FileReport r : reports) {
      if (r.failure().isPresent()) {
        rows.add(List.of(r.source(), "FAILED", "-", "-", "-", "-", "-"));
      } else {
        rows.add(List.of(r.source(), "ok", Integer.toString(r.documents().size()), Integer.toString(r.count(FindingView.ERROR)),
            Integer.toString(r.count(FindingView.WARNING)), Integer.toString(r.count(FindingView.INFO)),
            Integer.toString(r.importProblems().size())));
      }
    }
    BatchSummary s = BatchSummary.of(reports);
    rows.add(List.of("total (" + s.files() + " files)", s.failed() == 0 ? "ok" : s.failed() + " failed", Integer.toString(s.documents()),
        Integer.toString(s.errors()), Integer.toString(s.warnings()), Integer.toString(s.infos()), Integer.toString(s.importProblems())));
    int[] widths = new int[HEADER.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      if (r == 1 || r == rows.size() - 1) {
        out.println(rule(widths));
      }
      out.println(line(rows.get(r), widths));
    }
    for (FileReport r : reports) {
      r.failure().ifPresent(f -> out.println("FAILED " + r.source() + ": " + f));
    }
    out.flush();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      boolean numeric = i >= 2;
      String pad = " ".repeat(widths[i] - width(c));
      if (i > 0) {
        b.append("  ");
      }
      b.append(numeric ? pad + c : c + pad);
    }
    return b.toString().stripTrailing();
  }

  private static String rule(int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        b.append("  ");
      }
      b.append("-".repeat(widths[i]));
    }
    return b.toString();
  }

  /** Terminal columns taken by text: East Asian wide characters take two. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61
        || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS;
  }
}
