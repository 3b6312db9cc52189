package io.github.cnbudget.io.recognition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The value part of an indicator grid (指标值) when it prints several periods: earlier years beside
 * the target (2021年 | 2022年 | 预期当年实现值, 前年 | 上年 | 预计当年实现, or 2022年完成值 | 2023年完成值 |
 * 2024年目标值 on the header line itself). The column saying the target (预期, 预计, 目标, 当年, 本年;
 * else the latest year) holds the target; the others are history (历史值), kept under their printed
 * label so that a target is never compared with a value of an earlier year.
 */
final class ValueColumns {
  /** A period label: a year, or a year counted back from the budget year. */
  private static final Pattern PERIOD = Pattern.compile("^(?:(\\d{4})\\s*年.*|前年.*|上年.*|去年.*|上上年.*|当年.*|本年.*"
      + "|预[期计].*|.*(?:目标值|实现值|完成值|实际值|预计数|执行数))$");
  private static final Pattern TARGET = Pattern.compile("预[期计]|目标|当年|本年");

  /** Printed position → label of the history columns, in printed order. */
  final Map<Integer, String> history;
  /** The position of the target column. */
  final int target;

  private ValueColumns(Map<Integer, String> history, int target) {
    this.history = history;
    this.target = target;
  }

  /**
   * The value columns printed right of the name column ({@code from}) on a header line, when at
   * least two of them are periods and one says the target or they are years; else null.
   */
  static @Nullable ValueColumns read(List<String> cells, int from) {
    Map<Integer, String> periods = new LinkedHashMap<>();
    for (int j = Math.max(0, from); j < cells.size(); j++) {
      String c = HeaderLayout.squeeze(cells.get(j));
      if (!c.isEmpty() && PERIOD.matcher(c).matches()) {
        periods.put(j, c);
      }
    }
    if (periods.size() < 2) {
      return null;
    }
    int target = -1;
    int latestYear = -1;
    for (Map.Entry<Integer, String> e : periods.entrySet()) {
      if (TARGET.matcher(e.getValue()).find()) {
        // the last column saying the target: 2024年目标值 after 中期目标值 is the year's
        target = e.getKey();
      }
    }
    if (target < 0) {
      for (Map.Entry<Integer, String> e : periods.entrySet()) {
        Matcher m = PERIOD.matcher(e.getValue());
        if (m.matches() && m.group(1) != null && Integer.parseInt(m.group(1)) >= latestYear) {
          latestYear = Integer.parseInt(m.group(1));
          target = e.getKey();
        }
      }
    }
    if (target < 0) {
      return null;
    }
    periods.remove(target);
    return new ValueColumns(periods, target);
  }

  /** Whether a line is only a sub-header of period labels (no name, no level): the value part's second row. */
  static boolean isSubHeader(List<String> cells) {
    int n = 0;
    for (String c : cells) {
      String s = HeaderLayout.squeeze(c);
      if (s.isEmpty()) {
        continue;
      }
      if (!PERIOD.matcher(s).matches()) {
        return false;
      }
      n++;
    }
    return n >= 2;
  }
}
