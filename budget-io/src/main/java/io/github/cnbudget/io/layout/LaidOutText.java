package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Pages written as lines of text for the recogniser (版面文本): a grid row becomes one line with its
 * cells separated by tabs (a merged cell's text in its first column, the columns it covers left
 * empty), a text line becomes one line. Each line keeps where it was printed, so what is read from
 * it can name its page and box, and the pieces it was made of (a grid row's cells, a text line's
 * runs) with their own boxes, so that a value read from it can name its cell's box.
 */
public final class LaidOutText {
  private final List<String> lines = new ArrayList<>();
  private final List<Integer> pages = new ArrayList<>();
  private final List<Box> boxes = new ArrayList<>();
  private final List<List<TextRun>> pieces = new ArrayList<>();
  private final List<Integer> unreadPages = new ArrayList<>();
  /** Per page, glyphs without a character (page → count), and characters read as ideographs. */
  private final java.util.Map<Integer, Integer> unmapped = new java.util.TreeMap<>();
  private final java.util.Map<Integer, Integer> unified = new java.util.TreeMap<>();
  private final java.util.BitSet gridLines = new java.util.BitSet();
  /** Column boundaries this close (points) are the same boundary on two pages. */
  private static final double ALIGN = 3;
  /** Words (Chinese characters) between two grids: a title or a note, not page furniture. */
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** A continued table's mark alone (续表, 续表3, 续上表, （续）): no break between a grid and its continuation. */
  private static final Pattern CONTINUED = Pattern.compile("续上?表\\d*[:：]?|[（(]续(?:上?表)?[）)]");
  /** An amount as printed in a run of its own (2,035,100.27, -, 0). */
  private static final Pattern AMOUNT = Pattern.compile("-?[\\d,]*\\d(?:\\.\\d+)?|[-－—]");
  private @Nullable List<Double> previousFrame;
  private int previousSplit = -1;
  private boolean previousRuled;
  private boolean textSincePrevious = true;

  /** Appends one page's blocks. */
  public void add(PageLayout page) {
    if (page.unmapped() > 0) {
      unmapped.put(page.page(), page.unmapped());
    }
    if (page.unified() > 0) {
      unified.put(page.page(), page.unified());
    }
    if (page.isScan()) {
      unreadPages.add(page.page());
      return;
    }
    List<Block> blocks = page.blocks();
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (b instanceof TextLine t && (continuesGrid(t)
          || k == blocks.size() - 1 && k > 0 && blocks.get(k - 1) instanceof Grid g && !g.ruled() && labelRow(t)
          || labelRowBeforeRow(t, blocks, k))) {
        addContinuedRow(t, page.page());
      } else if (b instanceof TextLine t) {
        add(t.text(), page.page(), t.box(), t.runs());
        if (HAN.matcher(t.text()).find() && !isContinuationMark(t.text())) {
          textSincePrevious = true;
        }
      } else if (b instanceof Grid g) {
        addGrid(g, page.page());
      }
    }
    add("", page.page(), new Box(0, page.height(), page.width(), page.height()), List.of());
  }

  private void addGrid(Grid g, int page) {
    List<Double> frame = g.columnEdges();
    int[] columnOf = null;
    int split = -1;
    if (previousFrame != null && !textSincePrevious) {
      // a grid right after another, with only page furniture between: the same table continued
      // on the next page, perhaps with some column boundaries left out (a 合计 row spanning the
      // code columns); its columns are the earlier grid's
      columnOf = align(g.columnEdges(), previousFrame);
      if (columnOf == null && !g.ruled() && !previousRuled) {
        // a table without rules continued without its header: its boundaries are where its text
        // happens to end, so each column goes where its text stands in the earlier grid's columns
        columnOf = place(g, previousFrame);
      }
      if (columnOf != null) {
        frame = previousFrame;
        split = previousSplit;
      }
    }
    int width = frame.size() - 1;
    String[][] rows = new String[g.rows()][];
    Box[][] cellBoxes = new Box[g.rows()][];
    Box[][] tops = new Box[g.rows()][];
    for (GridCell c : g.cells()) {
      int column = columnOf == null ? c.column() : columnOf[c.column()];
      if (rows[c.row()] == null) {
        rows[c.row()] = new String[width];
        cellBoxes[c.row()] = new Box[width];
        tops[c.row()] = new Box[width];
      }
      // a tab or line break inside a cell would split it: cells are one field each
      rows[c.row()][column] = c.text().replace('\t', ' ').replace('\n', ' ');
      cellBoxes[c.row()][column] = c.box();
      // a cell merged over rows counts for its first row's band only
      tops[c.row()][column] = new Box(c.box().x0(), c.box().y0(), c.box().x1(), c.box().y0() + c.box().height() / c.rowSpan());
    }
    if (split < 0) {
      split = panelSplit(rows, width);
    }
    if (split > 0) {
      // two panels of one table side by side (the basic-expenditure table's 301|302 halves):
      // the left panel's rows, then the right panel's, each under the one header
      for (int i = 0; i < rows.length; i++) {
        emit(rows[i], cellBoxes[i], tops[i], 0, split, page);
      }
      for (int i = 0; i < rows.length; i++) {
        if (rows[i] != null && !sameHalves(rows[i], split)) {
          emit(rows[i], cellBoxes[i], tops[i], split, width, page);
        }
      }
    } else {
      for (int i = 0; i < rows.length; i++) {
        emit(rows[i], cellBoxes[i], tops[i], 0, width, page);
      }
    }
    previousFrame = frame;
    previousRuled = g.ruled();
    previousSplit = split;
    textSincePrevious = false;
  }

  /**
   * Whether a line of text is one more row of the grid before it: printed right after the grid (only
   * page furniture between, as at the top of the next page), with a name and amounts in runs of
   * their own. Alone on its page, a table's last row has no other line to align its columns with.
   */
  private boolean continuesGrid(TextLine t) {
    if (previousFrame == null || textSincePrevious || t.runs().size() < 2) {
      return false;
    }
    boolean name = false;
    boolean amount = false;
    for (TextRun r : t.runs()) {
      if (AMOUNT.matcher(r.text()).matches()) {
        amount = true;
      } else if (HAN.matcher(r.text()).find()) {
        name = true;
      }
    }
    return name && amount && placeRuns(t, previousFrame) != null;
  }

  /**
   * Whether the last line of a page, right below a grid printed without rules, is that grid's last
   * row printing a label only (二、政府性基金预算拨款 with no amount): one run of words inside one of the
   * grid's columns. Taken for text, it would part the grid from its continuation on the next page.
   */
  private boolean labelRow(TextLine t) {
    if (previousFrame == null || t.runs().size() != 1 || !HAN.matcher(t.text()).find()) {
      return false;
    }
    List<Double> frame = previousFrame;
    Box b = t.box();
    int j = columnAt((b.x0() + b.x1()) / 2, frame);
    return b.x0() >= frame.get(j) - ALIGN && b.x1() <= frame.get(j + 1) + ALIGN;
  }

  /**
   * Whether a line printing a label only (结转下年 with no amount) is a row of the grid before: set
   * within one of its columns right after it (at the top of the next page) and followed by a line
   * that continues it. Taken for text, it would part the grid from the rows after it.
   */
  private boolean labelRowBeforeRow(TextLine t, List<Block> blocks, int k) {
    return !textSincePrevious && k + 1 < blocks.size() && blocks.get(k + 1) instanceof TextLine next
        && labelRow(t) && continuesGrid(next);
  }

  /** A row of the grid before, each run in the column where it stands among that grid's columns. */
  private void addContinuedRow(TextLine t, int page) {
    List<Double> frame = java.util.Objects.requireNonNull(previousFrame);
    int[] at = java.util.Objects.requireNonNull(placeRuns(t, frame));
    String[] row = new String[frame.size() - 1];
    Box[] cellBoxes = new Box[row.length];
    for (int i = 0; i < at.length; i++) {
      row[at[i]] = t.runs().get(i).text();
      cellBoxes[at[i]] = t.runs().get(i).box();
    }
    if (previousSplit > 0) {
      emit(row, cellBoxes, cellBoxes, 0, previousSplit, page);
      emit(row, cellBoxes, cellBoxes, previousSplit, row.length, page);
    } else {
      emit(row, cellBoxes, cellBoxes, 0, row.length, page);
    }
  }

  /** The column of each run by the middle of its text, each further right than the one before; else null. */
  private static int @Nullable [] placeRuns(TextLine t, List<Double> frame) {
    int[] at = new int[t.runs().size()];
    int previous = -1;
    for (int i = 0; i < at.length; i++) {
      Box b = t.runs().get(i).box();
      at[i] = columnAt((b.x0() + b.x1()) / 2, frame);
      if (at[i] <= previous) {
        return null;
      }
      previous = at[i];
    }
    return at;
  }

  /**
   * The column of an earlier grid's frame holding an x position. The frame's outer boundaries are
   * where its own text happened to begin and end: a position left of the first (a code printed
   * flush left under a centred 类) is in the first column, one right of the last in the last.
   */
  private static int columnAt(double x, List<Double> frame) {
    if (x < frame.get(0)) {
      return 0;
    }
    for (int j = 0; j + 1 < frame.size(); j++) {
      if (x >= frame.get(j) && x < frame.get(j + 1)) {
        return j;
      }
    }
    return frame.size() - 2;
  }

  /**
   * Where a grid's columns fall in an earlier grid's: each boundary of the later grid is one of
   * the earlier grid's (within a few points), else null.
   */
  private static int @Nullable [] align(List<Double> edges, List<Double> frame) {
    int[] at = new int[edges.size()];
    for (int i = 0; i < edges.size(); i++) {
      at[i] = -1;
      for (int j = 0; j < frame.size(); j++) {
        if (Math.abs(edges.get(i) - frame.get(j)) <= ALIGN) {
          at[i] = j;
          break;
        }
      }
      if (at[i] < 0 || i > 0 && at[i] <= at[i - 1]) {
        return null;
      }
    }
    return java.util.Arrays.copyOf(at, edges.size() - 1);
  }

  /**
   * Where the columns of a grid without rules fall in an earlier grid's: the column whose
   * boundaries hold the middle of its one-column cells' text, each later column further right than
   * the one before; null when they do not fit.
   */
  private static int @Nullable [] place(Grid g, List<Double> frame) {
    int[] at = new int[g.columns()];
    int previous = -1;
    for (int c = 0; c < g.columns(); c++) {
      double x0 = Double.MAX_VALUE;
      double x1 = -Double.MAX_VALUE;
      for (GridCell cell : g.cells()) {
        if (cell.column() == c && cell.columnSpan() == 1) {
          x0 = Math.min(x0, cell.box().x0());
          x1 = Math.max(x1, cell.box().x1());
        }
      }
      double middle = x0 <= x1 ? (x0 + x1) / 2 : (g.columnEdges().get(c) + g.columnEdges().get(c + 1)) / 2;
      at[c] = columnAt(middle, frame);
      if (at[c] <= previous) {
        return null;
      }
      previous = at[c];
    }
    return at;
  }

  /**
   * The column where a second panel starts: the first row holding text reads the same twice side
   * by side (经济分类科目编码 科目名称 决算数 | 经济分类科目编码 科目名称 决算数); -1 when it does not.
   */
  private static int panelSplit(String[][] rows, int width) {
    for (String[] row : rows) {
      if (row == null) {
        continue;
      }
      if (width % 2 != 0 || width < 4) {
        return -1;
      }
      int half = width / 2;
      int filled = 0;
      for (int j = 0; j < half; j++) {
        if (row[j] != null && !row[j].isBlank()) {
          filled++;
        }
      }
      return filled >= 2 && sameHalves(row, half) ? half : -1;
    }
    return -1;
  }

  private static boolean sameHalves(String[] row, int half) {
    for (int j = 0; j < half; j++) {
      String a = row[j] == null ? "" : row[j];
      String b = j + half < row.length && row[j + half] != null ? row[j + half] : "";
      if (!a.equals(b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * One line from the columns {@code from} to {@code to} of a row (a whole row, or one panel of
   * it); its box is the band of those cells (a merged cell's first row only).
   */
  private void emit(String @Nullable [] row, Box @Nullable [] cellBoxes, Box @Nullable [] tops, int from, int to,
      int page) {
    if (row == null || cellBoxes == null || tops == null) {
      return;
    }
    StringBuilder b = new StringBuilder();
    List<TextRun> cells = new ArrayList<>();
    Box band = null;
    for (int i = from; i < to; i++) {
      if (i > from) {
        b.append('\t');
      }
      Box cellBox = cellBoxes[i];
      Box top = tops[i];
      if (row[i] != null && cellBox != null && top != null) {
        b.append(row[i]);
        cells.add(new TextRun(row[i], cellBox));
        band = band == null ? top : band.union(top);
      }
    }
    if (band != null) {
      gridLines.set(lines.size());
      add(b.toString(), page, band, cells);
    }
  }

  private void add(String line, int page, Box box, List<TextRun> linePieces) {
    lines.add(line);
    pages.add(page);
    boxes.add(box);
    // text and box only: a run's glyphs are the page's to hold, not the document's
    List<TextRun> kept = new ArrayList<>(linePieces.size());
    for (TextRun r : linePieces) {
      kept.add(r.glyphs().isEmpty() ? r : new TextRun(r.text(), r.box()));
    }
    pieces.add(List.copyOf(kept));
  }

  /** The lines, in page order. */
  public List<String> lines() {
    return java.util.Collections.unmodifiableList(lines);
  }

  /** The one-based page of the line at a zero-based index. */
  public int page(int index) {
    return pages.get(index);
  }

  /** The box of the line at a zero-based index. */
  public Box box(int index) {
    return boxes.get(index);
  }

  /**
   * What the line at a zero-based index was made of, left to right, each with its own box: a grid
   * row's cells that hold text, or a text line's runs.
   *
   * @param index the line's index
   * @return the pieces (none for the blank line closing a page)
   */
  public List<TextRun> pieces(int index) {
    return pieces.get(index);
  }

  /**
   * Whether the line at a zero-based index is a row of a grid (else a line of text outside tables).
   *
   * @param index the line's index
   * @return true for a grid row
   */
  public boolean inGrid(int index) {
    return gridLines.get(index);
  }

  /** Pages with no text layer (scans), not read. */
  public List<Integer> unreadPages() {
    return List.copyOf(unreadPages);
  }

  /** Pages showing glyphs whose characters the file does not give: page → how many. */
  public java.util.Map<Integer, Integer> unmappedGlyphs() {
    return java.util.Collections.unmodifiableMap(unmapped);
  }

  /** Pages printing characters under radical or compatibility code points: page → how many. */
  public java.util.Map<Integer, Integer> unifiedCharacters() {
    return java.util.Collections.unmodifiableMap(unified);
  }

  /**
   * Whether a text is a continued table's mark alone (续表, 续表3, 续上表, （续）), blanks aside: the
   * table goes on, in a PDF's pages and in the recogniser alike.
   *
   * @param text a line's text
   * @return true for a continuation mark
   */
  public static boolean isContinuationMark(String text) {
    return CONTINUED.matcher(text.replaceAll("[\\s\\u3000]+", "")).matches();
  }
}
