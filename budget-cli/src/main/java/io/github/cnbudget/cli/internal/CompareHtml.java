package io.github.cnbudget.cli.internal;

import io.github.cnbudget.rules.compare.AmountChange;
import io.github.cnbudget.rules.compare.DisclosureComparison;
import io.github.cnbudget.rules.compare.StatedChange;
import io.github.cnbudget.rules.compare.TableComparison;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The comparison of two disclosures as one self-contained HTML page (对比报告): per table the amounts
 * that changed, appeared or vanished (in 元, change and percent of the older amount), then each change
 * the newer narrative states against the older year with its verdict. Nothing is loaded from the
 * network; document text is escaped.
 */
public final class CompareHtml {
  private static final String STYLE = "body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;"
      + "margin:1.5em;color:#222}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}"
      + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em}"
      + "td.n{text-align:right;font-variant-numeric:tabular-nums}tr.ADDED{background:#eef8ee}"
      + "tr.REMOVED{background:#fbeeee}.DIFFERS{color:#a00;font-weight:bold}.AGREES{color:#070}"
      + ".NOT_CHECKED{color:#777}p.note{color:#555}";

  private CompareHtml() {}

  /**
   * Writes the page.
   *
   * @param c the comparison
   * @param all whether unchanged amounts are listed too
   * @param out where to write
   */
  public static void write(DisclosureComparison c, boolean all, PrintWriter out) {
    String title = "对比 " + describe(c, true) + " → " + describe(c, false);
    out.print("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        + "<title>" + HtmlReport.esc(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<h1>"
        + HtmlReport.esc(title) + "</h1>\n<p class=\"note\">金额单位：元（按各表单位精确换算）；变动 = 新 − 旧；百分比以旧数为基数。"
        + " Amounts in yuan, converted exactly from each table's unit; change = newer − older; percent of the older amount.</p>\n");
    for (TableComparison t : c.tables()) {
      out.print("<section class=\"table\">\n<h2>" + HtmlReport.esc(t.kind().chinese()) + "："
          + HtmlReport.esc(t.olderTitle().orElse("（无）")) + " → " + HtmlReport.esc(t.newerTitle().orElse("（无）")) + "</h2>\n");
      out.print("<table>\n<thead><tr><th>行</th><th>列</th><th>旧</th><th>新</th><th>变动</th><th>%</th></tr></thead>\n<tbody>\n");
      for (AmountChange a : t.amounts()) {
        if (!all && a.status() == AmountChange.Status.UNCHANGED) {
          continue;
        }
        out.print("<tr class=\"" + a.status().name() + "\"><td>" + HtmlReport.esc(a.row()) + "</td><td>"
            + HtmlReport.esc(a.columnLabel()) + "</td><td class=\"n\">" + plain(a.older()) + "</td><td class=\"n\">"
            + plain(a.newer()) + "</td><td class=\"n\">"
            + a.change().map(CompareHtml::signed).orElse(a.status() == AmountChange.Status.ADDED ? "新增" : "取消")
            + "</td><td class=\"n\">" + a.percent().map(CompareHtml::signed).orElse("") + "</td></tr>\n");
      }
      out.print("</tbody>\n</table>\n");
      list(out, "仅新文件有的行（新增）", t.addedRows());
      list(out, "仅旧文件有的行（取消）", t.removedRows());
      list(out, "仅新文件有的列，未比较", t.addedColumns());
      list(out, "仅旧文件有的列，未比较", t.removedColumns());
      out.print("</section>\n");
    }
    out.print("<section class=\"stated\">\n<h2>新文件说明中与 " + c.older().year() + " 年的比较</h2>\n<ul>\n");
    for (StatedChange s : c.statedChanges()) {
      out.print("<li class=\"" + s.verdict().name() + "\"><span class=\"" + s.verdict().name() + "\">"
          + verdict(s.verdict()) + "</span> " + HtmlReport.esc(s.where()) + "：“" + HtmlReport.esc(s.sentence()) + "”");
      if (s.older().isPresent()) {
        out.print("<br>旧数 " + s.older().get().toPlainString() + "（" + HtmlReport.esc(s.olderSource()) + "）；算得变动 "
            + signed(s.computedChange().orElseThrow()) + s.computedPercent().map(p -> "（" + signed(p) + "%）").orElse(""));
      }
      if (s.verdict() != StatedChange.Verdict.AGREES) {
        out.print("<br>" + HtmlReport.esc(s.explanation()));
      }
      out.print("</li>\n");
    }
    out.print("</ul>\n</section>\n</body>\n</html>\n");
    out.flush();
  }

  private static String describe(DisclosureComparison c, boolean older) {
    var d = older ? c.older() : c.newer();
    return d.department().name() + " " + d.year() + " " + d.stage().documentTerm();
  }

  private static String verdict(StatedChange.Verdict v) {
    switch (v) {
      case AGREES:
        return "一致";
      case DIFFERS:
        return "不一致";
      default:
        return "未校验";
    }
  }

  private static void list(PrintWriter out, String what, List<String> items) {
    if (!items.isEmpty()) {
      out.print("<p>" + HtmlReport.esc(what) + "：" + HtmlReport.esc(String.join("；", items)) + "</p>\n");
    }
  }

  private static String plain(Optional<BigDecimal> v) {
    return v.map(BigDecimal::toPlainString).orElse("");
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }
}
