package io.github.cnbudget.io.text;

import io.github.cnbudget.io.Repair;
import io.github.cnbudget.io.ImportException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosureImporterTest {
  private static final String HEAD = "2023年某市医疗保障局 部门预算\n";
  private static final String EXPENDITURE = String.join("\n",
      "表3",
      "支出总表",
      "部门名称：某市医疗保障局",
      "单位：万元",
      "预算单位\t科目编码\t科目名称\t支出总计\t基本支出\t项目支出",
      "某市医疗保障局\t\t\t1,300\t1,000\t300",
      "某市医疗保障局（本级）\t\t\t1,300\t1,000\t300",
      "\t208\t社会保障和就业支出\t1,300\t1,000\t300",
      "\t2080501\t行政单位离退休\t1,300\t1,000\t300",
      "");

  private static Disclosure read(String text) {
    return DisclosureImporter.defaults().importText(text).disclosure();
  }

  private static Row row(DisclosureTable t, String label) {
    return t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void importText_tabTable_readsHeadingsUnitsCodesAndSourceLines() {
    Disclosure d = read(HEAD + EXPENDITURE);

    assertThat(d.department().name()).isEqualTo("某市医疗保障局");
    assertThat(d.year()).isEqualTo(FiscalYear.of(2023));
    assertThat(d.stage()).isEqualTo(Stage.BUDGET);
    assertThat(d.precision().unit()).isEqualTo(AmountUnit.WAN_YUAN);
    DisclosureTable t = d.table(TableKind.EXPENDITURE).orElseThrow();
    assertThat(t.number()).contains("表3");
    assertThat(t.line()).hasValue(3);
    assertThat(t.rows()).extracting(Row::kind)
        .containsExactly(RowKind.TOTAL, RowKind.UNIT, RowKind.CODE, RowKind.CODE);
    Row leaf = row(t, "行政单位离退休");
    assertThat(leaf.code()).contains(FunctionalCode.parse("2080501"));
    assertThat(leaf.unit()).contains("某市医疗保障局（本级）");
    assertThat(leaf.line()).hasValue(10);
    assertThat(leaf.value(t.column(Concept.BASIC).orElseThrow().key())).contains(new BigDecimal("1000"));
    assertThat(leaf.cell(t.column(Concept.TOTAL).orElseThrow().key()).map(Cell::printed)).contains("1,300");
  }

  @Test
  void importText_rowOfOneAmountAndDashes_isARowNotHeader_unitNamedLikeAnOrgan_isAUnit() {
    // a project table by unit: each row prints one amount and a dash for every empty source
    String text = String.join("\n", "某市医疗保障局2024年部门预算", "项目支出表", "编制单位：某市医疗保障局\t单位：元",
        "单位名称\t项目名称\t合计\t上年结转\t财政拨款\t财政专户管理资金\t单位资金",
        "\t合计\t6522506.60\t-\t6522506.60\t-\t-",
        "档案馆\t\t\t\t\t\t",
        "\t医保经办能力提升\t6522506.60\t-\t6522506.60\t-\t-");
    DisclosureTable t = DisclosureImporter.defaults().withLayout(TextLayout.TAB).importText(text).disclosure()
        .tables().get(0);

    assertThat(t.rows()).extracting(Row::kind).containsExactly(RowKind.TOTAL, RowKind.UNIT, RowKind.PROJECT);
    assertThat(t.rows().get(2).unit()).hasValue("档案馆");
    assertThat(t.rows().get(0).cells()).hasSize(5);
  }

  @Test
  void importText_columnsInAnotherOrder_assignsValuesByHeader() {
    String swapped = Layouts.swapColumns(HEAD + EXPENDITURE, 6, 10, 4, 5);

    DisclosureTable t = read(swapped).table(TableKind.EXPENDITURE).orElseThrow();

    Row leaf = row(t, "行政单位离退休");
    assertThat(leaf.value(t.column(Concept.BASIC).orElseThrow().key())).contains(new BigDecimal("1000"));
    assertThat(leaf.value(t.column(Concept.PROJECT).orElseThrow().key())).contains(new BigDecimal("300"));
  }

  /**
   * A table of tall rows as {@code pdftotext -layout} prints it, each amount a line above its code and
   * name (and the total's above its name): read with the amounts joined to the rows below, whose sums
   * then hold. Before, each amount finished the row above (基本工资 took 津贴补贴's 500.00, the first
   * amount a row without a name), and 301 was no longer the sum of its items.
   */
  @Test
  void importText_layoutAmountsALineAboveTheirCodes_joinTheRowsBelow() throws java.io.IOException {
    String text;
    try (java.io.InputStream in = DisclosureImporterTest.class.getResourceAsStream("variants/tall-rows-amounts-a-line-above.txt")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    ImportResult r = DisclosureImporter.defaults().importText(text);

    assertThat(r.disclosure().tables().get(0).rows()).extracting(row -> row.code().map(c -> c.digits()).orElse(row.label())
        + " " + row.cells().values().stream().map(c -> c.printed()).toList())
        .containsExactly("301 [1,520.00]", "30101 [700.00]", "30102 [500.00]", "30113 [320.00]", "302 [80.00]",
            "30201 [50.00]", "30211 [30.00]", "人员经费合计 [1,520.00]");
    assertThat(r.report().problems()).extracting(p -> p.kind()).contains(ReadProblem.Kind.AMOUNTS_ABOVE_THEIR_ROWS);
    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
  }

  @Test
  void importText_spaceAligned_readsTheSameCellsAsTabs() {
    String tab = HEAD + EXPENDITURE;

    Disclosure fromTabs = read(tab);
    Disclosure fromSpaces = DisclosureImporter.defaults().withLayout(TextLayout.SPACE)
        .importText(Layouts.spaceAligned(tab)).disclosure();

    SeedAccuracy a = SeedAccuracy.measure(fromTabs, fromSpaces, false);
    assertThat(a.expected).isEqualTo(12);
    assertThat(a.misses).isEmpty();
    // detected as space-aligned, its columns place as many amounts as its words' order: read by columns
    ImportResult detected = DisclosureImporter.defaults().importText(Layouts.spaceAligned(tab));
    assertThat(SeedAccuracy.measure(fromTabs, detected.disclosure(), false).misses).isEmpty();
    assertThat(detected.report().problems()).extracting(ReadProblem::kind)
        .doesNotContain(ReadProblem.Kind.READ_BY_WORD_ORDER);
  }

  @Test
  void importText_tableSplitOverPages_keepsOneTableWithoutRepeatedHeader() {
    String page2 = String.join("\n", "表3", "支出总表", "部门名称：某市医疗保障局", "单位： 万元",
        "预算单位\t科目编码\t科目名称\t支出总计\t基本支出\t项目支出",
        "\t2080505\t机关事业单位基本养老保险缴费支出\t5\t5\t0", "");

    Disclosure d = read(HEAD + EXPENDITURE + page2);

    assertThat(d.tables()).hasSize(1);
    assertThat(d.tables().get(0).rows()).hasSize(5);
    assertThat(d.tables().get(0).rows().get(4).unit()).contains("某市医疗保障局（本级）");
  }

  @Test
  void importText_markdownHeadingsTagsAndBracketedCodes_areRead() {
    String text = String.join("\n", "2023 年", "**某市医疗保障局** 部门预算",
        "## 一般公共预算支出情况表（按功能分类科目）",
        "单位名称：某市医疗保障局", "单位：万元",
        "功能科目名称\t一般公共预算支出\t\t",
        "\t小计\t其中：基本支出\t项目支出",
        "合 计\t10.50\t10.00\t0.50",
        "<b>[210]卫生健康支出</b>\t10.50\t10.00\t0.50",
        "[2101501]行政运行\t10.50\t10.00\t0.50", "");

    Disclosure d = read(text);

    DisclosureTable t = d.table(TableKind.GENERAL_PUBLIC_BY_FUNCTION).orElseThrow();
    assertThat(t.rows()).extracting(r -> r.code().map(Object::toString).orElse(""))
        .containsExactly("", "210", "2101501");
    assertThat(t.rows().get(0).kind()).isEqualTo(RowKind.TOTAL);
    // 小计 | 其中：基本支出 | 项目支出: the 其中 opens the breakdown 基本支出 + 项目支出 of 小计
    assertThat(t.columns()).filteredOn(c -> c.label().equals("其中：基本支出")).singleElement()
        .satisfies(c -> assertThat(c.partOf()).isFalse());
    assertThat(d.precision().scale()).isEqualTo(2);
  }

  @Test
  void importText_splitCodeColumnsAndOcrDamage_repairsAndReportsEveryRepair() {
    String text = String.join("\n", "某市医疗保障事务中心 2023 年部门预算",
        "部门支出总表", "部门: 金额单位: 万元",
        "科目编码\t\t\t单位代码\t单位名称(科目)\t合计\t基本支出\t项目支出",
        "类\t款\t项\t\t\t\t\t",
        "\t\t\t\t合 计\t461. 49\t410.8\t9 50.6\t0",
        "208\t01\t09\t335001\t社会保险经办机构\t461, 49\t410.89\t50.60", "");

    ImportResult r = DisclosureImporter.defaults().importText(text);

    DisclosureTable t = r.disclosure().table(TableKind.EXPENDITURE).orElseThrow();
    Row code = row(t, "社会保险经办机构");
    assertThat(code.code()).contains(FunctionalCode.parse("2080109"));
    Cell total = code.cell(t.column(Concept.TOTAL).orElseThrow().key()).orElseThrow();
    assertThat(total.isRepaired()).isTrue();
    assertThat(total.value()).contains(new BigDecimal("461.49"));
    assertThat(total.printed()).isEqualTo("461, 49");
    Row sum = row(t, "合 计");
    assertThat(sum.value(t.column(Concept.BASIC).orElseThrow().key())).contains(new BigDecimal("410.89"));
    assertThat(sum.value(t.column(Concept.PROJECT).orElseThrow().key())).contains(new BigDecimal("50.60"));
    assertThat(r.report().repairs()).extracting(Repair::line).contains(6, 7);
    assertThat(r.report().repairs()).extracting(Repair::printed).contains("461. 49", "461, 49");
  }

  @Test
  void importText_twoSidedSummary_oneRowPerSideWithCodesFromOtherTables() {
    String text = HEAD + String.join("\n", "表1", "收支总表", "部门名称：某市医疗保障局", "单位：万元",
        "收 入\t\t支 出\t", "项 目\t2023 年预算数\t项 目\t2023 年预算数",
        "一、一般公共预算拨款\t1,300\t一、社会保障和就业支出\t1,300",
        "\t\t行政单位离退休\t1,300",
        "收入总计\t1,300\t支出总计\t1,300", "") + EXPENDITURE;

    DisclosureTable t = read(text).table(TableKind.INCOME_EXPENDITURE_SUMMARY).orElseThrow();

    assertThat(t.rows()).extracting(Row::side)
        .containsExactly(Side.INCOME, Side.EXPENDITURE, Side.EXPENDITURE, Side.INCOME, Side.EXPENDITURE);
    assertThat(t.rows().get(0).concept()).contains(Concept.GENERAL_PUBLIC_BUDGET);
    assertThat(t.rows().get(1).code()).contains(FunctionalCode.parse("208"));
    assertThat(t.rows().get(2).code()).contains(FunctionalCode.parse("2080501"));
    assertThat(t.rows().get(0).line()).isEqualTo(t.rows().get(1).line());
    assertThat(t.rows().get(4).concept()).contains(Concept.EXPENDITURE_GRAND_TOTAL);
  }

  @Test
  void importText_emptyTableWithStatementAndNotes_keepsBoth() {
    String text = HEAD + String.join("\n", "政府性基金预算支出表", "单位：万元",
        "科目编码\t科目名称\t合计\t基本支出\t项目支出", "\t合 计\t\t\t", "注：本表无数据。", "");

    DisclosureTable t = read(text).table(TableKind.GOVERNMENT_FUND).orElseThrow();

    assertThat(t.emptyStatement()).contains("本表无数据。");
    assertThat(t.notes()).extracting(n -> n.line().getAsInt()).containsExactly(6);
    assertThat(t.isEmpty()).isTrue();
  }

  @Test
  void importText_valueOutsideTheColumns_isReportedNotDropped() {
    String text = HEAD + EXPENDITURE + "\t2080505\t养老保险缴费\t5\t5\t0\t7\n";

    ImportResult r = DisclosureImporter.defaults().importText(text);

    assertThat(r.report().problems()).filteredOn(p -> p.line() == 11).singleElement()
        .satisfies(p -> {
          assertThat(p.severity()).isEqualTo(Severity.ERROR);
          assertThat(p.what()).isEqualTo("7");
        });
    assertThat(r.report().isComplete()).isFalse();
  }

  @Test
  void importText_tabularLineOutsideTables_isReported() {
    ImportResult r = DisclosureImporter.defaults().importText(HEAD + "项目名称\t预算数\n医保经办\t5,788\n");

    assertThat(r.report().problems()).filteredOn(p -> p.line() > 0).extracting(ReadProblem::line).containsExactly(3);
  }

  @Test
  void importText_withoutYear_throwsUnlessExpectedYearGiven() {
    String text = "某市医疗保障局 部门预算\n" + EXPENDITURE;

    assertThatThrownBy(() -> DisclosureImporter.defaults().importText(text))
        .isInstanceOf(ImportException.class).hasMessageContaining("fiscal year");
    assertThat(DisclosureImporter.defaults().withExpectedYear(FiscalYear.of(2022)).importText(text)
        .disclosure().year()).isEqualTo(FiscalYear.of(2022));
  }

  @Test
  void importText_titleYearOnItsOwnLine_isTheYearAndNoPartOfTheDepartment() {
    // the cover's year set apart from its words comes out on a line of its own, below or above them
    String table = "\n支出决算表\n单位：万元\n科目编码\t科目名称\t合计\n201\t一般公共服务支出\t100.00\n";
    String below = "某市某区财政局\n年度部门决算\n2024\n" + table;
    String above = "某市某区财政局\n2024\n年度部门决算\n" + table;

    for (String text : List.of(below, above)) {
      Disclosure d = DisclosureImporter.defaults().importText(text).disclosure();
      assertThat(d.year()).isEqualTo(FiscalYear.of(2024));
      assertThat(d.department().name()).isEqualTo("某市某区财政局");
    }
  }

  @Test
  void importText_bareNumberAwayFromATitle_isNoYear() {
    String text = "某市医疗保障局 部门预算\n说明\n2024\n" + EXPENDITURE;

    assertThatThrownBy(() -> DisclosureImporter.defaults().importText(text))
        .isInstanceOf(ImportException.class).hasMessageContaining("fiscal year");
  }

  @Test
  void importText_unitLineBeforeTheIssuer_isNoDepartment() {
    // 单位：万元 printed above 编制单位：… names the amounts' unit: the department is the issuer's
    String text = "2024年部门预算\n\n支出总表\n\n单位：万元\n\n编制单位：某市医疗保障局\n\n科目编码\t科目名称\t合计\n"
        + "201\t一般公共服务支出\t100.00\n";

    assertThat(DisclosureImporter.defaults().importText(text).disclosure().department().name())
        .isEqualTo("某市医疗保障局");
  }

  @Test
  void importText_expectedStage_overridesPrintedStage() {
    Disclosure d = DisclosureImporter.defaults().withExpectedStage(Stage.FINAL_ACCOUNT)
        .importText(HEAD + EXPENDITURE).disclosure();

    assertThat(d.stage()).isEqualTo(Stage.FINAL_ACCOUNT);
  }

  @Test
  void importText_readerAndFileInCharset_readLikeString(@TempDir Path dir) throws Exception {
    Charset gbk = Charset.forName("GBK");
    Path file = dir.resolve("d.txt");
    Files.writeString(file, HEAD + EXPENDITURE, gbk);

    Disclosure fromFile = DisclosureImporter.defaults().withCharset(gbk).importText(file).disclosure();
    Disclosure fromReader = DisclosureImporter.defaults().importText(new StringReader(HEAD + EXPENDITURE)).disclosure();

    assertThat(fromFile).isEqualTo(read(HEAD + EXPENDITURE));
    assertThat(fromReader).isEqualTo(fromFile);
  }

  @Test
  void importText_missingFile_throwsImportException(@TempDir Path dir) {
    assertThatThrownBy(() -> DisclosureImporter.defaults().importText(dir.resolve("none.txt")))
        .isInstanceOf(ImportException.class);
  }

  @Test
  void importText_fileNamingNoDepartment_isRefusedNamingTheFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "会议纪要\n今天讨论了工作安排。\n");
    assertThatThrownBy(() -> DisclosureImporter.defaults().importText(file)).isInstanceOf(ImportException.class)
        .hasMessageContaining("notes.txt");
  }

  @Test
  void importText_notUtf8InUtf8_throwsImportException(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gbk.txt");
    Files.write(file, (HEAD + EXPENDITURE).getBytes(Charset.forName("GBK")));

    assertThatThrownBy(() -> DisclosureImporter.defaults().withCharset(StandardCharsets.UTF_8).importText(file))
        .isInstanceOf(TextEncodingException.class);
  }

  @Test
  void withMethods_returnSameImporterWhenUnchanged_andNewOneOtherwise() {
    DisclosureImporter d = DisclosureImporter.defaults();

    assertThat(d.withCharsetDetected()).isSameAs(d);
    assertThat(d.charset()).isEmpty();
    assertThat(d.withCharset(StandardCharsets.UTF_8).charset()).contains(StandardCharsets.UTF_8);
    assertThat(d.withCharset(StandardCharsets.UTF_8).withCharsetDetected().charset()).isEmpty();
    assertThat(d.withLayout(TextLayout.AUTO)).isSameAs(d);
    DisclosureImporter changed = d.withLayout(TextLayout.TAB).withExpectedYear(FiscalYear.of(2023));
    assertThat(changed).isNotSameAs(d);
    assertThat(changed.layout()).isEqualTo(TextLayout.TAB);
    assertThat(changed.expectedYear()).contains(FiscalYear.of(2023));
    assertThat(changed.withExpectedYear(FiscalYear.of(2023))).isSameAs(changed);
    assertThat(d.expectedYear()).isEmpty();
    assertThat(d.expectedStage()).isEqualTo(Optional.empty());
  }

  @Test
  void importText_performanceTargets_readIndicatorsWithWeights() {
    String text = HEAD + String.join("\n", "部门预算项目绩效目标表(2023年度)", "金额单位: 万元",
        "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性",
        "\t信息平台\t3.00\t\t产出指标\t质量指标\t验收合格率\t≥\t100\t%\t60\t",
        "\t\t\t\t满意度指标\t服务对象满意度指标\t使用者满意度\t≥\t95\t%\t40\t", "");

    Disclosure d = read(text);

    assertThat(d.goals()).singleElement().satisfies(g -> {
      assertThat(g.project()).contains("信息平台");
      assertThat(g.budget().flatMap(Cell::value)).contains(new BigDecimal("3.00"));
      assertThat(g.indicators()).extracting(i -> i.name() + i.effectiveTargetText().orElse(""))
          .containsExactly("验收合格率≥100%", "使用者满意度≥95%");
      assertThat(g.indicators()).extracting(i -> i.weight().flatMap(Cell::value).orElseThrow())
          .containsExactly(new BigDecimal("60"), new BigDecimal("40"));
    });
  }

  @FuzzTest(maxDuration = "20s")
  void importText_arbitraryText_throwsOnlyImportException(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    long start = System.nanoTime();
    try {
      ImportResult r = DisclosureImporter.defaults().importText(HEAD + text);
      assertThat(r.disclosure()).isNotNull();
    } catch (ImportException expected) {
      // documented: the text names no year, stage or department, or is too long
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void importText_gbkInUtf8_namesTheByteOffsetLineAndLikelyEncoding(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gbk.txt");
    byte[] gbk = ("ascii line\n" + HEAD + EXPENDITURE).getBytes(Charset.forName("GBK"));
    Files.write(file, gbk);
    int first = 0;
    while (gbk[first] >= 0) {
      first++;
    }
    String at = "is not UTF-8 text: the bytes at offset " + first + " (line 2: "
        + String.format("%02X %02X", gbk[first] & 0xff, gbk[first + 1] & 0xff) + ") are not UTF-8";

    assertThatThrownBy(() -> DisclosureImporter.defaults().withCharset(StandardCharsets.UTF_8).importText(file))
        .isInstanceOf(TextEncodingException.class)
        .hasMessageContaining(at)
        .hasMessageContaining("it reads as GB18030 (GBK) text")
        .hasMessageNotContaining("Input length");
  }

  @Test
  void importText_utf16InUtf8_saysUtf16(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("utf16.txt");
    Files.write(file, (HEAD + EXPENDITURE).getBytes(StandardCharsets.UTF_16));

    assertThatThrownBy(() -> DisclosureImporter.defaults().withCharset(StandardCharsets.UTF_8).importText(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("the bytes at offset 0 (line 1: FE FF)").hasMessageContaining("UTF-16 byte order mark");
  }
}
