package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tree rollups (科目汇总): each printed 类 and 款 equals the sum of its printed children, per column,
 * in functional and economic trees; a table's (or a unit section's) total row equals the sum of
 * its 类 rows (or of its highest printed rows, when a table prints 项 only); a project table's total
 * row equals the sum of its project rows. Rows are grouped by unit, side and scheme, so per-unit tables roll up per unit.
 * Follows the structure of 政府收支分类科目: the parent of a code is its prefix.
 */
final class TreeRollupRule extends TableRule {
  static final String CODE = "rollup-mismatch";

  TreeRollupRule() {
    super("tree-rollup", Set.of(CODE), Set.of("arithmetic"),
        "Each 类 and 款 row equals the sum of its printed children; a total row equals the sum of its 类 rows");
  }

  /**
   * Tables of which nothing was read, and cells of amount columns that print text which is not a
   * number: no sum in them or through them (parent, column group, total) is checked.
   */
  @Override
  public List<NotChecked> notChecked(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<NotChecked> out = new ArrayList<>();
    Coverage.notRead(d, id(), "the sums of this table (tree-rollup, column-identity)", out);
    Coverage.unreadableCells(d, id(), "sums through this cell (tree-rollup, column-identity)", out);
    return out;
  }

  private static final class Group {
    final Map<String, Integer> byCode = new HashMap<>();
    final Map<String, List<Integer>> children = new LinkedHashMap<>();
    final List<Integer> codes = new ArrayList<>();
    /** The top printed rows: 类 rows, or the highest level printed when a table omits 类 (seed 003). */
    final List<Integer> roots = new ArrayList<>();
    final List<Integer> totals = new ArrayList<>();
  }

  /** A unit section and side, with the scheme of its code rows, or none for its total rows. */
  private static final class GroupKey {
    final String unit;
    final Side side;
    final @Nullable Scheme scheme;
    private final int hash;

    GroupKey(String unit, Side side, @Nullable Scheme scheme) {
      this.unit = unit;
      this.side = side;
      this.scheme = scheme;
      // ordinals: an enum's hashCode is its identity hash, a native call
      this.hash = (unit.hashCode() * 31 + side.ordinal()) * 31 + (scheme == null ? -1 : scheme.ordinal());
    }

    boolean isTotal() {
      return scheme == null;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof GroupKey)) {
        return false;
      }
      GroupKey k = (GroupKey) o;
      return hash == k.hash && side == k.side && scheme == k.scheme && unit.equals(k.unit);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  @Override
  void checkTable(Disclosure d, RuleContext ctx, int ti, DisclosureTable t, List<Finding> out) {
    Map<GroupKey, Group> groups = new LinkedHashMap<>();
    List<Row> rows = t.rows();
    // consecutive rows mostly share their group: the last one is kept to skip the map
    GroupKey lastKey = null;
    Group last = null;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.code().isPresent()) {
        ClassificationCode c = r.code().get();
        String unit = r.unit().orElse("");
        Group g;
        if (last != null && lastKey != null && lastKey.side == r.side() && lastKey.scheme == c.scheme() && lastKey.unit.equals(unit)) {
          g = last;
        } else {
          lastKey = new GroupKey(unit, r.side(), c.scheme());
          g = groups.computeIfAbsent(lastKey, k -> new Group());
          last = g;
        }
        if (g.byCode.putIfAbsent(c.digits(), i) != null) {
          continue; // a code printed twice: the first occurrence is the one checked
        }
        Optional<? extends ClassificationCode> p = c.parent();
        if (p.isPresent()) {
          g.children.computeIfAbsent(p.get().digits(), k -> new ArrayList<>()).add(i);
        }
        g.codes.add(i);
      } else if (Tables.isTotalRow(r) && !t.kind().isTwoSided()) {
        groups.computeIfAbsent(new GroupKey(r.unit().orElse(""), r.side(), null), k -> new Group()).totals.add(i);
      }
    }
    for (Group g : groups.values()) {
      boolean anyClass = false;
      for (int i : g.codes) {
        anyClass |= rows.get(i).code().get().parent().isEmpty();
      }
      for (int i : g.codes) {
        Optional<? extends ClassificationCode> p = rows.get(i).code().get().parent();
        // Roots are the 类 rows; only a section that prints no 类 at all sums its highest rows, so
        // that a 类 row missing beside others is still found.
        if (p.isEmpty() || (!anyClass && !g.byCode.containsKey(p.get().digits()))) {
          g.roots.add(i);
        }
      }
    }
    projectRollup(d, ctx, ti, t, out);
    Location tl = Tables.tableLocation(ti, t);
    for (Map.Entry<GroupKey, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      for (Map.Entry<String, List<Integer>> c : g.children.entrySet()) {
        Integer parent = g.byCode.get(c.getKey());
        if (parent != null) {
          compare(d, ctx, t, tl, parent, c.getValue(), out);
        }
      }
      if (!g.totals.isEmpty()) {
        List<Integer> classes = classRows(groups, e.getKey());
        if (!classes.isEmpty()) {
          for (int total : g.totals) {
            compare(d, ctx, t, tl, total, classes, out);
          }
        }
      }
    }
  }

  /**
   * Project tables (项目支出表): the department total row equals the sum of the project rows, and a
   * unit's total row the sum of that unit's project rows.
   */
  private void projectRollup(Disclosure d, RuleContext ctx, int ti, DisclosureTable t, List<Finding> out) {
    Map<String, List<Integer>> projectsByUnit = new LinkedHashMap<>();
    List<Integer> allProjects = new ArrayList<>();
    boolean unitRows = false;
    for (int i = 0; i < t.rows().size(); i++) {
      Row r = t.rows().get(i);
      if (r.kind() == RowKind.PROJECT) {
        allProjects.add(i);
        projectsByUnit.computeIfAbsent(r.unit().orElse(""), k -> new ArrayList<>()).add(i);
      }
      unitRows |= r.kind() == RowKind.UNIT;
    }
    if (allProjects.isEmpty()) {
      return;
    }
    Location tl = Tables.tableLocation(ti, t);
    for (int i = 0; i < t.rows().size(); i++) {
      Row r = t.rows().get(i);
      if (r.kind() == RowKind.TOTAL && r.unit().isEmpty() && !unitRows) {
        compare(d, ctx, t, tl, i, allProjects, out);
      } else if (Tables.isTotalRow(r) && r.unit().isPresent() && projectsByUnit.containsKey(r.unit().get())) {
        compare(d, ctx, t, tl, i, projectsByUnit.get(r.unit().get()), out);
      }
    }
  }

  /** The top rows of the one scheme printed in a unit/side group (none when two schemes are mixed). */
  private static List<Integer> classRows(Map<GroupKey, Group> groups, GroupKey total) {
    List<Integer> found = List.of();
    for (Map.Entry<GroupKey, Group> e : groups.entrySet()) {
      GroupKey k = e.getKey();
      if (!k.isTotal() && k.side == total.side && k.unit.equals(total.unit) && !e.getValue().roots.isEmpty()) {
        if (!found.isEmpty()) {
          return List.of();
        }
        found = e.getValue().roots;
      }
    }
    return found;
  }

  private static String level(Row parent) {
    return parent.code().map(c -> c.level().chinese()).orElse(parent.kind() == RowKind.UNIT ? "单位合计" : "合计");
  }

  private void compare(Disclosure d, RuleContext ctx, DisclosureTable t, Location tl, int parentIndex,
      List<Integer> childIndexes, List<Finding> out) {
    Row parent = t.rows().get(parentIndex);
    for (Column col : t.columns()) {
      if (!Tables.isAmountColumn(col)) {
        continue;
      }
      if (Tables.unreadable(parent, col.key()) || anyUnreadable(t, childIndexes, col)) {
        // a cell printing text that is not a number: no sum through it is checked (notChecked lists it)
        continue;
      }
      // the sum first, without Optionals or operand lists: almost every rollup agrees
      BigDecimal total = null;
      int terms = 0;
      for (int ci : childIndexes) {
        Cell cell = t.rows().get(ci).cells().get(col.key());
        if (cell != null && cell.hasValue()) {
          total = total == null ? cell.valueOrZero() : total.add(cell.valueOrZero());
          terms++;
        }
      }
      if (Comparisons.agrees(Tables.amount(parent, col.key()), total, terms)) {
        continue;
      }
      Optional<BigDecimal> pv = parent.value(col.key());
      Sum sum = new Sum();
      for (int ci : childIndexes) {
        sum.add(t.rows().get(ci).value(col.key()));
      }
      Comparisons.compareSum(out, d, t, ctx,
          () -> Tables.cellLocation(Tables.rowLocation(tl, parentIndex, parent), col.key()), pv, sum,
          (actual, expected) -> finding(CODE, Severity.ERROR).arguments(t.title(), Tables.rowName(parent), level(parent),
              col.label(), actual, expected));
    }
  }

  private static boolean anyUnreadable(DisclosureTable t, List<Integer> rows, Column col) {
    for (int i : rows) {
      if (Tables.unreadable(t.rows().get(i), col.key())) {
        return true;
      }
    }
    return false;
  }
}
