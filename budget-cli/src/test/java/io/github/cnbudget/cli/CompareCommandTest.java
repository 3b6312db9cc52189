package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code budget compare} on the 2023 and 2024 budgets of 上海市普陀区人民政府万里街道办事处. Every expected
 * amount below was read off the rendered pages of the two PDFs (2023: p.10 收支总表, p.21–22 一般公共预算
 * 支出功能分类预算表, p.28 “三公” table in 万元; 2024: p.10, p.23–25, p.31) and the changes computed by
 * hand, not taken from the command's output.
 */
class CompareCommandTest {
  private static final Path OLD = Fixtures.SEEDS.resolve("putuo-wanli-street-2023-budget.pdf");
  private static final Path NEW = Fixtures.SEEDS.resolve("putuo-wanli-street-2024-budget.pdf");

  private static Cli json;
  private static JsonNode root;

  @TempDir Path dir;

  @BeforeAll
  static void compare() throws Exception {
    json = Cli.run("compare", "--format", "json", OLD.toString(), NEW.toString());
    root = new ObjectMapper().readTree(json.out);
  }

  private static JsonNode table(String kind) {
    return stream(root.get("tables")).filter(t -> t.get("kind").asText().equals(kind)).findFirst().orElseThrow();
  }

  private static JsonNode amount(String kind, String row, String column) {
    return stream(table(kind).get("amounts")).filter(a -> a.get("row").asText().equals(row) && a.get("column").asText().equals(column))
        .findFirst().orElseThrow(() -> new AssertionError("no " + row + " / " + column));
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  private static void assertChange(JsonNode a, String older, String newer, String change, String percent) {
    assertThat(a.get("older").asText()).isEqualTo(older);
    assertThat(a.get("newer").asText()).isEqualTo(newer);
    assertThat(a.get("change").asText()).isEqualTo(change);
    if (percent == null) {
      assertThat(a.has("percent")).isFalse();
    } else {
      assertThat(a.get("percent").asText()).isEqualTo(percent);
    }
  }

  @Test
  void wanli_amountsChangeAsThePagesPrint() {
    assertThat(json.exitCode).as(json.toString()).isZero();
    assertThat(root.get("sameDepartment").asBoolean()).isTrue();
    assertThat(root.get("older").get("year").asInt()).isEqualTo(2023);
    // 行政运行 (p.22 / p.25): 18,373,632 → 16,603,248; 基本支出 18,373,632 → 16,353,248; 项目支出 0 → 250,000
    assertChange(amount("GENERAL_PUBLIC_BY_FUNCTION", "2120101 行政运行", "c4.total"), "18373632", "16603248", "-1770384", "-9.64");
    assertChange(amount("GENERAL_PUBLIC_BY_FUNCTION", "2120101 行政运行", "c4.basic"), "18373632", "16353248", "-2020384", "-11.00");
    assertChange(amount("GENERAL_PUBLIC_BY_FUNCTION", "2120101 行政运行", "c4.project"), "0", "250000", "250000", null);
    // 机关事业单位基本养老保险缴费支出 (p.21 / p.24): 4,412,547 → 4,608,515, 195968 / 4412547 = 4.441%
    assertChange(amount("GENERAL_PUBLIC_BY_FUNCTION", "2080505 机关事业单位基本养老保险缴费支出", "c4.total"), "4412547", "4608515",
        "195968", "4.44");
    // 城管执法 (p.22 / p.25): 6,905,798 → 6,043,390, 862408 / 6905798 = 12.488%
    assertChange(amount("GENERAL_PUBLIC_BY_FUNCTION", "2120104 城管执法", "c4.total"), "6905798", "6043390", "-862408", "-12.49");
    // 收支总表 (p.10 both): 财政拨款收入 164,978,640 → 156,211,123
    assertChange(amount("INCOME_EXPENDITURE_SUMMARY", "一、财政拨款收入", "income.c1.amount"), "164978640", "156211123", "-8767517",
        "-5.31");
    // the “三公” table is in 万元 (p.28 / p.31): 合计 22.91 → 47.91万元, 机关运行经费 786.09 → 443.18万元, in yuan
    assertChange(amount("THREE_PUBLIC", "row 1", "c0.total"), "229100", "479100", "250000", "109.12");
    assertChange(amount("THREE_PUBLIC", "row 1", "administrativeExpenses"), "7860900", "4431800", "-3429100", "-43.62");
  }

  @Test
  void wanli_codesThatAppearAndVanish() {
    JsonNode t = table("GENERAL_PUBLIC_BY_FUNCTION");
    // 2024 p.23 adds 205 教育支出 / 20599 / 2059999 其他教育支出 at 250,000; 2023 p.21 prints 20802 民政管理事务 /
    // 2080206 社会组织管理 at 215,000, which 2024 p.23 no longer prints (and 2010506 统计管理, 2023 p.20)
    assertThat(stream(t.get("addedRows")).map(JsonNode::asText))
        .containsExactly("205 教育支出", "20599 其他教育支出", "2059999 其他教育支出");
    assertThat(stream(t.get("removedRows")).map(JsonNode::asText))
        .containsExactly("2010506 统计管理", "20802 民政管理事务", "2080206 社会组织管理");
    JsonNode added = amount("GENERAL_PUBLIC_BY_FUNCTION", "2059999 其他教育支出", "c4.total");
    assertThat(added.get("status").asText()).isEqualTo("ADDED");
    assertThat(added.get("newer").asText()).isEqualTo("250000");
    JsonNode removed = amount("GENERAL_PUBLIC_BY_FUNCTION", "2080206 社会组织管理", "c4.total");
    assertThat(removed.get("status").asText()).isEqualTo("REMOVED");
    assertThat(removed.get("older").asText()).isEqualTo("215000");
  }

  @Test
  void wanli_statedChangesAgainst2023() {
    List<JsonNode> stated = stream(root.get("statedChanges")).collect(Collectors.toList());
    // 2024 p.6: 财政拨款收入15621.11万元，比2023年预算减少876.75万元 — 2023 p.10 prints 164,978,640元:
    // 15621.11万元 − 16497.864万元 = −876.754万元, within the rounding of the printed 876.75
    JsonNode income = stated.stream().filter(s -> s.get("subject").asText().equals("财政拨款收入")).findFirst().orElseThrow();
    assertThat(income.get("verdict").asText()).isEqualTo("AGREES");
    assertThat(income.get("older").asText()).isEqualTo("164978640");
    assertThat(income.get("computedChange").asText()).isEqualTo("-8767540");
    // 2024 p.32: “三公”经费 47.91万元，比2023年预算增加25万元 — 2023 p.28 prints 22.91万元
    JsonNode three = stated.stream().filter(s -> s.get("topic").asText().equals("THREE_PUBLIC")).findFirst().orElseThrow();
    assertThat(three.get("verdict").asText()).isEqualTo("AGREES");
    assertThat(three.get("older").asText()).isEqualTo("229100");
    assertThat(three.get("computedChange").asText()).isEqualTo("250000");
    // the items are compared with 2023's 预算执行数, which a 2023 budget does not print
    List<JsonNode> execution = stated.stream().filter(s -> s.get("statement").asText().contains("预算执行数")).collect(Collectors.toList());
    assertThat(execution).hasSizeGreaterThan(20)
        .allSatisfy(s -> assertThat(s.get("verdict").asText()).isEqualTo("NOT_CHECKED"));
    assertThat(stated).noneMatch(s -> s.get("verdict").asText().equals("DIFFERS"));
  }

  @Test
  void text_listsChangesAndStatements() {
    Cli r = Cli.run("compare", OLD.toString(), NEW.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).contains("older: 上海市普陀区人民政府万里街道办事处 2023 部门预算");
    assertThat(r.out.lines().filter(l -> l.strip().startsWith("2120101 行政运行")).map(l -> List.of(l.strip().split("\\s{2,}"))))
        .contains(List.of("2120101 行政运行", "一般公共预算支出 / 合计", "18373632", "16603248", "-1770384", "-9.64"));
    assertThat(r.out).contains("rows only in the newer (新增): 205 教育支出; 20599 其他教育支出; 2059999 其他教育支出");
    assertThat(r.out).contains("AGREES p.6: 财政拨款收入 15621.11万元，比2023年预算减少876.75万元");
  }

  @Test
  void html_isOnePageOfTheSameChanges() {
    Cli r = Cli.run("compare", "--format", "html", OLD.toString(), NEW.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.out);
    // self-contained: nothing to load
    assertThat(page.select("script[src], link[href], img[src]")).isEmpty();
    assertThat(page.select("section.table")).hasSize(root.get("tables").size());
    assertThat(page.select("tr").eachText()).anyMatch(t -> t.equals("2120101 行政运行 一般公共预算支出 / 合计 18373632 16603248 -1770384 -9.64"));
    assertThat(page.select("tr.ADDED").eachText()).anyMatch(t -> t.startsWith("205 教育支出"));
    assertThat(page.select("section.stated li.AGREES").eachText())
        .anyMatch(t -> t.contains("财政拨款收入") && t.contains("876.75万元"));
  }

  private static io.github.cnbudget.model.Disclosure threePublic(int year, String total, String... narrative) {
    io.github.cnbudget.model.narrative.Narrative.Builder n = io.github.cnbudget.model.narrative.Narrative.builder();
    for (String p : narrative) {
      n.addParagraphs(io.github.cnbudget.model.narrative.Paragraph.of(p));
    }
    io.github.cnbudget.model.table.DisclosureTable t = io.github.cnbudget.model.table.DisclosureTable.builder()
        .kind(io.github.cnbudget.model.table.TableKind.THREE_PUBLIC).title("“三公”经费支出表")
        .amountUnit(io.github.cnbudget.model.AmountUnit.WAN_YUAN)
        .addColumns(io.github.cnbudget.model.table.Column.of("total", io.github.cnbudget.model.table.Concept.TOTAL, "合计"))
        .addRows(io.github.cnbudget.model.table.Row.builder().kind(io.github.cnbudget.model.table.RowKind.ITEM)
            .putCells("total", io.github.cnbudget.model.table.Cell.printed(total)).build())
        .build();
    return io.github.cnbudget.model.Disclosure.builder().department(io.github.cnbudget.model.organisation.Department.of("某街道办事处"))
        .year(io.github.cnbudget.model.FiscalYear.of(year)).stage(io.github.cnbudget.model.Stage.BUDGET)
        .precision(io.github.cnbudget.model.Precision.of(io.github.cnbudget.model.AmountUnit.WAN_YUAN, 2)).addTables(t).build()
        .withNarrative(n.build());
  }

  @Test
  void aStatementTheOlderDocumentContradicts_exitsOne() throws Exception {
    Path older = Fixtures.writeJson(dir.resolve("old.json"), threePublic(2023, "22.91"));
    Path agrees = Fixtures.writeJson(dir.resolve("agrees.json"), threePublic(2024, "47.91", "2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元。"));
    Path differs = Fixtures.writeJson(dir.resolve("differs.json"), threePublic(2024, "47.91", "2024年“三公”经费预算数为47.91万元，比2023年预算增加20万元。"));
    Cli ok = Cli.run("compare", older.toString(), agrees.toString());
    assertThat(ok.exitCode).as(ok.toString()).isZero();
    Cli bad = Cli.run("compare", older.toString(), differs.toString());
    assertThat(bad.exitCode).as(bad.toString()).isEqualTo(1);
    assertThat(bad.out).contains("DIFFERS").contains("stated change +200000 yuan, but 47.91万元 − 229100 yuan = +250000 yuan");
  }

  @Test
  void unreadableInput_exitsTwo() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{");
    Cli r = Cli.run("compare", broken.toString(), NEW.toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("broken.json");
    Cli missing = Cli.run("compare", dir.resolve("none.json").toString(), NEW.toString());
    assertThat(missing.exitCode).isEqualTo(2);
  }
}
