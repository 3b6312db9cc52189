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
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final List<String> FINDING_KEYS = List.of("source", "rule", "code", "severity", "location", "table", "unit",
      "classificationCode", "column", "expected", "actual", "difference", "tolerance", "withinRounding", "message", "line", "cells");

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
      if (f.get("severity").asText().equals("ERROR") && "210".equals(f.get("classificationCode").asText()) && "3000".equals(f.get("actual").asText())) {
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
    assertThat(r.err).contains("Unknown rule id(s): no-such-rule; known: ").contains("tree-rollup");
    // only the names that are unknown are named; a tag is known
    Cli mixed = Cli.run("validate", "--rules", "tree-rollup,arithmetic,also-not-a-rule", doc.toString());
    assertThat(mixed.exitCode).as(mixed.toString()).isEqualTo(2);
    assertThat(mixed.err).contains("Unknown rule id(s): also-not-a-rule;");
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
      assertThat(p.fieldNames()).toIterable().containsExactly("source", "code", "severity", "line", "text", "message");
    }
  }

  @Test
  void validate_seedText_listsWhatWasNotCheckedAndGroupsRounding() throws Exception {
    Cli r = Cli.run("validate", "--format", "json", "--locale", "en", Fixtures.seed("000").toString());
    JsonNode report = json(r);
    List<JsonNode> notChecked = new ArrayList<>();
    List<JsonNode> rounding = new ArrayList<>();
    report.get("findings").forEach(f -> {
      if (f.get("severity").asText().equals("NOT_CHECKED")) {
        notChecked.add(f);
      } else if (f.get("message").asText().contains("rounding-level differences (")) {
        rounding.add(f);
      }
    });
    // seed 000's 政府预算拨款收支总表 prints no 一般公共预算 expenditure column: that comparison is not made
    assertThat(notChecked).isNotEmpty().allSatisfy(f -> assertThat(f.get("message").asText())
        .matches("Not checked \\((table-absent|table-not-read|column-missing|value-missing|value-unreadable)\\).*"));
    assertThat(report.get("summary").get("notChecked").asInt()).isEqualTo(notChecked.size());
    // one INFO per table and code: 表8 groups its rounding differences of parents and totals
    assertThat(rounding).isNotEmpty().allSatisfy(f -> assertThat(f.get("severity").asText()).isEqualTo("INFO"));
    List<String> keys = new ArrayList<>();
    rounding.forEach(f -> keys.add(f.get("location").asText() + " " + f.get("rule").asText()));
    assertThat(keys).doesNotHaveDuplicates();

    Cli text = Cli.run("validate", "--locale", "en", Fixtures.seed("000").toString());
    assertThat(text.out).contains("NOT CHECKED").contains(notChecked.size() + " not checked");
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
    assertThat(r.err).contains("合计（3 个文件）").contains("失败 " + broken + "：");
  }

  @Test
  void validate_jsonLinesWithOneBrokenLine_sameOrderedReportOnOneAndTwoThreads() throws Exception {
    List<Disclosure> documents = Corpus.of(20231231L, 40_000).stream().collect(Collectors.toList());
    assertThat(documents).hasSizeGreaterThan(8);
    List<String> lines = new ArrayList<>(DisclosureJson.defaults().writeLines(documents).lines().collect(Collectors.toList()));
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
        io.github.cnbudget.rules.finding.ValidationReport r = rules.validate(documents.get(i));
        r.findings().forEach(f -> expected.add(f.ruleId() + " " + f.location().pointer()));
        // then what the rules could not check, listed with the findings
        r.notChecked().forEach(n -> expected.add(n.ruleId() + " " + n.location().pointer()));
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
    assertThat(textTwo.out).contains("  读取失败：CodecException: ").contains("  " + Documents.describe(documents.get(0)) + "：");
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
    assertThat(r.out).contains("读取失败：no such file");
  }

  @Test
  void validate_textFormat_listsFindingsPerFile() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("doc.json"), Fixtures.document("3000"));
    Cli r = Cli.run("validate", "--rules", "tree-rollup", doc.toString());
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out.lines().findFirst()).contains(doc + ":");
    assertThat(r.out).contains("  深圳市医疗保障局 2023 部门预算：");
    assertThat(r.out).contains("错误   tree-rollup").contains("期望 2958，实际 3000，差额 42");
  }

  @Test
  void validate_noFile_isUsageErrorExitTwo() {
    Cli r = Cli.run("validate");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("Missing required parameter");
  }

  @Test
  void validate_publishedPdf_readsItsTablesAndPlacesProblemsOnPages() throws Exception {
    Path pdf = Fixtures.SEEDS.resolve("putuo-finance-bureau-2024-final.pdf");
    Cli r = Cli.run("validate", "--format", "json", pdf.toString());
    // two real ERRORs: the narrative gives 2106.66 of 2940.05 as 71.73 %, which is 71.65 %, and states
    // 财政拨款收入支出总计 as 0.3万元 (p.21) where the 财政拨款收入支出决算总表 prints 2,940.05 / 2,995.39
    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    JsonNode report = json(r);
    assertThat(report.get("import").get("files").get(0).get("status").asText()).isEqualTo("ok");
    List<String> errors = new java.util.ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      if (f.get("severity").asText().equals("ERROR")) {
        errors.add(f.get("rule").asText() + " " + f.get("message").asText());
      }
    }
    assertThat(errors).hasSize(2).anySatisfy(e -> assertThat(e).startsWith("narrative-arithmetic").contains("71.73"))
        .anySatisfy(e -> assertThat(e).startsWith("narrative-table-amounts").contains("0.3万元"));
    // a finding in a table names the page, not a line of the laid-out text; one in the narrative the page
    // of its sentence (the tables are on pages 6–20, the explanations on 21–24)
    boolean onPage = false;
    for (JsonNode f : report.get("findings")) {
      if (f.has("page")) {
        onPage = true;
        assertThat(f.get("page").asInt()).isBetween(f.get("location").asText().startsWith("/narrative") ? 21 : 6,
            f.get("location").asText().startsWith("/narrative") ? 24 : 20);
        assertThat(f.get("line").isNull()).isTrue();
      }
    }
    assertThat(onPage).as(r.out).isTrue();
    for (JsonNode p : report.get("import").get("problems")) {
      assertThat(p.get("page").asInt()).isPositive();
    }
  }

  @Test
  void validate_brokenPdf_failsThatFileAndGoesOn() throws Exception {
    Path broken = java.nio.file.Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\nnot really".getBytes());
    Path good = Fixtures.SEEDS.resolve("putuo-social-work-dept-2024-final.pdf");
    Cli r = Cli.run("validate", "--format", "json", broken.toString(), good.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    JsonNode files = json(r).get("import").get("files");
    assertThat(files.get(0).get("status").asText()).isEqualTo("failed");
    assertThat(files.get(0).get("failure").asText()).contains("broken.pdf");
    assertThat(files.get(1).get("status").asText()).isEqualTo("ok");
  }

  /** The small document with its 项 printed under a code the bundled catalog does not hold. */
  private Path documentWithUnknownItem() throws IOException {
    Path doc = Fixtures.writeJson(dir.resolve("doc.json"), Fixtures.document("2958"));
    Files.writeString(doc, Files.readString(doc).replace("\"2101501\"", "\"2101598\""));
    return doc;
  }

  private static List<String> catalogFindings(Cli r) throws IOException {
    List<String> out = new ArrayList<>();
    json(r).get("findings").forEach(f -> {
      if (f.get("rule").asText().equals("catalog-codes")) {
        out.add(f.get("severity").asText() + " " + f.get("message").asText());
      }
    });
    return out;
  }

  @Test
  void validate_catalogCsv_makesAnUnknownCodeKnown() throws Exception {
    Path doc = documentWithUnknownItem();
    Cli bundled = Cli.run("validate", "--rules", "catalog-codes", "--format", "json", "--locale", "en", doc.toString());
    assertThat(catalogFindings(bundled)).as(bundled.toString()).singleElement().asString()
        .startsWith("INFO The 2023 catalog does not hold 1 printed codes, not checked: 2101598;");
    Path csv = Files.writeString(dir.resolve("mine.csv"), "scheme,code,name,valid_from,valid_to,trust,provenance\n"
        + "FUNCTIONAL,2101598,行政运行,2023,2023,OFFICIAL,my province's 2023 catalog\n");
    Cli mine = Cli.run("validate", "--rules", "catalog-codes", "--format", "json", "--catalog", csv.toString(), doc.toString());
    assertThat(catalogFindings(mine)).as(mine.toString()).isEmpty();
  }

  @Test
  void validate_catalogWorkbook_holdsItsYearCompletely() throws Exception {
    Path doc = documentWithUnknownItem();
    Path xlsx = dir.resolve("2023年政府收支分类科目.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      Sheet sheet = wb.createSheet("支出功能分类科目");
      Object[][] rows = {{"科目编码", "科目名称"}, {210, "卫生健康支出"}, {21015, "医疗保障管理事务"}, {2101501, "行政运行"}};
      for (int i = 0; i < rows.length; i++) {
        Row row = sheet.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          if (rows[i][j] instanceof Integer n) {
            row.createCell(j).setCellValue(n);
          } else {
            row.createCell(j).setCellValue(rows[i][j].toString());
          }
        }
      }
      wb.write(out);
    }
    Cli r = Cli.run("validate", "--rules", "catalog-codes", "--format", "json", "--locale", "en", "--catalog", xlsx.toString(),
        doc.toString());
    assertThat(catalogFindings(r)).as(r.toString()).containsExactly(
        "WARNING 支出总表: code 2101598 is not in the 2023 catalog, which holds every code beside it: 2101501 行政运行");
  }

  @Test
  void validate_catalogOfAnotherShape_isAUsageError() throws Exception {
    Path doc = documentWithUnknownItem();
    Path csv = Files.writeString(dir.resolve("bad.csv"), "code,name\n2101598,行政运行\n");
    Cli r = Cli.run("validate", "--catalog", csv.toString(), doc.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("--catalog " + csv).contains("expected the header");
    Cli year = Cli.run("validate", "--catalog", "2024=" + csv, doc.toString());
    assertThat(year.err).contains("a year is given only for a workbook");
  }

  @Test
  void validate_fourSeeds_catalogFindingsAreOnlyTheStaleNamesOf2020() throws Exception {
    for (String seed : List.of("000", "001", "002", "003")) {
      Cli r = Cli.run("validate", "--rules", "catalog-codes", "--format", "json", "--locale", "en",
          Fixtures.seed(seed).toString());
      List<String> found = catalogFindings(r);
      if (seed.equals("002")) {
        // seed defect 002-1: a 2020 final account printing 210 under its name of 2018 and earlier
        assertThat(found).as(seed).hasSize(4)
            .allSatisfy(f -> assertThat(f).startsWith("WARNING")
                .contains("code 210 is printed as 医疗卫生与计划生育支出, which is its name in –2018"));
      } else {
        // 003 prints eleven projects under 2080109: a list of projects, not names of the code
        assertThat(found).as(seed).isEmpty();
      }
    }
  }

  @Test
  void validate_seedWithAPrivateNumberingOf302_warnsOnceWithEveryRow() throws Exception {
    // seed 000 as a unit would print it numbering its 302 款 its own way: the amounts still add up
    String text = Files.readString(Fixtures.seed("000"))
        .replace("\t30202\t印刷费\t", "\t30202\t咨询费\t")
        .replace("\t30205\t水费\t", "\t30205\t邮电费\t")
        .replace("\t30206\t电费\t", "\t30206\t水费\t");
    Path doc = Files.writeString(dir.resolve("private.txt"), text);
    Cli r = Cli.run("validate", "--rules", "catalog-codes", "--format", "json", "--locale", "en", doc.toString());
    assertThat(catalogFindings(r)).as(r.toString()).containsExactly("WARNING 一般公共预算支出表（按经济分类）: 3 codes are printed with"
        + " the 2023 names of other codes below the same parent (code and name swapped, or a private numbering):"
        + " 30202 «咨询费» → 30203; 30205 «邮电费» → 30207; 30206 «水费» → 30205");
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
