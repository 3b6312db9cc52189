package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.RuleSet;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final List<String> FINDING_KEYS = List.of("source", "rule", "severity", "location", "table", "unit", "code", "column",
      "expected", "actual", "difference", "message", "line");

  @TempDir Path dir;

  private static JsonNode json(Cli r) throws IOException {
    return new ObjectMapper().readTree(r.out);
  }

  @Test
  void validate_jsonWithBrokenRollup_exitsOneAndLocatesFinding() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("doc.json"), Fixtures.document("3000"));
    Cli r = Cli.run("validate", "--format", "json", doc.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    JsonNode report = json(r);
    assertThat(report.fieldNames()).toIterable().containsExactly("findings", "import", "summary");
    JsonNode rollup = null;
    for (JsonNode f : report.get("findings")) {
      assertThat(f.fieldNames()).toIterable().containsExactlyElementsOf(FINDING_KEYS);
      if (f.get("severity").asText().equals("ERROR") && "210".equals(f.get("code").asText()) && "3000".equals(f.get("actual").asText())) {
        rollup = f;
      }
    }
    assertThat(rollup).as(r.out).isNotNull();
    assertThat(rollup.get("expected").asText()).isEqualTo("2958");
    assertThat(rollup.get("difference").asText()).isEqualTo("42");
    assertThat(rollup.get("column").asText()).isEqualTo("total");
    assertThat(rollup.get("source").asText()).isEqualTo(doc.toString());
    assertThat(report.get("summary").get("exitCode").asInt()).isEqualTo(1);
    assertThat(report.get("import").get("files").get(0).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void validate_consistentDocumentWithRuleSubset_exitsZero() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("doc.json"), Fixtures.document("2958"));
    Cli r = Cli.run("validate", "--rules", "tree-rollup", "--format", "json", doc.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(json(r).get("summary").get("findings").get("ERROR").asInt()).isZero();
  }

  @Test
  void validate_ruleSubset_runsOnlyThoseRules() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("doc.json"), Fixtures.document("3000"));
    JsonNode all = json(Cli.run("validate", "--format", "json", doc.toString()));
    JsonNode picked = json(Cli.run("validate", "--rules", "tree-rollup", "--format", "json", doc.toString()));
    List<String> rules = new ArrayList<>();
    picked.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
    assertThat(rules).isNotEmpty().containsOnly("tree-rollup");
    assertThat(all.get("findings").size()).isGreaterThan(picked.get("findings").size());
  }

  @Test
  void validate_unknownRule_isUsageErrorExitTwo() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("doc.json"), Fixtures.document("2958"));
    Cli r = Cli.run("validate", "--rules", "no-such-rule", doc.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("Unknown rule id(s): no-such-rule");
  }

  @Test
  void validate_localeEnglish_rendersEnglishMessages() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("doc.json"), Fixtures.document("3000"));
    String zh = json(Cli.run("validate", "--rules", "tree-rollup", "--format", "json", doc.toString())).get("findings").get(0)
        .get("message").asText();
    String en = json(Cli.run("validate", "--rules", "tree-rollup", "--locale", "en", "--format", "json", doc.toString()))
        .get("findings").get(0).get("message").asText();
    assertThat(en).isNotEqualTo(zh).containsPattern("[A-Za-z]{4,}");
  }

  @Test
  void validate_seedText_reportsImportSectionAndExitMatchesErrors() throws Exception {
    Cli r = Cli.run("validate", "--format", "json", Fixtures.seed("000").toString());
    JsonNode report = json(r);
    int errors = report.get("summary").get("findings").get("ERROR").asInt();
    assertThat(r.exitCode).as(r.err).isEqualTo(errors > 0 ? 1 : 0);
    assertThat(report.get("summary").get("documents").asInt()).isEqualTo(1);
    assertThat(report.get("import").get("files").get(0).get("documents").get(0).asText()).isEqualTo("深圳市医疗保障局 2023 部门预算");
    for (JsonNode p : report.get("import").get("problems")) {
      assertThat(p.fieldNames()).toIterable().containsExactly("source", "kind", "line", "text", "message");
    }
  }

  @Test
  void validate_batchWithOneBrokenFile_reportsTheOthersAndExitsTwo() throws Exception {
    Path good = Fixtures.writeJson(dir.resolve("a-good.json"), Fixtures.document("3000"));
    Path broken = dir.resolve("b-broken.json");
    Files.writeString(broken, "{\"department\": ");
    Path also = Fixtures.writeJson(dir.resolve("c-good.json"), Fixtures.document("2958"));
    Cli r = Cli.run("validate", "--format", "json", dir.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    JsonNode report = json(r);
    JsonNode files = report.get("import").get("files");
    assertThat(files).hasSize(3);
    assertThat(files.get(0).get("status").asText()).isEqualTo("ok");
    assertThat(files.get(1).get("source").asText()).isEqualTo(broken.toString());
    assertThat(files.get(1).get("status").asText()).isEqualTo("failed");
    assertThat(files.get(1).get("failure").asText()).isNotBlank();
    assertThat(files.get(2).get("status").asText()).isEqualTo("ok");
    assertThat(report.get("summary").get("failed").asInt()).isEqualTo(1);
    assertThat(report.get("summary").get("documents").asInt()).isEqualTo(2);
    assertThat(report.get("findings")).anySatisfy(f -> assertThat(f.get("source").asText()).isEqualTo(good.toString()));
    // progress lines (not a terminal) and the summary table go to standard error
    assertThat(r.err).contains("[3/3] ok     " + also).contains("[2/3] FAILED " + broken);
    assertThat(r.err).contains("total (3 files)").contains("FAILED " + broken + ":");
  }

  @Test
  void validate_jsonLinesWithOneBrokenLine_sameOrderedReportOnOneAndTwoThreads() throws Exception {
    List<Disclosure> documents = Corpus.of(20231231L, 40_000).stream().collect(Collectors.toList());
    assertThat(documents).hasSizeGreaterThan(8);
    List<String> lines = new ArrayList<>(DisclosureJson.create().writeLines(documents).lines().collect(Collectors.toList()));
    int broken = 5;
    lines.set(broken - 1, "{\"department\": ");
    Path file = dir.resolve("corpus.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");

    Cli one = Cli.run("validate", "--format", "json", "--threads", "1", file.toString());
    Cli two = Cli.run("validate", "--format", "json", "--threads", "2", file.toString());
    assertThat(one.exitCode).as(one.toString()).isEqualTo(2);
    assertThat(two.exitCode).as(two.toString()).isEqualTo(2);
    assertThat(two.out).isEqualTo(one.out);

    // the findings are every other document's, in line order, as validating them one by one gives
    List<String> expected = new ArrayList<>();
    RuleSet rules = Rules.defaults();
    for (int i = 0; i < documents.size(); i++) {
      if (i != broken - 1) {
        rules.validate(documents.get(i)).findings().forEach(f -> expected.add(f.ruleId() + " " + f.location().pointer()));
      }
    }
    JsonNode report = json(two);
    List<String> actual = new ArrayList<>();
    report.get("findings").forEach(f -> actual.add(f.get("rule").asText() + " " + f.get("location").asText()));
    assertThat(actual).isNotEmpty().isEqualTo(expected);
    JsonNode status = report.get("import").get("files").get(0);
    assertThat(status.get("status").asText()).isEqualTo("failed");
    assertThat(status.get("failure").asText()).startsWith("CodecException: ").contains("(line 5, column ");
    assertThat(status.get("documents")).hasSize(documents.size() - 1);
    assertThat(status.get("documents").get(broken - 1).asText()).isEqualTo(Documents.describe(documents.get(broken)));
    assertThat(report.get("summary").get("documents").asInt()).isEqualTo(documents.size() - 1);

    Cli textOne = Cli.run("validate", "--threads", "1", file.toString());
    Cli textTwo = Cli.run("validate", "--threads", "2", file.toString());
    assertThat(textTwo.out).isEqualTo(textOne.out);
    assertThat(textTwo.out).contains("  FAILED: CodecException: ").contains("  documents: " + Documents.describe(documents.get(0)) + "; ");
  }

  @Test
  void validate_zeroThreads_isUsageErrorExitTwo() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("doc.json"), Fixtures.document("2958"));
    Cli r = Cli.run("validate", "--threads", "0", doc.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("--threads must be at least 1: 0");
  }

  @Test
  void validate_missingFile_exitsTwo() {
    Cli r = Cli.run("validate", dir.resolve("missing.txt").toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.out).contains("FAILED: no such file");
  }

  @Test
  void validate_textFormat_listsFindingsPerFile() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("doc.json"), Fixtures.document("3000"));
    Cli r = Cli.run("validate", "--rules", "tree-rollup", doc.toString());
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out.lines().findFirst()).contains(doc + ":");
    assertThat(r.out).contains("  documents: 深圳市医疗保障局 2023 部门预算");
    assertThat(r.out).contains("ERROR   tree-rollup").contains("expected 2958, actual 3000, difference 42");
  }

  @Test
  void validate_noFile_isUsageErrorExitTwo() {
    Cli r = Cli.run("validate");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("Missing required parameter");
  }

  @Test
  void validate_textReport_escapesControlCharactersOfDocumentText() throws Exception {
    io.github.cnbudget.model.Disclosure d = Fixtures.document("3000", "局\nERROR fake-rule: all good\u001b[31m");
    Path doc = Fixtures.writeJson(dir.resolve("a\tb.json"), d);
    Cli r = Cli.run("validate", doc.toString(), "--format", "text");
    assertThat(r.out).doesNotContain("\u001b").doesNotContain("\t").contains("局\\nERROR fake-rule: all good\\u001b[31m")
        .contains("a\\tb.json");
    assertThat(r.out.lines()).noneMatch(l -> l.strip().startsWith("ERROR fake-rule"));
  }
}
