package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Blank cells among printed zeros (空白单元格): a row of amounts that prints {@code 0.00} in some
 * columns and nothing in others (a “三公” table whose 因公出国（境）费 columns are blank while the others
 * print 0.00). A blank is not a zero: no rule compares it, so the table should print 0.00 there.
 * One INFO per table, naming every such cell; a row that prints no zero says nothing (many tables
 * leave every zero blank).
 */
final class BlankCellsRule extends TableRule {
  static final String CODE = "blank-amount-cells";

  BlankCellsRule() {
    super("blank-cells", Set.of(CODE), Set.of("completeness"),
        "A row that prints 0.00 does not leave other amount cells blank");
  }

  @Override
  void checkTable(Disclosure d, RuleContext ctx, int ti, DisclosureTable t, List<Finding> out) {
    List<String> blanks = new ArrayList<>();
    int firstRow = -1;
    for (int ri = 0; ri < t.rows().size(); ri++) {
      Row r = t.rows().get(ri);
      List<String> inRow = new ArrayList<>();
      boolean zero = false;
      for (Column c : t.columns()) {
        if (!Tables.isAmountColumn(c) || !sameSide(r, c)) {
          continue;
        }
        Cell cell = r.cells().get(c.key());
        if (cell == null) {
          continue;
        }
        if (cell.mark() == CellMark.BLANK) {
          inRow.add(c.key());
        } else if (cell.mark() == CellMark.AMOUNT && cell.valueOrZero().signum() == 0) {
          zero = true;
        }
      }
      if (zero && !inRow.isEmpty()) {
        firstRow = firstRow < 0 ? ri : firstRow;
        // a PDF's rows are found by their page; a text's by their line
        String line = r.place().isPresent() ? " page " + r.place().get().page()
            : r.line().isPresent() ? " line " + r.line().getAsInt() : "";
        blanks.add(Tables.rowName(r) + line + ": " + String.join(", ", headers(t, inRow)));
      }
    }
    if (!blanks.isEmpty()) {
      Location tl = Tables.tableLocation(ti, t);
      out.add(finding(CODE, Severity.INFO).location(Tables.rowLocation(tl, firstRow, t.rows().get(firstRow)))
          .arguments(t.title(), blanks.size(), String.join("; ", blanks)).build());
    }
  }

  /** In a two-sided table a row of one side has no cells of the other's columns to speak of. */
  private static boolean sameSide(Row r, Column c) {
    return c.side() == Side.SINGLE || r.side() == Side.SINGLE || c.side() == r.side();
  }

  /** The columns as printed (their last header line), else their keys. */
  private static List<String> headers(DisclosureTable t, List<String> keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      out.add(t.column(k).filter(c -> !c.header().isEmpty())
          .map(c -> c.header().get(c.header().size() - 1).replaceAll("\\s+", "")).orElse(k));
    }
    return out;
  }
}
