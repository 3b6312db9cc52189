package io.github.cnbudget.testkit;

import io.github.cnbudget.model.Disclosure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Renders a disclosure's tables to PDF (公开表格的PDF排版), the way published 部门预算/部门决算 PDFs
 * print them, in several layouts, so that a PDF reader can be tested on documents whose every cell is
 * known: render a generated {@link Disclosure}, read the PDF back, compare.
 *
 * <h2>What is printed</h2>
 * On page 1 a document header (department name, year and stage words: {@code 某市财政局2024年部门预算}).
 * Then, for each table in order: its number when present ({@code 公开01表}, {@code 表3}), its title, a unit
 * line ({@code 编制单位：} issuer on the left, {@code 单位：元} or {@code 单位：万元} on the right: the table's own
 * unit, else the document's), a header (several levels where the model's column headers have groups,
 * a group spanning its columns), then one printed line per row: the code (whole, or split into
 * 类|款|项 columns), the label, and each amount cell's {@link io.github.cnbudget.model.table.Cell#printed()
 * printed text}, stripped and right-aligned (blank cells print nothing). An empty table prints its
 * header and its empty statement (本表无数据). Table notes follow the table, and with
 * {@link Options#withNarrative} a short paragraph of prose that quotes the table's first amount
 * (a reader must not take it for a row). The document's own notes end the document.
 *
 * <p>Rows of a {@link io.github.cnbudget.model.table.RowKind#PROJECT} table print their unit in a
 * 单位名称 column before the project name; code rows print their code and catalog name; every other row
 * prints its label in the name column.
 *
 * <p>The font is a subset of WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0) bundled with the testkit,
 * embedded as a subset, so the output needs nothing installed and extracts to Unicode text. Output
 * is deterministic: a fixed creation date and a document ID derived from the document and the
 * options, so the same document and options give the same bytes. Immutable and thread-safe.
 */
public final class PdfRenderer {
  private static final String FONT = "wqy-microhei-subset.ttf";
  private static volatile byte @org.jspecify.annotations.Nullable [] fontBytes;

  private final Options options;

  private PdfRenderer(Options options) {
    this.options = options;
  }

  /**
   * A renderer with the given layout.
   *
   * @param options the layout options
   * @return the renderer
   */
  public static PdfRenderer of(Options options) {
    return new PdfRenderer(Objects.requireNonNull(options, "options"));
  }

  /**
   * A renderer with {@link Options#defaults()}.
   *
   * @return the renderer
   */
  public static PdfRenderer defaults() {
    return of(Options.defaults());
  }

  /**
   * The layout options.
   *
   * @return the options
   */
  public Options options() {
    return options;
  }

  /**
   * Renders a disclosure to PDF bytes.
   *
   * @param disclosure the document
   * @return the PDF file's bytes
   * @throws UncheckedIOException when PDFBox fails to write the document
   * @throws IllegalArgumentException when a text has a character the bundled font lacks (extend
   *     {@code src/main/font/charset.py} and run {@code subset.sh})
   */
  public byte[] render(Disclosure disclosure) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      render(disclosure, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + disclosure.department().name(), e);
    }
    return out.toByteArray();
  }

  /**
   * Renders a disclosure to PDF, written to a stream (left open).
   *
   * @param disclosure the document
   * @param out where the PDF file's bytes go
   * @throws IOException when PDFBox or the stream fails
   * @throws IllegalArgumentException when a text has a character the bundled font lacks
   */
  public void render(Disclosure disclosure, OutputStream out) throws IOException {
    Objects.requireNonNull(disclosure, "disclosure");
    Objects.requireNonNull(out, "out");
    new PdfLayout(options, fontBytes()).write(disclosure, out);
  }

  /** The bundled font's bytes, read once: PDFBox parses a copy per document it embeds the font in. */
  static byte[] fontBytes() {
    byte[] b = fontBytes;
    if (b == null) {
      try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IllegalStateException("bundled font " + FONT + " missing from the jar");
        }
        b = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled font " + FONT, e);
      }
      fontBytes = b;
    }
    return b;
  }

  /** How table rules are drawn (表格线). */
  public enum Ruling {
    /** Every cell bordered with stroked line segments (the default). */
    LINES,
    /** Every cell bordered, each rule a thin filled rectangle, as spreadsheet exports draw them. */
    RECTANGLES,
    /** Only horizontal rules above and below the header and under the table (三线表). */
    HORIZONTAL,
    /** No rules at all: columns are known only by the alignment of their text. */
    NONE
  }

  /** How a classification code is printed (科目编码). */
  public enum CodeStyle {
    /** The whole code in one 科目编码 column, {@code 2101501} (the default). */
    WHOLE,
    /** One column per level under a 科目编码 group: 类 {@code 210} | 款 {@code 15} | 项 {@code 01}. */
    SPLIT
  }

  /** Page orientation (A4). */
  public enum Orientation {
    /** A4 upright (the default). */
    PORTRAIT,
    /** A4 on its side. */
    LANDSCAPE
  }

  /** How the two sides of 收支总表 and 财政拨款收支总表 are laid out. */
  public enum SummaryLayout {
    /**
     * 收入 lanes on the left and 支出 lanes on the right of the same lines (the default), the rows of
     * each side paired in order, with 本年收入合计 level with 本年支出合计 and the grand totals level.
     */
    SIDE_BY_SIDE,
    /** One column set; the income rows, then the expenditure rows, each filling its own columns. */
    STACKED
  }

  /**
   * The layout (版式) a {@link PdfRenderer} prints: an immutable "mutant factory" ({@code withX} returns
   * a changed copy). Thread-safe.
   */
  public static final class Options {
    private final Ruling ruling;
    private final boolean headerRepeated;
    private final boolean tablesOnNewPages;
    private final boolean twoPanelBasic;
    private final SummaryLayout summaryLayout;
    private final boolean namesWrapped;
    private final CodeStyle codeStyle;
    private final Orientation orientation;
    private final int rowsPerPage;
    private final boolean narrative;
    private final boolean pageFurniture;
    private final boolean overprinted;

    private Options(Ruling ruling, boolean headerRepeated, boolean tablesOnNewPages, boolean twoPanelBasic,
        SummaryLayout summaryLayout, boolean namesWrapped, CodeStyle codeStyle, Orientation orientation,
        int rowsPerPage, boolean narrative, boolean pageFurniture, boolean overprinted) {
      this.ruling = ruling;
      this.headerRepeated = headerRepeated;
      this.tablesOnNewPages = tablesOnNewPages;
      this.twoPanelBasic = twoPanelBasic;
      this.summaryLayout = summaryLayout;
      this.namesWrapped = namesWrapped;
      this.codeStyle = codeStyle;
      this.orientation = orientation;
      this.rowsPerPage = rowsPerPage;
      this.narrative = narrative;
      this.pageFurniture = pageFurniture;
      this.overprinted = overprinted;
    }

    /**
     * The defaults: {@link Ruling#LINES}, header repeated after a page break, each table on a new page,
     * one panel, {@link SummaryLayout#SIDE_BY_SIDE}, names on one line, {@link CodeStyle#WHOLE},
     * {@link Orientation#PORTRAIT}, as many rows per page as fit, narrative on, no page furniture, nothing overprinted.
     *
     * @return the default options
     */
    public static Options defaults() {
      return new Options(Ruling.LINES, true, true, false, SummaryLayout.SIDE_BY_SIDE, false, CodeStyle.WHOLE,
          Orientation.PORTRAIT, 0, true, false, false);
    }

    /**
     * Every combination of options, uniformly; a row limit of none or 6–40 rows per page.
     *
     * @return the generator
     */
    public static Gen<Options> all() {
      return r -> new Options(Gen.oneOf(Ruling.values()).generate(r), r.nextBoolean(), r.nextBoolean(),
          r.nextBoolean(), Gen.oneOf(SummaryLayout.values()).generate(r), r.nextBoolean(),
          Gen.oneOf(CodeStyle.values()).generate(r), Gen.oneOf(Orientation.values()).generate(r),
          r.nextBoolean() ? 0 : 6 + r.nextInt(35), r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
    }

    /**
     * How rules are drawn.
     *
     * @param r the ruling
     * @return changed options
     */
    public Options withRuling(Ruling r) {
      return new Options(Objects.requireNonNull(r), headerRepeated, tablesOnNewPages, twoPanelBasic, summaryLayout,
          namesWrapped, codeStyle, orientation, rowsPerPage, narrative, pageFurniture, overprinted);
    }

    /**
     * Whether a table broken over pages prints its header again at the top of each continuation page
     * (续表表头).
     *
     * @param on true to repeat the header
     * @return changed options
     */
    public Options withHeaderRepeated(boolean on) {
      return new Options(ruling, on, tablesOnNewPages, twoPanelBasic, summaryLayout, namesWrapped, codeStyle,
          orientation, rowsPerPage, narrative, pageFurniture, overprinted);
    }

    /**
     * Whether each table starts on a new page (the first below the document header on page 1); when
     * off, a table follows the previous one on the same page if its title, header and first row fit.
     *
     * @param on true to start every table on a new page
     * @return changed options
     */
    public Options withTablesOnNewPages(boolean on) {
      return new Options(ruling, headerRepeated, on, twoPanelBasic, summaryLayout, namesWrapped, codeStyle,
          orientation, rowsPerPage, narrative, pageFurniture, overprinted);
    }

    /**
     * Whether 一般公共预算基本支出表 is printed as two panels side by side (双栏), each with the full
     * header: its rows run down the left panel and continue at the top of the right one, split at the
     * economic 类 nearest the middle.
     *
     * @param on true for two panels
     * @return changed options
     */
    public Options withTwoPanelBasic(boolean on) {
      return new Options(ruling, headerRepeated, tablesOnNewPages, on, summaryLayout, namesWrapped, codeStyle,
          orientation, rowsPerPage, narrative, pageFurniture, overprinted);
    }

    /**
     * How the two-sided summaries are laid out.
     *
     * @param layout side by side or stacked
     * @return changed options
     */
    public Options withSummaryLayout(SummaryLayout layout) {
      return new Options(ruling, headerRepeated, tablesOnNewPages, twoPanelBasic, Objects.requireNonNull(layout),
          namesWrapped, codeStyle, orientation, rowsPerPage, narrative, pageFurniture, overprinted);
    }

    /**
     * Whether the name column is narrow, so that long names wrap over two lines inside their cell
     * (折行) while the row's other cells are centred on the two lines; when off, the column is as wide
     * as the longest name.
     *
     * @param on true to wrap long names
     * @return changed options
     */
    public Options withNamesWrapped(boolean on) {
      return new Options(ruling, headerRepeated, tablesOnNewPages, twoPanelBasic, summaryLayout, on, codeStyle,
          orientation, rowsPerPage, narrative, pageFurniture, overprinted);
    }

    /**
     * How codes are printed.
     *
     * @param style whole or split into levels
     * @return changed options
     */
    public Options withCodeStyle(CodeStyle style) {
      return new Options(ruling, headerRepeated, tablesOnNewPages, twoPanelBasic, summaryLayout, namesWrapped,
          Objects.requireNonNull(style), orientation, rowsPerPage, narrative, pageFurniture, overprinted);
    }

    /**
     * The page orientation.
     *
     * @param o portrait or landscape
     * @return changed options
     */
    public Options withOrientation(Orientation o) {
      return new Options(ruling, headerRepeated, tablesOnNewPages, twoPanelBasic, summaryLayout, namesWrapped,
          codeStyle, Objects.requireNonNull(o), rowsPerPage, narrative, pageFurniture, overprinted);
    }

    /**
     * At most this many table lines on a page, so that tables break over pages even when short; 0 for
     * as many as fit.
     *
     * @param n 0, or the largest number of lines per page (1 or more)
     * @return changed options
     */
    public Options withRowsPerPage(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("rows per page must be 0 or positive: " + n);
      }
      return new Options(ruling, headerRepeated, tablesOnNewPages, twoPanelBasic, summaryLayout, namesWrapped,
          codeStyle, orientation, n, narrative, pageFurniture, overprinted);
    }

    /**
     * Whether a short paragraph of prose follows each table (说明).
     *
     * @param on true to print it
     * @return changed options
     */
    public Options withNarrative(boolean on) {
      return new Options(ruling, headerRepeated, tablesOnNewPages, twoPanelBasic, summaryLayout, namesWrapped,
          codeStyle, orientation, rowsPerPage, on, pageFurniture, overprinted);
    }

    /**
     * Whether every page prints furniture (页眉页脚): the document's name as a running head above the
     * body and 第 N 页 共 M 页 below it.
     *
     * @param on true to print them
     * @return changed options
     */
    public Options withPageFurniture(boolean on) {
      return new Options(ruling, headerRepeated, tablesOnNewPages, twoPanelBasic, summaryLayout, namesWrapped,
          codeStyle, orientation, rowsPerPage, narrative, on, overprinted);
    }

    /**
     * Whether every text is printed twice, the second time half a point to the right: how tools
     * without a bold face embolden text (加粗), and what a reader must take as one character.
     *
     * @param on true to overprint
     * @return changed options
     */
    public Options withOverprinted(boolean on) {
      return new Options(ruling, headerRepeated, tablesOnNewPages, twoPanelBasic, summaryLayout, namesWrapped,
          codeStyle, orientation, rowsPerPage, narrative, pageFurniture, on);
    }

    /**
     * Whether every text is printed twice (emboldened).
     *
     * @return true when overprinted
     */
    public boolean isOverprinted() {
      return overprinted;
    }

    /**
     * How rules are drawn.
     *
     * @return the ruling
     */
    public Ruling ruling() {
      return ruling;
    }

    /**
     * Whether the header is repeated after a page break.
     *
     * @return true when repeated
     */
    public boolean isHeaderRepeated() {
      return headerRepeated;
    }

    /**
     * Whether each table starts on a new page.
     *
     * @return true when it does
     */
    public boolean isTablesOnNewPages() {
      return tablesOnNewPages;
    }

    /**
     * Whether 一般公共预算基本支出表 is printed in two panels.
     *
     * @return true for two panels
     */
    public boolean isTwoPanelBasic() {
      return twoPanelBasic;
    }

    /**
     * How the two-sided summaries are laid out.
     *
     * @return the layout
     */
    public SummaryLayout summaryLayout() {
      return summaryLayout;
    }

    /**
     * Whether long names wrap over two lines.
     *
     * @return true when they wrap
     */
    public boolean isNamesWrapped() {
      return namesWrapped;
    }

    /**
     * How codes are printed.
     *
     * @return the style
     */
    public CodeStyle codeStyle() {
      return codeStyle;
    }

    /**
     * The page orientation.
     *
     * @return the orientation
     */
    public Orientation orientation() {
      return orientation;
    }

    /**
     * The most table lines on a page, 0 for as many as fit.
     *
     * @return the limit
     */
    public int rowsPerPage() {
      return rowsPerPage;
    }

    /**
     * Whether prose follows each table.
     *
     * @return true when it does
     */
    public boolean isNarrative() {
      return narrative;
    }

    /**
     * Whether pages print a running head and page numbers.
     *
     * @return true when they do
     */
    public boolean isPageFurniture() {
      return pageFurniture;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Options && toString().equals(o.toString());
    }

    @Override
    public int hashCode() {
      return toString().hashCode();
    }

    @Override
    public String toString() {
      return "Options[ruling=" + ruling + ", headerRepeated=" + headerRepeated + ", tablesOnNewPages="
          + tablesOnNewPages + ", twoPanelBasic=" + twoPanelBasic + ", summaryLayout=" + summaryLayout
          + ", namesWrapped=" + namesWrapped + ", codeStyle=" + codeStyle + ", orientation=" + orientation
          + ", rowsPerPage=" + rowsPerPage + ", narrative=" + narrative + ", pageFurniture=" + pageFurniture
          + ", overprinted=" + overprinted + "]";
    }
  }
}
