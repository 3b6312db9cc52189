package io.github.cnbudget.cli.internal;

import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.Side;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The validation report as one self-contained HTML page (HTML 校验报告) for whoever must fix the
 * document: per document a summary (findings by severity, tables read, checks not made), then each
 * table drawn as printed (headers, rows, amounts and unit) with the cells of each finding
 * highlighted and the finding beside it (message, expected, actual, difference, tolerance), linked to
 * its cell and to its page or line; filters by severity and rule. Styles and script are inline: the
 * page loads nothing from the network.
 *
 * <p>Documents are rendered on the workers ({@link #render(String, DocumentFindings)} is
 * thread-safe); the rest is written by the one writing thread.
 */
public final class HtmlReport extends ReportStream {
  private static final String STYLE = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private final PrintWriter out;
  private final ReportOptions options;
  private final Links links;
  private final Locale l;
  /** Ids of the page's elements: documents may be rendered on any worker, in any order. */
  private final AtomicInteger ids = new AtomicInteger();

  /** How the page links to its inputs. */
  @FunctionalInterface
  public interface Links {
    /**
     * The address of an input from the page, e.g. a path relative to the page's folder.
     *
     * @param source the input as displayed
     * @return the address, or empty when the page should not link to it
     */
    Optional<String> href(String source);
  }

  HtmlReport(PrintWriter out, ReportOptions options, Links links) {
    this.out = out;
    this.options = options;
    this.links = links;
    this.l = options.locale();
    String title = text("title");
    out.print("<!DOCTYPE html>\n<html lang=\"" + (options.chinese() ? "zh-CN" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        // nothing may be loaded from anywhere: the page is read offline and may hold unpublished figures
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        + "script-src 'unsafe-inline'; img-src data:\">\n"
        + "<title>" + esc(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<header class=\"top\">\n<h1>"
        + esc(title) + "</h1>\n<form class=\"filters\" aria-label=\"" + esc(text("filters")) + "\">\n");
    for (String s : List.of(FindingView.ERROR, FindingView.WARNING, FindingView.INFO, FindingView.NOT_CHECKED)) {
      if (options.lists(s)) {
        out.print("<label class=\"sev sev-" + s + "\"><input type=\"checkbox\" name=\"severity\" value=\"" + s
            + "\" checked> " + esc(ReportText.severity(s, l)) + " <span class=\"n\" data-count=\"" + s + "\"></span></label>\n");
      }
    }
    out.print("<label>" + esc(text("rule")) + " <select name=\"rule\"><option value=\"\">" + esc(text("all-rules"))
        + "</option></select></label>\n</form>\n</header>\n<main>\n");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String text(String key, Object... arguments) {
    return ReportText.get(key, l, arguments);
  }

  @Override
  public void begin(String source) {
    out.print("<section class=\"input\">\n<h2>" + link(source, OptionalInt.empty(), esc(source)) + "</h2>\n");
  }

  @Override
  public String render(String source, FindingView f) {
    return "<ol class=\"findings\">" + finding(source, f, null, "f" + ids.incrementAndGet(), Map.of()) + "</ol>\n";
  }

  @Override
  public List<String> render(String source, DocumentFindings doc) {
    String id = "d" + ids.incrementAndGet();
    StringBuilder b = new StringBuilder();
    b.append("<article class=\"document\" id=\"").append(id).append("\">\n<h3>").append(esc(doc.description()))
        .append("</h3>\n");
    List<FindingView> listed = new ArrayList<>();
    for (FindingView f : doc.findings()) {
      if (options.lists(f.severity())) {
        listed.add(f);
      }
    }
    // each finding and each table gets its id first: the summary links to them
    Map<FindingView, String> findingIds = new LinkedHashMap<>();
    for (FindingView f : listed) {
      findingIds.put(f, id + "-f" + findingIds.size());
    }
    Map<Integer, List<FindingView>> byTable = new LinkedHashMap<>();
    List<FindingView> outside = new ArrayList<>();
    List<FindingView> notChecked = new ArrayList<>();
    for (FindingView f : listed) {
      OptionalInt t = doc.tableIndex(f);
      if (f.severity().equals(FindingView.NOT_CHECKED)) {
        notChecked.add(f);
      } else if (t.isPresent()) {
        byTable.computeIfAbsent(t.getAsInt(), k -> new ArrayList<>()).add(f);
      } else {
        outside.add(f);
      }
    }
    summary(b, source, doc, id, listed, byTable, notChecked, findingIds);
    if (!outside.isEmpty()) {
      b.append("<section class=\"outside\">\n<h4>").append(esc(text("other-findings"))).append("</h4>\n<ol class=\"findings\">\n");
      for (FindingView f : outside) {
        b.append(finding(source, f, doc, Objects.requireNonNull(findingIds.get(f)), Map.of()));
      }
      b.append("</ol>\n</section>\n");
    }
    List<DisclosureTable> tables = doc.document().tables();
    for (int t = 0; t < tables.size(); t++) {
      table(b, source, doc, id, t, byTable.getOrDefault(t, List.of()), findingIds);
    }
    b.append("</article>\n");
    return List.of(b.toString());
  }

  private void summary(StringBuilder b, String source, DocumentFindings doc, String id, List<FindingView> listed,
      Map<Integer, List<FindingView>> byTable, List<FindingView> notChecked, Map<FindingView, String> findingIds) {
    b.append("<section class=\"summary\">\n<h4>").append(esc(text("summary"))).append("</h4>\n<p class=\"counts\">");
    for (String s : List.of(FindingView.ERROR, FindingView.WARNING, FindingView.INFO, FindingView.NOT_CHECKED)) {
      long n = doc.findings().stream().filter(f -> f.severity().equals(s)).count();
      b.append("<span class=\"badge sev-").append(s).append("\">").append(esc(ReportText.severity(s, l))).append(' ')
          .append(n).append("</span> ");
    }
    int hidden = doc.findings().size() - listed.size();
    if (hidden > 0) {
      b.append("<span class=\"hidden-count\">").append(esc(text("hidden", hidden, ReportText.severity(options.minSeverity(), l))))
          .append("</span>");
    }
    List<DisclosureTable> tables = doc.document().tables();
    b.append("</p>\n<details class=\"tables-read\"").append(tables.size() <= 12 ? " open" : "").append("><summary>")
        .append(esc(text("tables-read", tables.size()))).append("</summary>\n<ol>\n");
    for (int t = 0; t < tables.size(); t++) {
      int n = byTable.getOrDefault(t, List.of()).size();
      b.append("<li><a href=\"#").append(id).append("-t").append(t).append("\">").append(esc(doc.tableTitle(t)))
          .append("</a> <span class=\"muted\">").append(esc(text("rows", tables.get(t).rows().size())))
          .append(tablePlace(tables.get(t)).map(p -> " · " + p).orElse("")).append("</span>")
          .append(n > 0 ? " <span class=\"badge sev-" + worst(byTable.getOrDefault(t, List.of())) + "\">" + esc(text("findings-count", n)) + "</span>" : "")
          .append("</li>\n");
    }
    b.append("</ol>\n</details>\n");
    if (!notChecked.isEmpty()) {
      b.append("<details class=\"not-checked\" open><summary>").append(esc(text("not-checked-list"))).append(" ")
          .append(notChecked.size()).append("</summary>\n<ol class=\"findings\">\n");
      for (FindingView f : notChecked) {
        b.append(finding(source, f, doc, Objects.requireNonNull(findingIds.get(f)), Map.of()));
      }
      b.append("</ol>\n</details>\n");
    }
    b.append("</section>\n");
  }

  private Optional<String> tablePlace(DisclosureTable t) {
    if (t.place().isPresent()) {
      return Optional.of(text("page", t.place().get().page()));
    }
    return t.line().isPresent() ? Optional.of(text("line", t.line().getAsInt())) : Optional.empty();
  }

  private static String worst(List<FindingView> findings) {
    String worst = FindingView.NOT_CHECKED;
    for (FindingView f : findings) {
      if (FindingView.rank(f.severity()) > FindingView.rank(worst) || worst.equals(FindingView.NOT_CHECKED)
          && !f.severity().equals(FindingView.NOT_CHECKED)) {
        worst = f.severity();
      }
    }
    return worst;
  }

  /** The columns that hold cells: those no other column names as its group. */
  private static List<Column> leaves(DisclosureTable t) {
    Set<String> parents = new HashSet<>();
    for (Column c : t.columns()) {
      c.parent().ifPresent(parents::add);
    }
    List<Column> leaves = new ArrayList<>();
    for (Column c : t.columns()) {
      if (!parents.contains(c.key())) {
        leaves.add(c);
      }
    }
    return leaves;
  }

  private void table(StringBuilder b, String source, DocumentFindings doc, String id, int t, List<FindingView> findings,
      Map<FindingView, String> findingIds) {
    DisclosureTable table = doc.document().tables().get(t);
    String tableId = id + "-t" + t;
    // the cells each finding points at, with the findings of each cell
    Map<String, List<FindingView>> byCell = new LinkedHashMap<>();
    Map<FindingView, String> cellOf = new LinkedHashMap<>();
    List<Column> columns = leaves(table);
    for (FindingView f : findings) {
      for (FindingView c : f.cells().isEmpty() ? List.of(f) : f.cells()) {
        cellId(doc, tableId, columns, c).ifPresent(cell -> {
          byCell.computeIfAbsent(cell, k -> new ArrayList<>()).add(f);
          cellOf.putIfAbsent(c, cell);
        });
      }
    }
    b.append("<section class=\"table").append(findings.isEmpty() ? " clean" : "").append("\" id=\"").append(tableId)
        .append("\">\n<details").append(findings.isEmpty() ? "" : " open").append("><summary><h4>")
        .append(esc(doc.tableTitle(t))).append("</h4> <span class=\"muted\">")
        .append(esc(text("unit", doc.amountUnit(t)))).append(tablePlace(table).map(p -> " · " + esc(p)).orElse(""))
        .append("</span>").append(findings.isEmpty() ? "" : " <span class=\"badge sev-" + worst(findings) + "\">"
            + esc(text("findings-count", findings.size())) + "</span>").append("</summary>\n<div class=\"grid\">\n<div class=\"sheet\">\n");
    sheet(b, table, tableId, columns, byCell, findingIds);
    b.append("</div>\n");
    if (!findings.isEmpty()) {
      b.append("<ol class=\"findings\">\n");
      // beside the table, the most serious first; in document order within a severity
      List<FindingView> bySeverity = new ArrayList<>(findings);
      bySeverity.sort(java.util.Comparator.comparingInt((FindingView f) -> -FindingView.rank(f.severity())));
      for (FindingView f : bySeverity) {
        b.append(finding(source, f, doc, Objects.requireNonNull(findingIds.get(f)), cellOf));
      }
      b.append("</ol>\n");
    }
    b.append("</div>\n</details>\n</section>\n");
  }

  /** The id of the cell a finding points at: its row and column, or its row's label. */
  private static Optional<String> cellId(DocumentFindings doc, String tableId, List<Column> columns, FindingView f) {
    OptionalInt r = doc.rowIndex(f);
    if (r.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> key = doc.columnKey(f);
    int c = -1;
    for (int i = 0; key.isPresent() && i < columns.size(); i++) {
      if (columns.get(i).key().equals(key.get())) {
        c = i;
      }
    }
    return Optional.of(tableId + "-r" + r.getAsInt() + (c >= 0 ? "-c" + c : "-label"));
  }

  /** Draws the table as printed: its header levels merged as printed, its rows, two-sided tables side by side. */
  private void sheet(StringBuilder b, DisclosureTable table, String tableId, List<Column> columns,
      Map<String, List<FindingView>> byCell, Map<FindingView, String> findingIds) {
    boolean twoSided = table.rows().stream().anyMatch(r -> r.side() != Side.SINGLE);
    // a column belongs to the side whose rows fill it; columns no row fills stay on the left
    List<Integer> left = new ArrayList<>();
    List<Integer> right = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String key = columns.get(i).key();
      boolean expenditure = twoSided && table.rows().stream().anyMatch(r -> r.side() == Side.EXPENDITURE && r.cells().containsKey(key));
      (expenditure ? right : left).add(i);
    }
    List<List<String>> headers = new ArrayList<>();
    headers.add(List.of(text("item")));
    left.forEach(i -> headers.add(header(columns.get(i))));
    if (twoSided) {
      headers.add(List.of(text("item")));
      right.forEach(i -> headers.add(header(columns.get(i))));
    }
    b.append("<table>\n<thead>\n");
    headerRows(b, headers);
    b.append("</thead>\n<tbody>\n");
    if (table.rows().isEmpty()) {
      b.append("<tr><td colspan=\"").append(headers.size()).append("\" class=\"muted\">")
          .append(esc(table.emptyStatement().orElse(text("empty-table")))).append("</td></tr>\n");
    }
    List<Row> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      int pair = -1;
      if (twoSided && row.side() == Side.INCOME && r + 1 < rows.size() && rows.get(r + 1).side() == Side.EXPENDITURE
          && row.line().isPresent() && row.line().equals(rows.get(r + 1).line())) {
        pair = r + 1;
      }
      b.append("<tr class=\"").append(row.kind().name().toLowerCase(Locale.ROOT)).append("\">");
      if (!twoSided || row.side() != Side.EXPENDITURE) {
        rowCells(b, row, r, tableId, columns, left, byCell, findingIds);
        if (twoSided) {
          if (pair >= 0) {
            rowCells(b, rows.get(pair), pair, tableId, columns, right, byCell, findingIds);
            r = pair;
          } else {
            b.append("<td></td>".repeat(right.size() + 1));
          }
        }
      } else {
        b.append("<td></td>".repeat(left.size() + 1));
        rowCells(b, row, r, tableId, columns, right, byCell, findingIds);
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static List<String> header(Column c) {
    return c.header().isEmpty() ? List.of(c.key()) : c.header();
  }

  /** Header rows: a level printed over several columns spans them; a column's last level spans the rows below. */
  private static void headerRows(StringBuilder b, List<List<String>> headers) {
    int depth = headers.stream().mapToInt(List::size).max().orElse(1);
    for (int level = 0; level < depth; level++) {
      b.append("<tr>");
      int i = 0;
      while (i < headers.size()) {
        List<String> h = headers.get(i);
        if (h.size() <= level) {
          i++;
          continue;
        }
        if (level == h.size() - 1) {
          b.append("<th").append(depth - level > 1 ? " rowspan=\"" + (depth - level) + "\"" : "").append('>')
              .append(esc(h.get(level))).append("</th>");
          i++;
          continue;
        }
        int j = i + 1;
        while (j < headers.size() && headers.get(j).size() - 1 > level
            && headers.get(j).subList(0, level + 1).equals(h.subList(0, level + 1))) {
          j++;
        }
        b.append("<th").append(j - i > 1 ? " colspan=\"" + (j - i) + "\"" : "").append('>').append(esc(h.get(level)))
            .append("</th>");
        i = j;
      }
      b.append("</tr>\n");
    }
  }

  private void rowCells(StringBuilder b, Row row, int r, String tableId, List<Column> columns, List<Integer> which,
      Map<String, List<FindingView>> byCell, Map<FindingView, String> findingIds) {
    String rowId = tableId + "-r" + r;
    cell(b, rowId + "-label", "label", DocumentFindings.rowName(row), byCell, findingIds,
        row.line().isPresent() ? text("line", row.line().getAsInt()) : "");
    for (int i : which) {
      String printed = row.cell(columns.get(i).key()).map(Cell::printed).orElse("");
      cell(b, rowId + "-c" + i, "num", printed, byCell, findingIds, "");
    }
  }

  private void cell(StringBuilder b, String cellId, String kind, String text, Map<String, List<FindingView>> byCell,
      Map<FindingView, String> findingIds, String title) {
    List<FindingView> hits = byCell.get(cellId);
    b.append("<td id=\"").append(cellId).append("\" class=\"").append(kind);
    if (hits == null) {
      b.append('"').append(title.isEmpty() ? "" : " title=\"" + esc(title) + "\"").append('>').append(esc(text)).append("</td>");
      return;
    }
    StringBuilder refs = new StringBuilder();
    StringBuilder tip = new StringBuilder();
    for (FindingView f : hits) {
      refs.append(refs.length() == 0 ? "" : " ").append(findingIds.get(f));
      // a line per finding in the tooltip: escaped text joined by an encoded line feed
      tip.append(tip.length() == 0 ? "" : "&#10;").append(esc(ReportText.severity(f.severity(), l) + " " + f.rule() + ": "
          + f.message()));
    }
    b.append(" hit sev-").append(worst(hits)).append("\" data-findings=\"").append(refs).append("\" title=\"")
        .append(tip).append("\"><a href=\"#").append(findingIds.get(hits.get(0))).append("\">")
        .append(text.isEmpty() ? "&#8203;" : esc(text)).append("</a></td>");
  }

  /** One finding: severity, rule and code, message, values with the unit, links to its cells and to its page or line. */
  private String finding(String source, FindingView f, @Nullable DocumentFindings doc, String id, Map<FindingView, String> cellOf) {
    StringBuilder b = new StringBuilder();
    b.append("<li class=\"finding sev-").append(f.severity()).append("\" id=\"").append(id).append("\" data-severity=\"")
        .append(f.severity()).append("\" data-rule=\"").append(esc(f.rule())).append("\">\n<div class=\"head\"><span class=\"badge sev-")
        .append(f.severity()).append("\">").append(esc(ReportText.severity(f.severity(), l))).append("</span> <code>")
        .append(esc(f.rule())).append("</code> <code class=\"muted\">").append(esc(f.code())).append("</code></div>\n");
    String where = doc == null ? "" : doc.where(f, l);
    if (!where.isEmpty()) {
      b.append("<div class=\"where\">").append(esc(where)).append("</div>\n");
    }
    b.append("<p class=\"message\">").append(esc(f.message())).append("</p>\n");
    String unit = doc == null ? "" : " " + doc.amountUnit(f);
    // amounts outside the tables (a narrative's percentages) are not in the table's unit
    String shown = doc != null && doc.tableIndex(f).isPresent() ? unit : "";
    if (f.expected().isPresent() || f.actual().isPresent() || f.tolerance().isPresent()) {
      b.append("<dl class=\"values\">");
      value(b, "expected", f.expected(), shown);
      value(b, "actual", f.actual(), shown);
      value(b, "difference", f.difference(), shown);
      value(b, "tolerance", f.tolerance(), shown);
      b.append("</dl>\n");
    }
    b.append("<div class=\"links\">");
    Optional<String> own = Optional.ofNullable(cellOf.get(f));
    if (own.isPresent()) {
      b.append("<a class=\"to-cell\" href=\"#").append(own.get()).append("\">").append(esc(text("to-cell"))).append("</a> ");
    } else if (doc != null && doc.tableIndex(f).isPresent() && f.cells().isEmpty()) {
      b.append("<a class=\"to-cell\" href=\"#").append(tableAnchor(id, doc.tableIndex(f).getAsInt())).append("\">")
          .append(esc(text("to-table"))).append("</a> ");
    }
    place(b, source, f);
    b.append("</div>\n");
    if (!f.cells().isEmpty()) {
      b.append("<ol class=\"cells\">");
      for (FindingView c : f.cells()) {
        b.append("<li>");
        Optional<String> cell = Optional.ofNullable(cellOf.get(c));
        String label = doc == null ? c.location() : doc.where(c, l);
        if (cell.isPresent()) {
          b.append("<a class=\"to-cell\" href=\"#").append(cell.get()).append("\">").append(esc(label)).append("</a>");
        } else {
          b.append(esc(label));
        }
        b.append(' ').append(esc(text("actual"))).append(' ').append(esc(c.actual().orElse("-"))).append(" <span class=\"muted\">")
            .append(esc(text("expected"))).append(' ').append(esc(c.expected().orElse("-")));
        c.difference().ifPresent(d -> b.append(' ').append(esc(text("difference"))).append(' ').append(esc(d)));
        b.append("</span>");
        b.append(' ');
        place(b, source, c);
        b.append("</li>");
      }
      b.append("</ol>\n");
    }
    b.append("</li>\n");
    return b.toString();
  }

  /** The id of a table's section, from the id of one of its document's findings ({@code d3-f7} → {@code d3-t2}). */
  private static String tableAnchor(String findingId, int table) {
    return findingId.substring(0, findingId.lastIndexOf("-f")) + "-t" + table;
  }

  private void value(StringBuilder b, String key, Optional<String> v, String unit) {
    v.ifPresent(x -> b.append("<dt>").append(esc(text(key))).append("</dt><dd>").append(esc(x + unit)).append("</dd>"));
  }

  /** The finding's page (a link into the PDF) or line (a link to the file). */
  private void place(StringBuilder b, String source, FindingView f) {
    if (f.page().isPresent()) {
      b.append(link(source, f.page(), esc(text("page", f.page().getAsInt()))));
    } else if (f.line().isPresent()) {
      b.append(link(source, OptionalInt.empty(), esc(text("line", f.line().getAsInt()))));
    }
  }

  private String link(String source, OptionalInt page, String html) {
    Optional<String> href = links.href(source);
    if (href.isEmpty()) {
      return "<span class=\"place\">" + html + "</span>";
    }
    // PDF viewers open #page=N at that page (RFC 8118)
    return "<a class=\"place\" href=\"" + esc(href.get() + (page.isPresent() ? "#page=" + page.getAsInt() : "")) + "\">"
        + html + "</a>";
  }

  @Override
  public void rendered(String rendered) {
    out.print(rendered);
  }

  @Override
  public void end(FileReport r) {
    ended(r.source());
    for (FindingView f : r.findings()) {
      if (options.lists(f.severity())) {
        rendered(render(r.source(), f));
      }
    }
    StringBuilder b = new StringBuilder();
    r.failure().ifPresent(f -> b.append("<p class=\"failure\">").append(esc(text("failed", f))).append("</p>\n"));
    if (!r.importProblems().isEmpty()) {
      b.append("<details class=\"import\"><summary>").append(esc(text("import-problems", r.importProblems().size())))
          .append("</summary>\n<ol>\n");
      for (ImportProblemView p : r.importProblems()) {
        b.append("<li><span class=\"badge sev-").append(p.severity()).append("\">").append(esc(ReportText.severity(p.severity(), l)))
            .append("</span> <code>").append(esc(p.code())).append("</code> ");
        if (p.page().isPresent()) {
          b.append(link(r.source(), p.page(), esc(text("page", p.page().getAsInt()))));
        } else if (p.line().isPresent()) {
          b.append(link(r.source(), OptionalInt.empty(), esc(text("line", p.line().getAsInt()))));
        }
        b.append(' ').append(esc(p.message()));
        p.text().ifPresent(t -> b.append(" <q>").append(esc(t)).append("</q>"));
        b.append("</li>\n");
      }
      b.append("</ol>\n</details>\n");
    }
    b.append("<p class=\"muted\">").append(esc(ReportText.counts(r, l))).append("</p>\n</section>\n");
    out.print(b);
    out.flush();
  }

  @Override
  public void finish(List<FileReport> reports) {
    // inputs that failed before they could be opened never began: reported now
    endUnbegun(reports);
    StringBuilder b = new StringBuilder("<section class=\"batch\">\n<h2>").append(esc(text("batch"))).append("</h2>\n<table>\n<thead><tr>");
    for (String h : List.of(text("file"), text("status"), text("documents"), ReportText.severity(FindingView.ERROR, l),
        ReportText.severity(FindingView.WARNING, l), ReportText.severity(FindingView.INFO, l),
        ReportText.severity(FindingView.NOT_CHECKED, l), text("import-column"))) {
      b.append("<th>").append(esc(h)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (FileReport r : reports) {
      b.append("<tr><td>").append(esc(r.source())).append("</td><td>")
          .append(esc(r.failure().isPresent() ? text("status-failed") : text("ok"))).append("</td>");
      for (int n : new int[] {r.documents().size(), r.count(FindingView.ERROR), r.count(FindingView.WARNING),
          r.count(FindingView.INFO), r.count(FindingView.NOT_CHECKED), r.importProblems().size()}) {
        b.append("<td class=\"num\">").append(n).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.print(b);
    out.flush();
  }

  /**
   * Text made safe inside HTML elements and attribute values; control characters of document text
   * are shown escaped, as in the text report.
   *
   * @param s the text
   * @return the escaped text
   */
  static String esc(String s) {
    String t = Printable.escape(s);
    StringBuilder b = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }
}
