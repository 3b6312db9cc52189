package io.github.cnbudget.cli.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the reports for people (报告用语), in Chinese and English: severities, the labels of
 * values and places, and the report's own lines. The rules' messages come from their own bundles;
 * these are the words around them.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportText {
  private static final Map<String, String[]> TEXTS = Map.ofEntries(
      // key -> {Chinese, English}; {0}, {1}… as in MessageFormat
      Map.entry(FindingView.ERROR, new String[] {"错误", "ERROR"}),
      Map.entry(FindingView.WARNING, new String[] {"警告", "WARNING"}),
      Map.entry(FindingView.INFO, new String[] {"提示", "INFO"}),
      Map.entry(FindingView.NOT_CHECKED, new String[] {"未校验", "NOT CHECKED"}),
      Map.entry("expected", new String[] {"期望", "expected"}),
      Map.entry("actual", new String[] {"实际", "actual"}),
      Map.entry("difference", new String[] {"差额", "difference"}),
      Map.entry("tolerance", new String[] {"容差", "tolerance"}),
      Map.entry("line", new String[] {"第 {0} 行", "line {0}"}),
      Map.entry("page", new String[] {"第 {0} 页", "page {0}"}),
      Map.entry("outside-tables", new String[] {"表格以外", "outside the tables"}),
      Map.entry("rounding", new String[] {"尾数差异 {0} 处，均在公布精度之内（最大 {1}）",
          "{0} rounding-level difference(s) within the published precision (largest {1})"}),
      Map.entry("rounding-hint", new String[] {"；--expand-rounding 逐项列出", "; --expand-rounding lists them"}),
      Map.entry("rounding-cell", new String[] {"尾数差异", "rounding-level difference"}),
      Map.entry("import-problems", new String[] {"导入问题 {0} 个", "{0} import problem(s)"}),
      Map.entry("import-hint", new String[] {"（--verbose 逐条列出）", " (--verbose lists them)"}),
      Map.entry("import", new String[] {"导入", "IMPORT"}),
      Map.entry("failed", new String[] {"读取失败：{0}", "FAILED: {0}"}),
      Map.entry("no-document", new String[] {"未读到文档", "no document read"}),
      Map.entry("counts", new String[] {"文档 {0} 份，错误 {1}，警告 {2}，提示 {3}，未校验 {4}，导入问题 {5}",
          "{0} document(s), {1} error(s), {2} warning(s), {3} info, {4} not checked, {5} import problem(s)"}),
      Map.entry("hidden", new String[] {"另有 {0} 项低于 {1}，未列出", "{0} more below {1}, not listed"}),
      Map.entry("no-findings", new String[] {"无发现", "no findings"}),
      Map.entry("tables-read", new String[] {"读取表格 {0} 张", "{0} table(s) read"}),
      Map.entry("title", new String[] {"预算公开文件校验报告", "Budget disclosure validation report"}),
      Map.entry("filters", new String[] {"筛选", "Filter"}),
      Map.entry("all-rules", new String[] {"全部规则", "all rules"}),
      Map.entry("rule", new String[] {"规则", "rule"}),
      Map.entry("summary", new String[] {"概况", "Summary"}),
      Map.entry("not-checked-list", new String[] {"未校验项", "Not checked"}),
      Map.entry("other-findings", new String[] {"表格以外的发现", "Findings outside the tables"}),
      Map.entry("item", new String[] {"项目", "item"}),
      Map.entry("rows", new String[] {"{0} 行", "{0} rows"}),
      Map.entry("findings-count", new String[] {"发现 {0} 项", "{0} finding(s)"}),
      Map.entry("to-cell", new String[] {"定位单元格", "go to cell"}),
      Map.entry("to-table", new String[] {"定位表格", "go to table"}),
      Map.entry("unit", new String[] {"单位：{0}", "unit: {0}"}),
      Map.entry("batch", new String[] {"汇总", "Batch summary"}),
      Map.entry("file", new String[] {"文件", "file"}),
      Map.entry("status", new String[] {"状态", "status"}),
      Map.entry("ok", new String[] {"正常", "ok"}),
      Map.entry("status-failed", new String[] {"失败", "FAILED"}),
      Map.entry("documents", new String[] {"文档", "documents"}),
      Map.entry("import-column", new String[] {"导入问题", "import problems"}),
      Map.entry("cells", new String[] {"涉及单元格", "cells"}),
      Map.entry("empty-table", new String[] {"本表无数据", "no rows"}));

  private ReportText() {}

  /**
   * A text of the reports.
   *
   * @param key its key
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @param arguments for {0}, {1}…
   * @return the text
   */
  public static String get(String key, Locale locale, Object... arguments) {
    String[] texts = TEXTS.get(key);
    if (texts == null) {
      throw new IllegalArgumentException("no report text " + key);
    }
    String pattern = "zh".equals(locale.getLanguage()) ? texts[0] : texts[1];
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
  }

  /**
   * An input's totals in words: documents, findings by severity, checks not made, import problems.
   *
   * @param r the input's report
   * @param locale the locale
   * @return e.g. 文档 1 份，错误 3，警告 2，提示 8，未校验 3，导入问题 10
   */
  public static String counts(FileReport r, Locale locale) {
    return get("counts", locale, r.documents().size(), r.count(FindingView.ERROR), r.count(FindingView.WARNING),
        r.count(FindingView.INFO), r.count(FindingView.NOT_CHECKED), r.importProblems().size());
  }

  /**
   * A severity in words.
   *
   * @param severity {@code ERROR}, {@code WARNING}, {@code INFO} or {@code NOT_CHECKED}
   * @param locale the locale
   * @return e.g. 错误
   */
  public static String severity(String severity, Locale locale) {
    return TEXTS.containsKey(severity) ? get(severity, locale) : severity;
  }
}
