package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table printed in two panels side by side (双栏表格), as a layout tool sets it in columns of blanks:
 * 一般公共预算财政拨款基本支出决算表 prints 工资福利支出 and 对个人和家庭的补助 in its left panel and 商品和服务支出
 * and 资本性支出 in its right one, each panel with its own 科目编码 | 科目名称 | 决算数. When each row is
 * also tall (its amount a line above its code, its name a line below), no line holds one row of one
 * panel, and read line by line the two panels' codes, names and amounts interleave. This class cuts such
 * a table's lines where the panels meet and prints the left panel's lines, then the right panel's, under
 * the left panel's header: one panel of tall rows, which the rest of the text reader knows.
 *
 * <p>A table is taken for two panels when a header line prints one of its code columns' words twice
 * (科目编码, 科目名称, 经济分类, 类, 款); a two-sided summary (项目 决算数 | 项目 决算数) is not. The cut is the
 * column no word of the table's body crosses, nearest the middle of the gap between the header's
 * left panel and its right one; a table with no such column is left as printed. Within a panel, a
 * 款 printed on its name's line (302 / 01 办公费) is moved up to its 类 (302 01 / 办公费). Stateless; not
 * instantiable.
 */
public final class SidePanels {
  /** The words a panel's code columns print in its header. */
  private static final List<String> PANEL_WORDS = List.of("科目编码", "科目名称", "经济分类", "类", "款");
  private static final Pattern WORD = Pattern.compile("\\S+");
  /** A body line: a 类 code or an amount. */
  private static final Pattern BODY = Pattern.compile("(?<![\\d.,])\\d{3}(?![\\d.,])|\\d\\.\\d");
  /** A 类 code alone, or with the start of its name (302 因 公 出 国 （ 境 ） 费). */
  private static final Pattern CLASS_LINE = Pattern.compile("(\\s*\\d{3})(\\s+[^\\d\\s].*)?");
  /** A 款 then its name (01 办公费). */
  private static final Pattern ITEM_THEN_NAME = Pattern.compile("(\\s*)(\\d{2})(\\s+[^\\d\\s].*)");
  /** A page's number in its footer (第 7 页 共 13 页, - 7 -): page furniture ends a table's body. */
  private static final Pattern PAGE_MARK = Pattern.compile("^第\\s*\\d+\\s*页|^[-－—]\\s*\\d+\\s*[-－—]$");
  /** A 款 alone. */
  private static final Pattern ITEM_ALONE = Pattern.compile("\\s*\\d{2}");

  private SidePanels() {}

  /**
   * The lines with every table printed in two panels side by side stacked into one panel; the lines
   * unchanged when none is.
   *
   * @param lines lines whose columns are runs of blanks
   * @return the lines, panels stacked
   */
  public static List<String> stacked(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      int second = second(lines.get(i));
      if (second < 0) {
        out.add(lines.get(i));
        i++;
        continue;
      }
      int body = i;
      int rightStart = second;
      while (body < lines.size() && !BODY.matcher(lines.get(body)).find()) {
        int s = second(lines.get(body));
        rightStart = s < 0 ? rightStart : Math.min(rightStart, s);
        body++;
      }
      int end = bodyEnd(lines, body);
      int cut = cut(lines.subList(i, body), lines.subList(body, end), rightStart);
      if (cut < 0) {
        out.addAll(lines.subList(i, end));
      } else {
        for (String l : lines.subList(i, body)) {
          out.add(left(l, cut));
        }
        List<String> leftPanel = new ArrayList<>();
        List<String> rightPanel = new ArrayList<>();
        for (String l : lines.subList(body, end)) {
          leftPanel.add(left(l, cut));
          rightPanel.add(l.length() > cut ? l.substring(cut).stripTrailing() : "");
        }
        out.addAll(itemsUp(leftPanel));
        out.addAll(itemsUp(rightPanel));
      }
      i = Math.max(end, i + 1);
    }
    return out;
  }

  /** Where the second panel's header word starts on a line printing one twice, else -1. */
  private static int second(String line) {
    int best = -1;
    for (String w : PANEL_WORDS) {
      List<Integer> at = new ArrayList<>();
      Matcher m = WORD.matcher(line);
      while (m.find()) {
        if (m.group().equals(w)) {
          at.add(m.start());
        }
      }
      if (at.size() == 2 && (best < 0 || at.get(1) < best)) {
        best = at.get(1);
      }
    }
    return best;
  }

  /**
   * The end of a table's body (exclusive): before a note (注, 说明), the page's footer (第 7 页 共 13 页) or
   * the next table's title, or after the line of its panels' totals (人员经费合计 … 公用经费合计).
   */
  private static int bodyEnd(List<String> lines, int from) {
    int k = from;
    while (k < lines.size()) {
      String s = lines.get(k).strip();
      if (s.startsWith("注") || s.startsWith("说明") || s.endsWith("表") && !s.matches(".*\\d.*")
          || PAGE_MARK.matcher(s).find()) {
        return k;
      }
      k++;
      if (s.indexOf("合计") >= 0 && s.indexOf("合计") != s.lastIndexOf("合计")) {
        return k;
      }
    }
    return k;
  }

  /**
   * The column where the right panel begins: no word of the body crosses it, and it lies between the
   * end of the header's left panel and the start of its right one, nearest their middle; -1 when none.
   */
  private static int cut(List<String> header, List<String> body, int rightStart) {
    int leftEnd = 0;
    for (String l : header) {
      Matcher m = WORD.matcher(l);
      while (m.find()) {
        if (m.start() < rightStart) {
          leftEnd = Math.max(leftEnd, m.end());
        }
      }
    }
    int best = -1;
    for (int p = leftEnd; p <= rightStart; p++) {
      if (!crossed(body, p) && (best < 0 || Math.abs(2 * p - leftEnd - rightStart) < Math.abs(2 * best - leftEnd - rightStart))) {
        best = p;
      }
    }
    return best;
  }

  private static boolean crossed(List<String> body, int p) {
    for (String l : body) {
      Matcher m = WORD.matcher(l);
      while (m.find()) {
        if (m.start() < p && p < m.end()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String left(String line, int cut) {
    return (line.length() > cut ? line.substring(0, cut) : line).stripTrailing();
  }

  /**
   * A panel's lines with each 款 printed on its name's line, or alone below a 类 printing the start of
   * its name, moved up to its 类: the code line then reads as the panel's other code lines do.
   */
  private static List<String> itemsUp(List<String> panel) {
    List<String> out = new ArrayList<>(panel);
    for (int k = 0; k < out.size(); k++) {
      Matcher code = CLASS_LINE.matcher(out.get(k));
      if (!code.matches()) {
        continue;
      }
      int next = k + 1;
      while (next < out.size() && out.get(next).isBlank()) {
        next++;
      }
      if (next == out.size()) {
        break;
      }
      Matcher item = ITEM_THEN_NAME.matcher(out.get(next));
      if (code.group(2) == null && item.matches()) {
        out.set(k, code.group(1) + "  " + item.group(2));
        out.set(next, item.group(1) + "  " + item.group(3));
      } else if (code.group(2) != null && ITEM_ALONE.matcher(out.get(next)).matches()) {
        out.set(k, code.group(1) + "  " + out.get(next).strip() + code.group(2));
        out.set(next, "");
      }
    }
    return out;
  }
}
