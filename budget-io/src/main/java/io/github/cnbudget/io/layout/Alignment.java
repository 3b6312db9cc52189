package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Grids from the alignment of text printed without ruling lines (无线表格), the stream way: a run of
 * consecutive lines that each print several runs, some of them numbers, is a table; its columns are
 * the stretches of the page that its data lines' runs cover, separated by the gaps no data run
 * crosses; each run falls into the column it overlaps most, a run crossing several columns (a
 * header over a group) spans them. Header lines directly above the data (several runs, no numbers)
 * join the table; everything else stays a line of text.
 */
final class Alignment {
  /** Runs whose anchor edges are this close (points) are aligned. */
  private static final double ALIGN = 3;
  /** Two columns overlapping by more than this (points) are one. */
  private static final double OVERLAP = 1;
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[\\d,]*\\d(\\.\\d+)?%?|-");
  /** At most this many lines of a lone run each stand between two lines of a table. */
  private static final int LONE_LINES = 6;
  /** At most this many header lines are taken above a table's first data line. */
  private static final int HEADER_LINES = 4;

  private Alignment() {}

  static List<Block> find(List<TextLine> lines) {
    List<Block> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      int numeric = 0;
      while (end < lines.size() && (lines.get(end).runs().size() >= 2 || end > i && resumes(lines, end))) {
        // lone runs between table lines are rows printing a label only, or a wrapped name's second line
        if (hasNumber(lines.get(end))) {
          numeric++;
        }
        end++;
      }
      if (end - i >= 2 && numeric >= 2) {
        int start = i;
        // the columns come from the lines that print amounts: a title or a 编制单位 line above them
        // spans columns and says nothing of where they are
        List<TextLine> data = new ArrayList<>();
        for (TextLine l : lines.subList(i, end)) {
          if (hasNumber(l)) {
            data.add(l);
          }
        }
        List<double[]> columns = columns(data);
        // header lines directly above: several runs, no number, close to the data
        while (start > 0 && i - start < HEADER_LINES && header(lines.get(start - 1), columns.size())
            && out.size() > 0 && out.get(out.size() - 1) == lines.get(start - 1)) {
          start--;
          out.remove(out.size() - 1);
        }
        out.add(grid(lines.subList(start, end), columns));
        i = end;
      } else {
        out.add(lines.get(i));
        i++;
      }
    }
    return out;
  }

  /** Whether a table goes on after a few lines of lone runs from {@code at}. */
  private static boolean resumes(List<TextLine> lines, int at) {
    for (int k = at; k < lines.size() && k < at + LONE_LINES; k++) {
      if (lines.get(k).runs().size() >= 2) {
        return hasNumber(lines.get(k));
      }
    }
    return false;
  }

  private static boolean header(TextLine l, int columns) {
    return !hasNumber(l) && l.runs().size() >= Math.max(2, (columns + 1) / 2);
  }

  private static boolean hasNumber(TextLine l) {
    for (TextRun r : l.runs()) {
      if (number(r) && !r.text().equals("-")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The columns of the data lines: amounts are printed flush right, so the runs that are numbers
   * and end at the same x form one column; words are printed flush left, so the other runs that
   * start at the same x form one. A column reaches from its anchor to the median far edge of its
   * runs (a unit's name printed across the code and name columns does not widen the code column);
   * columns that still overlap are one.
   */
  private static List<double[]> columns(List<TextLine> data) {
    List<Anchor> anchors = new ArrayList<>();
    for (TextLine l : data) {
      for (TextRun r : l.runs()) {
        boolean right = number(r);
        double at = right ? r.box().x1() : r.box().x0();
        Anchor a = null;
        for (Anchor c : anchors) {
          if (c.right == right && Math.abs(c.at - at) <= ALIGN) {
            a = c;
            break;
          }
        }
        if (a == null) {
          a = new Anchor(right, at);
          anchors.add(a);
        }
        a.far.add(right ? r.box().x0() : r.box().x1());
      }
    }
    List<double[]> all = new ArrayList<>();
    for (Anchor a : anchors) {
      a.far.sort(null);
      double median = a.far.get(a.far.size() / 2);
      all.add(a.right ? new double[] {median, a.at} : new double[] {a.at, median});
    }
    all.sort((a, b) -> Double.compare(a[0], b[0]));
    List<double[]> merged = new ArrayList<>();
    for (double[] c : all) {
      if (!merged.isEmpty() && c[0] < merged.get(merged.size() - 1)[1] - OVERLAP) {
        double[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], c[1]);
      } else {
        merged.add(new double[] {c[0], c[1]});
      }
    }
    return merged;
  }

  /** Runs aligned on one edge: the edge, and the other edges of its runs. */
  private static final class Anchor {
    final boolean right;
    final double at;
    final List<Double> far = new ArrayList<>();

    Anchor(boolean right, double at) {
      this.right = right;
      this.at = at;
    }
  }

  private static boolean number(TextRun r) {
    return NUMBER.matcher(r.text()).matches();
  }

  private static Grid grid(List<TextLine> lines, List<double[]> columns) {
    List<GridCell> cells = new ArrayList<>();
    Box box = lines.get(0).box();
    List<Double> gaps = new ArrayList<>();
    for (int c = 1; c < columns.size(); c++) {
      gaps.add((columns.get(c - 1)[1] + columns.get(c)[0]) / 2);
    }
    for (int row = 0; row < lines.size(); row++) {
      TextLine l = lines.get(row);
      box = box.union(l.box());
      int lastColumn = -1;
      List<TextRun> runs = new ArrayList<>();
      for (TextRun r : l.runs()) {
        // header words printed close together (上年结转 财政拨款 一般公共…) form one run; where the gap
        // between two of its glyphs holds a column boundary, they are two cells
        runs.addAll(hasNumber(l) ? List.of(r) : split(r, gaps));
      }
      for (TextRun r : runs) {
        int first = -1;
        int last = -1;
        for (int c = 0; c < columns.size(); c++) {
          double[] col = columns.get(c);
          if (Math.min(col[1], r.box().x1()) - Math.max(col[0], r.box().x0()) > 0) {
            if (first < 0) {
              first = c;
            }
            last = c;
          }
        }
        if (first < 0) {
          first = nearest(columns, r.box().centerX());
          last = first;
        }
        if (first <= lastColumn && !cells.isEmpty() && cells.get(cells.size() - 1).row() == row) {
          // two runs in one column (a gap inside a name): they are one cell
          GridCell prev = cells.remove(cells.size() - 1);
          String joined = number(r) || number(new TextRun(prev.text(), prev.box())) ? prev.text() + " " + r.text()
              : prev.text() + r.text();
          cells.add(new GridCell(prev.row(), prev.column(), 1, Math.max(prev.columnSpan(), last - prev.column() + 1),
              joined, prev.box().union(r.box())));
          lastColumn = Math.max(lastColumn, last);
          continue;
        }
        cells.add(new GridCell(row, first, 1, last - first + 1, r.text(), r.box()));
        lastColumn = last;
      }
    }
    List<Double> edges = new ArrayList<>();
    edges.add(columns.get(0)[0]);
    for (int c = 1; c < columns.size(); c++) {
      edges.add((columns.get(c - 1)[1] + columns.get(c)[0]) / 2);
    }
    edges.add(columns.get(columns.size() - 1)[1]);
    List<Double> rowEdges = new ArrayList<>();
    rowEdges.add(lines.get(0).box().y0());
    for (int r = 1; r < lines.size(); r++) {
      rowEdges.add((lines.get(r - 1).box().y1() + lines.get(r).box().y0()) / 2);
    }
    rowEdges.add(lines.get(lines.size() - 1).box().y1());
    return new Grid(lines.size(), columns.size(), cells, box, false, edges, rowEdges);
  }

  /** A run cut where a column boundary falls in the gap between two of its glyphs. */
  static List<TextRun> split(TextRun r, List<Double> boundaries) {
    List<Glyph> gs = r.glyphs();
    if (gs.size() < 2) {
      return List.of(r);
    }
    List<TextRun> out = new ArrayList<>();
    int from = 0;
    for (int k = 1; k < gs.size(); k++) {
      double left = gs.get(k - 1).box().x1();
      double right = gs.get(k).box().x0();
      for (double b : boundaries) {
        if (right > left && b >= left && b <= right) {
          out.add(piece(gs.subList(from, k)));
          from = k;
          break;
        }
      }
    }
    if (from == 0) {
      return List.of(r);
    }
    out.add(piece(gs.subList(from, gs.size())));
    return out;
  }

  private static TextRun piece(List<Glyph> gs) {
    StringBuilder t = new StringBuilder();
    Box b = gs.get(0).box();
    for (Glyph g : gs) {
      t.append(g.text());
      b = b.union(g.box());
    }
    return new TextRun(t.toString(), b, gs);
  }

  private static int nearest(List<double[]> columns, double x) {
    int best = 0;
    double distance = Double.MAX_VALUE;
    for (int c = 0; c < columns.size(); c++) {
      double d = Math.min(Math.abs(columns.get(c)[0] - x), Math.abs(columns.get(c)[1] - x));
      if (d < distance) {
        distance = d;
        best = c;
      }
    }
    return best;
  }
}
