package io.github.cnbudget.io.recognition;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The header of a performance table's indicator grid (指标表头): which column prints each of its
 * labels (一级指标, 二级指标, 三级指标, 目标值, 指标性质, 权重, 项目名称 …), and the value part's periods
 * when the grid prints history years beside the target. A header printed again over a page keeps the
 * columns; a new form or goal clears them. Not thread-safe; one per performance table.
 */
final class GridHeader {
  private final Map<String, Integer> columns = new HashMap<>();
  /** The value part's periods (history years beside the target), or null when it prints one value column. */
  private @Nullable ValueColumns values;
  /** The header line last read, squeezed, to know it again on the next page. */
  private @Nullable String printed;

  /** Whether no header has been read since the table began or was last cleared. */
  boolean isEmpty() {
    return columns.isEmpty();
  }

  /** Forgets the columns: the next header line is read afresh, even when printed as before. */
  void clear() {
    columns.clear();
    printed = null;
  }

  /**
   * Reads a header line, unless it is the one already read (printed again over the next page).
   *
   * @return true when the columns were read from this line
   */
  boolean read(SourceLine l) {
    if (l.squeezed().equals(printed) && !columns.isEmpty()) {
      return false;
    }
    printed = l.squeezed();
    columns.clear();
    List<String> cs = l.cells;
    for (int j = 0; j < cs.size(); j++) {
      String h = HeaderLayout.squeeze(cs.get(j));
      if (!h.isEmpty()) {
        columns.putIfAbsent(h, j);
      }
    }
    Integer nameAt = columns.get("三级指标");
    values = ValueColumns.read(cs, nameAt == null ? cs.size() : nameAt + 1);
    return true;
  }

  /** Reads the value part's second header row (2021年 | 2022年 | 预期当年实现值 under 指标值). */
  void readPeriods(List<String> cs) {
    values = ValueColumns.read(cs, 0);
  }

  /** The value part's periods, or null when the grid prints one value column. */
  @Nullable ValueColumns periods() {
    return values;
  }

  /** The column of a label, or null when the header does not print it. */
  @Nullable Integer column(String label) {
    return columns.get(label);
  }

  boolean has(String label) {
    return columns.containsKey(label);
  }

  /** The columns by label, read only. */
  Map<String, Integer> columns() {
    return Collections.unmodifiableMap(columns);
  }

  /** What a row prints under the first of the labels the header has. */
  String at(List<String> cs, String... labels) {
    for (String n : labels) {
      Integer j = columns.get(n);
      if (j != null && j < cs.size()) {
        return cs.get(j);
      }
    }
    return "";
  }

  /** What a row prints as its target: under the target's period, else under 目标值 / 指标值 / 年度指标值. */
  String target(List<String> cs) {
    return values != null ? cell(cs, values.target) : at(cs, "目标值", "指标值", "年度指标值");
  }

  /** The column of the grid's single target (指标值, 目标值…), or -1 when it has none or several periods. */
  int targetColumn() {
    if (values != null) {
      return -1;
    }
    for (String n : List.of("目标值", "指标值", "年度指标值")) {
      Integer j = columns.get(n);
      if (j != null) {
        return j;
      }
    }
    return -1;
  }

  static String cell(List<String> cs, int at) {
    return at < cs.size() ? cs.get(at).strip() : "";
  }
}
