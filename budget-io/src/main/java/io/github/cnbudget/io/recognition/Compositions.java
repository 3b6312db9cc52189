package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.table.Cell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The 构成 blocks of a department-wide performance form (部门整体支出绩效目标表): a header naming the
 * block and its columns (收入构成 | 年度收入总额 | 财政拨款 | 其他资金, or years), then rows of figures
 * under the columns, each named by its first cell (金额, 占比, 2022年). Each row becomes the labelled
 * amounts {@code 收入构成/金额} with its cells keyed by the column label above them; a share stays the
 * text printed ({@code 81.25%}). Not thread-safe; one per performance table.
 */
final class Compositions {
  private static final Pattern BLOCK = Pattern.compile("^\\S{0,8}构成(?:情况)?$");

  private final CellReader cells;
  private @Nullable String block;
  /** Column labels by the index of the cell they head. */
  private final Map<Integer, String> columns = new LinkedHashMap<>();

  Compositions(CellReader cells) {
    this.cells = cells;
  }

  /**
   * Reads a line when it is a block's header or one of its rows.
   *
   * @return empty when the line is neither; a header gives an empty list, a row its labelled amounts
   */
  Optional<List<LabelledAmounts>> accept(SourceLine l) {
    List<Integer> at = new ArrayList<>();
    for (int j = 0; j < l.cells.size(); j++) {
      if (!l.cells.get(j).isBlank()) {
        at.add(j);
      }
    }
    if (at.size() >= 3 && BLOCK.matcher(HeaderLayout.squeeze(l.cell(at.get(0)))).matches()
        && at.stream().skip(1).noneMatch(j -> figure(l.cell(j)))) {
      block = HeaderLayout.squeeze(l.cell(at.get(0)));
      columns.clear();
      for (int j : at.subList(1, at.size())) {
        columns.put(j, HeaderLayout.squeeze(l.cell(j)));
      }
      return Optional.of(List.of());
    }
    if (block == null || at.size() < 2 || figure(l.cell(at.get(0))) || !figure(l.cell(at.get(1)))) {
      if (!at.isEmpty()) {
        block = null;
      }
      return Optional.empty();
    }
    LabelledAmounts.Builder b = LabelledAmounts.builder().label(block + "/" + HeaderLayout.squeeze(l.cell(at.get(0))))
        .line(l.number);
    List<String> byOrder = new ArrayList<>(columns.values());
    for (int k = 1; k < at.size(); k++) {
      int j = at.get(k);
      // under the label printed above it; where cells do not line up (text from other tools), in order
      String key = columns.getOrDefault(j, k - 1 < byOrder.size() ? byOrder.get(k - 1) : "c" + k);
      String printed = l.cell(j).strip();
      b.putCells(key, printed.endsWith("%") ? Cell.printed(printed) : cells.read(printed, l.number));
    }
    return Optional.of(List.of(b.build()));
  }

  /** Whether a cell prints a figure: an amount or a share (81.25%). */
  static boolean figure(String text) {
    String t = text.strip();
    return CellReader.isAmountLike(t) || t.matches("-?\\d+(?:\\.\\d+)?%");
  }
}
