package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
  private static final List<String> FINDING_KEYS = List.of("source", "rule", "severity", "location", "table", "unit", "code", "column",
      "expected", "actual", "difference", "message", "line");

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
  void writeText_listsFindingsProblemsAndCounts() {
    StringWriter w = new StringWriter();
    ReportWriter.writeText(List.of(
        Views.report("a.txt", List.of(Views.finding("ERROR", "sum-of-children")), List.of(Views.problem(7))),
        FileReport.failed("b.json", "no such file")), new PrintWriter(w));
    assertThat(w.toString().lines()).containsExactly(
        "a.txt: 深圳市医疗保障局 2023 部门预算",
        "  ERROR   sum-of-children line 123 [表3 支出总表 / 本级 / 2101501 / total]: 合计不等于各项之和 (expected 12, actual 13, difference 1)",
        "  IMPORT  unreadable-row line 7: cannot read amount «461. 4x»",
        "  1 document, 1 error, 0 warnings, 0 infos, 1 import problem",
        "b.json: FAILED: no such file");
  }

  @Test
  void writeText_shortensLongImportText() {
    StringWriter w = new StringWriter();
    String longText = "医".repeat(200);
    ImportProblemView p = new ImportProblemView(java.util.Optional.empty(), java.util.OptionalInt.of(9),
        java.util.Optional.of(longText), "outside any table");
    ReportWriter.writeText(List.of(Views.report("a.txt", List.of(), List.of(p))), new PrintWriter(w));
    assertThat(w.toString()).contains("line 9: outside any table «" + "医".repeat(ReportWriter.TEXT_LIMIT) + "…»");
    assertThat(ReportWriter.json(List.of(Views.report("a.txt", List.of(), List.of(p)))).get("import").get("problems").get(0)
        .get("text").asText()).isEqualTo(longText);
  }

  @Test
  void text_bareFindingHasNoBracketsOrNumbers() {
    assertThat(ReportWriter.text(Views.bare("WARNING", "weights"))).isEqualTo("WARNING weights: weights do not sum to 100");
  }
}
