package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The columns of a table printed without rules (无框线表格的列), found from the body's text: runs aligned on
 * one edge, the indents of one name column joined, a column divided where the header shows two cells
 * over names that run together. {@link Alignment} cuts the rows into cells on them.
 */
final class BodyColumns {
  private BodyColumns() {}

  /**
   * The columns of a body whose header's leaf cells stand at {@code leaves}, set in type of
   * {@code size}.
   */
  static List<double[]> of(List<TextLine> body, List<Box> leaves, double size) {
    return dividedByHeader(indentsJoined(anchored(body), leaves, body), leaves, body, size);
  }

  /**
   * The columns of the body's lines: amounts are printed flush right, so the runs that are numbers
   * and end at the same x form one column; words are printed flush left, so the other runs that
   * start at the same x form one. A column reaches from its anchor to the median far edge of its
   * runs (a unit's name printed across the code and name columns does not widen the code column);
   * columns that still overlap are one.
   */
  private static List<double[]> anchored(List<TextLine> body) {
    List<Anchor> anchors = new ArrayList<>();
    for (TextLine l : body) {
      for (TextRun r : l.runs()) {
        boolean right = Alignment.number(r);
        double at = right ? r.box().x1() : r.box().x0();
        Anchor a = null;
        for (Anchor c : anchors) {
          if (c.right == right && Math.abs(c.at - at) <= Alignment.ALIGN) {
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
    for (int c = 0; c + 1 < all.size(); c++) {
      // a name run on into the next column where that column is blank (one unit's long name and
      // the project beside it) ends where the next column's words start
      for (int n = c + 1; n < all.size(); n++) {
        if (all.get(n)[0] > all.get(c)[0] + Alignment.ALIGN) {
          all.get(c)[1] = Math.min(all.get(c)[1], Math.max(all.get(c)[0], all.get(n)[0] - Alignment.ALIGN));
          break;
        }
      }
    }
    return merged(all);
  }

  /**
   * The body's columns with the indents of one name column joined: names printed at different
   * indents by level (类 flush left, 款 and 项 further in) or a 合计 centred among names flush left
   * start at several edges, but no row prints words at two of them. Two neighbouring columns of words
   * that never share a row, and that the header does not head with a cell each, are one column.
   */
  private static List<double[]> indentsJoined(List<double[]> columns, List<Box> leaves, List<TextLine> body) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      double[] c = columns.get(i);
      double until = i + 1 < columns.size() ? columns.get(i + 1)[0] : Double.MAX_VALUE;
      if (!out.isEmpty() && indentOf(out.get(out.size() - 1), c, until, leaves, body)) {
        double[] last = out.get(out.size() - 1);
        last[1] = Math.max(last[1], c[1]);
      } else {
        out.add(new double[] {c[0], c[1]});
      }
    }
    return out;
  }

  /**
   * Whether column {@code b}, right of {@code a}, holds the same column's names at another indent;
   * {@code until} is where the next column starts.
   */
  private static boolean indentOf(double[] a, double[] b, double until, List<Box> leaves, List<TextLine> body) {
    boolean wordsInA = false;
    boolean wordsInB = false;
    for (TextLine l : body) {
      boolean inA = false;
      boolean inB = false;
      for (TextRun r : l.runs()) {
        boolean left = Math.abs(r.box().x0() - a[0]) <= Alignment.ALIGN
            || Alignment.overlap(r.box(), a) > 0 && r.box().x0() < b[0] - Alignment.ALIGN;
        boolean right = Math.abs(r.box().x0() - b[0]) <= Alignment.ALIGN;
        if (Alignment.number(r) && (left || right)) {
          return false; // a column holding amounts or codes is no indent
        }
        inA |= left;
        inB |= right;
      }
      if (inA && inB) {
        return false;
      }
      wordsInA |= inA;
      wordsInB |= inB;
    }
    if (!wordsInA || !wordsInB) {
      return false;
    }
    // at most one header cell centred over the two (up to the next column): two cells head two columns,
    // however narrow the words under the second (a 合计 under a centred 项目名称)
    int headers = 0;
    for (Box h : leaves) {
      double centre = h.centerX();
      if (centre >= a[0] - Alignment.ALIGN && centre < until) {
        headers++;
      }
    }
    return headers <= 1;
  }

  /**
   * The body's columns, each divided where two of the header's cells stand over it and its names run
   * on from one into the other: two name columns set with a gap narrower than a character (单位名称 |
   * 项目名称) read as one run in every row of a page, so the body alone shows one column. The second
   * column begins at the first glyph after a gap that lies between the two header cells.
   */
  private static List<double[]> dividedByHeader(List<double[]> columns, List<Box> leaves, List<TextLine> body,
      double size) {
    List<double[]> out = new ArrayList<>();
    for (double[] c : columns) {
      List<Box> over = new ArrayList<>();
      for (Box b : leaves) {
        if (Alignment.overlap(b, c) > 0 && b.x0() >= c[0] - Alignment.ALIGN && b.x1() <= c[1] + Alignment.ALIGN) {
          over.add(b);
        }
      }
      over.sort(Comparator.comparingDouble(Box::x0));
      double from = c[0];
      for (int k = 1; k < over.size(); k++) {
        double start = nextStart(body, over.get(k - 1).x1(), over.get(k).x0(), BLANK_GAP * size);
        if (!Double.isNaN(start) && start - Alignment.ALIGN > from) {
          out.add(new double[] {from, start - Alignment.ALIGN});
          from = start;
        }
      }
      out.add(new double[] {from, c[1]});
    }
    return out;
  }

  /** A gap between words this share of the type size wide parts two names. */
  private static final double BLANK_GAP = 0.3;

  /**
   * The leftmost start of a glyph that follows a gap of at least {@code gap} within a name run,
   * the gap lying between {@code left} and {@code right}; NaN when no run has one.
   */
  private static double nextStart(List<TextLine> body, double left, double right, double gap) {
    double start = Double.NaN;
    for (TextLine l : body) {
      for (TextRun r : l.runs()) {
        if (Alignment.number(r)) {
          continue;
        }
        List<Glyph> gs = r.glyphs();
        for (int k = 1; k < gs.size(); k++) {
          double a = gs.get(k - 1).box().x1();
          double b = gs.get(k).box().x0();
          if (b - a >= gap && a >= left - Alignment.ALIGN && b <= right + Alignment.ALIGN) {
            start = Double.isNaN(start) ? b : Math.min(start, b);
          }
        }
      }
    }
    return start;
  }

  /** Columns sorted, those that overlap by more than {@link #Alignment.OVERLAP} made one. */
  static List<double[]> merged(List<double[]> all) {
    all.sort((a, b) -> Double.compare(a[0], b[0]));
    List<double[]> merged = new ArrayList<>();
    for (double[] c : all) {
      if (!merged.isEmpty() && c[0] < merged.get(merged.size() - 1)[1] - Alignment.OVERLAP) {
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
}
