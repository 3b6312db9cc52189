package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.performance.LabelledAmounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 年度主要任务 block of a department-wide performance form: a header naming the amount columns
 * (任务名称 | 主要内容 | 预算金额, then 总额 | 其中：财政拨款 | 其中：其他资金), then one row per task — its name, its
 * description, its amounts under the columns in order; printed as one run of words, each word is a cell.
 * Not thread-safe; one per performance table.
 */
final class TaskRows {
  private final CellReader cells;
  /** The amount columns' labels, in printed order. */
  private final List<String> amountLabels = new ArrayList<>();

  TaskRows(CellReader cells) {
    this.cells = cells;
  }

  /** Whether the cells are the block's header (任务名称…, or the 总额 line naming the amount columns), read. */
  boolean header(SourceLine l, boolean beforeGrid) {
    List<String> cs = words(l);
    if (has(cs, "任务名称")) {
      amountLabels.clear();
      return true;
    }
    if (beforeGrid && has(cs, "总额")) {
      amountLabels.clear();
      for (String c : cs) {
        if (!c.isEmpty()) {
          amountLabels.add(c);
        }
      }
      return true;
    }
    return false;
  }

  /**
   * A task: the texts before the first amount (name, then description) and the amounts under the
   * amount columns in order; empty when the line prints no amount.
   */
  Optional<LabelledAmounts> row(SourceLine l) {
    List<String> cs = words(l);
    int firstAmount = firstAmount(cs);
    if (firstAmount < 0) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    for (int j = 0; j < firstAmount; j++) {
      String c = cs.get(j);
      if (!c.isEmpty() && !HeaderLayout.squeeze(c).equals("年度主要任务")) {
        texts.add(c);
      }
    }
    LabelledAmounts.Builder b = LabelledAmounts.builder().label(texts.isEmpty() ? "" : texts.get(0)).line(l.number);
    if (texts.size() > 1) {
      b.description(String.join("", texts.subList(1, texts.size())));
    }
    int k = 0;
    for (int j = firstAmount; j < cs.size(); j++) {
      String c = cs.get(j);
      if (!c.isEmpty()) {
        b.putCells(k < amountLabels.size() ? amountLabels.get(k) : "c" + (k + 1), cells.read(c, l.number));
        k++;
      }
    }
    return Optional.of(b.build());
  }

  /**
   * Whether a line printed as one run of words is a task: a name, then words, then only amounts (or
   * dashes), at least two, to the end (基本支出 主要用于… 10,866 10,866 -); not a goal's text that
   * happens to hold a number.
   */
  boolean isWordRow(SourceLine l) {
    if (l.nonEmptyCount() != 1) {
      return false;
    }
    List<String> cs = words(l);
    int amounts = 0;
    for (int j = cs.size() - 1; j >= 1 && (CellReader.isAmountLike(cs.get(j)) || cs.get(j).equals("-")); j--) {
      amounts++;
    }
    return amounts >= 2 && amounts == cs.size() - firstAmount(cs) && firstAmount(cs) >= 1;
  }

  private static int firstAmount(List<String> cs) {
    for (int j = 0; j < cs.size(); j++) {
      if (!cs.get(j).isEmpty() && (CellReader.isAmountLike(cs.get(j)) || cs.get(j).equals("-"))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The cells, or the words of a line printed as one run of words (text from other tools: 基本支出
   * 主要用于人员… 6,924 6,924 -), each word a cell: the name, the description, the amounts.
   */
  private static List<String> words(SourceLine l) {
    return l.nonEmptyCount() == 1 && l.text().strip().contains(" ") ? IndicatorWords.words(l) : l.cells;
  }

  private static boolean has(List<String> cs, String name) {
    for (String c : cs) {
      if (HeaderLayout.squeeze(c).equals(name)) {
        return true;
      }
    }
    return false;
  }
}
