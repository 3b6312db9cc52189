package io.github.cnbudget.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Renders the validation report of a batch (校验报告) as text for people or as one JSON object for
 * programs.
 *
 * <p>The JSON report has the same shape for one file or many, published as
 * {@code docs/report.schema.json}: {@code findings} (each with its {@code source} file and the
 * fields rule, code (the stable finding code), severity, location, table, unit, classificationCode,
 * column, expected, actual, difference, tolerance, withinRounding, message, line, and cells (the
 * places a rounding group stands for) — absent values are {@code null}, so every key is always
 * there; severity {@code NOT_CHECKED} marks a check a rule could not make, its code the reason's
 * stable code such as {@code table-not-read}), {@code import} ({@code files}: each input's status
 * and documents; {@code problems}: what the importer could not read, each with its stable code)
 * and {@code summary} (the {@link BatchSummary} counts, {@code notChecked}, and the exit code).
 * Stateless and thread-safe.
 */
public final class ReportWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
    n.put("code", f.code());
    n.put("severity", f.severity());
    n.put("location", f.location());
    put(n, "table", f.table());
    put(n, "unit", f.unit());
    rowColumnAndValues(n, f);
    n.put("withinRounding", f.withinRounding());
    n.put("message", f.message());
    put(n, "line", f.line());
    // findings in a PDF are placed by page; other input keeps the report's shape
    f.page().ifPresent(pg -> n.put("page", pg));
    ArrayNode cells = n.putArray("cells");
    for (FindingView c : f.cells()) {
      ObjectNode cell = cells.addObject();
      cell.put("location", c.location());
      rowColumnAndValues(cell, c);
      put(cell, "line", c.line());
      c.page().ifPresent(pg -> cell.put("page", pg));
    }
    return n;
  }

  /** The keys a finding and each cell of a rounding group share: row, column and the values. */
  private static void rowColumnAndValues(ObjectNode n, FindingView f) {
    put(n, "classificationCode", f.classificationCode());
    put(n, "column", f.column());
    put(n, "expected", f.expected());
    put(n, "actual", f.actual());
    put(n, "difference", f.difference());
    put(n, "tolerance", f.tolerance());
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
        n.put("code", p.code());
        n.put("severity", p.severity());
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
