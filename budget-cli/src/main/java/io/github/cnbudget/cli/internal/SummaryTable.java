package io.github.cnbudget.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The table printed at the end of a batch (汇总表): one row per input with its status, documents,
 * findings by severity, checks the rules could not make and import problems, a total row, and then
 * why each failed input failed.
 *
 * <p>Stateless and thread-safe.
 */
public final class SummaryTable {
  private SummaryTable() {}

  /**
   * The counts of one input in words.
   *
   * @param r the input's report
   * @return e.g. {@code 1 document, 2 errors, 0 warnings, 0 infos, 3 not checked, 1 import problem}
   */
  public static String counts(FileReport r) {
    return plural(r.documents().size(), "document") + ", " + plural(r.count(FindingView.ERROR), "error") + ", "
        + plural(r.count(FindingView.WARNING), "warning") + ", " + plural(r.count(FindingView.INFO), "info") + ", "
        + notChecked(r) + plural(r.importProblems().size(), "import problem");
  }

  /** {@code 3 not checked, } when a rule could not check something, else nothing. */
  private static String notChecked(FileReport r) {
    int n = r.count(FindingView.NOT_CHECKED);
    return n == 0 ? "" : n + " not checked, ";
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Writes the table, or for a single input one line with its counts (a one-row table says no more).
   *
   * @param reports one per input
   * @param err where to write
   */
  public static void write(List<FileReport> reports, PrintWriter err) {
    write(reports, err, Locale.ENGLISH);
  }

  /**
   * Writes the table in a language, or for a single input one line with its counts.
   *
   * @param reports one per input
   * @param err where to write
   * @param locale Chinese for any {@code zh} locale, English otherwise
   */
  public static void write(List<FileReport> reports, PrintWriter err, Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    // file names and failure messages quote input text: escaped, they cannot forge lines
    PrintWriter out = Printable.writer(err);
    if (reports.size() == 1) {
      FileReport r = reports.get(0);
      out.println(r.failure().map(f -> "FAILED " + r.source() + ": " + f).orElseGet(() -> r.source() + ": " + counts(r)));
      out.flush();
      return;
    }
    TextTable t = new TextTable(zh ? List.of("文件", "状态", "文档", "错误", "警告", "提示", "未校验", "导入问题")
        : List.of("file", "status", "documents", "errors", "warnings", "infos", "not checked", "import problems"),
        List.of(false, false, true, true, true, true, true, true));
    String ok = zh ? "正常" : "ok";
    String failedWord = zh ? "失败" : "FAILED";
    t.rule();
    int notChecked = 0;
    for (FileReport r : reports) {
      if (r.failure().isPresent()) {
        t.add(List.of(r.source(), failedWord, "-", "-", "-", "-", "-", "-"));
      } else {
        notChecked += r.count(FindingView.NOT_CHECKED);
        t.add(List.of(r.source(), ok, Integer.toString(r.documents().size()), Integer.toString(r.count(FindingView.ERROR)),
            Integer.toString(r.count(FindingView.WARNING)), Integer.toString(r.count(FindingView.INFO)),
            Integer.toString(r.count(FindingView.NOT_CHECKED)), Integer.toString(r.importProblems().size())));
      }
    }
    BatchSummary s = BatchSummary.of(reports);
    t.rule();
    t.add(List.of(zh ? "合计（" + s.files() + " 个文件）" : "total (" + s.files() + " files)",
        s.failed() == 0 ? ok : s.failed() + (zh ? " 个失败" : " failed"), Integer.toString(s.documents()),
        Integer.toString(s.errors()), Integer.toString(s.warnings()), Integer.toString(s.infos()),
        Integer.toString(notChecked), Integer.toString(s.importProblems())));
    t.write(out, "");
    for (FileReport r : reports) {
      r.failure().ifPresent(f -> out.println(failedWord + " " + r.source() + (zh ? "：" : ": ") + f));
    }
    out.flush();
  }
}
