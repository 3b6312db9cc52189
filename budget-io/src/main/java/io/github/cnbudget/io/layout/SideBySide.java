package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Grids printed side by side as one table (并排表格): two ruled grids whose rows share the same
 * vertical band (a 收入 lane and a 支出 lane drawn as two frames) are one grid, the left one's
 * columns first; rows are matched by their boundaries on the page.
 */
final class SideBySide {
  /** Row boundaries this close (points) are one boundary. */
  private static final double SNAP = 2.5;
  /** Two grids are side by side when their vertical extents overlap by this share of the shorter. */
  private static final double OVERLAP = 0.8;

  private SideBySide() {}

  static List<Grid> join(List<Grid> grids) {
    List<Grid> sorted = new ArrayList<>(grids);
    sorted.sort(Comparator.comparingDouble((Grid g) -> g.box().x0()));
    List<Grid> out = new ArrayList<>();
    boolean[] used = new boolean[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      if (used[i]) {
        continue;
      }
      Grid g = sorted.get(i);
      for (int j = i + 1; j < sorted.size(); j++) {
        if (!used[j] && beside(g, sorted.get(j))) {
          g = joined(g, sorted.get(j));
          used[j] = true;
        }
      }
      out.add(g);
    }
    return out;
  }

  private static boolean beside(Grid a, Grid b) {
    double overlap = Math.min(a.box().y1(), b.box().y1()) - Math.max(a.box().y0(), b.box().y0());
    double shorter = Math.min(a.box().height(), b.box().height());
    return a.box().x1() <= b.box().x0() + SNAP && overlap >= OVERLAP * shorter && a.ruled() && b.ruled();
  }

  private static Grid joined(Grid a, Grid b) {
    List<Double> all = new ArrayList<>(a.rowEdges());
    all.addAll(b.rowEdges());
    double[] ys = Lattice.snap(all);
    List<GridCell> cells = new ArrayList<>();
    place(a, 0, ys, cells);
    place(b, a.columns(), ys, cells);
    cells.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column));
    List<Double> columns = new ArrayList<>(a.columnEdges());
    columns.addAll(b.columnEdges().subList(1, b.columnEdges().size()));
    List<Double> rows = new ArrayList<>();
    for (double y : ys) {
      rows.add(y);
    }
    return new Grid(ys.length - 1, a.columns() + b.columns(), cells, a.box().union(b.box()), true, columns, rows);
  }

  private static void place(Grid g, int columnOffset, double[] ys, List<GridCell> into) {
    for (GridCell c : g.cells()) {
      int top = band(ys, c.box().y0());
      int bottom = Math.max(top, band(ys, c.box().y1() - SNAP));
      into.add(new GridCell(top, c.column() + columnOffset, bottom - top + 1, c.columnSpan(), c.text(), c.box()));
    }
  }

  /** The band of {@code ys} that starts at or just above {@code y}. */
  private static int band(double[] ys, double y) {
    int i = 0;
    while (i + 2 < ys.length && ys[i + 1] <= y + SNAP) {
      i++;
    }
    return i;
  }
}
