package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports of {@code budget validate}: HTML for whoever fixes the document, text for people, JSON for programs. */
class ValidateReportsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path PDF = Fixtures.SEEDS.resolve("putuo-finance-bureau-2024-final.pdf");

  @TempDir Path dir;

  private static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("validate", "--format", "json"));
    all.addAll(List.of(args));
    Cli r = Cli.run(all.toArray(new String[0]));
    return MAPPER.readTree(r.out);
  }

  private Document html(Path out, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("validate", "--format", "html", "-o", out.toString()));
    all.addAll(List.of(args));
    Cli r = Cli.run(all.toArray(new String[0]));
    assertThat(r.exitCode).as(r.toString()).isEqualTo(1);
    assertThat(r.out).as("the report goes to the file").isEmpty();
    return Jsoup.parse(out.toFile(), "UTF-8");
  }

  // ---- HTML

  @Test
  void html_seed_isSelfContainedAndListsEveryFindingOfTheJsonReport() throws Exception {
    Path seed = Fixtures.seed("000");
    Document page = html(dir.resolve("report.html"), seed.toString());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    // nothing is loaded from anywhere: no external script, style, image or frame, and a policy that forbids it
    assertThat(page.select("[src], link, iframe, object, embed")).isEmpty();
    assertThat(page.select("script")).hasSize(1).allSatisfy(s -> assertThat(s.data()).contains("addEventListener"));
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
    assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).doesNotContain("//"));

    JsonNode report = json(seed.toString());
    assertThat(page.select("li.finding")).hasSize(report.get("findings").size());
    List<String> rules = new ArrayList<>();
    report.get("findings").forEach(f -> rules.add(f.get("rule").asText() + " " + f.get("severity").asText()));
    assertThat(page.select("li.finding").stream().map(li -> li.attr("data-rule") + " " + li.attr("data-severity")))
        .containsExactlyInAnyOrderElementsOf(rules);
    // per document: the counts by severity, the tables read, what was not checked
    Element summary = page.selectFirst("article.document .summary");
    assertThat(summary.selectFirst(".counts").text()).contains("错误 3").contains("警告 2").contains("未校验 9");
    assertThat(summary.select(".tables-read li")).hasSize(page.select("section.table").size()).hasSizeGreaterThan(5);
    assertThat(summary.select(".not-checked li.finding")).hasSize(report.get("summary").get("notChecked").asInt());
    // filters: one box per severity, the rules filled in by the script from the findings
    assertThat(page.select("form.filters input[name=severity]").eachAttr("value"))
        .containsExactly("ERROR", "WARNING", "INFO", "NOT_CHECKED");
    assertThat(page.select("form.filters select[name=rule]")).hasSize(1);
  }

  @Test
  void html_seed_highlightsTheCellOfEachFindingBesideItsTable() throws Exception {
    Document page = html(dir.resolve("report.html"), Fixtures.seed("000").toString());
    // 收支总表 prints 三、单位资金 as 2,958 while its items add up to 2,985
    Element finding = page.select("li.finding[data-rule=two-sided-balance][data-severity=ERROR]").first();
    assertThat(finding).isNotNull();
    assertThat(finding.selectFirst(".message").text()).contains("2958").contains("2985");
    assertThat(finding.select("dl.values dd").eachText()).containsExactly("2985 万元", "2958 万元", "-27 万元", "3 万元");
    Element cell = page.getElementById(finding.selectFirst("a.to-cell").attr("href").substring(1));
    assertThat(cell.tagName()).isEqualTo("td");
    assertThat(cell.classNames()).contains("hit", "sev-ERROR");
    assertThat(cell.text()).isEqualTo("2,958");
    assertThat(cell.attr("data-findings").split(" ")).contains(finding.id());
    // the finding stands beside the table it is about, whose headers are drawn as printed
    Element table = finding.closest("section.table");
    assertThat(table.selectFirst("h4").text()).contains("收支总表");
    assertThat(table.select("thead th").eachText()).contains("收入", "支出", "2023 年预算数");
    assertThat(cell.closest("tr").selectFirst("td.label").text()).isEqualTo("三、单位资金");
    // and links to its line in the source
    assertThat(finding.selectFirst("a.place").text()).isEqualTo("第 296 行");
    assertThat(finding.selectFirst("a.place").attr("href")).endsWith("000_ff2a909ca0d0a799.txt");
    // every link within the page lands on an element of it
    for (Element a : page.select("a[href^=#]")) {
      assertThat(page.getElementById(a.attr("href").substring(1))).as(a.outerHtml()).isNotNull();
    }
    // a rounding group highlights each of its cells
    Element rounding = page.select("li.finding[data-rule=tree-rollup][data-severity=INFO]").first();
    assertThat(rounding.select("ol.cells a.to-cell")).isNotEmpty().allSatisfy(a ->
        assertThat(page.getElementById(a.attr("href").substring(1)).classNames()).contains("hit", "sev-INFO"));
  }

  @Test
  void html_englishOnRequest_minSeverityListsOnlyErrors() throws Exception {
    Document page = html(dir.resolve("en.html"), "--locale", "en", "--min-severity", "ERROR", Fixtures.seed("000").toString());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Budget disclosure validation report");
    assertThat(page.select("li.finding")).hasSize(3).allSatisfy(li -> assertThat(li.attr("data-severity")).isEqualTo("ERROR"));
    assertThat(page.selectFirst(".summary .counts").text()).contains("ERROR 3").contains("WARNING 2").contains("19 more below ERROR");
  }

  @Test
  void html_pdf_drawsItsTablesAndLinksFindingsToTheirPages() throws Exception {
    Path out = dir.resolve("sub").resolve("putuo.html");
    Files.createDirectories(out.getParent());
    Document page = html(out, PDF.toString());
    JsonNode report = json(PDF.toString());
    assertThat(page.select("li.finding")).hasSize(report.get("findings").size());
    assertThat(page.select("section.table table tbody tr")).hasSizeGreaterThan(50);
    List<Element> placed = page.select("li.finding a.place");
    assertThat(placed).isNotEmpty().allSatisfy(a -> {
      assertThat(a.text()).matches("第 \\d+ 页");
      // relative to the page's folder, at the finding's page
      assertThat(a.attr("href")).matches("\\.\\./.*putuo-finance-bureau-2024-final\\.pdf#page=\\d+");
      Path target = out.getParent().resolve(a.attr("href").replaceFirst("#.*", "")).normalize();
      assertThat(target).exists();
    });
    assertThat(page.select("details.import li")).hasSize(report.get("summary").get("importProblems").asInt());
  }

  @Test
  void html_escapesDocumentText() throws Exception {
    Path doc = Fixtures.writeJson(dir.resolve("doc.json"), Fixtures.document("3000", "局<script>alert(1)</script>"));
    Document page = html(dir.resolve("r.html"), doc.toString());
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.text()).contains("局<script>alert(1)</script>");
  }

  // ---- text

  private static List<String> lines(Cli r) {
    return r.out.lines().collect(Collectors.toList());
  }

  @Test
  void text_groupsFindingsByDocumentThenTableInSourceOrder_namingPrintedHeaders() throws Exception {
    Cli r = Cli.run("validate", Fixtures.seed("000").toString());
    assertThat(r.exitCode).isEqualTo(1);
    List<String> lines = lines(r);
    assertThat(lines.get(1)).isEqualTo("  深圳市医疗保障局 2023 部门预算：错误 3，警告 2，提示 8，未校验 9");
    // group lines, 4 spaces in: what is outside the tables first, then the tables by their line
    List<String> groups = lines.stream().filter(l -> l.startsWith("    ") && !l.startsWith("     ")).collect(Collectors.toList());
    assertThat(groups.get(0)).isEqualTo("    表格以外");
    List<Integer> at = new ArrayList<>();
    for (String g : groups.subList(1, groups.size())) {
      assertThat(g).matches("    \\S.*（第 \\d+ 行）");
      at.add(Integer.parseInt(g.replaceAll(".*（第 (\\d+) 行）", "$1")));
    }
    assertThat(at).hasSizeGreaterThan(3).isSorted();
    // printed headers and units, not column keys
    assertThat(r.out).contains("[三、单位资金 × 收入/2023 年预算数（万元）]").doesNotContain("income.amount");
    assertThat(r.out).contains("错误   two-sided-balance 第 296 行").contains("（期望 2985，实际 2958，差额 -27，容差 3）");
  }

  @Test
  void text_minSeverity_listsOnlyWhatIsAtLeastThatSerious_countsTheRest() throws Exception {
    Cli all = Cli.run("validate", Fixtures.seed("000").toString());
    Cli errors = Cli.run("validate", "--min-severity", "ERROR", Fixtures.seed("000").toString());
    assertThat(errors.exitCode).isEqualTo(1);
    assertThat(errors.out).contains("错误   item-level-completeness").doesNotContain("警告   ").doesNotContain("未校验 cross-table")
        .doesNotContain("尾数差异").contains("另有 19 项低于 错误，未列出");
    assertThat(lines(errors).get(lines(errors).size() - 1)).isEqualTo(lines(all).get(lines(all).size() - 1));
    Cli warnings = Cli.run("validate", "--min-severity", "WARNING", Fixtures.seed("000").toString());
    assertThat(warnings.out).contains("警告   announced-tables").doesNotContain("提示   ");
    assertThat(Cli.run("validate", "--min-severity", "NOTE", Fixtures.seed("000").toString()).exitCode).isEqualTo(2);
  }

  @Test
  void text_roundingCollapsedOneLinePerTable_expandedOnRequest() throws Exception {
    Cli collapsed = Cli.run("validate", "--locale", "en", Fixtures.seed("000").toString());
    List<String> rounding = lines(collapsed).stream().filter(l -> l.contains("rounding-level difference(s)")).collect(Collectors.toList());
    // 收支总表, 支出总表, 政府预算拨款收支总表, 一般公共预算支出表 by function and by economic class
    assertThat(rounding).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("      INFO        ").contains("--expand-rounding"));
    assertThat(rounding.get(1)).contains("4 rounding-level difference(s) within the published precision (largest 1)");

    Cli expanded = Cli.run("validate", "--locale", "en", "--expand-rounding", Fixtures.seed("000").toString());
    assertThat(expanded.out).doesNotContain("rounding-level difference(s)");
    JsonNode report = json("--locale", "en", Fixtures.seed("000").toString());
    int cells = 0;
    for (JsonNode f : report.get("findings")) {
      cells += f.get("cells").size();
    }
    assertThat(cells).isEqualTo(16);
    long infoLines = lines(expanded).stream().filter(l -> l.startsWith("      INFO ")).count();
    // each rounding cell, and the one INFO explained by another figure
    assertThat(infoLines).isEqualTo(cells + 1);
    assertThat(expanded.out).contains("[本年支出合计 × 支出/2023 年预算数 (万元)]").contains("expected 363276, actual 363275, difference -1");
  }

  @Test
  void text_chineseByDefault_englishOnRequest() throws Exception {
    Cli zh = Cli.run("validate", "--verbose", Fixtures.seed("000").toString());
    Cli en = Cli.run("validate", "--verbose", "--locale", "en", Fixtures.seed("000").toString());
    assertThat(zh.out).doesNotContain("ERROR").doesNotContain("WARNING").doesNotContain("INFO").doesNotContain("expected")
        .doesNotContain("row without a label").contains("该行没有名称").contains("文档 1 份，错误 3，警告 2，提示 8，未校验 9，导入问题 10");
    assertThat(en.out).contains("ERROR").contains("row without a label")
        .contains("1 document(s), 3 error(s), 2 warning(s), 8 info, 9 not checked, 10 import problem(s)");
  }

  @Test
  void text_importProblemsCounted_listedWhenVerbose() throws Exception {
    Cli quiet = Cli.run("validate", Fixtures.seed("000").toString());
    assertThat(quiet.out).contains("  导入问题 10 个（--verbose 逐条列出）").doesNotContain("row-without-label");
    Cli verbose = Cli.run("validate", "-v", Fixtures.seed("000").toString());
    assertThat(verbose.out).contains("  导入问题 10 个\n").contains("    警告   row-without-label 第 340 行：该行没有名称 «上年结余、结转 565 0»");
  }

  @Test
  void text_batchSummaryEndsTheReportOnStandardOutput() throws Exception {
    Cli r = Cli.run("validate", Fixtures.seed("000").toString(), Fixtures.seed("001").toString());
    assertThat(r.out).contains("合计（2 个文件）").contains("文件").contains("导入问题");
    assertThat(r.err).doesNotContain("合计（2 个文件）");
    Cli json = Cli.run("validate", "--format", "json", Fixtures.seed("000").toString(), Fixtures.seed("001").toString());
    assertThat(json.err).contains("合计（2 个文件）");
  }

  @Test
  void output_writesTheReportFileCompletely() throws Exception {
    Path out = dir.resolve("report.txt");
    Cli r = Cli.run("validate", "-o", out.toString(), Fixtures.seed("000").toString());
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(Cli.run("validate", Fixtures.seed("000").toString()).out);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.txt");
    }
    Cli missing = Cli.run("validate", "-o", dir.resolve("no").resolve("r.txt").toString(), Fixtures.seed("000").toString());
    assertThat(missing.exitCode).isEqualTo(2);
  }

  // ---- JSON

  @Test
  void json_findingsCarryTheirStableCodeToleranceAndRounding() throws Exception {
    JsonNode report = json(Fixtures.seed("000").toString());
    JsonNode error = null;
    int rounding = 0;
    for (JsonNode f : report.get("findings")) {
      assertThat(f.get("code").asText()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
      if (f.get("rule").asText().equals("two-sided-balance") && f.get("severity").asText().equals("ERROR")) {
        error = f;
      }
      if (f.get("cells").size() > 0) {
        rounding++;
        assertThat(f.get("withinRounding").asBoolean()).isTrue();
        assertThat(f.get("code").asText()).endsWith("-mismatch");
        f.get("cells").forEach(c -> assertThat(c.get("tolerance").isNull()).isFalse());
      }
    }
    assertThat(rounding).isEqualTo(7);
    assertThat(error.get("code").asText()).isEqualTo("income-subtotal-mismatch");
    assertThat(error.get("classificationCode").asText()).isEqualTo("三、单位资金");
    assertThat(error.get("tolerance").asText()).isEqualTo("3");
    assertThat(error.get("withinRounding").asBoolean()).isFalse();
    List<String> codes = new ArrayList<>();
    report.get("import").get("problems").forEach(p -> codes.add(p.get("code").asText()));
    assertThat(codes).hasSize(10).contains("row-without-label", "indicator-out-of-columns", "indicator-levels-shifted");
    // the tables' checks not made are columns the tables lack; the narrative's vehicles and equipment (l.243,
    // l.245) have no 国有资产占有使用情况表 to be checked against
    report.get("findings").forEach(f -> {
      if (f.get("severity").asText().equals("NOT_CHECKED")) {
        assertThat(f.get("code").asText()).isEqualTo(f.get("rule").asText().equals("narrative-assets-table")
            ? "table-absent" : "column-missing");
      }
    });
  }

  static Schema reportSchema() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("..", "docs", "report.schema.json"))) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  @Test
  void json_realReportsValidateAgainstThePublishedSchema() throws Exception {
    Schema schema = reportSchema();
    List<String[]> runs = new ArrayList<>();
    try (var seeds = Files.list(Fixtures.SEEDS)) {
      for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList())) {
        runs.add(new String[] {p.toString()});
        runs.add(new String[] {"--locale", "en", "--min-severity", "WARNING", p.toString()});
      }
    }
    runs.add(new String[] {PDF.toString()});
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"department\": ");
    runs.add(new String[] {Fixtures.seed("000").toString(), broken.toString(), dir.resolve("missing.txt").toString()});
    for (String[] run : runs) {
      JsonNode report = json(run);
      List<Error> errors = schema.validate(report);
      assertThat(errors).as(String.join(" ", run)).isEmpty();
    }
    // the schema is not vacuous: a finding without its code is refused
    JsonNode report = json(Fixtures.seed("000").toString());
    ((com.fasterxml.jackson.databind.node.ObjectNode) report.get("findings").get(0)).remove("code");
    assertThat(schema.validate(report)).isNotEmpty();
  }

  // ---- score reads what validate writes

  @Test
  void score_acceptsTheJsonReportOfValidate_andScoresItsDocuments() throws Exception {
    Path seed = Fixtures.seed("002");
    Path report = dir.resolve("report.json");
    Cli v = Cli.run("validate", "--format", "json", "-o", report.toString(), seed.toString());
    assertThat(v.exitCode).as(v.toString()).isIn(0, 1);
    Cli fromReport = Cli.run("score", report.toString());
    Cli direct = Cli.run("score", seed.toString());
    assertThat(fromReport.exitCode).as(fromReport.toString()).isZero();
    assertThat(fromReport.out).isEqualTo(direct.out).contains("recomputed");
    // a report moved together with its documents still finds them
    Path moved = Files.createDirectories(dir.resolve("moved"));
    Files.copy(seed, moved.resolve("seed.txt"));
    Files.writeString(moved.resolve("r.json"), Files.readString(report, StandardCharsets.UTF_8)
        .replace(MAPPER.writeValueAsString(seed.toString()), "\"seed.txt\""), StandardCharsets.UTF_8);
    assertThat(Cli.run("score", moved.resolve("r.json").toString()).out).contains("recomputed");
    // a document's JSON is still a document
    Path doc = Fixtures.writeJson(dir.resolve("doc.json"), Fixtures.document("2958"));
    assertThat(Cli.run("score", doc.toString()).out).contains("no self-evaluation table");
  }
}
