package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
  private static final List<String> FINDING_KEYS = List.of("source", "rule", "code", "severity", "location", "table", "unit",
      "classificationCode", "column", "expected", "actual", "difference", "tolerance", "withinRounding", "message", "line", "cells");

  @Test
  void json_findingHasEveryFieldInOrder() {
    JsonNode root = ReportWriter.json(List.of(Views.report("a.txt", List.of(Views.finding("ERROR", "sum-of-children")), List.of())));
    JsonNode f = root.get("findings").get(0);
    assertThat(f.fieldNames()).toIterable().containsExactlyElementsOf(FINDING_KEYS);
    assertThat(f.get("rule").asText()).isEqualTo("sum-of-children");
    assertThat(f.get("expected").asText()).isEqualTo("12");
    assertThat(f.get("line").asInt()).isEqualTo(123);
  }

  @Test
  void json_absentValuesAreNullNotMissing() {
    JsonNode f = ReportWriter.json(List.of(Views.report("a", List.of(Views.bare("WARNING", "weights")), List.of()))).get("findings").get(0);
    assertThat(f.fieldNames()).toIterable().containsExactlyElementsOf(FINDING_KEYS);
    assertThat(f.get("table").isNull()).isTrue();
    assertThat(f.get("line").isNull()).isTrue();
  }

  @Test
  void json_hasImportSectionAndSummary() {
    JsonNode root = ReportWriter.json(List.of(
        Views.report("a.txt", List.of(Views.finding("ERROR", "r")), List.of(Views.problem(7))),
        FileReport.failed("b.json", "CodecException: bad")));
    assertThat(root.fieldNames()).toIterable().containsExactly("findings", "import", "summary");
    JsonNode files = root.get("import").get("files");
    assertThat(files.get(0).get("status").asText()).isEqualTo("ok");
    assertThat(files.get(0).get("documents").get(0).asText()).isEqualTo("深圳市医疗保障局 2023 部门预算");
    assertThat(files.get(1).get("status").asText()).isEqualTo("failed");
    assertThat(files.get(1).get("failure").asText()).isEqualTo("CodecException: bad");
    JsonNode problem = root.get("import").get("problems").get(0);
    assertThat(problem.get("source").asText()).isEqualTo("a.txt");
    assertThat(problem.get("line").asInt()).isEqualTo(7);
    JsonNode summary = root.get("summary");
    assertThat(summary.get("files").asInt()).isEqualTo(2);
    assertThat(summary.get("failed").asInt()).isEqualTo(1);
    assertThat(summary.get("findings").get("ERROR").asInt()).isEqualTo(1);
    assertThat(summary.get("importProblems").asInt()).isEqualTo(1);
    assertThat(summary.get("exitCode").asInt()).isEqualTo(2);
  }

  @Test
  void writeJson_isOneParsableObject() throws Exception {
    StringWriter w = new StringWriter();
    ReportWriter.writeJson(List.of(Views.report("a", List.of(), List.of())), new PrintWriter(w));
    JsonNode parsed = new ObjectMapper().readTree(w.toString());
    assertThat(parsed.isObject()).isTrue();
    assertThat(parsed.get("summary").get("exitCode").asInt()).isZero();
  }

  @Test
  void json_findingCarriesItsCodeRoundingAndTolerance_problemItsCode() {
    JsonNode root = ReportWriter.json(List.of(Views.report("a.txt", List.of(Views.finding("ERROR", "tree-rollup")),
        List.of(Views.problem(7)))));
    JsonNode f = root.get("findings").get(0);
    assertThat(f.get("code").asText()).isEqualTo("rollup-mismatch");
    assertThat(f.get("classificationCode").asText()).isEqualTo("2101501");
    assertThat(f.get("tolerance").asText()).isEqualTo("0");
    assertThat(f.get("withinRounding").asBoolean()).isFalse();
    assertThat(f.get("cells").isArray()).isTrue();
    JsonNode p = root.get("import").get("problems").get(0);
    assertThat(p.get("code").asText()).isEqualTo("unreadable-code");
    assertThat(p.get("severity").asText()).isEqualTo("WARNING");
  }

  @Test
  void textProblem_shortensLongImportText_jsonKeepsIt() {
    String longText = "医".repeat(200);
    ImportProblemView p = new ImportProblemView("line-outside-table", "WARNING", java.util.OptionalInt.of(9),
        java.util.Optional.of(longText), "outside any table", java.util.OptionalInt.empty());
    assertThat(TextReport.problem(p, java.util.Locale.ENGLISH))
        .endsWith("line 9: outside any table «" + "医".repeat(TextReport.TEXT_LIMIT) + "…»");
    assertThat(TextReport.problem(p, java.util.Locale.SIMPLIFIED_CHINESE)).startsWith("警告").contains("第 9 行");
    assertThat(ReportWriter.json(List.of(Views.report("a.txt", List.of(), List.of(p)))).get("import").get("problems").get(0)
        .get("text").asText()).isEqualTo(longText);
  }
}
