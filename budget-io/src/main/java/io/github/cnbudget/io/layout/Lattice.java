package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Grids from ruling lines (格线表格), the lattice way: lines that cross form a table; their
 * positions give the column and row boundaries; a boundary that is not drawn between two
 * neighbouring cells merges them (a merged header or a label spanning rows); each glyph falls into
 * the cell whose borders hold its centre.
 */
final class Lattice {
  /** Lines closer than this (points) are one line; cells thinner than this are no cells. */
  private static final double SNAP = 2.5;
  /** A boundary is drawn when ruling covers this share of the cell's side. */
  private static final double DRAWN = 0.5;

  private Lattice() {}

  /** One table found: its grid and the glyphs it took. */
  record Found(Grid grid, List<Glyph> glyphs) {}

  static List<Found> find(List<Ruling> rulings, List<Glyph> glyphs) {
    List<Ruling> merged = merge(rulings);
    List<Found> out = new ArrayList<>();
    for (List<Ruling> component : components(merged)) {
      Found f = grid(component, glyphs);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** Collinear pieces that touch or overlap become one line. */
  static List<Ruling> merge(List<Ruling> rulings) {
    List<Ruling> sorted = new ArrayList<>(rulings);
    sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::at)
        .thenComparingDouble(Ruling::from));
    List<Ruling> out = new ArrayList<>();
    List<Ruling> band = new ArrayList<>();
    for (Ruling r : sorted) {
      if (!band.isEmpty() && (band.get(0).horizontal() != r.horizontal() || r.at() - band.get(0).at() > SNAP)) {
        out.addAll(joinBand(band));
        band.clear();
      }
      band.add(r);
    }
    out.addAll(joinBand(band));
    return out;
  }

  private static List<Ruling> joinBand(List<Ruling> band) {
    if (band.isEmpty()) {
      return List.of();
    }
    List<Ruling> byFrom = new ArrayList<>(band);
    byFrom.sort(Comparator.comparingDouble(Ruling::from));
    double at = 0;
    for (Ruling r : band) {
      at += r.at();
    }
    at /= band.size();
    List<Ruling> out = new ArrayList<>();
    double from = byFrom.get(0).from();
    double to = byFrom.get(0).to();
    for (Ruling r : byFrom.subList(1, byFrom.size())) {
      if (r.from() <= to + SNAP) {
        to = Math.max(to, r.to());
      } else {
        out.add(new Ruling(band.get(0).horizontal(), at, from, to));
        from = r.from();
        to = r.to();
      }
    }
    out.add(new Ruling(band.get(0).horizontal(), at, from, to));
    return out;
  }

  /** Lines that cross or touch belong to one table. */
  private static List<List<Ruling>> components(List<Ruling> lines) {
    int n = lines.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      Ruling a = lines.get(i);
      if (!a.horizontal()) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        Ruling b = lines.get(j);
        if (b.horizontal()) {
          continue;
        }
        if (b.at() >= a.from() - SNAP && b.at() <= a.to() + SNAP && a.at() >= b.from() - SNAP
            && a.at() <= b.to() + SNAP) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    List<List<Ruling>> groups = new ArrayList<>();
    int[] index = new int[n];
    Arrays.fill(index, -1);
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (index[root] < 0) {
        index[root] = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(index[root]).add(lines.get(i));
    }
    return groups;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static @Nullable Found grid(List<Ruling> lines, List<Glyph> glyphs) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    List<Ruling> hs = new ArrayList<>();
    List<Ruling> vs = new ArrayList<>();
    for (Ruling r : lines) {
      if (r.horizontal()) {
        hs.add(r);
        ys.add(r.at());
        left = Math.min(left, r.from());
        right = Math.max(right, r.to());
      } else {
        vs.add(r);
        xs.add(r.at());
        top = Math.min(top, r.from());
        bottom = Math.max(bottom, r.to());
      }
    }
    if (vs.size() < 2 || hs.size() < 2 && !oneRowFragment(hs, vs)) {
      return null;
    }
    // a table without outer side or top/bottom borders is bounded by the ends of its lines
    xs.add(left);
    xs.add(right);
    ys.add(top);
    ys.add(bottom);
    double[] x = snap(xs);
    double[] y = snap(ys);
    int rows = y.length - 1;
    int cols = x.length - 1;
    if (rows < 1 || cols < 1) {
      return null;
    }
    // union of elementary cells across undrawn boundaries
    int[] parent = new int[rows * cols];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        if (j + 1 < cols && !drawn(vs, x[j + 1], y[i], y[i + 1])) {
          union(parent, i * cols + j, i * cols + j + 1);
        }
        if (i + 1 < rows && !drawn(hs, y[i + 1], x[j], x[j + 1])) {
          union(parent, i * cols + j, (i + 1) * cols + j);
        }
      }
    }
    // each merged cell's extent in rows and columns
    int[] r0 = new int[parent.length];
    int[] r1 = new int[parent.length];
    int[] c0 = new int[parent.length];
    int[] c1 = new int[parent.length];
    Arrays.fill(r0, Integer.MAX_VALUE);
    Arrays.fill(c0, Integer.MAX_VALUE);
    Arrays.fill(r1, -1);
    Arrays.fill(c1, -1);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        int root = find(parent, i * cols + j);
        r0[root] = Math.min(r0[root], i);
        r1[root] = Math.max(r1[root], i);
        c0[root] = Math.min(c0[root], j);
        c1[root] = Math.max(c1[root], j);
      }
    }
    Box box = new Box(x[0], y[0], x[cols], y[rows]);
    List<List<Glyph>> inCell = new ArrayList<>();
    for (int i = 0; i < parent.length; i++) {
      inCell.add(null);
    }
    List<Glyph> taken = new ArrayList<>();
    for (Glyph g : glyphs) {
      double cx = g.box().centerX();
      double cy = g.box().y1() - g.size() * 0.3; // the middle of the glyph's ink, above the baseline
      if (cx < box.x0() || cx > box.x1() || cy < box.y0() || cy > box.y1() || g.box().y1() > box.y1() + 1) {
        // a glyph whose baseline lies below the bottom rule is printed under the table (a note)
        continue;
      }
      int j = slot(x, cx);
      int i = slot(y, cy);
      int root = find(parent, i * cols + j);
      if (inCell.get(root) == null) {
        inCell.set(root, new ArrayList<>());
      }
      inCell.get(root).add(g);
      taken.add(g);
    }
    List<GridCell> cells = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        int root = find(parent, i * cols + j);
        if (r0[root] != i || c0[root] != j || inCell.get(root) == null) {
          continue;
        }
        String text = Lines.cellText(inCell.get(root));
        if (text.isEmpty()) {
          continue;
        }
        cells.add(new GridCell(i, j, r1[root] - i + 1, c1[root] - j + 1, text,
            new Box(x[j], y[i], x[c1[root] + 1], y[r1[root] + 1])));
      }
    }
    if (cells.isEmpty()) {
      return null; // a frame or an underline, not a table
    }
    List<Double> edges = new ArrayList<>();
    for (double v : x) {
      edges.add(v);
    }
    List<Double> rowEdges = new ArrayList<>();
    for (double v : y) {
      rowEdges.add(v);
    }
    return new Found(new Grid(rows, cols, cells, box, true, edges, rowEdges), taken);
  }

  /**
   * Whether one horizontal line and three or more verticals of the same extent, the line running
   * from the first to the last of them, are a table's one row: the last row of a table continued at
   * the top of a page, ruled at its foot and between its columns but not at its head.
   */
  private static boolean oneRowFragment(List<Ruling> hs, List<Ruling> vs) {
    if (hs.size() != 1 || vs.size() < 3) {
      return false;
    }
    Ruling h = hs.get(0);
    double first = Double.MAX_VALUE;
    double last = -Double.MAX_VALUE;
    for (Ruling v : vs) {
      if (Math.abs(v.from() - vs.get(0).from()) > SNAP || Math.abs(v.to() - vs.get(0).to()) > SNAP) {
        return false;
      }
      first = Math.min(first, v.at());
      last = Math.max(last, v.at());
    }
    double height = vs.get(0).to() - vs.get(0).from();
    boolean atAnEnd = Math.abs(h.at() - vs.get(0).from()) <= SNAP || Math.abs(h.at() - vs.get(0).to()) <= SNAP;
    return atAnEnd && height > 2 * SNAP && h.from() <= first + SNAP && h.to() >= last - SNAP;
  }

  private static boolean drawn(List<Ruling> lines, double at, double from, double to) {
    double covered = 0;
    for (Ruling r : lines) {
      if (Math.abs(r.at() - at) <= SNAP) {
        covered += Math.max(0, Math.min(r.to(), to) - Math.max(r.from(), from));
      }
    }
    return covered >= DRAWN * (to - from);
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  /** Positions closer than SNAP become their mean, sorted. */
  static double[] snap(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    List<Double> out = new ArrayList<>();
    double sum = 0;
    int count = 0;
    double last = Double.NaN;
    for (double v : sorted) {
      if (count > 0 && v - last > SNAP) {
        out.add(sum / count);
        sum = 0;
        count = 0;
      }
      sum += v;
      count++;
      last = v;
    }
    if (count > 0) {
      out.add(sum / count);
    }
    double[] a = new double[out.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = out.get(i);
    }
    return a;
  }

  /** The index of the interval of {@code bounds} holding {@code v} (clamped to the ends). */
  private static int slot(double[] bounds, double v) {
    int i = Arrays.binarySearch(bounds, v);
    if (i < 0) {
      i = -i - 2;
    }
    return Math.max(0, Math.min(bounds.length - 2, i));
  }
}
