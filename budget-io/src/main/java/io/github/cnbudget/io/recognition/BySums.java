package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Placement by column sums (按列合计定位): the rows under a fully known row add up to it in every column,
 * within the rounding of their printed digits; a line is placed when every placement meeting the sums
 * places it alike. One of the rules
 * {@link ColumnInference} applies; stateless.
 */
final class BySums {
  private BySums() {}

  /**
   * The rows summed by a row: for the total row the rows above it on its side (two-sided tables), every
   * other row (tables of neither codes nor units: projects), the units of a table by unit, or the codes
   * with no ancestor in the table; for a unit its codes with no ancestor among them; for a coded row its
   * nearest descendants in the table, under the same unit.
   */
  static List<RowDraft> children(RowDraft parent, List<RowDraft> rows, @Nullable RowDraft total) {
    List<RowDraft> out = new ArrayList<>();
    if (parent == total) {
      boolean twoSided = parent.side != Side.SINGLE;
      if (twoSided || rows.stream().noneMatch(r -> r.code != null || r.kind == RowKind.UNIT)) {
        // a two-sided total sums the rows above it; one over rows of neither code nor unit (projects), all
        for (RowDraft r : rows) {
          if (r == parent && twoSided) {
            break;
          }
          if (r.kind != RowKind.TOTAL && (r.hasValues() || !r.pending.isEmpty())) {
            out.add(r);
          }
        }
        return out;
      }
      if (rows.stream().anyMatch(r -> r.kind == RowKind.UNIT)) {
        for (RowDraft r : rows) {
          if (r.kind == RowKind.UNIT && (r.hasValues() || !r.pending.isEmpty())) {
            out.add(r);
          }
        }
        return out;
      }
      return topCodes(rows);
    }
    if (parent.kind == RowKind.UNIT) {
      return topCodes(sectionOf(parent, rows));
    }
    if (parent.code == null) {
      return out;
    }
    List<RowDraft> section = sectionOf(parent, rows);
    for (RowDraft r : section) {
      if (r.code != null && parent.code.isAncestorOf(r.code) && section.stream().noneMatch(
          a -> a != parent && a.code != null && parent.code.isAncestorOf(a.code) && a.code.isAncestorOf(r.code))) {
        out.add(r);
      }
    }
    return out;
  }

  /** The codes with no ancestor among the rows. */
  private static List<RowDraft> topCodes(List<RowDraft> rows) {
    List<RowDraft> out = new ArrayList<>();
    for (RowDraft r : rows) {
      if (r.code != null && rows.stream().noneMatch(a -> a.code != null && a.code.isAncestorOf(r.code))) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The rows printed under the same unit as the row (from its unit's row to the next unit's), or all
   * rows when the table prints no unit.
   */
  private static List<RowDraft> sectionOf(RowDraft row, List<RowDraft> rows) {
    int at = rows.indexOf(row);
    int from = 0;
    for (int i = at; i >= 0; i--) {
      if (rows.get(i).kind == RowKind.UNIT) {
        from = i;
        break;
      }
    }
    int to = rows.size();
    for (int i = at + 1; i < rows.size(); i++) {
      if (rows.get(i).kind == RowKind.UNIT) {
        to = i;
        break;
      }
    }
    return rows.subList(from, to);
  }

  /**
   * Column sums of one group: the parent minus its children is zero in every column. The parent's
   * own lone values take part in the search (a total row printing fewer values than columns).
   */
  static boolean bySums(RowDraft parent, List<RowDraft> children, List<Column> candidates,
      List<Column> components, List<List<Column>> identities, CellReader cells, List<ReadProblem> problems) {
    List<RowDraft> group = new ArrayList<>();
    group.add(parent);
    group.addAll(children);
    List<RowDraft> open = new ArrayList<>();
    List<Integer> signs = new ArrayList<>();
    List<List<List<Column>>> options = new ArrayList<>();
    List<List<BigDecimal>> values = new ArrayList<>();
    Map<String, BigDecimal> known = new LinkedHashMap<>();
    int scale = 0;
    long combinations = 1;
    boolean byClass = false;
    for (Column col : components) {
      known.put(col.key(), BigDecimal.ZERO);
    }
    for (RowDraft r : group) {
      int sign = r == parent ? -1 : 1;
      for (Column col : components) {
        Cell cv = r.cells.get(col.key());
        if (cv != null && cv.value().isPresent()) {
          BigDecimal v = cv.value().get();
          known.merge(col.key(), sign < 0 ? v.negate() : v, BigDecimal::add);
          scale = Math.max(scale, v.scale());
        }
      }
      if (r.pending.isEmpty()) {
        continue;
      }
      // (a row some of whose values are placed takes the others between them)
      Optional<List<BigDecimal>> read = ColumnInference.pendingValues(r, cells);
      if (read.isEmpty()) {
        return false;
      }
      List<List<Column>> o = ColumnInference.options(r, candidates, read.get());
      if (personnelByClass(r, components)) {
        // 工资福利支出 (301) and 对个人和家庭的补助 (303) are 人员经费 by the definition of 基本支出: the
        // rounding tolerance alone can leave a small amount free to sit under 公用经费
        o.removeIf(cols -> cols.stream().anyMatch(c -> c.concept() == Concept.PUBLIC_USE));
        byClass = true;
      }
      // (each row's own amounts meet the header's identities too: 财政拨款 = its parts)
      o.removeIf(cols -> !ByColumnIdentities.meets(identities, ByColumnIdentities.placed(r, cols, read.get()), read.get()));
      combinations *= o.size();
      if (o.isEmpty() || combinations > ColumnInference.MAX_COMBINATIONS) {
        return false;
      }
      scale = Math.max(scale, ColumnInference.scale(read.get()));
      List<BigDecimal> vs = new ArrayList<>(read.get().size());
      for (BigDecimal v : read.get()) {
        vs.add(sign < 0 ? v.negate() : v);
      }
      open.add(r);
      signs.add(sign);
      options.add(o);
      values.add(vs);
    }
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf(children.size()));
    int[] pick = new int[open.size()];
    // per open row: the option every solution so far uses, -1 when solutions differ
    int[] agreed = null;
    // the same among the placements by which the sums hold exactly, without the rounding tolerance
    int[] exact = null;
    while (true) {
      Map<String, BigDecimal> sums = new LinkedHashMap<>(known);
      for (int i = 0; i < open.size(); i++) {
        List<Column> cols = options.get(i).get(pick[i]);
        for (int k = 0; k < cols.size(); k++) {
          sums.merge(cols.get(k).key(), values.get(i).get(k), BigDecimal::add);
        }
      }
      boolean ok = true;
      boolean zero = true;
      for (BigDecimal difference : sums.values()) {
        if (difference.abs().compareTo(tolerance) > 0) {
          ok = false;
          break;
        }
        zero &= difference.signum() == 0;
      }
      if (ok) {
        agreed = agree(agreed, pick);
        if (zero) {
          exact = agree(exact, pick);
        }
      }
      int i = 0;
      while (i < pick.length && ++pick[i] == options.get(i).size()) {
        pick[i] = 0;
        i++;
      }
      if (i == pick.length) {
        break;
      }
    }
    if (agreed == null) {
      return false;
    }
    // a total row sums the rows above it; a classification row its subcodes, printed below it
    String summed = children.stream().allMatch(c -> c.line < parent.line) ? "the rows it totals" : "the rows below it";
    String placements = "every placement by which " + summed + " add up to '" + parent.label.strip() + "' (line "
        + parent.line + ")";
    String reason = placements + " in every column puts them there"
        + (byClass ? " (工资福利支出 and 对个人和家庭的补助 counted as 人员经费)" : "");
    boolean placed = false;
    for (int i = 0; i < open.size(); i++) {
      if (agreed[i] >= 0) {
        ColumnInference.place(open.get(i), options.get(i).get(agreed[i]), cells, problems, reason);
        placed = true;
      } else if (exact != null && exact[i] >= 0) {
        // amounts within the rounding of the sums (whole 万元, a value of 1) fit several columns; a
        // placement off by rounding where another adds up to the unit is the less likely reading
        ColumnInference.place(open.get(i), options.get(i).get(exact[i]), cells, problems, placements
            + " exactly puts them there; others hold only within rounding");
        placed = true;
      }
    }
    return placed;
  }

  /** Keeps, row by row, the option every solution so far picks; -1 where two differ. */
  private static int[] agree(int @Nullable [] agreed, int[] pick) {
    if (agreed == null) {
      return pick.clone();
    }
    for (int k = 0; k < pick.length; k++) {
      if (agreed[k] != pick[k]) {
        agreed[k] = -1;
      }
    }
    return agreed;
  }

  /** A row of class 301 or 303 in a table that splits 基本支出 into 人员经费 and 公用经费. */
  static boolean personnelByClass(RowDraft r, List<Column> components) {
    if (r.code == null || components.stream().noneMatch(c -> c.concept() == Concept.PERSONNEL)) {
      return false;
    }
    String digits = r.code.digits();
    return digits.startsWith("301") || digits.startsWith("303");
  }

  static void choose(List<Column> from, int k, int start, List<Column> acc, List<List<Column>> out) {
    if (acc.size() == k) {
      out.add(List.copyOf(acc));
      return;
    }
    for (int i = start; i <= from.size() - (k - acc.size()); i++) {
      acc.add(from.get(i));
      choose(from, k, i + 1, acc, out);
      acc.remove(acc.size() - 1);
    }
  }
}
