package io.github.cnbudget.testkit;

import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One table laid out as a grid before it meets a page: panels of columns (widths in em, so that a
 * table too wide for the page is scaled by its font size alone), the header cells with their spans,
 * and the printed lines. Knows nothing of PDF.
 */
final class PdfGrid {
  static final String CODE = "科目编码";
  static final String CLASS = "类";
  static final String SECTION = "款";
  static final String ITEM = "项";
  static final String NAME = "科目名称";
  static final String LABEL = "项目";
  static final String UNIT = "单位名称";
  static final String PROJECT = "项目名称";

  /** Cell padding either side and the gap between panels, in em. */
  static final float PAD = 0.4f;
  static final float GAP = 1.5f;
  /** A name column never gets narrower than this when names wrap, in em. */
  static final float WRAP_WIDTH = 8f;
  /** Amount columns are at least this wide, so that their header words wrap into a few lines. */
  static final float MIN_AMOUNT_WIDTH = 4f;

  /** What a column prints, for alignment and wrapping. */
  enum Role {
    CODE, NAME, AMOUNT
  }

  /** A printed column. */
  static final class Col {
    final int panel;
    final Role role;
    final List<String> header;
    float width;

    Col(int panel, Role role, List<String> header) {
      this.panel = panel;
      this.role = role;
      this.header = header;
    }
  }

  /** A header cell: text over columns {@code first..last} from level {@code level} down {@code rows} levels. */
  record HeaderCell(int level, int rows, int first, int last, String text) {}

  final List<Col> cols = new ArrayList<>();
  final List<HeaderCell> header = new ArrayList<>();
  int depth;
  /** One entry per printed line: a text per column, "" for nothing. */
  final List<String[]> lines = new ArrayList<>();

  private final Function<String, Float> width;

  private PdfGrid(Function<String, Float> width) {
    this.width = width;
  }

  /**
   * Lays out a table.
   *
   * @param width the width of a text in em
   */
  static PdfGrid of(DisclosureTable t, PdfRenderer.Options o, Function<String, Float> width) {
    PdfGrid g = new PdfGrid(width);
    List<Column> income = t.columns().stream().filter(c -> c.side() == Side.INCOME).toList();
    List<Column> expenditure = t.columns().stream().filter(c -> c.side() == Side.EXPENDITURE).toList();
    boolean sided = t.rows().stream().allMatch(r -> r.side() != Side.SINGLE);
    if (t.kind().isTwoSided() && o.summaryLayout() == PdfRenderer.SummaryLayout.SIDE_BY_SIDE && sided
        && !income.isEmpty() && !expenditure.isEmpty()) {
      List<Row> in = t.rows().stream().filter(r -> r.side() == Side.INCOME).toList();
      List<Row> out = t.rows().stream().filter(r -> r.side() == Side.EXPENDITURE).toList();
      List<Row[]> pairs = pair(in, out);
      g.panels(List.of(income, expenditure), List.of(in, out), pairs, o);
    } else if (t.kind() == TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC && o.isTwoPanelBasic() && t.rows().size() >= 4
        && splitAt(t.rows()) >= 2) {
      // (a table of one 类 has no second panel to print: its left panel would hold the 合计 alone)
      int k = splitAt(t.rows());
      List<Row> left = t.rows().subList(0, k);
      List<Row> right = t.rows().subList(k, t.rows().size());
      List<Row[]> pairs = new ArrayList<>();
      for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
        pairs.add(new Row[] {i < left.size() ? left.get(i) : null, i < right.size() ? right.get(i) : null});
      }
      g.panels(List.of(t.columns(), t.columns()), List.of(left, right), pairs, o);
    } else {
      List<Row[]> single = new ArrayList<>();
      for (Row r : t.rows()) {
        single.add(new Row[] {r});
      }
      g.panels(List.of(t.columns()), List.of(t.rows()), single, o);
    }
    return g;
  }

  /**
   * Pairs the two sides' rows line by line: the rows before each side's current-year total first,
   * then the totals and what follows them, so that 本年收入合计 and 本年支出合计 (and the grand totals)
   * print level with each other as published summaries print them.
   */
  private static List<Row[]> pair(List<Row> in, List<Row> out) {
    int bi = indexOf(in, Concept.CURRENT_INCOME_TOTAL);
    int bo = indexOf(out, Concept.CURRENT_EXPENDITURE_TOTAL);
    List<Row[]> pairs = new ArrayList<>();
    zip(pairs, in.subList(0, bi), out.subList(0, bo));
    zip(pairs, in.subList(bi, in.size()), out.subList(bo, out.size()));
    return pairs;
  }

  private static int indexOf(List<Row> rows, Concept c) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).concept().orElse(null) == c) {
        return i;
      }
    }
    return rows.size();
  }

  private static void zip(List<Row[]> pairs, List<Row> a, List<Row> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      pairs.add(new Row[] {i < a.size() ? a.get(i) : null, i < b.size() ? b.get(i) : null});
    }
  }

  /** Where the right panel starts: at the economic 类 row nearest the middle, else at the middle. */
  private static int splitAt(List<Row> rows) {
    int n = rows.size();
    int best = -1;
    for (int i = 1; i < n; i++) {
      Row r = rows.get(i);
      if (r.kind() == RowKind.CODE && r.code().isPresent() && r.code().get().digits().length() == 3
          && (best < 0 || Math.abs(2 * i - n) < Math.abs(2 * best - n))) {
        best = i;
      }
    }
    return best < 0 ? (n + 1) / 2 : best;
  }

  /**
   * Builds the columns of each panel (its label columns, then its amount columns), the header and
   * the lines.
   */
  private void panels(List<List<Column>> columns, List<List<Row>> rows, List<Row[]> pairs, PdfRenderer.Options o) {
    List<int[]> panelCols = new ArrayList<>();
    List<Labels> labels = new ArrayList<>();
    for (int p = 0; p < columns.size(); p++) {
      int first = cols.size();
      Labels l = new Labels(rows.get(p), o.codeStyle());
      labels.add(l);
      for (List<String> h : l.headers) {
        cols.add(new Col(p, h.get(0).equals(CODE) ? Role.CODE : Role.NAME, h));
      }
      for (Column c : columns.get(p)) {
        cols.add(new Col(p, Role.AMOUNT, c.header().isEmpty() ? List.of(c.key()) : c.header()));
      }
      panelCols.add(new int[] {first, cols.size()});
    }
    for (Col c : cols) {
      depth = Math.max(depth, c.header.size());
    }
    for (int[] pc : panelCols) {
      headerCells(pc[0], pc[1]);
    }
    for (Row[] pair : pairs) {
      String[] line = new String[cols.size()];
      Arrays.fill(line, "");
      for (int p = 0; p < pair.length; p++) {
        Row r = pair[p];
        if (r == null) {
          continue;
        }
        int at = panelCols.get(p)[0];
        for (String s : labels.get(p).texts(r)) {
          line[at++] = s;
        }
        for (Column c : columns.get(p)) {
          line[at++] = r.cell(c.key()).map(Cell::printed).orElse("").strip();
        }
      }
      lines.add(line);
    }
    widths(o.isNamesWrapped());
  }

  /**
   * The header cells of one panel: at each level, columns whose header paths agree up to that level
   * and go deeper share one group cell; a column's last header word spans the levels left below it.
   */
  private void headerCells(int from, int to) {
    for (int level = 0; level < depth; level++) {
      int j = from;
      while (j < to) {
        List<String> p = cols.get(j).header;
        if (level < p.size() - 1) {
          int k = j;
          while (k + 1 < to && cols.get(k + 1).header.size() - 1 > level
              && cols.get(k + 1).header.subList(0, level + 1).equals(p.subList(0, level + 1))) {
            k++;
          }
          header.add(new HeaderCell(level, 1, j, k, p.get(level)));
          j = k + 1;
        } else {
          if (level == p.size() - 1) {
            header.add(new HeaderCell(level, depth - level, j, j, p.get(level)));
          }
          j++;
        }
      }
    }
  }

  private void widths(boolean wrapped) {
    for (int c = 0; c < cols.size(); c++) {
      Col col = cols.get(c);
      float w = 0;
      for (String[] line : lines) {
        w = Math.max(w, width.apply(line[c]));
      }
      if (col.role == Role.NAME && wrapped) {
        // narrow enough that long names wrap, wide enough that none needs a third line
        w = Math.min(w, Math.max(WRAP_WIDTH, w / 2 + 1));
      }
      float head = 0;
      for (String h : col.header) {
        // amount headers wrap into their column; label headers (科目编码, 科目名称) stay on one line
        head = Math.max(head, col.role == Role.AMOUNT ? Math.min(width.apply(h), MIN_AMOUNT_WIDTH) : width.apply(h));
      }
      col.width = Math.max(Math.max(w, head), col.role == Role.AMOUNT ? MIN_AMOUNT_WIDTH : 1.5f) + 2 * PAD;
    }
  }

  /** The total width in em, panels and the gaps between them. */
  float width() {
    float w = 0;
    int panel = 0;
    for (Col c : cols) {
      if (c.panel != panel) {
        w += GAP;
        panel = c.panel;
      }
      w += c.width;
    }
    return w;
  }

  /** How many panels the columns fall in. */
  int panelCount() {
    return cols.isEmpty() ? 0 : cols.get(cols.size() - 1).panel + 1;
  }

  /** The label columns of a panel's rows and what each row prints in them. */
  private static final class Labels {
    final List<List<String>> headers = new ArrayList<>();
    private final PdfRenderer.CodeStyle style;
    private final boolean codes;
    private final boolean projects;
    private final boolean items;

    Labels(List<Row> rows, PdfRenderer.CodeStyle style) {
      this.style = style;
      this.codes = rows.stream().anyMatch(r -> r.code().isPresent());
      this.projects = !codes && rows.stream().anyMatch(r -> r.kind() == RowKind.PROJECT);
      this.items = rows.stream().anyMatch(r -> r.code().map(c -> c.digits().length() > 5).orElse(false));
      if (codes && style == PdfRenderer.CodeStyle.WHOLE) {
        headers.add(List.of(CODE));
      } else if (codes) {
        headers.add(List.of(CODE, CLASS));
        headers.add(List.of(CODE, SECTION));
        if (items) {
          headers.add(List.of(CODE, ITEM));
        }
      } else if (projects) {
        headers.add(List.of(UNIT));
      }
      headers.add(List.of(codes ? NAME : projects ? PROJECT : LABEL));
    }

    List<String> texts(Row r) {
      List<String> out = new ArrayList<>(headers.size());
      String digits = r.code().map(c -> c.digits()).orElse("");
      if (codes && style == PdfRenderer.CodeStyle.WHOLE) {
        out.add(digits);
      } else if (codes) {
        out.add(part(digits, 0, 3));
        out.add(part(digits, 3, 5));
        if (items) {
          out.add(part(digits, 5, 7));
        }
      } else if (projects) {
        out.add(r.kind() == RowKind.PROJECT ? r.unit().orElse("") : "");
      }
      out.add(r.label());
      return out;
    }

    private static String part(String digits, int from, int to) {
      return digits.length() >= to ? digits.substring(from, to) : "";
    }
  }
}
