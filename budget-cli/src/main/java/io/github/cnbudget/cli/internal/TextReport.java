package io.github.cnbudget.cli.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The validation report for people (文本校验报告): per document a line with its counts, then its
 * findings table by table in source order, each place named as printed (row code and label,
 * column header and unit); rounding-level differences one line per table unless expanded; findings
 * below the chosen severity counted, not listed. Then per input its import problems (counted, or
 * listed when verbose) and its totals.
 *
 * <p>Lines are returned as plain text: the stream that writes them escapes control characters.
 * Stateless and thread-safe.
 */
public final class TextReport {
  private TextReport() {}

  /**
   * The lines of one document.
   *
   * @param doc the document and its findings
   * @param o what to show
   * @return the lines, indented under the input's line
   */
  public static List<String> document(DocumentFindings doc, ReportOptions o) {
    Locale l = o.locale();
    List<String> lines = new ArrayList<>();
    lines.add("  " + doc.description() + (o.chinese() ? "：" : ": ") + counts(doc.findings(), l));
    int hidden = 0;
    for (FindingView f : doc.findings()) {
      hidden += o.lists(f.severity()) ? 0 : 1;
    }
    for (DocumentFindings.Group g : doc.groups(f -> o.lists(f.severity()))) {
      lines.add("    " + (g.title().isEmpty() ? ReportText.get("outside-tables", l) : g.title()) + position(g, l));
      List<FindingView> rounding = new ArrayList<>();
      for (FindingView f : g.findings()) {
        if (f.isRounding() && !o.expandRounding()) {
          rounding.add(f);
        } else if (f.isRounding() && !f.cells().isEmpty()) {
          for (FindingView c : f.cells()) {
            lines.add("      " + line(c, doc, l));
          }
        } else {
          lines.add("      " + line(f, doc, l));
        }
      }
      if (!rounding.isEmpty()) {
        lines.add("      " + pad(ReportText.severity(FindingView.INFO, l), l) + " " + rounding(rounding, l));
      }
    }
    if (hidden > 0) {
      lines.add("    " + ReportText.get("hidden", l, hidden, ReportText.severity(o.minSeverity(), l)));
    }
    return lines;
  }

  /** {@code 错误 3，警告 2，提示 8，未校验 3}, or that there are none. */
  private static String counts(List<FindingView> findings, Locale l) {
    List<String> parts = new ArrayList<>();
    for (String s : List.of(FindingView.ERROR, FindingView.WARNING, FindingView.INFO, FindingView.NOT_CHECKED)) {
      long n = findings.stream().filter(f -> f.severity().equals(s)).count();
      if (n > 0) {
        parts.add(ReportText.severity(s, l) + " " + n);
      }
    }
    return parts.isEmpty() ? ReportText.get("no-findings", l) : String.join("zh".equals(l.getLanguage()) ? "，" : ", ", parts);
  }

  private static String position(DocumentFindings.Group g, Locale l) {
    String p = g.page() > 0 ? ReportText.get("page", l, g.page()) : g.line() > 0 ? ReportText.get("line", l, g.line()) : "";
    return p.isEmpty() ? "" : "zh".equals(l.getLanguage()) ? "（" + p + "）" : " (" + p + ")";
  }

  /** The collapsed line of a table's rounding-level differences: how many, and the largest. */
  static String rounding(List<FindingView> rounding, Locale l) {
    int count = 0;
    BigDecimal largest = BigDecimal.ZERO;
    for (FindingView f : rounding) {
      for (FindingView c : f.cells().isEmpty() ? List.of(f) : f.cells()) {
        count++;
        BigDecimal d = c.difference().map(BigDecimal::new).orElse(BigDecimal.ZERO).abs();
        largest = d.compareTo(largest) > 0 ? d : largest;
      }
    }
    return ReportText.get("rounding", l, count, largest.toPlainString()) + ReportText.get("rounding-hint", l);
  }

  /** A severity padded to the widest of its language, so that rule ids line up. */
  private static String pad(String severity, Locale l) {
    int widest = 0;
    for (String s : List.of(FindingView.ERROR, FindingView.WARNING, FindingView.INFO, FindingView.NOT_CHECKED)) {
      widest = Math.max(widest, TextTable.width(ReportText.severity(s, l)));
    }
    return severity + " ".repeat(widest - TextTable.width(severity));
  }

  /**
   * One finding on one line: severity, rule, page or line, the place as printed, the message, and
   * the numbers.
   *
   * @param f the finding
   * @param doc its document, to name the place as printed; null to name it by the location's parts
   * @param l the language
   * @return the line
   */
  static String line(FindingView f, @Nullable DocumentFindings doc, Locale l) {
    boolean zh = "zh".equals(l.getLanguage());
    StringBuilder b = new StringBuilder();
    b.append(pad(ReportText.severity(f.severity(), l), l)).append(' ').append(f.rule());
    f.page().ifPresent(pg -> b.append(' ').append(ReportText.get("page", l, pg)));
    f.line().ifPresent(n -> b.append(' ').append(ReportText.get("line", l, n)));
    String where = doc != null ? doc.where(f, l) : String.join(" / ", java.util.stream.Stream.of(f.table(), f.unit(),
        f.classificationCode(), f.column()).flatMap(java.util.Optional::stream).collect(java.util.stream.Collectors.toList()));
    if (!where.isEmpty()) {
      b.append(" [").append(where).append(']');
    }
    b.append(zh ? "：" : ": ").append(f.message());
    List<String> values = new ArrayList<>();
    f.expected().ifPresent(v -> values.add(ReportText.get("expected", l) + " " + v));
    f.actual().ifPresent(v -> values.add(ReportText.get("actual", l) + " " + v));
    f.difference().ifPresent(v -> values.add(ReportText.get("difference", l) + " " + v));
    f.tolerance().ifPresent(v -> values.add(ReportText.get("tolerance", l) + " " + v));
    if (!values.isEmpty()) {
      b.append(zh ? "（" + String.join("，", values) + "）" : " (" + String.join(", ", values) + ")");
    }
    return b.toString();
  }

  /**
   * The end of an input's report: its failure, its import problems (a count, or each with
   * {@code verbose}) and its totals.
   *
   * @param r the input's report
   * @param o what to show
   * @return the lines
   */
  public static List<String> end(FileReport r, ReportOptions o) {
    Locale l = o.locale();
    List<String> lines = new ArrayList<>();
    if (r.failure().isPresent()) {
      lines.add("  " + ReportText.get("failed", l, r.failure().get()));
      // a JSON Lines file with a few broken lines still had its other documents validated
      if (r.documents().isEmpty()) {
        return lines;
      }
    }
    if (r.documents().isEmpty()) {
      lines.add("  " + ReportText.get("no-document", l));
    }
    if (!r.importProblems().isEmpty()) {
      lines.add("  " + ReportText.get("import-problems", l, r.importProblems().size())
          + (o.verbose() ? "" : ReportText.get("import-hint", l)));
      if (o.verbose()) {
        for (ImportProblemView p : r.importProblems()) {
          lines.add("    " + problem(p, l));
        }
      }
    }
    lines.add("  " + ReportText.counts(r, l));
    return lines;
  }

  /** How much of an import problem's source text the report shows. */
  static final int TEXT_LIMIT = 60;

  /**
   * One import problem on one line: severity, code, page or line, message, and the start of the text.
   *
   * @param p the problem
   * @param l the language
   * @return the line
   */
  static String problem(ImportProblemView p, Locale l) {
    StringBuilder b = new StringBuilder();
    b.append(pad(ReportText.severity(p.severity(), l), l)).append(' ').append(p.code());
    p.page().ifPresent(pg -> b.append(' ').append(ReportText.get("page", l, pg)));
    p.line().ifPresent(n -> b.append(' ').append(ReportText.get("line", l, n)));
    b.append("zh".equals(l.getLanguage()) ? "：" : ": ").append(p.message());
    // the JSON report keeps the whole source line; a terminal line shows its start
    p.text().ifPresent(t -> b.append(" «").append(t.length() > TEXT_LIMIT ? t.substring(0, TEXT_LIMIT) + "…" : t).append('»'));
    return b.toString();
  }
}
