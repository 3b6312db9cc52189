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
  /** Gaps narrower than this (points) between two runs' stretches do not separate columns. */
  private static final double GUTTER = 4;
  /** At most this many header lines are taken above a table's first data line. */
  private static final int HEADER_LINES = 4;

  private Alignment() {}

  static List<Block> find(List<TextLine> lines) {
    List<Block> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      int numeric = 0;
      while (end < lines.size() && (lines.get(end).runs().size() >= 2
          || end > i && end + 1 < lines.size() && lines.get(end + 1).runs().size() >= 2)) {
        // a lone run between two table lines is a wrapped name's second line
        if (hasNumber(lines.get(end))) {
          numeric++;
        }
        end++;
      }
      if (end - i >= 2 && numeric >= 2) {
        int start = i;
        List<double[]> columns = columns(lines.subList(i, end));
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

  private static boolean header(TextLine l, int columns) {
    return !hasNumber(l) && l.runs().size() >= Math.max(2, (columns + 1) / 2);
  }

  private static boolean hasNumber(TextLine l) {
    for (TextRun r : l.runs()) {
      if (r.text().matches("-?[\\d,]*\\d(\\.\\d+)?%?")) {
        return true;
      }
    }
    return false;
  }

  /** The stretches of x covered by the runs of the data lines, merged where they touch. */
  private static List<double[]> columns(List<TextLine> data) {
    List<double[]> spans = new ArrayList<>();
    for (TextLine l : data) {
      for (TextRun r : l.runs()) {
        spans.add(new double[] {r.box().x0(), r.box().x1()});
      }
    }
    spans.sort((a, b) -> Double.compare(a[0], b[0]));
    List<double[]> merged = new ArrayList<>();
    for (double[] s : spans) {
      if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1] + GUTTER) {
        double[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new double[] {s[0], s[1]});
      }
    }
    return merged;
  }

  private static Grid grid(List<TextLine> lines, List<double[]> columns) {
    List<GridCell> cells = new ArrayList<>();
    Box box = lines.get(0).box();
    for (int row = 0; row < lines.size(); row++) {
      TextLine l = lines.get(row);
      box = box.union(l.box());
      int lastColumn = -1;
      for (TextRun r : l.runs()) {
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
        if (first <= lastColumn) {
          // two runs in one column (a gap inside a name): they are one cell
          GridCell prev = cells.remove(cells.size() - 1);
          cells.add(new GridCell(prev.row(), prev.column(), 1, Math.max(prev.columnSpan(), last - prev.column() + 1),
              prev.text() + r.text(), prev.box().union(r.box())));
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
