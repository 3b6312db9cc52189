package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Grids from the alignment of text printed without ruling lines (无线表格), the stream way: a run of
 * consecutive lines that each print several runs, some of them numbers, is a table.
 *
 * <p>Its body is read in row bands: a line of amounts is a row, and the pieces of a name wrapped
 * above and below it (the amounts centred on the name's lines) are part of that row. Its columns
 * are the stretches of the page its body's lines cover (amounts flush right, words flush left),
 * each ending where the next one's words start.
 *
 * <p>Its header ({@link AlignedHeader}) is the lines directly above the body, in the body's type
 * size, up to the unit line (单位：元) or the title; it adds the columns left blank in every row
 * and reads as a ruled grid's merged header cells do.
 */
final class Alignment {
  /** Runs whose anchor edges are this close (points) are aligned. */
  static final double ALIGN = 3;
  /** Two columns overlapping by more than this (points) are one. */
  static final double OVERLAP = 1;
  private static final Pattern NUMBER = Pattern.compile("-?[\\d,]*\\d(\\.\\d+)?%?|-");
  /** A unit statement (单位：元, 编制单位：…) stands above a table's header, never in it. */
  private static final Pattern UNIT_LINE = Pattern.compile("单位\\s*[：:]");
  /** At most this many lines of a lone run each stand between two lines of a table. */
  private static final int LONE_LINES = 6;
  /** At most this many header lines are taken above a table's first amount line. */
  private static final int HEADER_LINES = 8;
  /** Header lines are at most this many type sizes apart (a tall header row centres its cells). */
  private static final double HEADER_SPACING = 4;
  /** A header line's type is within this share of the body's (a title is larger). */
  private static final double SAME_SIZE = 0.2;
  /** Lines of one wrapped cell are at most this many type sizes apart (baseline to baseline). */
  static final double WRAP = 1.5;
  /** A line set closer than this share of the table's row pitch to a row of amounts belongs to it. */
  private static final double PITCH_SHARE = 0.75;
  /** A number closer than this many type sizes to the words beside it is set inline in prose. */
  private static final double INLINE = 0.6;
  /** A run spans a neighbouring column when it covers this share of that column's width. */
  private static final double SPAN_SHARE = 0.5;

  private Alignment() {}

  static List<Block> find(List<TextLine> lines) {
    List<Block> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      int numeric = 0;
      while (end < lines.size()
          && (lines.get(end).runs().size() >= 2 || end > i && (resumes(lines, end) || wrapped(lines, end))
              || end == i && wrappedAround(lines, end))) {
        // lone runs between table lines are rows printing a label only, or a wrapped name's second line
        if (hasNumber(lines.get(end))) {
          numeric++;
        }
        end++;
      }
      if (end - i >= 2 && (numeric >= 2 && aligned(lines.subList(i, end))
          || numeric == 1 && (amounts(lines.subList(i, end)) >= 2 || headed(lines.subList(i, end))))) {
        // the first half of a name wrapped around the first row's amounts (a row printing amounts
        // only, its name above and below them), emitted as text before the run: body, not text
        while (i > 0 && !out.isEmpty() && out.get(out.size() - 1) == lines.get(i - 1) && !hasNumber(lines.get(i - 1))
            && lines.get(i - 1).runs().size() == 1 && amountsOnly(lines.get(i))
            && joins(lines.get(i - 1), lines.get(i), Double.NaN)) {
          out.remove(out.size() - 1);
          i--;
        }
        int first = i;
        while (!hasNumber(lines.get(first))) {
          first++;
        }
        // a row printing only dashes (结转下年 - -) right above the first amounts is the first row, not
        // a header line
        while (first > i && printsAmount(lines.get(first - 1)) && lines.get(first - 1).runs().size() >= 2) {
          first--;
        }
        // the piece of a name wrapped above the first row of amounts is body, not header
        while (first > i && joins(lines.get(first - 1), lines.get(first), Double.NaN)) {
          first--;
        }
        // the last row's name may wrap onto a line below it
        while (end < lines.size() && !hasNumber(lines.get(end)) && lines.get(end).runs().size() == 1
            && joins(lines.get(end), lines.get(end - 1), Double.NaN) && hasNumber(lines.get(end - 1))) {
          end++;
        }
        List<TextLine> body = lines.subList(first, end);
        double size = size(body);
        // header candidates: the text lines emitted just before the run, then the run's lines above
        // its first amounts; header is what is taken from the bottom up
        int fromOut = 0;
        while (fromOut < HEADER_LINES && i - fromOut - 1 >= 0 && out.size() - fromOut - 1 >= 0
            && out.get(out.size() - fromOut - 1) == lines.get(i - fromOut - 1)) {
          fromOut++;
        }
        List<TextLine> above = new ArrayList<>(lines.subList(i - fromOut, first));
        int h = above.size();
        TextLine below = body.get(0);
        while (h > 0 && above.size() - h < HEADER_LINES && header(above.get(h - 1), below, size)) {
          h--;
          below = above.get(h);
        }
        for (int k = h; k < fromOut; k++) {
          out.remove(out.size() - 1);
        }
        // the run's lines above the header (a 编制单位 line, a title) stay text
        for (int k = fromOut; k < h; k++) {
          out.add(above.get(k));
        }
        out.add(grid(above.subList(h, above.size()), body));
        i = end;
      } else {
        out.add(lines.get(i));
        i++;
      }
    }
    return out;
  }

  /**
   * Whether a run of lines prints words in several runs above its first amounts: a header over a
   * page holding one row of one amount (the 合计 row left for the last page).
   */
  private static boolean headed(List<TextLine> run) {
    for (TextLine l : run) {
      if (hasNumber(l)) {
        return false;
      }
      if (l.runs().size() >= 2 && !UNIT_LINE.matcher(l.text()).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line prints amounts and nothing else: a row whose name is wrapped around it. */
  private static boolean amountsOnly(TextLine l) {
    for (TextRun r : l.runs()) {
      if (!number(r)) {
        return false;
      }
    }
    return !l.runs().isEmpty();
  }

  /** Whether a line is a piece of a name wrapped around the amounts of the line above or below. */
  private static boolean wrapped(List<TextLine> lines, int at) {
    return at > 0 && printsAmount(lines.get(at - 1)) && joins(lines.get(at), lines.get(at - 1), Double.NaN)
        || at + 1 < lines.size() && printsAmount(lines.get(at + 1))
        && joins(lines.get(at), lines.get(at + 1), Double.NaN);
  }

  /**
   * Whether a line is the first piece of a name wrapped around a line of amounts alone, its last piece
   * below them, where a table goes on: the first row of a page continuing a table without its header
   * (二、政府性基金预 over 0 over 算拨款), which would otherwise stay text and leave its amounts unread.
   */
  private static boolean wrappedAround(List<TextLine> lines, int at) {
    return at + 2 < lines.size() && !hasNumber(lines.get(at)) && lines.get(at).runs().size() == 1
        && amountsOnly(lines.get(at + 1)) && joins(lines.get(at), lines.get(at + 1), Double.NaN)
        && !hasNumber(lines.get(at + 2)) && joins(lines.get(at + 2), lines.get(at + 1), Double.NaN)
        && resumes(lines, at + 1);
  }

  /** Whether a table goes on after a few lines of lone runs from {@code at}. */
  private static boolean resumes(List<TextLine> lines, int at) {
    for (int k = at; k < lines.size() && k < at + LONE_LINES; k++) {
      // a row printing a dash for nil goes on as well as one printing amounts
      if (printsAmount(lines.get(k))) {
        return true;
      }
      if (lines.get(k).runs().size() >= 2) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a line above the body is header: no amounts, no unit statement, the body's type size,
   * close to the line below it (its columns may be blank in every row: it need not be over the body).
   */
  private static boolean header(TextLine l, TextLine below, double size) {
    if (hasNumber(l) || UNIT_LINE.matcher(l.text()).find()) {
      return false;
    }
    double s = size(List.of(l));
    return Math.abs(s - size) <= SAME_SIZE * size && baseline(below) - baseline(l) <= HEADER_SPACING * size;
  }

  /** The most amounts printed on one line of a run of lines. */
  private static int amounts(List<TextLine> lines) {
    int most = 0;
    for (TextLine l : lines) {
      int n = 0;
      for (int k = 0; k < l.runs().size(); k++) {
        n += amount(l, k) ? 1 : 0;
      }
      most = Math.max(most, n);
    }
    return most;
  }

  /**
   * Whether the run at {@code k} of a line is an amount in a cell: a number not set inline in
   * prose, where it stands a blank's width from the words around it (年初预算为 1560.05 万元), while
   * a cell's padding keeps it further from its neighbours.
   */
  private static boolean amount(TextLine l, int k) {
    TextRun r = l.runs().get(k);
    if (!number(r)) {
      return false;
    }
    double size = r.glyphs().isEmpty() ? r.box().height() : r.glyphs().get(0).size();
    boolean words = false;
    if (k > 0) {
      TextRun before = l.runs().get(k - 1);
      if (r.box().x0() - before.box().x1() >= INLINE * size) {
        return true;
      }
      words |= !number(before);
    }
    if (k + 1 < l.runs().size()) {
      TextRun after = l.runs().get(k + 1);
      if (after.box().x0() - r.box().x1() >= INLINE * size) {
        return true;
      }
      words |= !number(after);
    }
    return !words;
  }

  /**
   * Whether some amounts of two lines of a run are flush right with each other: a table's columns
   * line its amounts up, prose that quotes numbers does not.
   */
  private static boolean aligned(List<TextLine> lines) {
    List<double[]> edges = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TextLine l = lines.get(i);
      for (int k = 0; k < l.runs().size(); k++) {
        if (amount(l, k)) {
          edges.add(new double[] {l.runs().get(k).box().x1(), i});
        }
      }
    }
    edges.sort((a, b) -> Double.compare(a[0], b[0]));
    for (int k = 1; k < edges.size(); k++) {
      // edges within the tolerance of each other, sorted: some neighbours are from two lines
      for (int j = k - 1; j >= 0 && edges.get(k)[0] - edges.get(j)[0] <= ALIGN; j--) {
        if (edges.get(j)[1] != edges.get(k)[1]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a line prints an amount, a dash for nil included: a row of the body. */
  private static boolean printsAmount(TextLine l) {
    return amounts(List.of(l)) > 0;
  }

  private static boolean hasNumber(TextLine l) {
    for (int k = 0; k < l.runs().size(); k++) {
      if (amount(l, k) && !l.runs().get(k).text().equals("-")) {
        return true;
      }
    }
    return false;
  }

  static boolean number(TextRun r) {
    return NUMBER.matcher(r.text()).matches();
  }

  private static double baseline(TextLine l) {
    return l.box().y1();
  }

  /** The median type size of the lines' glyphs. */
  private static double size(List<TextLine> lines) {
    List<Double> sizes = new ArrayList<>();
    for (TextLine l : lines) {
      for (TextRun r : l.runs()) {
        for (Glyph g : r.glyphs()) {
          sizes.add(g.size());
        }
      }
    }
    if (sizes.isEmpty()) {
      return lines.get(0).box().height();
    }
    sizes.sort(null);
    return sizes.get(sizes.size() / 2);
  }

  /**
   * Whether a line without amounts is part of the row of amounts {@code row}: set within a wrapped
   * cell's leading of it, and either printing words where the row prints none (a name wrapped above
   * and below amounts centred on it) or set much closer than the rows are ({@code pitch}, NaN when
   * unknown).
   */
  private static boolean joins(TextLine l, TextLine row, double pitch) {
    if (printsAmount(l)) {
      return false;
    }
    double size = size(List.of(row));
    double distance = Math.abs(baseline(l) - baseline(row));
    if (distance >= WRAP * size) {
      return false;
    }
    if (!Double.isNaN(pitch) && distance < PITCH_SHARE * pitch) {
      return true;
    }
    for (TextRun a : l.runs()) {
      for (TextRun b : row.runs()) {
        if (!number(b) && overlap(a.box(), b.box()) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  static double overlap(Box a, Box b) {
    return Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
  }

  static double overlap(Box a, double[] column) {
    return Math.min(a.x1(), column[1]) - Math.max(a.x0(), column[0]);
  }

  /** The body's lines in row bands: a row of amounts with the lines of its wrapped names. */
  private static List<List<TextLine>> bands(List<TextLine> body) {
    List<Double> distances = new ArrayList<>();
    for (int k = 1; k < body.size(); k++) {
      if (printsAmount(body.get(k - 1)) && printsAmount(body.get(k))) {
        distances.add(baseline(body.get(k)) - baseline(body.get(k - 1)));
      }
    }
    distances.sort(null);
    double pitch = distances.isEmpty() ? Double.NaN : distances.get(distances.size() / 2);
    int[] owner = new int[body.size()];
    for (int k = 0; k < body.size(); k++) {
      owner[k] = k;
      if (printsAmount(body.get(k))) {
        continue;
      }
      double best = Double.MAX_VALUE;
      for (int d : new int[] {k - 1, k + 1}) {
        if (d >= 0 && d < body.size() && printsAmount(body.get(d)) && joins(body.get(k), body.get(d), pitch)) {
          double distance = Math.abs(baseline(body.get(k)) - baseline(body.get(d)));
          if (distance < best) {
            best = distance;
            owner[k] = d;
          }
        }
      }
    }
    List<List<TextLine>> out = new ArrayList<>();
    int[] band = new int[body.size()];
    for (int k = 0; k < body.size(); k++) {
      if (owner[k] == k) {
        band[k] = out.size();
        out.add(new ArrayList<>());
      }
    }
    for (int k = 0; k < body.size(); k++) {
      // a line joined to the row below it comes before that row is opened: place by owner
      int b = owner[k] == k ? band[k] : band[owner[k]];
      out.get(b).add(body.get(k));
    }
    return out;
  }

  private static Grid grid(List<TextLine> headerLines, List<TextLine> body) {
    double size = size(body);
    List<List<TextLine>> bands = bands(body);
    AlignedHeader header = AlignedHeader.read(headerLines, size);
    List<double[]> columns = BodyColumns.of(body, header.leafBoxes(), size);
    header.addColumns(columns);
    header.place(columns);
    int depth = header.rows();
    List<GridCell> cells = new ArrayList<>(header.cells());
    List<Double> rowEdges = new ArrayList<>(header.rowEdges());
    Box box = header.box();
    for (int b = 0; b < bands.size(); b++) {
      List<TextLine> band = bands.get(b);
      Box bandBox = band.get(0).box();
      for (TextLine l : band) {
        bandBox = bandBox.union(l.box());
      }
      box = box == null ? bandBox : box.union(bandBox);
      rowEdges.add(Math.max(rowEdges.isEmpty() ? bandBox.y0() : rowEdges.get(rowEdges.size() - 1),
          b == 0 ? bandBox.y0() : (bands.get(b - 1).get(bands.get(b - 1).size() - 1).box().y1() + bandBox.y0()) / 2));
      bandCells(band, depth + b, columns, cells);
    }
    // the body has a line, so a band gave the box if the header had none
    rowEdges.add(Math.max(rowEdges.get(rowEdges.size() - 1), Objects.requireNonNull(box).y1()));
    List<Double> edges = new ArrayList<>();
    edges.add(columns.get(0)[0]);
    for (int c = 1; c < columns.size(); c++) {
      edges.add((columns.get(c - 1)[1] + columns.get(c)[0]) / 2);
    }
    edges.add(columns.get(columns.size() - 1)[1]);
    cells.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column));
    return new Grid(depth + bands.size(), columns.size(), cells, box, false, edges, rowEdges);
  }

  /** The text of one cell made of runs: its glyphs' lines joined, else the runs' texts. */
  static String cellText(List<TextRun> pieces) {
    List<Glyph> gs = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (TextRun p : pieces) {
      gs.addAll(p.glyphs());
      b.append(p.text());
    }
    return gs.isEmpty() ? b.toString() : Lines.cellText(gs);
  }

  /**
   * The cells of one row band: each amount in the column it overlaps most, each word in the column
   * it overlaps most and the neighbours it mostly covers; pieces falling in one column, on one line
   * or on the lines of a wrapped name, are one cell.
   */
  private static void bandCells(List<TextLine> band, int row, List<double[]> columns, List<GridCell> into) {
    List<List<TextRun>> inColumn = new ArrayList<>();
    int[] span = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      inColumn.add(new ArrayList<>());
    }
    for (TextLine l : band) {
      for (TextRun whole : l.runs()) {
        // a name run on into the next column's name (单位 | 项目 printed with a narrow gap) is two
        // cells where the gap between its glyphs falls between the columns
        for (TextRun r : number(whole) ? List.of(whole) : split(whole, columns)) {
          int best = best(columns, r.box());
          int last = best;
          if (!number(r)) {
            while (last + 1 < columns.size() && covers(r.box(), columns.get(last + 1))) {
              last++;
            }
          }
          inColumn.get(best).add(r);
          span[best] = Math.max(span[best], last - best + 1);
        }
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      List<TextRun> rs = inColumn.get(c);
      if (rs.isEmpty()) {
        continue;
      }
      Box b = rs.get(0).box();
      for (TextRun r : rs) {
        b = b.union(r.box());
      }
      into.add(new GridCell(row, c, 1, Math.min(span[c], columns.size() - c), cellText(rs), b));
    }
  }

  /** Whether a box covers most of a column (a run or header spanning into it). */
  static boolean covers(Box b, double[] column) {
    return overlap(b, column) > SPAN_SHARE * (column[1] - column[0]);
  }

  /** The column a box overlaps most, else the nearest. */
  static int best(List<double[]> columns, Box b) {
    int best = -1;
    double most = 0;
    for (int c = 0; c < columns.size(); c++) {
      double o = overlap(b, columns.get(c));
      if (o > most) {
        most = o;
        best = c;
      }
    }
    return best >= 0 ? best : nearest(columns, b.centerX());
  }

  /** A run cut where the gap between two of its glyphs falls between two columns. */
  static List<TextRun> split(TextRun r, List<double[]> columns) {
    List<Glyph> gs = r.glyphs();
    if (gs.size() < 2) {
      return List.of(r);
    }
    List<TextRun> out = new ArrayList<>();
    int from = 0;
    for (int k = 1; k < gs.size(); k++) {
      double left = gs.get(k - 1).box().x1();
      double right = gs.get(k).box().x0();
      if (right <= left) {
        continue;
      }
      for (int c = 1; c < columns.size(); c++) {
        // the free stretch between two columns, with the alignment tolerance
        double from0 = columns.get(c - 1)[1] - ALIGN;
        double to0 = columns.get(c)[0] + ALIGN;
        if (left <= to0 && right >= from0 && left >= columns.get(c - 1)[0] && right <= columns.get(c)[1]) {
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

  static TextRun piece(List<Glyph> gs) {
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
