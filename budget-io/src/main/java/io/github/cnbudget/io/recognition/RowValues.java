package io.github.cnbudget.io.recognition;

import java.util.ArrayList;
import java.util.List;

/**
 * What a table's rows print (各行所列数值), from one scan of its data lines, for settling the columns of a
 * header printed without positions: the count of values the rows agree on (empty when they do not),
 * the most values a row prints and that row's values, and whether most lines printing amounts go on
 * with a second row (a code and its name after the values: two panels a line).
 *
 * @param count the rows' count of values as a list of one, or empty
 * @param most the most values a row prints, 0 when none prints any
 * @param fullest the values of the first row printing the most
 * @param twoPanels whether most lines printing amounts print two panels' rows
 */
record RowValues(List<Integer> count, int most, List<String> fullest, boolean twoPanels) {

  /** What the rows of the table starting at {@code from} print. */
  static RowValues of(List<SourceLine> lines, int from) {
    List<List<String>> fullest = new ArrayList<>();
    int[] panelLines = new int[2];
    java.util.Map<Integer, Integer> counts = valueCounts(lines, from, fullest, panelLines);
    boolean twoPanels = panelLines[1] > 0 && 2 * panelLines[0] >= panelLines[1];
    int data = counts.values().stream().mapToInt(Integer::intValue).sum();
    int most = counts.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<String> first = fullest.stream().filter(v -> v.size() == most).findFirst().orElse(List.of());
    for (java.util.Map.Entry<Integer, Integer> e : counts.entrySet()) {
      // rows that leave blank cells out print fewer values: only a count no row exceeds is the columns'
      if (2 * e.getValue() >= data && (e.getValue() >= 2 || data == 1) && e.getKey() == most) {
        return new RowValues(List.of(e.getKey()), most, first, twoPanels);
      }
    }
    return new RowValues(List.of(), most, first, twoPanels);
  }

  /**
   * How many rows print each number of values, over the lines of the table starting at {@code from};
   * each row's values, the most printed yet, go to {@code fullest}.
   */
  private static java.util.Map<Integer, Integer> valueCounts(List<SourceLine> lines, int from,
      List<List<String>> fullest, int[] panelLines) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    for (int k = from; k < lines.size() && k < from + 200; k++) {
      String text = lines.get(k).text();
      if (lines.get(k).isBlank()) {
        continue;
      }
      if (TableTitles.recognise(text).isPresent()) {
        break;
      }
      List<String> ts = LineCodes.joinSplitCodes(LooseTable.tokens(text));
      if (!LooseTable.printsAmounts(ts)) {
        continue;
      }
      panelLines[1]++;
      if (opensSecondRow(ts)) {
        panelLines[0]++;
      }
      // the amounts after the row's code and name (a text such as the 绩效目标 may follow them); a
      // three-digit 类 code reads like a whole amount, but a name follows it
      int i = ts.size() > 1 && LooseTable.CODE.matcher(ts.get(0)).matches() && !LooseTable.AMOUNT.matcher(ts.get(1)).matches() ? 1 : 0;
      if (i == 0 && ts.size() > 2 && ts.get(0).length() == 3 && LooseTable.CODE.matcher(ts.get(0)).matches()
          && ts.get(1).length() == 2 && LooseTable.WHOLE.matcher(ts.get(1)).matches()) {
        // a code cut into 类 款 (项) with its name on the line below (301 01 700.00 / 基本工资): its parts are
        // no values
        i = ts.size() > 3 && ts.get(2).length() == 2 && LooseTable.WHOLE.matcher(ts.get(2)).matches() ? 3 : 2;
      }
      if (i == 0 && ts.size() > 2 && LooseTable.CODE.matcher(ts.get(0)).matches() && ts.subList(1, ts.size()).stream()
          .allMatch(t -> t.indexOf('.') >= 0 && LooseTable.AMOUNT.matcher(t).matches() || LooseTable.DASH.matcher(t).matches())) {
        // a bare code before amounts printed with decimals, its name around the line (财政对城乡居民基本医 /
        // 2101202 13,529.11 0.00 … / 疗保险基金的补助): amounts so printed print a decimal point, a code none
        i = 1;
      }
      boolean named = false;
      while (i < ts.size() && !LooseTable.AMOUNT.matcher(ts.get(i)).matches() && !(named && LooseTable.WHOLE.matcher(ts.get(i)).matches())) {
        named |= LooseTable.HAN.matcher(ts.get(i)).find();
        i++;
      }
      // (after a name, whole amounts printed without separators count too, up to a second panel's code)
      int n = 0;
      int first = i;
      while (i < ts.size() && (LooseTable.AMOUNT.matcher(ts.get(i)).matches() || named && LooseTable.WHOLE.matcher(ts.get(i)).matches()
          || n > 0 && LooseTable.DASH.matcher(ts.get(i)).matches()) && !LooseTable.codeThenName(ts, i)) {
        n++;
        i++;
      }
      if (n > 0) {
        counts.merge(n, 1, Integer::sum);
        if (fullest.isEmpty() || fullest.get(fullest.size() - 1).size() < n) {
          fullest.add(List.copyOf(ts.subList(first, i)));
        }
      }
    }
    return counts;
  }

  /** Whether a line goes on after a row's values with a second row: a code, then a name. */
  private static boolean opensSecondRow(List<String> ts) {
    for (int k = 2; k + 1 < ts.size(); k++) {
      if (LooseTable.codeThenName(ts, k)
          && (LooseTable.AMOUNT.matcher(ts.get(k - 1)).matches() || LooseTable.WHOLE.matcher(ts.get(k - 1)).matches())) {
        return true;
      }
    }
    return false;
  }
}
