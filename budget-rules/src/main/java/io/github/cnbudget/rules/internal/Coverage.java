package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.rules.finding.NotChecked.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule needs of a document and did not get (校验覆盖): the tables of the kinds it compares,
 * read or not. A table is "not read" when it is in the document with no row at all and without a
 * statement (or note) that it is empty: its title was recognised and nothing under it was placed,
 * so no rule that needs it may count it as checked.
 */
final class Coverage {
  private Coverage() {}

  /** The index of the first table of a kind, or -1. */
  static int index(Disclosure d, TableKind kind) {
    for (int i = 0; i < d.tables().size(); i++) {
      if (d.tables().get(i).kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a table's content was read: it has rows, or says it is empty. */
  static boolean isRead(DisclosureTable t) {
    return !t.rows().isEmpty() || t.emptyStatement().isPresent() || EmptyTableRule.explainedByNote(t);
  }

  /** What a check that needs tables of some kinds cannot check: each kind absent or not read. */
  static List<NotChecked> need(Disclosure d, String ruleId, String check, TableKind... kinds) {
    List<NotChecked> out = new ArrayList<>();
    need(d, ruleId, check, out, kinds);
    return out;
  }

  /**
   * Records, for a check that compares tables of some kinds, each kind that is absent or not read.
   *
   * @return whether every table is there and read
   */
  static boolean need(Disclosure d, String ruleId, String check, List<NotChecked> out, TableKind... kinds) {
    boolean all = true;
    for (TableKind k : kinds) {
      int i = index(d, k);
      if (i < 0) {
        out.add(NotChecked.of(ruleId, Reason.TABLE_ABSENT, check, k.chinese(), Location.document()));
        all = false;
      } else if (!isRead(d.tables().get(i))) {
        DisclosureTable t = d.tables().get(i);
        out.add(NotChecked.of(ruleId, Reason.TABLE_NOT_READ, check, t.title(), Tables.tableLocation(i, t)));
        all = false;
      }
    }
    return all;
  }

  /** Whether a column holds at least one printed amount: text columns (绩效目标) are not amounts. */
  private static boolean holdsAmounts(DisclosureTable t, Column c) {
    if (!Tables.isAmountColumn(c)) {
      return false;
    }
    for (Row r : t.rows()) {
      var cell = r.cells().get(c.key());
      if (cell != null && cell.mark() == CellMark.AMOUNT) {
        return true;
      }
    }
    return false;
  }

  /** Records every table of the document that is there but was not read. */
  static void notRead(Disclosure d, String ruleId, String check, List<NotChecked> out) {
    for (int ti = 0; ti < d.tables().size(); ti++) {
      DisclosureTable t = d.tables().get(ti);
      if (!isRead(t)) {
        out.add(NotChecked.of(ruleId, Reason.TABLE_NOT_READ, check, t.title(), Tables.tableLocation(ti, t)));
      }
    }
  }

  /**
   * Records every cell of an amount column that prints text that is not a number: no sum through
   * it is checked ({@code 5 0.6 0}, a wrapped label in an amount column).
   */
  static void unreadableCells(Disclosure d, String ruleId, String check, List<NotChecked> out) {
    for (int ti = 0; ti < d.tables().size(); ti++) {
      DisclosureTable t = d.tables().get(ti);
      Location tl = null;
      for (int ri = 0; ri < t.rows().size(); ri++) {
        Row r = t.rows().get(ri);
        for (Column c : t.columns()) {
          if (!holdsAmounts(t, c)) {
            continue;
          }
          var cell = r.cells().get(c.key());
          if (cell != null && cell.mark() == CellMark.TEXT) {
            tl = tl == null ? Tables.tableLocation(ti, t) : tl;
            out.add(NotChecked.of(ruleId, Reason.VALUE_UNREADABLE, check, "«" + cell.printed() + "»",
                Tables.cellLocation(Tables.rowLocation(tl, ri, r), c.key())));
          }
        }
        if (!r.unplaced().isEmpty()) {
          // values the row prints that could not be placed under a column: no sum through the row's
          // columns without a value is checked
          tl = tl == null ? Tables.tableLocation(ti, t) : tl;
          StringBuilder values = new StringBuilder();
          for (var cell : r.unplaced()) {
            values.append(values.length() == 0 ? "" : " ").append(cell.printed());
          }
          out.add(NotChecked.of(ruleId, Reason.VALUE_UNREADABLE, check, "«" + values + "»", Tables.rowLocation(tl, ri, r)));
        }
      }
    }
  }
}
