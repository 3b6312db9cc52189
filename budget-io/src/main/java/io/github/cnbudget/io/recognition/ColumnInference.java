package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Places the values of a loose table's lines that print fewer values than the table has columns
 * (列位置丢失的数值), by deterministic rules of final-account tables, and reports every value so
 * placed as a {@link Severity#WARNING} with its line and reason (besides the two below, a 支出决算表
 * row financed by appropriations only takes their 基本支出/项目支出 and an appropriation row spending
 * all of its code's expenditure takes 支出决算表's, a carry-over row places what 小计 = 基本支出 +
 * 项目支出 and 年初 + 本年收入 − 小计 = 年末 settle, and a row under a header of several levels what
 * its column identities settle):
 *
 * <ol>
 *   <li><b>Blank columns.</b> Amounts are not negative, so a column the table's total row (合计,
 *       本年支出合计) leaves blank is blank in every row. When the total row is fully known, or the
 *       columns' totals are printed by another table of the same document (公开02 收入决算表 by the
 *       income rows of 公开01; the budget columns of 公开04 by its own income side), a line that prints
 *       exactly one value for each of the other columns is read in printed order.</li>
 *   <li><b>Column sums.</b> In every column the rows directly below a fully known row (its
 *       classification children, or the rows summed by the total row) add up to it, within the
 *       rounding of one unit of the last printed digit a row. All placements of the group's lone
 *       values (each line's values keep their printed order) that meet every column sum are found; a
 *       line is placed when all of them place it alike, otherwise it is left unplaced.</li>
 * </ol>
 *
 * <p>Before the rules search, the columns another table shows blank for the whole department are taken
 * out of those a row may take ({@link ByBlankColumns#blankElsewhere}), and under a header of several
 * levels so are those the total row leaves blank; a row a rule placed in part keeps, for each value
 * left, the columns between those of the values printed beside it.
 *
 * <p>Each rule is a class of its own: {@link ByRowIdentities}, {@link ByColumnIdentities},
 * {@link ByOtherTables}, {@link ByBlankColumns}, {@link BySums}; this class applies them in that order
 * and holds what they share (placing a line's values, agreeing on a placement).
 *
 * <p>Values no rule places stay reported as {@code ERROR} by the caller. Stateless; not instantiable.
 */
final class ColumnInference {
  /** Above this many combinations a sibling group is left unplaced rather than searched. */
  static final int MAX_COMBINATIONS = 200_000;

  private ColumnInference() {}

  /**
   * Places what the rules allow in a loose table.
   *
   * @param table the table, its rows read
   * @param earlier the other tables of the same document
   * @param cells reads printed amounts
   * @param problems receives one warning per placed line
   */
  static void resolve(TableDraft table, List<TableDraft> earlier, CellReader cells, List<ReadProblem> problems) {
    for (Side side : Side.values()) {
      List<RowDraft> rows = new ArrayList<>();
      for (RowDraft r : table.rows) {
        if (r.side == side) {
          rows.add(r);
        }
      }
      Optional<RowDraft> pendingRow = rows.stream().filter(r -> !r.pending.isEmpty()).findFirst();
      if (pendingRow.isEmpty()) {
        continue;
      }
      Optional<ByBlankColumns.Blank> blank = ByBlankColumns.blankElsewhere(table, earlier);
      Map<String, BigDecimal> ceilings = ByBlankColumns.ceilings(table, earlier);
      for (RowDraft r : rows) {
        if (!r.pending.isEmpty()) {
          blank.ifPresent(b -> narrow(r, b));
          r.ceilings = ceilings;
        }
      }
      boolean noOpening = table.title.kind == TableKind.GOVERNMENT_FUND && ByRowIdentities.noFundCarryOver(earlier);
      for (RowDraft r : rows) {
        if (!r.pending.isEmpty() && r.cells.isEmpty()) {
          ByRowIdentities.byRowIdentities(r, noOpening, cells, problems);
        }
      }
      List<Column> looseColumns = Objects.requireNonNull(table.looseColumns, "a loose table has its columns");
      if (ByColumnIdentities.isNested(looseColumns)) {
        // the department's basic spending bounds the department's row: the total, or the only row
        long printed = rows.stream().filter(r -> r.hasValues() || !r.pending.isEmpty()).count();
        for (RowDraft r : rows) {
          if (!r.pending.isEmpty()) {
            boolean department = r.kind == RowKind.TOTAL || printed == 1;
            ByColumnIdentities.byColumnIdentities(r, looseColumns, department ? ByOtherTables.basicSpending(table, earlier) : Map.of(), cells,
                problems);
          }
        }
      }
      if (ByOtherTables.isAppropriationByFunction(table.title.kind)) {
        for (RowDraft r : rows) {
          if (!r.pending.isEmpty() && r.code != null) {
            ByOtherTables.byExpenditureTable(r, table, earlier, cells, problems);
          }
        }
      }
      pendingRow = rows.stream().filter(r -> !r.pending.isEmpty()).findFirst();
      if (pendingRow.isEmpty()) {
        continue;
      }
      List<Column> components = pendingColumns(rows, looseColumns);
      if (table.title.kind == TableKind.EXPENDITURE) {
        for (RowDraft r : rows) {
          if (!r.pending.isEmpty() && r.code != null && r.pendingColumns.equals(components)) {
            ByOtherTables.byAppropriations(r, table, earlier, cells, problems);
          }
        }
      }
      Optional<RowDraft> total = ByBlankColumns.totalRow(rows);
      String activeSource = "";
      List<Column> active = null;
      if (total.isPresent() && total.get().pending.isEmpty() && total.get().hasValues()) {
        active = ByBlankColumns.activeIn(total.get(), components);
        activeSource = "the total row (line " + total.get().line + ")";
      } else {
        Optional<List<Column>> external = ByBlankColumns.externalActive(table, components, earlier);
        if (external.isPresent()) {
          active = external.get();
          activeSource = ByBlankColumns.externalSource(table, earlier);
        }
      }
      if (active != null) {
        for (RowDraft r : rows) {
          if (!r.pending.isEmpty() && r.pending.size() == active.size() && r.pendingColumns.equals(components)) {
            place(r, active, cells, problems, "one value for each column that is not blank: the other columns' totals"
                + " are blank in " + activeSource);
          }
        }
        if (ByColumnIdentities.isNested(looseColumns)) {
          components = byIdentitiesWithin(rows, components, active, activeSource, looseColumns, cells, problems);
        }
      }
      List<Column> candidates = active != null ? active : components;
      List<List<Column>> identities = ByColumnIdentities.isNested(looseColumns)
          ? ByColumnIdentities.identities(looseColumns) : List.of();
      boolean progress = true;
      while (progress) {
        progress = false;
        for (RowDraft parent : rows) {
          List<RowDraft> children = BySums.children(parent, rows, total.orElse(null));
          if (!children.isEmpty() && (!parent.pending.isEmpty() || children.stream().anyMatch(c -> !c.pending.isEmpty()))
              && BySums.bySums(parent, children, candidates, components, identities, cells, problems)) {
            progress = true;
          }
        }
      }
    }
  }

  /**
   * The columns the side's pending values may take, in the table's order: those of every row still
   * pending (a row some of whose values a rule placed keeps fewer, which do not narrow the others').
   */
  private static List<Column> pendingColumns(List<RowDraft> rows, List<Column> columns) {
    java.util.Set<Column> open = new java.util.HashSet<>();
    for (RowDraft r : rows) {
      if (!r.pending.isEmpty()) {
        open.addAll(r.pendingColumns);
      }
    }
    return columns.stream().filter(open::contains).toList();
  }

  /**
   * The other rows' values sit in the columns the total prints: the header's identities may then settle a
   * row printing fewer values than those (财政拨款 and its one part printed). Returns the columns left.
   */
  private static List<Column> byIdentitiesWithin(List<RowDraft> rows, List<Column> components, List<Column> active,
      String source, List<Column> columns, CellReader cells, List<ReadProblem> problems) {
    java.util.Set<String> blank = new java.util.LinkedHashSet<>();
    for (Column c : components) {
      if (!active.contains(c)) {
        blank.add(c.key());
      }
    }
    ByBlankColumns.Blank byTotal = new ByBlankColumns.Blank(blank, source);
    for (RowDraft r : rows) {
      if (!r.pending.isEmpty() && r.pendingColumns.equals(components)) {
        narrow(r, byTotal);
        ByColumnIdentities.byColumnIdentities(r, columns, Map.of(), cells, problems);
      }
    }
    return components.stream().filter(active::contains).toList();
  }

  /**
   * Takes the columns another table shows blank out of those the row's values may belong to, unless
   * too few would be left for its values; the placement's reason then names that table.
   */
  private static void narrow(RowDraft r, ByBlankColumns.Blank blank) {
    List<Column> possible = new ArrayList<>();
    for (Column c : r.pendingColumns) {
      if (!blank.keys().contains(c.key())) {
        possible.add(c);
      }
    }
    if (possible.size() < r.pendingColumns.size() && possible.size() >= r.pending.size()) {
      List<String> names = new ArrayList<>();
      for (Column c : r.pendingColumns) {
        if (!possible.contains(c)) {
          names.add(HeaderLayout.squeeze(c.label()));
        }
      }
      r.pendingColumns = List.copyOf(possible);
      r.narrowedBy = String.join(", ", names) + " blank by " + blank.source();
    }
  }

  /**
   * Keeps, position by position, the column that every accepted ordering so far puts there; a
   * position two orderings disagree on is left open ({@code null}).
   */
  static @Nullable Column[] agree(@Nullable Column @Nullable [] agreed, List<Column> ordering) {
    if (agreed == null) {
      return ordering.toArray(new Column[0]);
    }
    for (int k = 0; k < agreed.length; k++) {
      if (agreed[k] != null && !agreed[k].equals(ordering.get(k))) {
        agreed[k] = null;
      }
    }
    return agreed;
  }

  /**
   * Places the pending values whose column every accepted ordering agrees on; the others stay
   * pending, over the columns not taken.
   */
  static void placeAgreed(RowDraft r, @Nullable Column @Nullable [] agreed, List<Column> columns, CellReader cells,
      List<ReadProblem> problems, String reason) {
    if (agreed == null) {
      return;
    }
    List<Column> target = new ArrayList<>();
    List<String> placedValues = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (int k = 0; k < agreed.length; k++) {
      if (agreed[k] != null) {
        target.add(agreed[k]);
        placedValues.add(r.pending.get(k));
      } else {
        left.add(r.pending.get(k));
      }
    }
    if (target.isEmpty()) {
      return;
    }
    List<List<Column>> ranges = new ArrayList<>();
    for (int k = 0; k < agreed.length; k++) {
      if (agreed[k] == null) {
        // between the columns of the placed values printed before and after it, and within its range so far
        int from = -1;
        for (int j = k - 1; j >= 0 && from < 0; j--) {
          from = agreed[j] == null ? -1 : columns.indexOf(agreed[j]);
        }
        int to = columns.size();
        for (int j = k + 1; j < agreed.length && to == columns.size(); j++) {
          to = agreed[j] == null ? columns.size() : columns.indexOf(agreed[j]);
        }
        List<Column> range = new ArrayList<>(columns.subList(from + 1, to));
        if (r.pendingRanges != null) {
          range.retainAll(r.pendingRanges.get(k));
        }
        ranges.add(List.copyOf(range));
      }
    }
    r.pending.clear();
    r.pending.addAll(placedValues);
    place(r, target, cells, problems, reason);
    r.pending.addAll(left);
    List<Column> free = new ArrayList<>(columns);
    free.removeAll(target);
    r.pendingColumns = List.copyOf(free);
    r.pendingRanges = List.copyOf(ranges);
  }

  /**
   * The placements of a row's pending values among {@code from}: every choice of columns in printed
   * order, each value within the columns it may still take and not over a column's ceiling.
   */
  static List<List<Column>> options(RowDraft r, List<Column> from, List<BigDecimal> values) {
    List<Column> own = new ArrayList<>();
    for (Column c : from) {
      if (r.pendingColumns.contains(c)) {
        own.add(c);
      }
    }
    List<List<Column>> out = new ArrayList<>();
    BySums.choose(own, r.pending.size(), 0, new ArrayList<>(), out);
    List<List<Column>> ranges = r.pendingRanges;
    out.removeIf(cols -> {
      for (int k = 0; k < cols.size(); k++) {
        BigDecimal ceiling = r.ceilings.get(cols.get(k).key());
        if (ranges != null && !ranges.get(k).contains(cols.get(k))
            || ceiling != null && values.get(k).compareTo(ceiling) > 0) {
          return true;
        }
      }
      return false;
    });
    return out;
  }

  static @Nullable Column find(List<Column> columns, java.util.function.Predicate<Column> p) {
    for (Column c : columns) {
      if (p.test(c)) {
        return c;
      }
    }
    return null;
  }

  /** A column of the row's total: 合计, 小计, 本年支出合计, 本年收入合计. */
  static boolean isTotal(Column c) {
    return c.concept() == Concept.TOTAL || c.concept() == Concept.CURRENT_EXPENDITURE_TOTAL
        || c.concept() == Concept.CURRENT_INCOME_TOTAL;
  }

  /**
   * The values a row printed without their columns, in printed order; empty when one of them is not an
   * amount (a rule then has nothing to place).
   */
  static Optional<List<BigDecimal>> pendingValues(RowDraft r, CellReader cells) {
    List<BigDecimal> values = new ArrayList<>(r.pending.size());
    for (String printed : r.pending) {
      Optional<BigDecimal> v = cells.read(printed, r.line).value();
      if (v.isEmpty()) {
        return Optional.empty();
      }
      values.add(v.get());
    }
    return Optional.of(values);
  }

  /** The largest scale among values, 0 for none. */
  static int scale(List<BigDecimal> values) {
    int scale = 0;
    for (BigDecimal v : values) {
      scale = Math.max(scale, v.scale());
    }
    return scale;
  }

  static void place(RowDraft r, List<Column> columns, CellReader cells, List<ReadProblem> problems,
      String reason) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < columns.size(); k++) {
      r.cells.put(columns.get(k).key(), cells.read(r.pending.get(k), r.line));
      names.add(HeaderLayout.squeeze(columns.get(k).label()));
    }
    problems.add(ReadProblem.of(ReadProblem.Kind.VALUES_PLACED_BY_INFERENCE, Severity.WARNING, r.line, String.join(" ", r.pending),
        "values of '" + r.label.strip() + "' printed without column positions, placed by inference in "
            + String.join(", ", names) + ": " + reason + (r.narrowedBy == null ? "" : " (" + r.narrowedBy + ")")));
    r.pending.clear();
    r.pendingRanges = null;
  }
}
