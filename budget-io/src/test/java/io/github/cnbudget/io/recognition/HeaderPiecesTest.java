package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A header's wrapped labels put back together from the lines a text prints their pieces on. */
class HeaderPiecesTest {

  @Test
  void unwrapHeader_joinsCellLinesWordByWord_onlyIntoWholeLabels() {
    assertThat(HeaderPieces.unwrapHeader(List.of("项目", "本年收入合 财政拨款收 上级补助 事业收 经营收 其他收", "支出功能分类 位上",
        "科目名称 计 入 收入 入 入 入", "科目编码")))
        .containsExactly("项目", "本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 其他收入", "支出功能分类 位上", "科目编码");
    // two levels of whole labels stay two lines
    List<String> levels = List.of("合计 因公出国（境）费 公务接待费", "预算数 决算数 预算数");
    assertThat(HeaderPieces.unwrapHeader(levels)).isEqualTo(levels);
  }

  /**
   * Labels centred in tall cells, their lines grouped by height: a label's start above the line naming
   * the columns, its end below, each joined into the column-naming line where the label stands.
   */
  @Test
  void pieces_labelsWrappedAboveAndBelowTheColumnsLine_joinedInPlace() {
    assertThat(HeaderPieces.pieces(List.of("财政拨款 单位资金", "财政专户管",
        "科目编码 科目名称 合计 上年结转 财政拨款 一般公共预 政府性基金 国有资本 理资金 单位资金 事业收入 其他收入", "算 预算 经营预算")))
        .containsExactly("财政拨款 单位资金",
            "科目编码 科目名称 合计 上年结转 财政拨款 一般公共预算 政府性基金预算 国有资本经营预算 财政专户管理资金 单位资金 事业收入 其他收入");
  }

  /** Whole labels on their own lines are levels, not pieces; numbers and a split code's levels stay. */
  @Test
  void pieces_wholeLabelsAndNumbers_stayOnTheirLines() {
    List<String> levels = List.of("基本支出", "科目编码 科目名称 合计 基本支出 项目支出", "人员经费 公用经费");
    assertThat(HeaderPieces.pieces(levels)).isEqualTo(levels);
    List<String> numbered = List.of("合计 上年结转", "类 款 项 1 2");
    assertThat(HeaderPieces.pieces(numbered)).isEqualTo(numbered);
  }

  /** A piece with no word to make a whole label with stays where it is. */
  @Test
  void pieces_pieceMakingNoWholeLabel_stays() {
    List<String> lines = List.of("合计 上年结转 财政拨款", "某某");
    assertThat(HeaderPieces.pieces(lines)).isEqualTo(lines);
  }

  /**
   * Text of a budget whose header cells centre their labels, as a tool grouping words into lines by
   * their heights prints it: groups a line above the columns' line, which names each group's subtotal
   * with its parts after it (收入总表) or over a line of them (一般公共预算支出表), and wrapped labels'
   * pieces above and below. Before, the labels' pieces were columns of their own or none (收入总表 read
   * with nine columns for ten, no value of its rows placed; 一般公共预算支出表 numbered 栏1 … 栏6).
   */
  @Test
  void importText_centredHeaderPrintedAHeightALine_everyCellInItsColumn() throws IOException {
    ImportResult r = DisclosureImporter.defaults().importText(variant("centred-header-pieces.txt"));

    DisclosureTable income = table(r, TableKind.INCOME);
    assertThat(income.columns()).extracting(HeaderPiecesTest::path).containsExactly("合计", "上年结转", "财政拨款",
        "财政拨款/一般公共预算", "财政拨款/政府性基金预算", "财政拨款/国有资本经营预算", "财政专户管理资金", "单位资金", "单位资金/事业收入",
        "单位资金/其他收入");
    assertThat(cell(income, "229", "财政拨款/政府性基金预算")).contains(new BigDecimal("200.00"));
    assertThat(cell(income, "229", "财政拨款/国有资本经营预算")).contains(new BigDecimal("100.00"));
    assertThat(cell(income, "229", "财政专户管理资金")).contains(new BigDecimal("50.00"));
    assertThat(cell(income, "229", "单位资金/事业收入")).contains(new BigDecimal("20.00"));
    assertThat(cell(income, "229", "单位资金/其他收入")).contains(new BigDecimal("50.00"));
    assertThat(cell(income, "2080501", "上年结转")).contains(new BigDecimal("100.00"));
    assertThat(cell(income, "2080501", "财政拨款/一般公共预算")).contains(new BigDecimal("500.00"));
    assertThat(cell(income, "2080501", "财政专户管理资金")).isEmpty();

    DisclosureTable byFunction = table(r, TableKind.GENERAL_PUBLIC_BY_FUNCTION);
    assertThat(byFunction.columns()).extracting(HeaderPiecesTest::path)
        .containsExactly("合计", "基本支出", "基本支出/人员经费", "基本支出/公用经费", "项目支出");
    assertThat(cell(byFunction, "2080501", "基本支出/公用经费")).contains(new BigDecimal("50.00"));
    assertThat(cell(byFunction, "2080501", "项目支出")).contains(new BigDecimal("50.00"));
    assertThat(r.report().problems()).noneMatch(p -> p.why().contains("not placed"));
  }

  /**
   * The same header over rows of whole 万元 printing a dash for each blank cell and codes split into 类 | 款 |
   * 项 (a name's lines around its code line): the header's last line names every column and the groups
   * above still make the subtotals their parts' parents; a split code is joined where the join leaves a
   * value a column (210 12 12 - 12 12 - …: 21012, then ten values; 210 12 01 12 - …: 2101201). Before, the columns
   * had no parents, and the split codes' parts were read as amounts (the table reported as amounts
   * printed apart from their rows).
   */
  @Test
  void importText_centredHeaderOverSplitCodesAndWholeAmounts_everyRowRead() throws IOException {
    ImportResult r = DisclosureImporter.defaults().importText(variant("centred-header-split-codes.txt"));

    DisclosureTable income = table(r, TableKind.INCOME);
    assertThat(income.columns()).extracting(HeaderPiecesTest::path).contains("财政拨款/一般公共预算", "单位资金/其他收入");
    assertThat(income.rows()).extracting(row -> row.code().map(c -> c.digits()).orElse(row.label())).containsExactly(
        "合计", "某市某中心本级", "208", "20805", "2080505", "210", "21012", "2101201", "21015", "2101501");
    assertThat(cell(income, "21012", "合计")).contains(new BigDecimal("12"));
    assertThat(cell(income, "2101501", "上年结转")).contains(new BigDecimal("30"));
    assertThat(cell(income, "2101501", "单位资金/其他收入")).contains(new BigDecimal("20"));
    assertThat(r.report().problems()).noneMatch(p -> p.severity() == io.github.cnbudget.model.Severity.ERROR);
  }

  private static DisclosureTable table(ImportResult r, TableKind kind) {
    return r.disclosure().tables().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
  }

  private static Optional<BigDecimal> cell(DisclosureTable t, String code, String path) {
    Row row = t.rows().stream().filter(x -> x.code().map(c -> c.digits().equals(code)).orElse(false)).findFirst()
        .orElseThrow();
    String key = t.columns().stream().filter(c -> path(c).equals(path)).findFirst().orElseThrow().key();
    return Optional.ofNullable(row.cells().get(key)).flatMap(Cell::value);
  }

  private static String path(Column c) {
    return String.join("/", c.header());
  }

  private static String variant(String name) throws IOException {
    try (InputStream in = DisclosureImporter.class.getResourceAsStream("variants/" + name)) {
      return new String(java.util.Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * A column dividing others whose two-line label is centred on the columns' line (其中：政府 above it,
   * 采购 below, each alone on its line) goes after the line's words; a piece beside other words on its line
   * is not placed so (管理资金 事业收入 其他收入: its column's place is among theirs). Before, the header kept
   * three columns and rows printing four values were left unplaced (generated budgets under pdfplumber and
   * {@code pdftotext -layout}: false column-identity ERRORs).
   */
  @Test
  void pieces_dividingColumnCentredOnTheColumnsLine_goesLast() {
    assertThat(HeaderPieces.pieces(List.of("其中：政府", "科目编码 科目名称 合计 基本支出 项目支出", "采购")))
        .containsExactly("科目编码 科目名称 合计 基本支出 项目支出 其中：政府采购");
    List<String> beside = List.of("财政专户", "科目编码 科目名称 合计 上年结转 财政拨款 单位资金", "管理资金 事业收入 其他收入");
    assertThat(HeaderPieces.pieces(beside)).isEqualTo(beside);
  }
}
