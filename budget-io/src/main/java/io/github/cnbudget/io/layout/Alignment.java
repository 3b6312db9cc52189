package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Grids from the alignment of text printed without ruling lines (无线表格), the stream way: a run of
 * consecutive lines that each print several runs, some of them numbers, is a table.
 *
 * <p>Its body is read in row bands: a line of amounts is a row, and the pieces of a name wrapped
 * above and below it (the amounts centred on the name's lines) are part of that row. Its columns
 * are the stretches of the page its amount lines cover (amounts flush right, words flush left),
 * widened by the header cells above them; a column left blank in every row is kept by its header.
 *
 * <p>Its header is the lines directly above the body, in the body's type size, up to the unit line
 * (单位：元) or the title. Header words printed close together are split where the page leaves a gap
 * between glyphs; a header cell wrapped over lines set at the font's leading is one cell; a header
 * printed over other header cells is a group, spanning the columns it is centred on; each header
 * cell sits in the header row of its depth (how many groups are above it), so the grid reads as a
 * ruled grid with merged header cells does.
 */
final class Alignment {
  /** Runs whose anchor edges are this close (points) are aligned. */
  private static final double ALIGN = 3;
  /** Two columns overlapping by more than this (points) are one. */
  private static final double OVERLAP = 1;
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
  /** A gap between glyphs wider than this share of the type size separates two header words. */
  private static final double WORD_GAP = 0.15;
  /** Lines of one wrapped cell are at most this many type sizes apart (baseline to baseline). */
  private static final double WRAP = 1.5;
  /** A line set closer than this share of the table's row pitch to a row of amounts belongs to it. */
  private static final double PITCH_SHARE = 0.75;
  /** Header cells whose middles are this many type sizes apart are in one band. */
  private static final double BAND = 0.3;
  /** A group's words are centred on its columns within this many type sizes. */
  private static final double CENTRED = 0.5;
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
          && (lines.get(end).runs().size() >= 2 || end > i && (resumes(lines, end) || wrapped(lines, end)))) {
        // lone runs between table lines are rows printing a label only, or a wrapped name's second line
        if (hasNumber(lines.get(end))) {
          numeric++;
        }
        end++;
      }
      if (end - i >= 2 && (numeric >= 2 && aligned(lines.subList(i, end))
          || numeric == 1 && (amounts(lines.subList(i, end)) >= 2 || headed(lines.subList(i, end))))) {
        int first = i;
        while (!hasNumber(lines.get(first))) {
          first++;
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

  /** Whether a line is a piece of a name wrapped around the amounts of the line above or below. */
  private static boolean wrapped(List<TextLine> lines, int at) {
    return at > 0 && printsAmount(lines.get(at - 1)) && joins(lines.get(at), lines.get(at - 1), Double.NaN)
        || at + 1 < lines.size() && printsAmount(lines.get(at + 1))
        && joins(lines.get(at), lines.get(at + 1), Double.NaN);
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

  private static boolean number(TextRun r) {
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

  private static double overlap(Box a, Box b) {
    return Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
  }

  private static double overlap(Box a, double[] column) {
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

  /** A header cell: pieces of header words, a wrapped cell's lines top to bottom. */
  private static final class HeaderCell {
    final List<TextRun> pieces = new ArrayList<>();
    Box box;
    double size;
    int first = -1;
    int last = -1;
    boolean group;

    HeaderCell(TextRun piece, double size) {
      pieces.add(piece);
      this.box = piece.box();
      this.size = size;
    }

    TextRun lastPiece() {
      return pieces.get(pieces.size() - 1);
    }
  }

  private static Grid grid(List<TextLine> headerLines, List<TextLine> body) {
    double size = size(body);
    List<List<TextLine>> bands = bands(body);
    List<double[]> columns = columns(body);
    List<HeaderCell> header = headerCells(headerLines, size);
    addHeaderColumns(columns, header);
    spans(header, columns);
    int depth = 0;
    int[] depths = new int[header.size()];
    for (int a = 0; a < header.size(); a++) {
      HeaderCell c = header.get(a);
      for (HeaderCell g : header) {
        if (g != c && g.group && g.first <= c.first && g.last >= c.first && g.box.y1() <= c.box.y0() + ALIGN) {
          depths[a]++;
        }
      }
      depth = Math.max(depth, depths[a] + 1);
    }
    if (header.isEmpty()) {
      depth = 0;
    }
    List<GridCell> cells = new ArrayList<>();
    for (int a = 0; a < header.size(); a++) {
      HeaderCell c = header.get(a);
      List<Glyph> gs = new ArrayList<>();
      for (TextRun p : c.pieces) {
        gs.addAll(p.glyphs());
      }
      String text = gs.isEmpty() ? joinedText(c.pieces) : Lines.cellText(gs);
      cells.add(new GridCell(depths[a], c.first, 1, c.last - c.first + 1, text, c.box));
    }
    List<Double> rowEdges = new ArrayList<>();
    Box box = null;
    if (depth > 0) {
      double top = Double.MAX_VALUE;
      for (HeaderCell c : header) {
        top = Math.min(top, c.box.y0());
        box = box == null ? c.box : box.union(c.box);
      }
      rowEdges.add(top);
      for (int r = 1; r < depth; r++) {
        double y = Double.MAX_VALUE;
        for (int a = 0; a < header.size(); a++) {
          if (depths[a] == r) {
            y = Math.min(y, header.get(a).box.y0());
          }
        }
        rowEdges.add(Math.max(rowEdges.get(rowEdges.size() - 1), y == Double.MAX_VALUE ? top : y));
      }
    }
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
    rowEdges.add(Math.max(rowEdges.get(rowEdges.size() - 1), box.y1()));
    List<Double> edges = new ArrayList<>();
    edges.add(columns.get(0)[0]);
    for (int c = 1; c < columns.size(); c++) {
      edges.add((columns.get(c - 1)[1] + columns.get(c)[0]) / 2);
    }
    edges.add(columns.get(columns.size() - 1)[1]);
    cells.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column));
    return new Grid(depth + bands.size(), columns.size(), cells, box, false, edges, rowEdges);
  }

  private static String joinedText(List<TextRun> pieces) {
    StringBuilder b = new StringBuilder();
    for (TextRun p : pieces) {
      b.append(p.text());
    }
    return b.toString();
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
            while (last + 1 < columns.size()
                && overlap(r.box(), columns.get(last + 1)) > SPAN_SHARE * width(columns.get(last + 1))) {
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
      List<Glyph> gs = new ArrayList<>();
      Box b = rs.get(0).box();
      for (TextRun r : rs) {
        gs.addAll(r.glyphs());
        b = b.union(r.box());
      }
      String text = gs.isEmpty() ? joinedText(rs) : Lines.cellText(gs);
      into.add(new GridCell(row, c, 1, Math.min(span[c], columns.size() - c), text, b));
    }
  }

  private static double width(double[] column) {
    return column[1] - column[0];
  }

  /** The column a box overlaps most, else the nearest. */
  private static int best(List<double[]> columns, Box b) {
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

  /**
   * The columns of the body's lines: amounts are printed flush right, so the runs that are numbers
   * and end at the same x form one column; words are printed flush left, so the other runs that
   * start at the same x form one. A column reaches from its anchor to the median far edge of its
   * runs (a unit's name printed across the code and name columns does not widen the code column);
   * columns that still overlap are one.
   */
  private static List<double[]> columns(List<TextLine> body) {
    List<Anchor> anchors = new ArrayList<>();
    for (TextLine l : body) {
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
    for (int c = 0; c + 1 < all.size(); c++) {
      // a name run on into the next column where that column is blank (one unit's long name and
      // the project beside it) ends where the next column's words start
      for (int n = c + 1; n < all.size(); n++) {
        if (all.get(n)[0] > all.get(c)[0] + ALIGN) {
          all.get(c)[1] = Math.min(all.get(c)[1], Math.max(all.get(c)[0], all.get(n)[0] - ALIGN));
          break;
        }
      }
    }
    return merged(all);
  }

  /** Columns sorted, those that overlap by more than {@link #OVERLAP} made one. */
  private static List<double[]> merged(List<double[]> all) {
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

  /**
   * The header's cells: its runs cut into words where the page leaves a gap between glyphs (header
   * words of neighbouring columns printed close together), and the words of a cell wrapped over
   * lines set at the font's leading joined, top to bottom.
   */
  private static List<HeaderCell> headerCells(List<TextLine> lines, double size) {
    List<HeaderCell> cells = new ArrayList<>();
    for (TextLine l : lines) {
      for (TextRun r : l.runs()) {
        for (TextRun piece : words(r)) {
          HeaderCell into = null;
          double closest = Double.MAX_VALUE;
          for (HeaderCell c : cells) {
            double distance = piece.box().y1() - c.lastPiece().box().y1();
            if (distance > 0 && distance < WRAP * size && distance < closest
                && overlap(piece.box(), c.lastPiece().box()) > 0) {
              closest = distance;
              into = c;
            }
          }
          if (into == null) {
            cells.add(new HeaderCell(piece, size));
          } else {
            into.pieces.add(piece);
            into.box = into.box.union(piece.box());
          }
        }
      }
    }
    // a cell with other cells printed below it is a group over them
    for (HeaderCell c : cells) {
      for (HeaderCell o : cells) {
        if (o != c && o.box.y0() >= c.box.y1() - OVERLAP && overlap(o.box, c.box) > 0) {
          c.group = true;
        }
      }
    }
    return cells;
  }

  /** A run cut where two of its glyphs leave a gap wider than {@link #WORD_GAP}. */
  private static List<TextRun> words(TextRun r) {
    List<Glyph> gs = r.glyphs();
    List<TextRun> out = new ArrayList<>();
    int from = 0;
    for (int k = 1; k < gs.size(); k++) {
      double gap = gs.get(k).box().x0() - gs.get(k - 1).box().x1();
      if (gap > WORD_GAP * Math.max(gs.get(k).size(), gs.get(k - 1).size())) {
        out.add(piece(gs.subList(from, k)));
        from = k;
      }
    }
    if (from == 0) {
      return List.of(r);
    }
    out.add(piece(gs.subList(from, gs.size())));
    return out;
  }

  /**
   * Columns for header cells with nothing below them (leaf headers) that stand over no column of
   * amounts or words: a column blank in every row, kept at its header's extent.
   */
  private static void addHeaderColumns(List<double[]> columns, List<HeaderCell> header) {
    boolean[] headed = new boolean[columns.size()];
    List<HeaderCell> orphans = new ArrayList<>();
    for (HeaderCell c : header) {
      if (c.group) {
        continue;
      }
      boolean over = false;
      for (int k = 0; k < columns.size(); k++) {
        if (overlap(c.box, columns.get(k)) > 0) {
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
    HeaderCell[] claim = new HeaderCell[columns.size()];
    List<HeaderCell> unplaced = new ArrayList<>();
    for (HeaderCell c : orphans) {
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
    for (HeaderCell c : unplaced) {
      added.add(new double[] {c.box.x0(), c.box.x1()});
    }
    if (!added.isEmpty() || !orphans.isEmpty()) {
      List<double[]> all = new ArrayList<>(columns);
      all.addAll(merged(added));
      List<double[]> m = merged(all);
      columns.clear();
      columns.addAll(m);
    }
  }

  /** The gap between a header and a column beside it. */
  private static double gap(HeaderCell c, double[] column) {
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
  private static void spans(List<HeaderCell> header, List<double[]> columns) {
    // the columns as wide as their own headers: a cell's middle, not its text's, centres a group
    List<double[]> wide = new ArrayList<>();
    for (double[] c : columns) {
      wide.add(new double[] {c[0], c[1]});
    }
    for (HeaderCell c : header) {
      if (c.group) {
        continue;
      }
      int best = best(columns, c.box);
      c.first = best;
      c.last = best;
      while (c.first > 0 && overlap(c.box, columns.get(c.first - 1)) > SPAN_SHARE * width(columns.get(c.first - 1))) {
        c.first--;
      }
      while (c.last + 1 < columns.size()
          && overlap(c.box, columns.get(c.last + 1)) > SPAN_SHARE * width(columns.get(c.last + 1))) {
        c.last++;
      }
      if (c.first == c.last) {
        double[] w = wide.get(c.first);
        w[0] = Math.min(w[0], c.box.x0());
        w[1] = Math.max(w[1], c.box.x1());
      }
    }
    List<HeaderCell> groups = new ArrayList<>();
    for (HeaderCell c : header) {
      if (c.group) {
        groups.add(c);
      }
    }
    groups.sort(Comparator.comparingDouble((HeaderCell c) -> c.box.y0()).reversed());
    for (HeaderCell g : groups) {
      int best = best(wide, g.box);
      HeaderCell core = topBelow(g, header, -1);
      int lo = best;
      while (lo > 0 && under(g, core, lo - 1, header)) {
        lo--;
      }
      int hi = best;
      while (hi + 1 < columns.size() && under(g, core, hi + 1, header)) {
        hi++;
      }
      double centre = g.box.centerX();
      double tolerance = Math.max(ALIGN, CENTRED * g.size);
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
  private static HeaderCell topBelow(HeaderCell g, List<HeaderCell> header, int column) {
    HeaderCell top = null;
    for (HeaderCell o : header) {
      if (o == g || o.box.y0() < g.box.y1() - OVERLAP) {
        continue;
      }
      boolean over = column < 0 ? overlap(o.box, g.box) > 0 : o.first <= column && o.last >= column;
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
  private static boolean under(HeaderCell g, HeaderCell core, int column, List<HeaderCell> header) {
    for (HeaderCell o : header) {
      if (o != g && o.first <= column && o.last >= column && o.box.y0() < g.box.y1() && o.box.y1() > g.box.y0()) {
        return false;
      }
    }
    HeaderCell top = topBelow(g, header, column);
    if (top == null || core == null) {
      return false;
    }
    return Math.abs((top.box.y0() + top.box.y1()) / 2 - (core.box.y0() + core.box.y1()) / 2) <= BAND * core.size;
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
