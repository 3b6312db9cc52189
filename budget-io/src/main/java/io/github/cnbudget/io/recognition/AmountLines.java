package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Amounts printed on a line of their own, away from the label of the row they belong to (金额单独成行):
 * a tall row whose cells are set at different heights — its name wrapped or its cells centred while
 * others are not — printed as text a line at a time puts some of its amounts a line or two above or
 * below its code and name ({@code 1,503.52   603.14} over {@code 201   一般公共服务支出   2,106.66}). Such a
 * line is held until the next row with a label, then given to the row whose columns it fills without
 * writing over a printed cell: the nearer of the rows below and above it where both would take it (the
 * row below when they are as near), else the one that does. A line that fits neither is a row without
 * a label, reported.
 * Per table; not thread-safe.
 */
final class AmountLines {
  private final List<Held> held = new ArrayList<>();
  private final List<ReadProblem> problems;
  /** The table's column keys in printed order: a row's cells stay in that order when a line joins it. */
  private final Supplier<List<String>> columns;

  /** Whether a line may go to the row above: only where its amounts stood under their columns. */
  private final boolean upwards;
  /** The columns of a table read without them, by side: a line's values joined by their sum (see {@link #bySum}). */
  private final Supplier<List<Column>> looseColumns;

  private AmountLines(List<ReadProblem> problems, Supplier<List<String>> columns, boolean upwards,
      Supplier<List<Column>> looseColumns) {
    this.problems = problems;
    this.columns = columns;
    this.upwards = upwards;
    this.looseColumns = looseColumns;
  }

  /**
   * Lines of a table read by its columns: a line goes to the row below or above, and one that fits
   * neither is reported.
   */
  static AmountLines byColumns(List<ReadProblem> problems, Supplier<List<String>> columns) {
    return new AmountLines(problems, columns, true, List::of);
  }

  /**
   * Lines of a table whose columns were lost, its values placed by their order: a line goes only to the
   * row below whose columns it leaves alone and that names an item (the amount printed above its item:
   * 2,940.05 over 一、一般公共预算财政拨款), and stays a row of its own otherwise, as read; its values'
   * columns are a guess of order, too weak to give them to a row above. A line whose columns the row
   * below prints too joins it when one of the values is the sum of the others (see {@link #bySum}).
   */
  static AmountLines byOrder(Supplier<List<Column>> columns) {
    // nothing is reported: a line kept is a row as the loose reader read it
    return new AmountLines(List.of(), () -> columns.get().stream().map(Column::key).toList(), false, columns);
  }

  /**
   * Whether a row read from a line prints amounts and nothing else: no code, label, text or line
   * number, and every value placed.
   */
  static boolean only(RowDraft r) {
    return amountsOnly(r) && r.pending.isEmpty();
  }

  /**
   * Whether a row read from a line of a table without columns prints amounts and nothing else, some
   * perhaps not yet placed (their order no guide to their columns).
   */
  static boolean amountsOnly(RowDraft r) {
    return r.code == null && r.label.isEmpty() && r.texts.isEmpty() && r.number == null && r.hasValues();
  }

  /** A line of amounts held, and the line as printed (for the report if it stays a row of its own). */
  private record Held(RowDraft row, String printed) {}

  /** Whether a line of amounts is held: the table has read a row, though it is not yet among its rows. */
  boolean holds() {
    return !held.isEmpty();
  }

  /** Holds a line of amounts until the row it belongs to is known. */
  void hold(RowDraft r, String printed) {
    held.add(new Held(r, printed));
  }

  /**
   * Settles the held lines of {@code next}'s side before it is added to the table's rows: each goes to
   * the nearer of {@code next} and the row above among those whose empty columns it fills.
   */
  void settle(RowDraft next, List<RowDraft> rows) {
    RowDraft above = above(rows, next);
    if (!upwards && above != null) {
      continued(above, next, rows);
    }
    if (!upwards && togetherBySum(next)) {
      return;
    }
    List<Held> left = new ArrayList<>();
    for (Held h : held) {
      RowDraft line = h.row;
      if (line.side != next.side) {
        left.add(h);
      } else if (apart(line, next) && next.pending.isEmpty() && (upwards || namesAnItem(next))
          && (!upwards || above == null || !apart(line, above) || nearer(line, next, above))) {
        join(line, next);
      } else if (upwards && above != null && apart(line, above)) {
        join(line, above);
      } else if (upwards || !namesAnItem(next) || !bySum(line, next)) {
        keep(h, rows);
      }
    }
    held.clear();
    held.addAll(left);
  }

  /**
   * Joins a line of amounts to the row below it in a table read without columns when both print the
   * same columns by their order (2,940.05 2,940.05 over 本年收入合计 本年支出合计 2,940.05: the side's 合计 and
   * one source, set higher than its label): the values together are the row's, the one the others sum
   * to is its total — amounts are not negative, so no other value can be — and the others wait for the
   * column inference, their order no guide to their columns. False, and nothing joined, when no value
   * is the sum of the others, a value is not a number, or there are more values than the side's columns.
   */
  private boolean bySum(RowDraft line, RowDraft row) {
    List<Column> side = sideOf(row);
    Optional<List<Cell>> above = sideValues(line, side);
    Optional<List<Cell>> own = sideValues(row, side);
    if (above.isEmpty() || own.isEmpty()) {
      return false;
    }
    List<Cell> values = new ArrayList<>(above.get());
    values.addAll(own.get());
    return totalOf(values, row, side);
  }

  /**
   * Gives every line held on a row's side to it when the row prints a label and no amount (合计, a
   * coded item) and, of all their values, one is the sum of the others: a tall row's amounts set at
   * different heights, each a line above its label ({@code 2,336.91 603.14} / {@code 2,940.05} /
   * {@code 合计}, as {@code pdftotext} prints them). The sum is the row's total, the others wait for the
   * column inference; false, and nothing given, otherwise.
   */
  private boolean togetherBySum(RowDraft next) {
    List<Held> lines = held.stream().filter(h -> h.row.side == next.side).toList();
    if (lines.size() < 2 || next.hasValues() || !next.pending.isEmpty() || !namesAnItem(next)) {
      return false;
    }
    List<Column> side = sideOf(next);
    List<Cell> values = new ArrayList<>();
    for (Held h : lines) {
      Optional<List<Cell>> v = sideValues(h.row, side);
      if (v.isEmpty()) {
        return false;
      }
      values.addAll(v.get());
    }
    if (!totalOf(values, next, side)) {
      return false;
    }
    held.removeAll(lines);
    return true;
  }

  private List<Column> sideOf(RowDraft r) {
    return looseColumns.get().stream().filter(c -> c.side() == r.side).toList();
  }

  /**
   * A row's values on its side: its cells in the columns' order, then the values its reading did not
   * place (as printed). Empty when it has a cell in another side's column or a value that is no number.
   */
  private static Optional<List<Cell>> sideValues(RowDraft r, List<Column> side) {
    List<Cell> values = new ArrayList<>();
    side.stream().map(c -> r.cells.get(c.key())).filter(java.util.Objects::nonNull).forEach(values::add);
    if (values.size() != r.cells.size()) {
      return Optional.empty();
    }
    r.pending.forEach(p -> values.add(Cell.printed(p)));
    return values.stream().allMatch(c -> c.value().isPresent()) ? Optional.of(values) : Optional.empty();
  }

  /**
   * Makes the value the others sum to the row's total and the others its values waiting for the column
   * inference (their order no guide to their columns); false, and nothing changed, when no value is
   * the sum of the others or there are more values than the side's columns.
   */
  private static boolean totalOf(List<Cell> values, RowDraft row, List<Column> side) {
    if (values.isEmpty() || side.isEmpty() || !ColumnInference.isTotal(side.get(0)) || values.size() > side.size()) {
      return false;
    }
    BigDecimal all = values.stream().map(c -> c.value().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    for (int k = 0; k < values.size(); k++) {
      BigDecimal v = values.get(k).value().orElseThrow();
      if (v.add(v).compareTo(all) == 0) {
        row.cells.clear();
        row.pending.clear();
        row.cells.put(side.get(0).key(), values.get(k));
        for (int j = 0; j < values.size(); j++) {
          if (j != k) {
            row.pending.add(values.get(j).printed());
          }
        }
        row.pendingColumns = List.copyOf(side.subList(1, side.size()));
        return true;
      }
    }
    return false;
  }

  /**
   * The table ends: each line still held goes to the last row of its side when it fills only that
   * row's empty columns (amounts printed below the table's last label), else is a row without a label.
   */
  void flush(List<RowDraft> rows) {
    if (!held.isEmpty()) {
      RowDraft above = above(rows, held.get(0).row);
      if (above != null && !upwards) {
        continued(above, null, rows);
      }
    }
    for (Held h : held) {
      RowDraft above = above(rows, h.row);
      if (upwards && above != null && apart(h.row, above)) {
        join(h.row, above);
      } else {
        keep(h, rows);
      }
    }
    held.clear();
  }

  /**
   * Joins to the row above the held lines that continue it, as text printed in the order the page wrote
   * its cells puts them (each cell where the page drew it, a line broken wherever two cells stand at
   * different heights): a row whose name lines below finished (a code printed alone, then the name's
   * lines) and that prints no amount takes the line of amounts after its name; a row whose amounts run
   * on over the lines below it ({@code 合计 2,940.05} over {@code 2,336.91 603.14}, or its total set lower:
   * {@code 合计 2,336.91 603.14} over {@code 2,940.05}) takes them when one of its values is then the sum
   * of the others, the row below ({@code next}, null at the table's end) printing amounts of its own and
   * so not theirs.
   */
  private void continued(RowDraft above, @Nullable RowDraft next, List<RowDraft> rows) {
    List<Held> after = new ArrayList<>();
    for (Held h : held) {
      if (h.row.side == above.side && h.row.line > above.line) {
        after.add(h);
      }
    }
    if (after.isEmpty()) {
      return;
    }
    if (above.nameBelow && !above.hasValues() && above.pending.isEmpty() && rows.get(rows.size() - 1) == above) {
      join(after.get(0).row, above);
      held.remove(after.remove(0));
    }
    if (after.isEmpty() || next != null && apart(after.get(0).row, next) && namesAnItem(next)) {
      return;
    }
    List<Column> side = looseColumns.get().stream().filter(c -> c.side() == above.side).toList();
    List<Cell> values = new ArrayList<>();
    for (String key : columns.get()) {
      Cell c = above.cells.get(key);
      if (c != null) {
        values.add(c);
      }
    }
    if (values.size() != above.cells.size()) {
      return;
    }
    // (values not yet placed are read as printed: a damaged number prints no value and joins nothing)
    above.pending.forEach(p -> values.add(Cell.printed(p.strip())));
    for (Held h : after) {
      values.addAll(h.row.cells.values());
      h.row.pending.forEach(p -> values.add(Cell.printed(p.strip())));
    }
    int sum = sumOfOthersCells(values);
    boolean placed = !side.isEmpty() && above.cells.containsKey(side.get(0).key());
    if (!LooseTable.totalFirst(side) || !placed && (!above.cells.isEmpty() || above.pending.isEmpty())
        || values.size() > side.size() || sum < 0) {
      // (a row printing values none of which was placed holds them in printed order; a row printing none
      // takes none from below)
      return;
    }
    above.cells.clear();
    above.pending.clear();
    if (sum > 0) {
      // the total set lower than the other cells (合计 2,336.91 603.14 over 2,940.05): the others' order
      // across the two lines is no guide to their columns
      values.add(0, values.remove(sum));
      above.cells.put(side.get(0).key(), values.get(0));
      values.subList(1, values.size()).forEach(c -> above.pending.add(c.printed()));
      above.pendingColumns = List.copyOf(side.subList(1, side.size()));
    } else if (values.size() == side.size()) {
      // a value for every column: their order is the columns'
      for (int k = 0; k < values.size(); k++) {
        above.cells.put(side.get(k).key(), values.get(k));
      }
      above.pendingColumns = List.of();
    } else {
      above.cells.put(side.get(0).key(), values.get(0));
      values.subList(1, values.size()).forEach(c -> above.pending.add(c.printed()));
      above.pendingColumns = List.copyOf(side.subList(1, side.size()));
    }
    held.removeAll(after);
  }

  /**
   * The index of the first of the cells that is the sum of the others, or -1 (also when one prints no
   * number, or there are fewer than two).
   */
  private static int sumOfOthersCells(List<Cell> values) {
    if (values.stream().anyMatch(c -> c.value().isEmpty())) {
      return -1;
    }
    return sumOfOthers(values.stream().map(c -> c.value().orElseThrow()).toList());
  }

  /** The index of the first of the values that is the sum of the others, or -1 (also for fewer than two). */
  static int sumOfOthers(List<BigDecimal> values) {
    if (values.size() < 2) {
      return -1;
    }
    BigDecimal all = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    for (int k = 0; k < values.size(); k++) {
      if (values.get(k).add(values.get(k)).compareTo(all) == 0) {
        return k;
      }
    }
    return -1;
  }

  /** The last row of a line's side, or null. */
  private static @Nullable RowDraft above(List<RowDraft> rows, RowDraft line) {
    for (int k = rows.size() - 1; k >= 0; k--) {
      if (rows.get(k).side == line.side) {
        return rows.get(k);
      }
    }
    return null;
  }

  private void keep(Held h, List<RowDraft> rows) {
    if (upwards) {
      problems.add(ReadProblem.of(ReadProblem.Kind.ROW_WITHOUT_LABEL, Severity.WARNING, h.row.line, h.printed,
          "row without a label"));
    }
    rows.add(h.row);
  }

  /** Gives a line's amounts to a row, its cells then in the columns' order. */
  private void join(RowDraft line, RowDraft row) {
    Map<String, Cell> all = new HashMap<>(row.cells);
    all.putAll(line.cells);
    row.cells.clear();
    for (String key : columns.get()) {
      Cell c = all.remove(key);
      if (c != null) {
        row.cells.put(key, c);
      }
    }
    row.cells.putAll(all);
    if (!line.pending.isEmpty()) {
      // values the line printed without their columns wait with the row's for the column inference
      row.pending.addAll(line.pending);
      if (row.pendingColumns.isEmpty()) {
        row.pendingColumns = line.pendingColumns;
      }
    }
  }

  /**
   * Whether a row read without columns is an item a line of amounts may belong to: a code, a standard
   * row (合计, 本年收入合计, 一般公共预算财政拨款) or an ordinal item; not a heading printed after the table
   * (其他相关情况说明) under a row of amounts printed without a label.
   */
  private static boolean namesAnItem(RowDraft r) {
    return r.code != null || r.concept != null || io.github.cnbudget.model.table.Ordinal.of(r.label).isPresent();
  }

  /**
   * Whether the row below is at least as near to the line as the row above: a list of items printing
   * nothing (a summary's 类 with blank amounts) must not take the amounts of the total printed under it.
   */
  private static boolean nearer(RowDraft line, RowDraft below, RowDraft above) {
    return below.line - line.line <= line.line - above.line;
  }

  /** Whether a line's amounts stand only in columns where a row prints nothing. */
  private static boolean apart(RowDraft line, RowDraft row) {
    return Collections.disjoint(line.cells.keySet(), row.cells.keySet());
  }
}
