package io.github.cnbudget.io.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a line of words (text that lost its columns) prints its row's classification code (行内科目编码):
 * split into 类 | 款 | 项 before the name or before amounts, alone on the line, or bare before values only
 * with the name printed around the line (a tall row). The rows themselves are {@link LooseTable}'s.
 * Stateless; not instantiable.
 */
final class LineCodes {
  private LineCodes() {}

  /**
   * The tokens with a code printed split into 类 | 款 | 项 (201 03 01 行政运行) joined into one (2010301):
   * a three-digit 类 followed by one or two two-digit parts and then a name. Digits before the name are
   * never amounts, which follow it.
   */
  static List<String> joinSplitCodes(List<String> ts) {
    return joinSplitCodes(ts, part -> { });
  }

  /**
   * As {@link #joinSplitCodes(List)}; a 款 or 项 printed as one digit ({@code 301 2 津贴补贴}, 2 for 02)
   * is read as that number, and {@code onePadded} is told.
   */
  static List<String> joinSplitCodes(List<String> ts, java.util.function.Consumer<String> onePadded) {
    return joinSplitCodes(ts, 0, onePadded);
  }

  /**
   * As {@link #joinSplitCodes(List)}; in a table of {@code columns} columns whose rows print every one (0:
   * not known, or rows leaving blank cells out), also a code split into 类 | 款 | 项 of two digits each
   * that opens a line of whole values when the join leaves exactly a value a column (财政对基本医疗保险 /
   * 210 12 10 - 10 10 - … / 基金的补助, ten columns: 21012 and ten values; 210 04 10 500 - 500 …: 2100410) —
   * whole amounts printing no decimals do not tell a part from an amount by their shape, the count does
   * (amounts printed with a decimal point or separators do: see {@link #printedAmountsAfter}).
   */
  static List<String> joinSplitCodes(List<String> ts, int columns, java.util.function.Consumer<String> onePadded) {
    if (columns > 0 && ts.size() > 1 && THREE_DIGITS.matcher(ts.get(0)).matches()) {
      int parts = ts.size() - 1 - columns;
      if (parts >= 1 && parts <= 2 && ts.subList(1, parts + 1).stream().allMatch(p -> p.length() == 2 && CODE_PART.matcher(p).matches())
          && ts.subList(parts + 1, ts.size()).stream().allMatch(t -> LooseTable.isValue(t) && t.indexOf('.') < 0)) {
        List<String> out = new ArrayList<>();
        out.add(String.join("", ts.subList(0, parts + 1)));
        out.addAll(ts.subList(parts + 1, ts.size()));
        return out;
      }
    }
    List<String> out = new ArrayList<>(ts.size());
    int i = 0;
    while (i < ts.size()) {
      int parts = 0;
      while (parts < 2 && i + parts + 1 < ts.size() && CODE_PART.matcher(ts.get(i + parts + 1)).matches()) {
        parts++;
      }
      if (THREE_DIGITS.matcher(ts.get(i)).matches() && parts > 0 && i + parts + 1 < ts.size()
          && (LooseTable.HAN.matcher(ts.get(i + parts + 1)).find() || i == 0 && printedAmountsAfter(ts, parts))) {
        StringBuilder code = new StringBuilder(ts.get(i));
        for (String part : ts.subList(i + 1, i + parts + 1)) {
          if (part.length() == 1) {
            onePadded.accept(part);
            code.append('0');
          }
          code.append(part);
        }
        out.add(code.toString());
        i += parts + 1;
      } else {
        out.add(ts.get(i));
        i++;
      }
    }
    return out;
  }

  /**
   * Whether a code split into 类 | 款 | 项 opens a line whose name is printed around it (a tall row:
   * 财政对城乡居民基本医 / 210 12 02 3,042,045.26 0.00 … / 疗保险基金的补助): its parts of two digits, then
   * only amounts printed with a decimal point or thousands separators (4,412,547), which a bare 12 or 02 is
   * not, and blank cells (0, a dash).
   */
  private static boolean printedAmountsAfter(List<String> ts, int parts) {
    if (ts.subList(1, parts + 1).stream().anyMatch(p -> p.length() != 2)) {
      return false;
    }
    List<String> rest = ts.subList(parts + 1, ts.size());
    return rest.stream().allMatch(t -> LooseTable.isPrintedAmount(t) || t.equals("0") || LooseTable.DASH.matcher(t).matches())
        && rest.stream().anyMatch(LooseTable::isPrintedAmount);
  }

  /**
   * The code a line prints and nothing else — whole ({@code 2013999}) or split into 类 | 款 | 项
   * ({@code 208 05 05}) — joined; else empty. The line of a tall row printed in the order the page
   * wrote its cells: the code, then the name's lines, then the amounts.
   */
  static Optional<String> codeOnly(String text) {
    List<String> ts = LooseTable.tokens(text);
    if (ts.size() == 1 && LooseTable.CODE.matcher(ts.get(0)).matches()) {
      return Optional.of(ts.get(0));
    }
    if (ts.size() < 2 || ts.size() > 3 || !THREE_DIGITS.matcher(ts.get(0)).matches()
        || !ts.subList(1, ts.size()).stream().allMatch(t -> t.length() == 2 && CODE_PART.matcher(t).matches())) {
      return Optional.empty();
    }
    return Optional.of(String.join("", ts));
  }

  private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
  private static final Pattern CODE_PART = Pattern.compile("\\d{1,2}");

  /**
   * Whether a line prints a code and values only, no name (its name printed around it): see {@link
   * #codeBeforeAmounts}.
   */
  static boolean namelessCode(String text, int columns) {
    List<String> ts = joinSplitCodes(LooseTable.tokens(text));
    return ts.size() > 1 && ts.subList(1, ts.size()).stream().allMatch(LooseTable::isValue) && codeBeforeAmounts(ts, columns);
  }

  /**
   * Whether a line's first word is a code whose name was printed on the lines around it (a tall
   * row: 机关事业单位基本养老保险缴费 | 2080505 6.18 6.18 | 支出): a bare 3-, 5- or 7-digit number while
   * every number after it is printed as an amount with a decimal point or separator, as no code is. A
   * table of whole 元 prints an empty cell as 0 or a dash (2101599 1,101,549 0 0 0 1,101,549): those
   * may stand among the amounts when the code has five or seven digits, which a table printing its
   * thousands with separators never prints bare as an amount; and any code may stand before exactly as
   * many numbers as the table has columns (303 100,433 100,433 0 under 合计 | 基本支出 | 项目支出; 210 331 0
   * 331 … in a table of whole 万元 printing no separators).
   */
  static boolean codeBeforeAmounts(List<String> ts, int columns) {
    if (ts.size() < 2 || !LooseTable.CODE.matcher(ts.get(0)).matches()) {
      return false;
    }
    // (a number for every column after it: the first is no amount, whatever the amounts print)
    boolean bare = ts.get(0).length() > 3 && ts.stream().anyMatch(t -> t.indexOf(',') >= 0)
        || ts.size() - 1 == columns && ts.stream().skip(1).allMatch(LooseTable::isValue);
    for (int k = 1; k < ts.size(); k++) {
      if (bare && LooseTable.isValue(ts.get(k))) {
        continue;
      }
      if (k > 1 && LooseTable.codeThenName(ts, k)) {
        // (a second panel's row follows: 30108 6.18 30206 电费 0.00, the first panel's name wrapped
        // around the line)
        return true;
      }
      if (!LooseTable.isPrintedAmount(ts.get(k))) {
        return false;
      }
    }
    return true;
  }
}
