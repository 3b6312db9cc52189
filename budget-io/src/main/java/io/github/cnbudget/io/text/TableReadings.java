package io.github.cnbudget.io.text;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.Repair;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Two readings of one space-aligned text joined table by table (逐表择优): the document's reading (by
 * its columns, or by the order of its words, whichever placed more amounts) keeps each table unless the
 * other reading's table of the same title and line places no fewer amounts and leaves fewer of its
 * classification rows apart from the sum of the rows under them. A layout tool's columns drift on some
 * pages and not on others, so one reading may serve one table and the other the next; a table whose
 * rows do not add up in the reading kept would otherwise reach the rules as the publisher's errors.
 * The problems and repairs reported on a table's lines come with it. Tables naming projects, or units
 * the kept reading does not know, stay as read. Stateless; not instantiable.
 */
final class TableReadings {
  private TableReadings() {}

  /**
   * The kept reading with each table the other reading reads better put in its place; the report
   * names each table so taken.
   *
   * @param kept the document's reading
   * @param other the other reading of the same lines
   * @param how how the other reading reads (for the report: “by the order of its words”)
   * @return the joined reading, or {@code kept} when no table is better read the other way
   */
  static ImportResult joined(ImportResult kept, ImportResult other, String how) {
    Disclosure d = kept.disclosure();
    List<DisclosureTable> tables = new ArrayList<>(d.tables());
    List<ReadProblem> problems = new ArrayList<>(kept.report().problems());
    List<Repair> repairs = new ArrayList<>(kept.report().repairs());
    Set<String> units = d.department().units().stream().map(BudgetUnit::name).collect(Collectors.toSet());
    units.add(d.department().name());
    boolean changed = false;
    for (int i = 0; i < tables.size(); i++) {
      DisclosureTable mine = tables.get(i);
      DisclosureTable theirs = counterpart(mine, other.disclosure());
      if (theirs == null || !movable(theirs, units)) {
        continue;
      }
      long placedTheirs = placed(theirs);
      long placedMine = placed(mine);
      int apartTheirs = RowSums.apart(theirs);
      int apartMine = RowSums.apart(mine);
      // (better read: no fewer amounts placed, fewer rows apart from their sums)
      if (placedTheirs < placedMine || apartTheirs >= apartMine) {
        continue;
      }
      int from = mine.line().orElse(0);
      int to = i + 1 < tables.size() ? tables.get(i + 1).line().orElse(Integer.MAX_VALUE) : Integer.MAX_VALUE;
      problems.removeIf(p -> p.line() >= from && p.line() < to);
      repairs.removeIf(r -> r.line() >= from && r.line() < to);
      other.report().problems().stream().filter(p -> p.line() >= from && p.line() < to).forEach(problems::add);
      other.report().repairs().stream().filter(r -> r.line() >= from && r.line() < to).forEach(repairs::add);
      problems.add(ReadProblem.of(ReadProblem.Kind.TABLE_READ_OTHERWISE, Severity.INFO, from, mine.title(),
          "table read " + how + ": " + apartTheirs + " of its classification rows apart from the sum of"
              + " the rows under them, against " + apartMine + "; " + placedTheirs + " amounts placed,"
              + " against " + placedMine));
      tables.set(i, theirs);
      changed = true;
    }
    if (!changed) {
      return kept;
    }
    problems.sort(java.util.Comparator.comparingInt(ReadProblem::line));
    return ImportResult.of(d.withTables(tables), ImportReport.of(problems, repairs));
  }

  /** The other reading's table of the same kind, title and line, if it read one. */
  private static @Nullable DisclosureTable counterpart(DisclosureTable mine, Disclosure other) {
    for (DisclosureTable t : other.tables()) {
      if (t.kind() == mine.kind() && t.title().equals(mine.title()) && t.line().equals(mine.line())) {
        return t;
      }
    }
    return null;
  }

  /** A table that may take another's place: no projects read from it, and no unit the kept reading lacks. */
  private static boolean movable(DisclosureTable t, Set<String> units) {
    if (t.kind() == TableKind.PROJECT_EXPENDITURE) {
      return false;
    }
    for (Row r : t.rows()) {
      if (r.unit().filter(u -> !units.contains(u)).isPresent()) {
        return false;
      }
    }
    return true;
  }


  /** The amounts a table's cells hold. */
  static long placed(DisclosureTable t) {
    return t.rows().stream().flatMap(r -> r.cells().values().stream()).filter(c -> c.hasValue()).count();
  }
}
