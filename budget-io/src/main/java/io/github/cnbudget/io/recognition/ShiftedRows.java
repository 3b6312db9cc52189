package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.performance.Level2;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows of an indicator grid printed one column left of their header: the header has a label column
 * left of 一级指标 (年度绩效指标) that the rows leave out, so each row's first level stands under the
 * label, its second under 一级指标, its name under 二级指标 and its target under 三级指标, and the 指标值
 * column stays empty. A row is put back one column right when its target column is empty and the
 * row shows the shift — a first level under the label column, a second level under 一级指标, a target
 * under 三级指标 — or, once a row of the grid has shown it, when the row prints a name and a target
 * ending under 三级指标. A row printing one piece (the end of a wrapped name) is never moved. Not
 * thread-safe; one per grid.
 */
final class ShiftedRows {

  private boolean shifted;
  private boolean reported;

  /** Forgets what the rows of the previous grid showed: a new header begins. */
  void reset() {
    shifted = false;
    reported = false;
  }

  /**
   * The row as its header lays it out: one column right when it was printed one column left, else as printed.
   *
   * @param col the header's columns by their squeezed labels
   * @param target the target's column, or -1 when the header has no single target column
   */
  SourceLine realign(SourceLine l, Map<String, Integer> col, int target) {
    Integer l1 = col.get("一级指标");
    Integer name = col.get("三级指标");
    if (l1 == null || l1 < 1 || name == null || target != name + 1 || !l.cell(target).isEmpty()) {
      return l;
    }
    int last = -1;
    int printed = 0;
    for (int j = 0; j < l.cells.size(); j++) {
      if (!l.cells.get(j).isEmpty()) {
        last = j;
        printed++;
      }
    }
    if (last != name || printed < 2) {
      return l;
    }
    boolean shows = Level1.fromText(l.cell(l1 - 1)).isPresent()
        || Level2.fromText(l.cell(l1)).isPresent() && Level1.fromText(l.cell(l1)).isEmpty()
        || IndicatorWords.TARGET_START.matcher(l.cell(name).strip()).find();
    if (!shows && !shifted) {
      return l;
    }
    shifted = true;
    List<String> cells = new ArrayList<>(l.cells.size() + 1);
    cells.add("");
    cells.addAll(l.cells);
    return l.withCells(cells);
  }

  /** Whether the grid's rows were found shifted and this is the first time it is asked: report it once. */
  boolean firstReport() {
    if (shifted && !reported) {
      reported = true;
      return true;
    }
    return false;
  }
}
