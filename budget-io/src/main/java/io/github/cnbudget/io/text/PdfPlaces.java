package io.github.cnbudget.io.text;

import io.github.cnbudget.io.layout.Box;
import io.github.cnbudget.io.layout.LaidOutText;
import io.github.cnbudget.io.layout.TextRun;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts what was read from a PDF back on its page (页面位置): each table, row, project, goal and
 * indicator gets the page and box of the laid-out line it was read from, each paragraph its page,
 * and each printed cell of a table the box of the grid cell (or text run) that printed it.
 *
 * <p>A cell is found among its line's pieces by its printed text, left to right in column order from
 * the piece holding the row's label, so two columns printing the same amount take the two pieces in
 * turn; a one-sided row's cell printed before its label (a 序号) is found there, while the
 * expenditure side of a two-sided line never looks left of its label, at the income side. A cell whose text no piece of its
 * line prints (a value read from a neighbouring line) keeps no box of its own; its row's box stands.
 * Each side of a two-sided line gets the band of its own label and cells.
 * Stateless; not instantiable.
 */
final class PdfPlaces {
  private PdfPlaces() {}

  /** The document with everything read from the laid-out lines placed on its page. */
  static Disclosure placed(Disclosure d, LaidOutText laid) {
    List<DisclosureTable> tables = new ArrayList<>(d.tables().size());
    for (DisclosureTable t : d.tables()) {
      List<Row> rows = new ArrayList<>(t.rows().size());
      for (Row r : t.rows()) {
        rows.add(r.line().isPresent() ? placed(r, laid, r.line().getAsInt() - 1) : r);
      }
      DisclosureTable withRows = t.withRows(rows);
      tables.add(t.line().isPresent() ? withRows.withPlace(place(laid, t.line().getAsInt())) : withRows);
    }
    // a paragraph of a PDF is found by its page; its line in the laid-out text means nothing to a reader
    List<Paragraph> paragraphs = new ArrayList<>(d.narrative().paragraphs().size());
    for (Paragraph p : d.narrative().paragraphs()) {
      Paragraph.Builder b = Paragraph.builder().text(p.text()).section(p.section());
      p.line().ifPresent(line -> b.page(laid.page(line - 1)));
      paragraphs.add(b.build());
    }
    return placedForms(d.withTables(tables).withNarrative(Narrative.of(paragraphs)), laid);
  }

  /**
   * Each project, goal and indicator placed on its page, from the laid-out line it was read from,
   * and the amounts of its form (a project's total, annual budget and money lines, a goal's budget,
   * an indicator's weight and score) on the boxes that print them.
   */
  private static Disclosure placedForms(Disclosure d, LaidOutText laid) {
    List<Project> projects = new ArrayList<>(d.projects().size());
    for (Project p : d.projects()) {
      projects.add(p.line().isPresent() ? placedCells(p, laid, p.line().getAsInt()).withPlace(place(laid, p.line().getAsInt())) : p);
    }
    List<PerformanceGoal> goals = new ArrayList<>(d.goals().size());
    for (PerformanceGoal g : d.goals()) {
      List<Indicator> indicators = new ArrayList<>(g.indicators().size());
      for (Indicator i : g.indicators()) {
        indicators.add(i.line().isPresent() ? placedCells(i, laid, i.line().getAsInt()).withPlace(place(laid, i.line().getAsInt())) : i);
      }
      PerformanceGoal placed = g.withIndicators(indicators);
      if (g.line().isPresent() && g.budget().isPresent()) {
        FormCells form = new FormCells(laid, g.line().getAsInt(), FORM_LINES);
        placed = placed.withBudget(g.budget().map(form::placed));
      }
      goals.add(g.line().isPresent() ? placed.withPlace(place(laid, g.line().getAsInt())) : placed);
    }
    return d.withProjects(projects).withGoals(goals);
  }

  /** How many laid-out lines from its first a form's labelled amounts are looked for in. */
  private static final int FORM_LINES = 40;
  /** How many lines an indicator's row may take (its name or target wrapped). */
  private static final int INDICATOR_LINES = 3;

  private static Project placedCells(Project p, LaidOutText laid, int line) {
    FormCells form = new FormCells(laid, line, FORM_LINES);
    Project placed = p.withTotal(p.total().map(form::placed)).withAnnualBudget(p.annualBudget().map(form::placed));
    Map<String, Cell> amounts = new LinkedHashMap<>();
    p.amounts().forEach((label, c) -> amounts.put(label, form.placed(c)));
    return placed.withAmounts(amounts);
  }

  private static Indicator placedCells(Indicator i, LaidOutText laid, int line) {
    FormCells row = new FormCells(laid, line, INDICATOR_LINES);
    return i.withWeight(i.weight().map(row::placed)).withScore(i.score().map(row::placed));
  }

  /**
   * The pieces of a form's lines, each used once: a labelled amount is placed on the first unused
   * piece printing exactly its text, in the order the form's amounts were read (printed order), so
   * that two fields printing the same amount keep their own boxes.
   */
  private static final class FormCells {
    private final LaidOutText laid;
    private final int first;
    private final int end;
    private final java.util.Set<Long> used = new java.util.HashSet<>();

    FormCells(LaidOutText laid, int line, int lines) {
      this.laid = laid;
      this.first = line - 1;
      this.end = Math.min(laid.lines().size(), first + lines);
    }

    Cell placed(Cell c) {
      String printed = squeezed(c.printed());
      if (printed.isEmpty() || c.place().isPresent()) {
        return c;
      }
      for (int index = Math.max(first, 0); index < end; index++) {
        List<TextRun> pieces = laid.pieces(index);
        for (int k = 0; k < pieces.size(); k++) {
          long key = (long) index << 20 | k;
          if (!used.contains(key) && squeezed(pieces.get(k).text()).equals(printed)) {
            used.add(key);
            return c.withPlace(place(laid.page(index), pieces.get(k).box()));
          }
        }
      }
      return c;
    }
  }

  /**
   * A row on its band, each printed cell on the box of the piece that printed it. A one-sided row's
   * band is its line's; one side of a two-sided line is its label and cells only.
   */
  private static Row placed(Row r, LaidOutText laid, int index) {
    List<TextRun> pieces = laid.pieces(index);
    // each piece's text without blanks, once per row rather than once per cell and piece
    List<String> texts = new ArrayList<>(pieces.size());
    for (TextRun piece : pieces) {
      texts.add(squeezed(piece.text()));
    }
    int page = laid.page(index);
    boolean sided = r.side() != Side.SINGLE;
    int label = labelPiece(r.label(), texts, r.side() == Side.EXPENDITURE);
    // a one-sided row may print a cell before its label (a 序号); the expenditure side of a
    // two-sided line may not look left of its label: that is the income side's
    int next = Math.max(label, 0);
    int from = sided ? next : 0;
    Box band = sided && label >= 0 ? pieces.get(label).box() : null;
    Map<String, Cell> cells = new LinkedHashMap<>(r.cells().size() * 2);
    boolean changed = false;
    for (Map.Entry<String, Cell> e : r.cells().entrySet()) {
      Cell c = e.getValue();
      String printed = squeezed(c.printed());
      int at = printed.isEmpty() ? -1 : pieceOf(printed, texts, next, from);
      if (at >= 0) {
        Box box = pieces.get(at).box();
        c = c.withPlace(place(page, box));
        changed = true;
        band = band == null ? box : band.union(box);
        // a piece printing exactly this cell is used up; one it was glued into may hold the next too
        next = texts.get(at).equals(printed) ? at + 1 : at;
      }
      cells.put(e.getKey(), c);
    }
    Row placed = r.withPlace(place(page, sided && band != null ? band : laid.box(index)));
    return changed ? placed.withCells(cells) : placed;
  }

  /**
   * The piece holding the row's label, where its cells begin; -1 when no piece prints it. Both sides
   * of a two-sided line may print the same label (总计 | 总计): the expenditure side's is the last.
   */
  private static int labelPiece(String label, List<String> texts, boolean last) {
    String l = squeezed(label);
    if (l.isEmpty()) {
      return -1;
    }
    for (int k = 0; k < texts.size(); k++) {
      int i = last ? texts.size() - 1 - k : k;
      String t = texts.get(i);
      if (!t.isEmpty() && (t.equals(l) || t.startsWith(l) || l.startsWith(t) && t.length() > 1)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first piece from {@code next} printing exactly the cell's text, else one from {@code from}
   * before {@code next}; else the first from {@code next} whose text ends or begins with it (an
   * amount glued to a name); -1 when none does.
   */
  private static int pieceOf(String printed, List<String> texts, int next, int from) {
    for (int i = next; i < texts.size(); i++) {
      if (texts.get(i).equals(printed)) {
        return i;
      }
    }
    for (int i = from; i < next && i < texts.size(); i++) {
      if (texts.get(i).equals(printed)) {
        return i;
      }
    }
    for (int i = next; i < texts.size(); i++) {
      String t = texts.get(i);
      if (t.endsWith(printed) || t.startsWith(printed)) {
        return i;
      }
    }
    return -1;
  }

  /** Text without its blanks: a wrapped cell's lines are joined with one, its printed form without. */
  private static String squeezed(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!Character.isWhitespace(ch) && ch != '\u3000') {
        b.append(ch);
      }
    }
    return b.toString();
  }

  private static PagePlace place(LaidOutText laid, int line) {
    return place(laid.page(line - 1), laid.box(line - 1));
  }

  private static PagePlace place(int page, Box b) {
    return PagePlace.of(page, BigDecimal.valueOf(b.x0()), BigDecimal.valueOf(b.y0()), BigDecimal.valueOf(b.x1()),
        BigDecimal.valueOf(b.y1()));
  }
}
