package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The header of a table printed without ruling lines (无线表格表头), read from the lines above its
 * body: header words printed close together are split where the page leaves a gap between glyphs;
 * a cell wrapped over lines set at the font's leading is one cell; a cell with nothing below it
 * that stands over no column of the body is a column left blank in every row; a cell printed over
 * other cells is a group spanning the columns it is centred on; each cell sits in the header row of
 * its depth (how many groups are above it), as a ruled grid's merged header cells do.
 */
final class AlignedHeader {
  /** A gap between glyphs wider than this share of the type size separates two header words. */
  private static final double WORD_GAP = 0.15;
  /** Header cells whose middles are this many type sizes apart are in one band. */
  private static final double BAND = 0.3;
  /** A group's words are centred on its columns within this many type sizes. */
  private static final double CENTRED = 0.5;

  private final List<Cell> cells;
  private int[] depths = new int[0];
  private int rows;

  private AlignedHeader(List<Cell> cells) {
    this.cells = cells;
  }

  /** A header cell: pieces of header words, a wrapped cell's lines top to bottom. */
  private static final class Cell {
    final List<TextRun> pieces = new ArrayList<>();
    Box box;
    double size;
    int first = -1;
    int last = -1;
    boolean group;

    Cell(TextRun piece, double size) {
      pieces.add(piece);
      this.box = piece.box();
      this.size = size;
    }

    TextRun lastPiece() {
      return pieces.get(pieces.size() - 1);
    }
  }

  /** Reads the header lines (top to bottom) of a table whose body is set in type of {@code size}. */
  static AlignedHeader read(List<TextLine> lines, double size) {
    return new AlignedHeader(headerCells(lines, size));
  }

  /** The boxes of the header's cells that head one column each (no group over others). */
  List<Box> leafBoxes() {
    List<Box> out = new ArrayList<>();
    for (Cell c : cells) {
      if (!c.group) {
        out.add(c.box);
      }
    }
    return out;
  }

  /** Adds to the body's columns those that only a header shows (blank in every row). */
  void addColumns(List<double[]> columns) {
    addHeaderColumns(columns, cells);
  }

  /** Gives each cell its columns and its header row. */
  void place(List<double[]> columns) {
    spans(cells, columns);
    depths = new int[cells.size()];
    rows = 0;
    for (int a = 0; a < cells.size(); a++) {
      Cell c = cells.get(a);
      for (Cell g : cells) {
        boolean above = g.box.y1() <= c.box.y0() + Alignment.ALIGN;
        if (g != c && g.group && g.first <= c.first && g.last >= c.first && above) {
          depths[a]++;
        }
      }
      rows = Math.max(rows, depths[a] + 1);
    }
  }

  /** How many header rows the grid has (0 without a header). */
  int rows() {
    return rows;
  }

  /** The header's grid cells, each in the row of its depth and its first column. */
  List<GridCell> cells() {
    List<GridCell> out = new ArrayList<>();
    for (int a = 0; a < cells.size(); a++) {
      Cell c = cells.get(a);
      out.add(new GridCell(depths[a], c.first, 1, c.last - c.first + 1, Alignment.cellText(c.pieces), c.box));
    }
    return out;
  }

  /** The top edges of the header rows, top to bottom. */
  List<Double> rowEdges() {
    List<Double> edges = new ArrayList<>();
    if (rows == 0) {
      return edges;
    }
    double top = Double.MAX_VALUE;
    for (Cell c : cells) {
      top = Math.min(top, c.box.y0());
    }
    edges.add(top);
    for (int r = 1; r < rows; r++) {
      double y = Double.MAX_VALUE;
      for (int a = 0; a < cells.size(); a++) {
        if (depths[a] == r) {
          y = Math.min(y, cells.get(a).box.y0());
        }
      }
      edges.add(Math.max(edges.get(edges.size() - 1), y == Double.MAX_VALUE ? top : y));
    }
    return edges;
  }

  /** Where the header is printed; null without one. */
  @Nullable Box box() {
    Box box = null;
    for (Cell c : cells) {
      box = box == null ? c.box : box.union(c.box);
    }
    return box;
  }

  /**
   * The header's cells: its runs cut into words where the page leaves a gap between glyphs (header
   * words of neighbouring columns printed close together), and the words of a cell wrapped over
   * lines set at the font's leading joined, top to bottom.
   */
  private static List<Cell> headerCells(List<TextLine> lines, double size) {
    List<Cell> cells = new ArrayList<>();
    for (TextLine l : lines) {
      for (TextRun r : l.runs()) {
        for (TextRun piece : words(r)) {
          Cell into = null;
          double closest = Double.MAX_VALUE;
          for (Cell c : cells) {
            double distance = piece.box().y1() - c.lastPiece().box().y1();
            if (distance > 0 && distance < Alignment.WRAP * size && distance < closest
                && Alignment.overlap(piece.box(), c.lastPiece().box()) > 0) {
              closest = distance;
              into = c;
            }
          }
          if (into == null) {
            cells.add(new Cell(piece, size));
          } else {
            into.pieces.add(piece);
            into.box = into.box.union(piece.box());
          }
        }
      }
    }
    // a cell with other cells printed below it is a group over them
    for (Cell c : cells) {
      for (Cell o : cells) {
        if (o != c && o.box.y0() >= c.box.y1() - Alignment.OVERLAP && Alignment.overlap(o.box, c.box) > 0) {
          c.group = true;
        }
      }
    }
    return cells;
  }

  /** A run cut where two of its glyphs leave a gap wider than {@link #WORD_GAP}. */
  private static List<TextRun> words(TextRun r) {
    List<Glyph> gs = r.glyphs();
    if (Lines.isSpacedWord(r)) {
      // 项    目 spaced out to fill its cell is one word
      return List.of(r);
    }
    List<TextRun> out = new ArrayList<>();
    int from = 0;
    for (int k = 1; k < gs.size(); k++) {
      double gap = gs.get(k).box().x0() - gs.get(k - 1).box().x1();
      if (gap > WORD_GAP * Math.max(gs.get(k).size(), gs.get(k - 1).size())) {
        out.add(Alignment.piece(gs.subList(from, k)));
        from = k;
      }
    }
    if (from == 0) {
      return List.of(r);
    }
    out.add(Alignment.piece(gs.subList(from, gs.size())));
    return out;
  }

  /**
   * Columns for header cells with nothing below them (leaf headers) that stand over no column of
   * amounts or words: a column blank in every row, kept at its header's extent.
   */
  private static void addHeaderColumns(List<double[]> columns, List<Cell> header) {
    boolean[] headed = new boolean[columns.size()];
    List<Cell> orphans = new ArrayList<>();
    for (Cell c : header) {
      if (c.group) {
        continue;
      }
      boolean over = false;
      for (int k = 0; k < columns.size(); k++) {
        if (Alignment.overlap(c.box, columns.get(k)) > 0) {
          over = true;
          headed[k] = true;
        }
      }
      if (!over) {
        orphans.add(c);
      }
    }
    // a header beside a column that has none (a short code flush left under a centred 类) is that
    // column's; of two such headers, the one closer to it; a header between
    // two headed columns stands over a column left blank in every row
    Cell[] claim = new Cell[columns.size()];
    List<Cell> unplaced = new ArrayList<>();
    for (Cell c : orphans) {
      int left = -1;
      int right = -1;
      for (int k = 0; k < columns.size(); k++) {
        if (columns.get(k)[1] <= c.box.x0()) {
          left = k;
        } else if (right < 0 && columns.get(k)[0] >= c.box.x1()) {
          right = k;
        }
      }
      double toLeft = left < 0 || headed[left] ? Double.MAX_VALUE : c.box.x0() - columns.get(left)[1];
      double toRight = right < 0 || headed[right] ? Double.MAX_VALUE : columns.get(right)[0] - c.box.x1();
      int k = toLeft <= toRight ? left : right;
      if (Math.min(toLeft, toRight) == Double.MAX_VALUE) {
        unplaced.add(c);
      } else if (claim[k] == null || gap(c, columns.get(k)) < gap(claim[k], columns.get(k))) {
        if (claim[k] != null) {
          unplaced.add(claim[k]);
        }
        claim[k] = c;
      } else {
        unplaced.add(c);
      }
    }
    for (int k = 0; k < columns.size(); k++) {
      if (claim[k] != null) {
        double[] col = columns.get(k);
        col[0] = Math.min(col[0], claim[k].box.x0());
        col[1] = Math.max(col[1], claim[k].box.x1());
      }
    }
    List<double[]> added = new ArrayList<>();
    for (Cell c : unplaced) {
      added.add(new double[] {c.box.x0(), c.box.x1()});
    }
    if (!added.isEmpty() || !orphans.isEmpty()) {
      List<double[]> all = new ArrayList<>(columns);
      all.addAll(BodyColumns.merged(added));
      List<double[]> m = BodyColumns.merged(all);
      columns.clear();
      columns.addAll(m);
    }
  }

  /** The gap between a header and a column beside it. */
  private static double gap(Cell c, double[] column) {
    return Math.max(c.box.x0() - column[1], column[0] - c.box.x1());
  }

  /**
   * The columns each header cell spans. A leaf header: the column it overlaps most and the
   * neighbours it mostly covers. A group (a cell with cells below it), lowest first: the columns
   * around the one it overlaps most whose header cells below it sit in one band with the cell
   * right under it (a header beside the group, centred over the whole header's height, is not
   * under it), narrowed to the run of them it is best centred on (its words are centred over its
   * columns).
   */
  private static void spans(List<Cell> header, List<double[]> columns) {
    // the columns as wide as their own headers: a cell's middle, not its text's, centres a group
    List<double[]> wide = new ArrayList<>();
    for (double[] c : columns) {
      wide.add(new double[] {c[0], c[1]});
    }
    for (Cell c : header) {
      if (c.group) {
        continue;
      }
      int best = Alignment.best(columns, c.box);
      c.first = best;
      c.last = best;
      while (c.first > 0 && Alignment.covers(c.box, columns.get(c.first - 1))) {
        c.first--;
      }
      while (c.last + 1 < columns.size() && Alignment.covers(c.box, columns.get(c.last + 1))) {
        c.last++;
      }
      if (c.first == c.last) {
        double[] w = wide.get(c.first);
        w[0] = Math.min(w[0], c.box.x0());
        w[1] = Math.max(w[1], c.box.x1());
      }
    }
    List<Cell> groups = new ArrayList<>();
    for (Cell c : header) {
      if (c.group) {
        groups.add(c);
      }
    }
    groups.sort(Comparator.comparingDouble((Cell c) -> c.box.y0()).reversed());
    for (Cell g : groups) {
      int best = Alignment.best(wide, g.box);
      Cell core = topBelow(g, header, -1);
      int lo = best;
      while (lo > 0 && under(g, core, lo - 1, header)) {
        lo--;
      }
      int hi = best;
      while (hi + 1 < columns.size() && under(g, core, hi + 1, header)) {
        hi++;
      }
      double centre = g.box.centerX();
      double tolerance = Math.max(Alignment.ALIGN, CENTRED * g.size);
      double bestOff = Double.MAX_VALUE;
      g.first = best;
      g.last = best;
      for (int a = lo; a <= best; a++) {
        for (int b = best; b <= hi; b++) {
          double left = a == 0 ? wide.get(0)[0] : (wide.get(a - 1)[1] + wide.get(a)[0]) / 2;
          double right = b == wide.size() - 1 ? wide.get(b)[1] : (wide.get(b)[1] + wide.get(b + 1)[0]) / 2;
          double off = Math.abs((left + right) / 2 - centre);
          // the widest span the words are centred on (the middle columns alone are centred too);
          // when none is, the best centred (two groups side by side)
          boolean centred = off <= tolerance;
          boolean wasCentred = bestOff <= tolerance;
          if (centred && (!wasCentred || b - a > g.last - g.first) || !centred && !wasCentred && off < bestOff) {
            bestOff = off;
            g.first = a;
            g.last = b;
          }
        }
      }
    }
  }

  /**
   * The highest header cell below a group, over a column ({@code column}, or anywhere under the
   * group's words when -1); null when there is none.
   */
  private static @Nullable Cell topBelow(Cell g, List<Cell> header, int column) {
    Cell top = null;
    for (Cell o : header) {
      if (o == g || o.box.y0() < g.box.y1() - Alignment.OVERLAP) {
        continue;
      }
      boolean over = column < 0 ? Alignment.overlap(o.box, g.box) > 0 : o.first <= column && o.last >= column;
      if (over && (top == null || o.box.y0() < top.box.y0())) {
        top = o;
      }
    }
    return top;
  }

  /**
   * Whether a column may belong to a group: its highest header cell below the group sits in the
   * band of the cell right under the group's words (cells are centred in their header rows, so the
   * same middle; a cell beside the group is centred over the whole header's height), and no other
   * cell is printed level with the group over it.
   */
  private static boolean under(Cell g, @Nullable Cell core, int column, List<Cell> header) {
    for (Cell o : header) {
      if (o != g && o.first <= column && o.last >= column && o.box.y0() < g.box.y1() && o.box.y1() > g.box.y0()) {
        return false;
      }
    }
    Cell top = topBelow(g, header, column);
    if (top == null || core == null) {
      return false;
    }
    return Math.abs((top.box.y0() + top.box.y1()) / 2 - (core.box.y0() + core.box.y1()) / 2) <= BAND * core.size;
  }
}
