package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.RowKind;
import java.util.List;

/**
 * Checks that a table's amounts were read with their rows (数值与行名是否同行读取). Text extracted block by
 * block rather than row by row (a tool's reading order, a page's tall two-panel rows) prints a row's
 * amounts apart from its code and name: they come back as rows of amounts with no name (or an amount
 * for a name), and the named rows hold the amounts of their neighbours. A table so read keeps its rows,
 * but every amount is kept as unplaced (its column not known) and every code as part of its row's
 * printed name, so no rule checks a sum or a code through them, and the import report says why,
 * instead of the validation rules reporting the misreading as the publisher's defects. Stateless; not
 * instantiable.
 */
final class RowsApartCheck {
  /** Rows of amounts without a name or code, at least, for a table to be taken as read apart. */
  private static final int AT_LEAST = 3;

  /** A name that is only figures (110.00, .00): an amount read where the row's name should be. */
  private static final java.util.regex.Pattern FIGURES = java.util.regex.Pattern.compile("[\\d,.\\s-]*\\d[\\d,.\\s-]*");

  private RowsApartCheck() {}

  static void check(TableDraft t, List<ReadProblem> problems) {
    int withAmounts = 0;
    int nameless = 0;
    int first = -1;
    for (RowDraft r : t.rows) {
      if (!r.hasValues() && r.pending.isEmpty()) {
        continue;
      }
      withAmounts++;
      if (r.kind != RowKind.TOTAL && r.concept == null && (r.code == null && r.label.isBlank() || FIGURES.matcher(r.label).matches())) {
        nameless++;
        first = first < 0 ? r.line : first;
      }
    }
    // (one or two nameless rows are a wrapped line or a stray total; a fifth of the rows is a reading)
    if (nameless >= AT_LEAST && nameless * 5 >= withAmounts) {
      problems.add(ReadProblem.of(ReadProblem.Kind.AMOUNTS_APART_FROM_ROWS, Severity.ERROR, first, t.title.printed.strip(),
          nameless + " of the " + withAmounts + " rows with amounts have no name, or figures for one: the table's amounts were"
              + " printed apart from their rows' names (text extracted block by block, not row by row?); amounts kept unplaced"));
      for (RowDraft r : t.rows) {
        List<String> values = new java.util.ArrayList<>();
        r.cells.entrySet().removeIf(e -> {
          if (e.getValue().hasValue()) {
            values.add(e.getValue().printed());
            return true;
          }
          return false;
        });
        r.pending.addAll(0, values);
        // (the codes were read beside other rows' names too: a code kept would be checked as the row's)
        if (r.code != null && r.kind == RowKind.CODE) {
          r.label = (r.code.digits() + " " + r.label).strip();
          r.code = null;
          r.kind = RowKind.ITEM;
        }
      }
    }
  }
}
