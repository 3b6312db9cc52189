package io.github.cnbudget.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Grids rebuilt from ruling lines and glyphs laid out by hand, and the text written from them:
 * merged cells, wrapped cells, tall rows, two panels, tables continued on the next page.
 */
class LayoutTest {
  private static final double SIZE = 10;

  /** Glyphs of a text printed from (x, baseline), one per character, each SIZE wide. */
  private static List<Glyph> text(String s, double x, double baseline) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      double gx = x + i * SIZE;
      out.add(new Glyph(s.substring(i, i + 1), new Box(gx, baseline - 8, gx + SIZE, baseline), SIZE));
    }
    return out;
  }

  /** A full lattice: vertical lines at xs, horizontal at ys. */
  private static List<Ruling> lattice(double[] xs, double[] ys) {
    List<Ruling> out = new ArrayList<>();
    for (double y : ys) {
      out.add(new Ruling(true, y, xs[0], xs[xs.length - 1]));
    }
    for (double x : xs) {
      out.add(new Ruling(false, x, ys[0], ys[ys.length - 1]));
    }
    return out;
  }

  @Test
  void ruledTable_mergedHeader_wrappedName_tallRow() {
    double[] xs = {0, 100, 200, 300};
    double[] ys = {0, 20, 40, 80};
    List<Ruling> rulings = new ArrayList<>();
    for (Ruling r : lattice(xs, ys)) {
      // no vertical boundary between the two amount columns in the first row: 支出 spans them
      if (!r.horizontal() && r.at() == 200) {
        rulings.add(new Ruling(false, 200, 20, 80));
      } else {
        rulings.add(r);
      }
    }
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.addAll(text("项目", 10, 15));
    glyphs.addAll(text("支出", 210, 15));
    glyphs.addAll(text("基本", 110, 35));
    glyphs.addAll(text("项目", 210, 35));
    // a name wrapped over two lines and an amount printed at the top of the tall row
    glyphs.addAll(text("机关事业单位", 5, 55));
    glyphs.addAll(text("养老", 5, 70));
    glyphs.addAll(text("1,234.50", 110, 52));
    PageLayout page = PageLayouts.of(1, 400, 400, glyphs, rulings, 0);
    assertThat(page.blocks()).hasSize(1);
    Grid g = (Grid) page.blocks().get(0);
    assertThat(g.rows()).isEqualTo(3);
    assertThat(g.columns()).isEqualTo(3);
    assertThat(g.cells()).extracting(GridCell::text)
        .containsExactly("项目", "支出", "基本", "项目", "机关事业单位养老", "1,234.50");
    GridCell spanning = g.cells().get(1);
    assertThat(spanning.columnSpan()).isEqualTo(2);
    assertThat(spanning.column()).isEqualTo(1);
    LaidOutText t = new LaidOutText();
    t.add(page);
    assertThat(t.lines()).containsExactly("项目\t支出\t", "\t基本\t项目", "机关事业单位养老\t1,234.50\t", "");
    assertThat(t.page(2)).isEqualTo(1);
  }

  @Test
  void twoPanels_areUnfoldedIntoOneColumnOfRows() {
    double[] xs = {0, 60, 160, 220, 280, 380, 440};
    double[] ys = {0, 20, 40, 60};
    List<Glyph> glyphs = new ArrayList<>();
    String[][] rows = {
        {"编码", "科目名称", "决算数", "编码", "科目名称", "决算数"},
        {"301", "工资福利支出", "5.00", "302", "商品和服务支出", "2.00"},
        {"30101", "基本工资", "5.00", "30201", "办公费", "2.00"}};
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < rows[i].length; j++) {
        glyphs.addAll(text(rows[i][j], xs[j] + 2, ys[i] + 15));
      }
    }
    LaidOutText t = new LaidOutText();
    t.add(PageLayouts.of(1, 500, 400, glyphs, lattice(xs, ys), 0));
    assertThat(t.lines()).containsExactly("编码\t科目名称\t决算数", "301\t工资福利支出\t5.00", "30101\t基本工资\t5.00",
        "302\t商品和服务支出\t2.00", "30201\t办公费\t2.00", "");
  }

  @Test
  void tableContinuedOnNextPage_withFewerBoundaries_keepsTheFirstPagesColumns() {
    double[] xs = {0, 40, 80, 200, 300};
    LaidOutText t = new LaidOutText();
    List<Glyph> first = new ArrayList<>(text("支出总表", 100, -20));
    first.addAll(text("201", 2, 15));
    first.addAll(text("01", 42, 15));
    first.addAll(text("行政运行", 82, 15));
    first.addAll(text("9.00", 202, 15));
    t.add(PageLayouts.of(1, 400, 400, first, lattice(xs, new double[] {0, 20}), 0));
    // next page: 合计 spans the code and name columns, so only three boundaries are drawn
    List<Glyph> next = new ArrayList<>(text("2", 190, 395));
    next.addAll(text("合计", 2, 15));
    next.addAll(text("9.00", 202, 15));
    t.add(PageLayouts.of(2, 400, 400, next, lattice(new double[] {0, 200, 300}, new double[] {0, 20}), 0));
    assertThat(t.lines()).contains("合计\t\t\t9.00");
  }

  @Test
  void lastRowAloneOnTheNextPage_isARowOfTheGrid_butNotAfterANote() {
    double[] xs = {0, 40, 80, 200, 300};
    List<Glyph> first = new ArrayList<>(text("201", 2, 15));
    first.addAll(text("01", 42, 15));
    first.addAll(text("行政运行", 82, 15));
    first.addAll(text("9.00", 202, 15));
    // next page: one row without rules, nothing to align its columns with but the grid before
    List<Glyph> next = new ArrayList<>(text("201", 2, 15));
    next.addAll(text("02", 52, 15));
    next.addAll(text("一般行政", 92, 15));
    next.addAll(text("3.00", 222, 15));
    LaidOutText t = new LaidOutText();
    t.add(PageLayouts.of(1, 400, 400, first, lattice(xs, new double[] {0, 20}), 0));
    t.add(PageLayouts.of(2, 400, 400, next, List.of(), 0));
    assertThat(t.lines()).containsSequence("201\t01\t行政运行\t9.00", "", "201\t02\t一般行政\t3.00");
    assertThat(t.inGrid(t.lines().indexOf("201\t02\t一般行政\t3.00"))).isTrue();

    // a note under the grid ends it: the line after is text
    LaidOutText noted = new LaidOutText();
    List<Glyph> withNote = new ArrayList<>(first);
    withNote.addAll(text("注：本表无数据。", 2, 40));
    noted.add(PageLayouts.of(1, 400, 400, withNote, lattice(xs, new double[] {0, 20}), 0));
    noted.add(PageLayouts.of(2, 400, 400, next, List.of(), 0));
    assertThat(noted.lines()).contains("201 02 一般行政 3.00");
  }

  @Test
  void tableContinuedUnderAContinuationMark_keepsTheFirstPagesColumns() {
    double[] xs = {0, 40, 80, 200, 300};
    List<Glyph> first = new ArrayList<>(text("201", 2, 15));
    first.addAll(text("01", 42, 15));
    first.addAll(text("行政运行", 82, 15));
    first.addAll(text("9.00", 202, 15));
    // next page: 续表 over a grid that draws fewer boundaries (合计 spans the code columns)
    List<Glyph> next = new ArrayList<>(text("续表", 2, -10));
    next.addAll(text("合计", 2, 15));
    next.addAll(text("9.00", 202, 15));
    LaidOutText t = new LaidOutText();
    t.add(PageLayouts.of(1, 400, 400, first, lattice(xs, new double[] {0, 20}), 0));
    t.add(PageLayouts.of(2, 400, 400, next, lattice(new double[] {0, 200, 300}, new double[] {0, 20}), 0));
    assertThat(t.lines()).contains("合计\t\t\t9.00");
  }

  @Test
  void pageOfImagesWithoutText_isAScan() {
    LaidOutText t = new LaidOutText();
    t.add(PageLayouts.of(3, 400, 400, List.of(), List.of(), 1));
    t.add(PageLayouts.of(4, 400, 400, List.of(), List.of(), 0));
    assertThat(t.unreadPages()).containsExactly(3);
  }

  @Test
  void textOutsideGrids_isLinesOfRuns() {
    List<Glyph> glyphs = new ArrayList<>(text("单位：万元", 300, 20));
    glyphs.addAll(text("收入决算表", 100, 5));
    PageLayout page = PageLayouts.of(1, 400, 400, glyphs, List.of(), 0);
    assertThat(page.blocks()).extracting(b -> ((TextLine) b).text()).containsExactly("收入决算表", "单位：万元");
  }

  @Test
  void unruledTable_columnsFromAlignedEdges_labelOnlyRowsKept_headerWordsSplitAtColumns() {
    List<Glyph> glyphs = new ArrayList<>(text("编制单位：某局", 0, 10));
    // header words printed 6 points apart, the boundary between their columns (x 195) in the gap
    glyphs.addAll(text("科目", 0, 30));
    glyphs.addAll(text("合计", 170, 30));
    glyphs.addAll(text("基本", 196, 30));
    // amounts flush right at 170 and 230; codes and names flush left at 0 and 40
    glyphs.addAll(text("201", 0, 50));
    glyphs.addAll(text("一般公共服务", 40, 50));
    glyphs.addAll(text("1,505", 120, 50));
    glyphs.addAll(text("39", 210, 50));
    glyphs.addAll(text("四、事业收入", 0, 65));
    glyphs.addAll(text("五、其他收入", 0, 80));
    glyphs.addAll(text("208", 0, 95));
    glyphs.addAll(text("社会保障", 40, 95));
    glyphs.addAll(text("30", 150, 95));
    glyphs.addAll(text("9", 220, 95));
    LaidOutText t = new LaidOutText();
    t.add(PageLayouts.of(1, 400, 400, glyphs, List.of(), 0));
    assertThat(t.lines()).contains("201\t一般公共服务\t1,505\t39", "四、事业收入\t\t\t", "五、其他收入\t\t\t",
        "208\t社会保障\t30\t9");
    assertThat(t.lines()).anySatisfy(l -> assertThat(l).startsWith("科目\t\t合计\t基本"));
  }

  /** One page without rulings, laid out. */
  private static LaidOutText laidOut(List<Glyph> glyphs) {
    LaidOutText t = new LaidOutText();
    t.add(PageLayouts.of(1, 400, 400, glyphs, List.of(), 0));
    return t;
  }

  /** 科目名称 | 合计 | 上年 over one row of amounts, without rules. */
  private static List<Glyph> oneRow() {
    List<Glyph> glyphs = new ArrayList<>(text("科目名称", 0, 10));
    glyphs.addAll(text("合计", 120, 10));
    glyphs.addAll(text("上年", 170, 10));
    glyphs.addAll(text("一般公共服务", 0, 30));
    glyphs.addAll(right("1,505", 150, 30));
    glyphs.addAll(right("5", 200, 30));
    return glyphs;
  }

  /** The {@link #groupedHeaderPage} table continued on a second page printing {@code next}. */
  private static LaidOutText continuedOn(List<Glyph> next) {
    LaidOutText t = new LaidOutText();
    t.add(PageLayouts.of(1, 400, 400, groupedHeaderPage(), List.of(), 0));
    t.add(PageLayouts.of(2, 400, 400, next, List.of(), 0));
    return t;
  }

  /** Glyphs of a text printed flush right against {@code right}. */
  private static List<Glyph> right(String s, double right, double baseline) {
    return text(s, right - s.length() * SIZE, baseline);
  }

  /**
   * A three-line table's page: 科目名称 printed over the whole header's height beside a group 支出
   * centred over 合计 | 基本支出 (wrapped over two lines) | 项目支出, a column no row fills.
   */
  private static List<Glyph> groupedHeaderPage() {
    List<Glyph> glyphs = new ArrayList<>(text("编制单位：某局", 0, 0));
    glyphs.addAll(text("单位：万元", 200, 0));
    // cells centred in their header rows: the group's row, then its children's, two lines high
    glyphs.addAll(text("支出", 165, 13));
    glyphs.addAll(text("科目名称", 46, 29));
    glyphs.addAll(text("合计", 115, 38));
    glyphs.addAll(text("基本", 165, 30));
    glyphs.addAll(text("支出", 165, 42));
    glyphs.addAll(text("项目支出", 205, 38));
    glyphs.addAll(text("一般公共服务", 36, 60));
    glyphs.addAll(right("100", 146, 60));
    glyphs.addAll(right("100", 196, 60));
    glyphs.addAll(text("社会保障", 36, 75));
    glyphs.addAll(right("30", 146, 75));
    glyphs.addAll(right("30", 196, 75));
    return glyphs;
  }

  @Test
  void unruledTable_groupSpansTheColumnsItIsCentredOn_wrappedHeaderIsOneCell_blankColumnKeptByItsHeader() {
    LaidOutText t = laidOut(groupedHeaderPage());
    // the unit line stays text; the header reads as a ruled grid's merged cells do
    assertThat(t.lines()).containsExactly("编制单位：某局 单位：万元", "科目名称\t支出\t\t", "\t合计\t基本支出\t项目支出",
        "一般公共服务\t100\t100\t", "社会保障\t30\t30\t", "");
    assertThat(t.inGrid(0)).isFalse();
  }

  @Test
  void unruledTable_continuedWithoutItsHeader_takesTheEarlierPagesColumns() {
    // next page: rows only, the blank column and the name column's header gone
    List<Glyph> next = new ArrayList<>(text("住房保障", 36, 20));
    next.addAll(right("7", 146, 20));
    next.addAll(right("7", 196, 20));
    next.addAll(text("卫生健康", 36, 35));
    next.addAll(right("12", 146, 35));
    next.addAll(right("2", 196, 35));
    assertThat(continuedOn(next).lines()).contains("住房保障\t7\t7\t", "卫生健康\t12\t2\t");
  }

  @Test
  void unruledTable_continuedWithALabelOnlyRowAtThePagesTop_keepsItAsARow() {
    // next page: a row printing its label only (结转下年), then the last row
    List<Glyph> next = new ArrayList<>(text("结转下年", 36, 20));
    next.addAll(text("支出总计", 36, 35));
    next.addAll(right("130", 146, 35));
    next.addAll(right("130", 196, 35));
    assertThat(continuedOn(next).lines()).contains("结转下年\t\t\t", "支出总计\t130\t130\t");
  }

  @Test
  void unruledTable_continuedWithOneRowWhoseNameWrapsAroundItsAmounts_isOneRow() {
    // next page: the table's one remaining row, its name over two lines, its amounts centred on them
    List<Glyph> next = new ArrayList<>(text("医疗保险基金", 36, 20));
    next.addAll(right("861", 146, 26));
    next.addAll(right("-", 196, 26));
    next.addAll(text("管理中心", 36, 32));
    assertThat(continuedOn(next).lines()).contains("医疗保险基金管理中心\t861\t-\t").doesNotContain("医疗保险基金\t\t\t");
  }

  @Test
  void unruledTable_continuedWithARowOfOneAmountWhoseNameWrapsAroundIt_readsItAsARow() {
    // next page: a row printing one amount, its name over two lines and the amount between them (no
    // line of the row holds two runs), then the last row
    List<Glyph> next = new ArrayList<>(text("二、政府性", 36, 20));
    next.addAll(right("5", 146, 26));
    next.addAll(text("基金", 36, 32));
    next.addAll(text("支出总计", 36, 47));
    next.addAll(right("130", 146, 47));
    next.addAll(right("130", 196, 47));
    assertThat(continuedOn(next).lines()).contains("二、政府性基金\t5\t\t", "支出总计\t130\t130\t")
        .doesNotContain("二、政府性", "5");
  }

  @Test
  void unruledTable_nameColumnsSetCloserThanACharacter_areDividedWhereTheHeaderShowsTwoCells() {
    // 单位名称 | 项目名称 with six points (0.6 of the type size) between a unit's name and its project's
    List<Glyph> glyphs = new ArrayList<>(text("单位名称", 0, 10));
    glyphs.addAll(text("项目名称", 70, 10));
    glyphs.addAll(text("合计", 200, 10));
    glyphs.addAll(text("某局本级", 0, 30));
    glyphs.addAll(text("医疗保障信息化建设", 46, 30));
    glyphs.addAll(right("100", 230, 30));
    glyphs.addAll(text("某局本级", 0, 45));
    glyphs.addAll(text("医保基金监管", 46, 45));
    glyphs.addAll(right("50", 230, 45));
    LaidOutText t = laidOut(glyphs);
    assertThat(t.lines()).containsExactly("单位名称\t项目名称\t合计", "某局本级\t医疗保障信息化建设\t100",
        "某局本级\t医保基金监管\t50", "");
  }

  @Test
  void unruledTable_namesIndentedByLevel_andATotalCentred_areOneNameColumn() {
    // 合计 centred over names printed flush left (类) and indented two and four characters (款, 项)
    List<Glyph> glyphs = new ArrayList<>(text("科目名称", 20, 10));
    glyphs.addAll(text("合计", 150, 10));
    glyphs.addAll(text("合计", 30, 30));
    glyphs.addAll(right("1,505", 190, 30));
    glyphs.addAll(text("一般公共服务", 0, 45));
    glyphs.addAll(right("1,505", 190, 45));
    glyphs.addAll(text("政府办公厅", 20, 60));
    glyphs.addAll(right("1,505", 190, 60));
    glyphs.addAll(text("行政运行", 40, 75));
    glyphs.addAll(right("1,505", 190, 75));
    LaidOutText t = laidOut(glyphs);
    assertThat(t.lines()).containsExactly("科目名称\t合计", "合计\t1,505", "一般公共服务\t1,505", "政府办公厅\t1,505",
        "行政运行\t1,505", "");
  }

  @Test
  void unruledTable_wordsSpacedOutToFillTheirCells_areOneWord() {
    // 项    目 and 合    计 printed a character apart (分散对齐); the split code headers 类 | 款 stay apart
    List<Glyph> glyphs = new ArrayList<>(text("类", 10, 10));
    glyphs.addAll(text("款", 45, 10));
    glyphs.addAll(text("项", 80, 10));
    glyphs.addAll(text("目", 100, 10));
    glyphs.addAll(text("合", 180, 10));
    glyphs.addAll(text("计", 200, 10));
    glyphs.addAll(text("合", 80, 30));
    glyphs.addAll(text("计", 100, 30));
    glyphs.addAll(right("1,505", 210, 30));
    glyphs.addAll(right("201", 30, 45));
    glyphs.addAll(right("03", 60, 45));
    glyphs.addAll(text("政府办公厅", 80, 45));
    glyphs.addAll(right("1,505", 210, 45));
    LaidOutText t = laidOut(glyphs);
    assertThat(t.lines()).containsExactly("类\t款\t项目\t合计", "\t\t合计\t1,505", "201\t03\t政府办公厅\t1,505", "");
  }

  @Test
  void unruledTable_nameWrappedAroundItsAmounts_isOneRow_labelOnlyRowStaysARow() {
    List<Glyph> glyphs = new ArrayList<>(oneRow());
    // a long name wrapped in its narrow cell, the row's amounts centred on its two lines
    glyphs.addAll(text("财政对基本医疗", 0, 44));
    glyphs.addAll(right("861", 150, 50));
    glyphs.addAll(right("-", 200, 50));
    glyphs.addAll(text("保险基金的补助", 0, 56));
    glyphs.addAll(text("其中：", 0, 75));
    glyphs.addAll(text("社会保障", 0, 90));
    glyphs.addAll(right("30", 150, 90));
    glyphs.addAll(right("9", 200, 90));
    LaidOutText t = laidOut(glyphs);
    assertThat(t.lines()).containsExactly("科目名称\t合计\t上年", "一般公共服务\t1,505\t5", "财政对基本医疗保险基金的补助\t861\t-",
        "其中：\t\t", "社会保障\t30\t9", "");
  }

  @Test
  void unruledTable_oneRowOfAmounts_isATable() {
    LaidOutText t = laidOut(oneRow());
    assertThat(t.lines()).containsExactly("科目名称\t合计\t上年", "一般公共服务\t1,505\t5", "");
  }

  @Test
  void prose_quotingAmounts_isText() {
    // numbers a blank's width (3 points) from the words around them, at no shared right edge
    List<Glyph> glyphs = new ArrayList<>(text("年初预算为", 0, 10));
    glyphs.addAll(text("1560.05", 53, 10));
    glyphs.addAll(text("万元，决算为", 126, 10));
    glyphs.addAll(text("支出", 0, 25));
    glyphs.addAll(text("10.00", 23, 25));
    glyphs.addAll(text("万元，增长", 76, 25));
    glyphs.addAll(text("12.5%", 129, 25));
    glyphs.addAll(text("。", 182, 25));
    LaidOutText t = laidOut(glyphs);
    assertThat(t.lines()).containsExactly("年初预算为 1560.05 万元，决算为", "支出 10.00 万元，增长 12.5%。", "");
    assertThat(t.inGrid(0) || t.inGrid(1)).isFalse();
  }

  @Test
  void unruledTable_pageHoldingOnlyItsTotalRow_isATable() {
    List<Glyph> glyphs = new ArrayList<>(text("科目名称", 0, 10));
    glyphs.addAll(text("合计", 120, 10));
    glyphs.addAll(text("合计", 0, 30));
    glyphs.addAll(right("2,013", 150, 30));
    LaidOutText t = laidOut(glyphs);
    assertThat(t.lines()).containsExactly("科目名称\t合计", "合计\t2,013", "");
  }

  @Test
  void unruledTable_labelWithoutAHeaderOverIt_goesUnderTheNearerHeader() {
    // 单位名称 | 项目名称 over a page holding only the 合计 row, printed in the project column
    List<Glyph> glyphs = new ArrayList<>(text("单位名称", 0, 10));
    glyphs.addAll(text("项目名称", 84, 10));
    glyphs.addAll(text("合计", 160, 10));
    glyphs.addAll(text("合计", 60, 30));
    glyphs.addAll(right("480", 190, 30));
    LaidOutText t = laidOut(glyphs);
    assertThat(t.lines()).containsExactly("单位名称\t项目名称\t合计", "\t合计\t480", "");
  }

  /** The texts of a page's text lines. */
  private static List<String> lineTexts(PageLayout page) {
    List<String> out = new ArrayList<>();
    for (Block b : page.blocks()) {
      if (b instanceof TextLine t) {
        out.add(t.text());
      }
    }
    return out;
  }

  @Test
  void furniture_pageNumbersAndRunningHeads_areLeftOut_butNotRepeatedUnitLines() {
    Furniture furniture = new Furniture();
    List<String> first = lineTexts(PageLayouts.of(1, 400, 800, page(1, "某区财政局2024年度部门预算"), List.of(), 0, furniture));
    List<String> second = lineTexts(PageLayouts.of(2, 400, 800, page(2, "某区财政局2024年度部门预算"), List.of(), 0, furniture));

    // the running head is known from the second page on; page numbers at once
    assertThat(first).contains("某区财政局2024年度部门预算").doesNotContain("第1页共9页");
    assertThat(second).doesNotContain("某区财政局2024年度部门预算", "第2页共9页")
        // below the title, the unit line repeated on every page is no furniture
        .contains("单位：元", "部门收支总表");
  }

  @Test
  void furniture_wordsInTheBody_stayEvenWhenTheyRepeat() {
    Furniture furniture = new Furniture();
    List<Glyph> body = new ArrayList<>(text("说明", 20, 400));
    PageLayouts.of(1, 400, 800, body, List.of(), 0, furniture);
    assertThat(lineTexts(PageLayouts.of(2, 400, 800, body, List.of(), 0, furniture))).containsExactly("说明");
    // a lone number in the middle of the page is not a page number
    assertThat(lineTexts(PageLayouts.of(3, 400, 800, text("12", 20, 400), List.of(), 0, furniture)))
        .containsExactly("12");
  }

  /** A page with a running head, a title, a unit line, and 第 N 页 共 9 页 at its foot. */
  private static List<Glyph> page(int n, String head) {
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.addAll(text(head, 40, 30));
    glyphs.addAll(text("部门收支总表", 100, 80));
    glyphs.addAll(text("单位：元", 300, 95));
    glyphs.addAll(text("第" + n + "页共9页", 150, 780));
    return glyphs;
  }

  @Test
  void ruledRowWithoutTopRule_isAOneRowGrid_withItsBlankColumn() {
    // the last row of a table continued at the top of a page: columns ruled, a rule at its foot only
    double[] xs = {0, 60, 200, 260, 320, 380};
    List<Ruling> rulings = new ArrayList<>();
    rulings.add(new Ruling(true, 40, 0, 380));
    for (double x : xs) {
      rulings.add(new Ruling(false, x, 10, 40));
    }
    List<Glyph> glyphs = new ArrayList<>(text("31007", 5, 28));
    glyphs.addAll(text("信息网络", 65, 22));
    glyphs.addAll(text("置更新", 65, 35));
    glyphs.addAll(text("800", 205, 28));
    glyphs.addAll(text("800", 325, 28));

    PageLayout page = PageLayouts.of(1, 400, 400, glyphs, rulings, 0);

    assertThat(page.blocks()).singleElement().isInstanceOfSatisfying(Grid.class, g -> {
      assertThat(g.columns()).isEqualTo(5);
      assertThat(g.rows()).isEqualTo(1);
    });
    // one horizontal line and two verticals are no table (an underline and a box's sides)
    List<Ruling> few = List.of(new Ruling(true, 40, 0, 380), new Ruling(false, 0, 10, 40), new Ruling(false, 380, 10, 40));
    assertThat(PageLayouts.of(1, 400, 400, glyphs, few, 0).blocks()).noneMatch(b -> b instanceof Grid g && g.ruled());
  }
}
