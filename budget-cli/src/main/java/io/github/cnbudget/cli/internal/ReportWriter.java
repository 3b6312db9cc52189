package io.github.cnbudget.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Renders the validation report of a batch (校验报告) as text for people or as one JSON object for
 * programs.
 *
 * <p>The JSON report has the same shape for one file or many: {@code findings} (each with its
 * {@code source} file and the fields rule, severity, location, table, unit, code, column, expected,
 * actual, difference, message, line — absent values are {@code null}, so every key is always
 * there; severity {@code NOT_CHECKED} marks a check a rule could not make, its message starting with
 * the reason's stable code such as {@code table-not-read}), {@code import} ({@code files}: each input's
 * status and documents; {@code problems}: what the importer could not read) and {@code summary} (the
 * {@link BatchSummary} counts, {@code notChecked}, and the exit code).
 * Stateless and thread-safe.
 */
public final class ReportWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** How much of an import problem's source text the text report shows. */
  static final int TEXT_LIMIT = 60;

  private ReportWriter() {}

  /**
   * The JSON report.
   *
   * @param reports one per input
   * @return the report object
   */
  public static ObjectNode json(List<FileReport> reports) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode findings = root.putArray("findings");
    for (FileReport r : reports) {
      for (FindingView f : r.findings()) {
        findingNode(findings.addObject(), r.source(), f);
      }
    }
    return importAndSummary(root, reports);
  }

  /**
   * Fills a finding's object of the JSON report.
   *
   * @param n the object to fill
   * @param source the input as displayed
   * @param f the finding
   * @return {@code n}
   */
  static ObjectNode findingNode(ObjectNode n, String source, FindingView f) {
    n.put("source", source);
    n.put("rule", f.rule());
    n.put("severity", f.severity());
    n.put("location", f.location());
    put(n, "table", f.table());
    put(n, "unit", f.unit());
    put(n, "code", f.code());
    put(n, "column", f.column());
    put(n, "expected", f.expected());
    put(n, "actual", f.actual());
    put(n, "difference", f.difference());
    n.put("message", f.message());
    put(n, "line", f.line());
    // findings in a PDF are placed by page; other input keeps the report's shape
    f.page().ifPresent(pg -> n.put("page", pg));
    return n;
  }

  /**
   * Adds the {@code import} and {@code summary} sections of the JSON report.
   *
   * @param root the report object
   * @param reports one per input
   * @return {@code root}
   */
  static ObjectNode importAndSummary(ObjectNode root, List<FileReport> reports) {
    ObjectNode imports = root.putObject("import");
    ArrayNode files = imports.putArray("files");
    ArrayNode problems = imports.putArray("problems");
    for (FileReport r : reports) {
      ObjectNode file = files.addObject();
      file.put("source", r.source());
      file.put("status", r.failure().isPresent() ? "failed" : "ok");
      ArrayNode docs = file.putArray("documents");
      r.documents().forEach(docs::add);
      put(file, "failure", r.failure());
      for (ImportProblemView p : r.importProblems()) {
        ObjectNode n = problems.addObject();
        n.put("source", r.source());
        put(n, "kind", p.kind());
        // a PDF's problems are placed by page; text has none, and its problems keep their shape
        p.page().ifPresent(pg -> n.put("page", pg));
        put(n, "line", p.line());
        put(n, "text", p.text());
        n.put("message", p.message());
      }
    }
    BatchSummary s = BatchSummary.of(reports);
    ObjectNode summary = root.putObject("summary");
    summary.put("files", s.files());
    summary.put("documents", s.documents());
    summary.put("failed", s.failed());
    ObjectNode bySeverity = summary.putObject("findings");
    bySeverity.put(FindingView.ERROR, s.errors());
    bySeverity.put(FindingView.WARNING, s.warnings());
    bySeverity.put(FindingView.INFO, s.infos());
    summary.put("notChecked", reports.stream().mapToInt(r -> r.count(FindingView.NOT_CHECKED)).sum());
    summary.put("importProblems", s.importProblems());
    summary.put("exitCode", s.exitCode());
    return root;
  }

  /**
   * Writes the JSON report.
   *
   * @param reports one per input
   * @param out where to write
   */
  public static void writeJson(List<FileReport> reports, PrintWriter out) {
    try {
      out.println(MAPPER.writeValueAsString(json(reports)));
    } catch (JsonProcessingException e) {
      // a tree of strings and numbers always serializes: this is a bug, not bad input
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /**
   * Writes the text report: per input, its documents, findings (one line each) and import problems.
   *
   * @param reports one per input
   * @param writer where to write
   */
  public static void writeText(List<FileReport> reports, PrintWriter writer) {
    PrintWriter out = Printable.writer(writer);
    for (FileReport r : reports) {
      out.println(r.source() + ":");
      for (FindingView f : r.findings()) {
        out.println("  " + text(f));
      }
      writeTextBody(r, out);
    }
    out.flush();
  }

  /**
   * The end of an input's text report: its failure, and (unless nothing was read) its documents,
   * import problems and counts.
   *
   * @param r the input's report
   * @param out where to write
   */
  static void writeTextBody(FileReport r, PrintWriter out) {
    if (r.failure().isPresent()) {
      out.println("  FAILED: " + r.failure().get());
      // a JSON Lines file with a few broken lines still had its other documents validated
      if (r.documents().isEmpty()) {
        return;
      }
    }
    out.println("  documents: " + (r.documents().isEmpty() ? "none" : String.join("; ", r.documents())));
    for (ImportProblemView p : r.importProblems()) {
      out.println("  IMPORT  " + text(p));
    }
    out.println("  " + SummaryTable.counts(r));
  }

  /** One finding on one line: severity, rule, where, the message, and the numbers. */
  static String text(FindingView f) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%-7s %s", f.severity(), f.rule()));
    f.page().ifPresent(pg -> b.append(" page ").append(pg));
    f.line().ifPresent(l -> b.append(" line ").append(l));
    List<String> where = new ArrayList<>();
    f.table().ifPresent(where::add);
    f.unit().ifPresent(where::add);
    f.code().ifPresent(where::add);
    f.column().ifPresent(where::add);
    if (!where.isEmpty()) {
      b.append(" [").append(String.join(" / ", where)).append(']');
    }
    b.append(": ").append(f.message());
    if (f.expected().isPresent() || f.actual().isPresent()) {
      b.append(" (expected ").append(f.expected().orElse("-")).append(", actual ").append(f.actual().orElse("-"));
      f.difference().ifPresent(d -> b.append(", difference ").append(d));
      b.append(')');
    }
    return b.toString();
  }

  private static String text(ImportProblemView p) {
    StringBuilder b = new StringBuilder();
    p.kind().ifPresent(k -> b.append(k).append(' '));
    p.page().ifPresent(pg -> b.append("page ").append(pg).append(": "));
    p.line().ifPresent(l -> b.append("line ").append(l).append(": "));
    b.append(p.message());
    // the JSON report keeps the whole source line; a terminal line shows its start
    p.text().ifPresent(t -> b.append(" «").append(t.length() > TEXT_LIMIT ? t.substring(0, TEXT_LIMIT) + "…" : t).append('»'));
    return b.toString();
  }

  private static void put(ObjectNode n, String key, Optional<String> value) {
    if (value.isPresent()) {
      n.put(key, value.get());
    } else {
      n.putNull(key);
    }
  }

  private static void put(ObjectNode n, String key, OptionalInt value) {
    if (value.isPresent()) {
      n.put(key, value.getAsInt());
    } else {
      n.putNull(key);
    }
  }
}
