package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The header of a table whose text lost its column positions (无列位置表格的表头): which columns it
 * has, read from the words of its lines by the standard vocabulary — the amount labels in printed
 * order, the 栏次 counts, a header printed level by level (each line dividing one column of the line
 * above), the two sides of a summary, labels wrapped inside their cells or holding blanks. The rows
 * themselves are {@link LooseTable}'s. Stateless; not instantiable.
 */
final class LooseHeader {
  private static final List<String> WORDS = new ArrayList<>();
  /** A header word naming a code, name or unit column: 功能分类科目编码, 部门预算经济分类科目编码, 科目名称, 预算单位. */
  private static final Pattern CODE_OR_NAME_HEADER = Pattern.compile(
      "(?:部门预算|政府预算)?(?:功能|经济)分类(?:科目)?(?:编码|名称)|科目(?:编码|名称)|预算单位(?:名称|编码|代码)?|单位(?:名称|编码|代码)|项目(?:名称|编码|代码)");
  /**
   * A whole header word naming the classification the code and name columns below it use (支出功能分类
   * over 科目编码 | 科目名称): no group of the amount columns beside it.
   */
  private static final Pattern CLASSIFICATION_WORD = Pattern.compile("(?:支出|收入)(?:功能|经济)分类(?:科目)?");
  /** The levels a split code column prints over its parts. */
  static final java.util.Set<String> CODE_LEVELS = java.util.Set.of("类", "款", "项");
  /** Words naming a two-sided table's item column, once per side. */
  private static final java.util.Set<String> ITEM_WORDS = java.util.Set.of("项目", "科目名称", "科目");
  private static final List<String> NOT_AMOUNT = List.of("项目", "功能分类", "科目编码", "科目名称", "行次", "栏次", "经济分类",
      "收入", "支出");

  static {
    for (Concept c : Concept.values()) {
      WORDS.addAll(c.aliases());
    }
    WORDS.addAll(List.of("本年收入合计", "本年支出合计", "财政拨款收入", "本年支出", "本年收入", "金额", "决算数", "预算数",
        "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款", "项目", "功能分类", "科目编码", "科目名称",
        "经济分类", "行次", "栏次", "收入", "支出"));
    WORDS.sort((a, b) -> b.length() - a.length());
  }

  private LooseHeader() {}

  /**
   * Whether a header of levels is led by the total its columns add up to: 合计, or a “三公” 合计 printed as
   * a column of its own (“三公”经费合计 | 因公出国（境）费 | 公务用车购置及运行维护费 over 小计 …), not a group
   * over one (“三公”经费预算数 over 合计 …, which the header's other readings take).
   */
  private static boolean ledByItsTotal(List<List<String>> paths) {
    Concept first = HeaderPaths.columnConcept(paths.get(0).get(0));
    return first == Concept.TOTAL || first == Concept.THREE_PUBLIC_TOTAL && paths.get(0).size() == 1;
  }

  /** Whether a header word names the code, name or unit column (科目编码, 功能分类科目名称, 单位名称). */
  static boolean isCodeOrNameWord(String squeezed) {
    return CODE_OR_NAME_HEADER.matcher(squeezed).matches() || CLASSIFICATION_WORD.matcher(squeezed).matches();
  }

  /** Whether a word is one of the vocabulary's header words. */
  static boolean isWord(String squeezed) {
    return WORDS.contains(squeezed);
  }

  private static final Pattern LINE_NO = Pattern.compile("^\\d{1,3}$");

  /** The columns a header settles, and the value counts per side they were read with. */
  record Settled(List<Column> columns, List<Integer> counts) {}

  /**
   * The columns of a table from its header lines, counted by its 栏次 line (or, without one, by what
   * its rows print): a two-sided summary's sides, the national template's order, a header printed
   * level by level, the line naming the most columns, the innermost line; numbered columns when the
   * header does not say which is which.
   *
   * @param headerLines the header as printed, line by line
   * @param printed the counts its 栏次 line printed (empty without one)
   * @param twoSided whether the table has an income and an expenditure side
   * @param rows what the rows print (asked for only without a 栏次 line)
   * @return the columns (none when the header names none) and the counts
   */
  static Settled settle(List<String> headerLines, List<Integer> printed, boolean twoSided,
      java.util.function.Supplier<RowValues> rows) {
    List<Integer> counts = printed;
    // header words wrapped inside their cells come back whole (本年收入合 … over 计 …), and the pieces of
    // labels printed on lines of their own (一般公共预 over 算)
    List<String> unwrapped = HeaderPieces.unwrapHeader(headerLines);
    List<String> header = HeaderPieces.pieces(unwrapped);
    List<String> labels = labels(String.join(" ", header));
    Optional<List<List<String>>> sides = twoSided && counts.isEmpty()
        ? ColumnOrders.spelledFundSides(header).or(() -> sideLabels(header))
            .or(() -> ColumnOrders.fundSides(labels(String.join(" ", header)))) : Optional.empty();
    if (sides.isPresent()) {
      // no 栏次 line: a header line names each side's columns after its item column (项目 预算数 |
      // 项目 合计 一般公共预算 …); the lines above it are their groups, those below divide them
      labels = new ArrayList<>(sides.get().get(0));
      labels.addAll(sides.get().get(1));
      counts = List.of(sides.get().get(0).size(), sides.get().get(1).size());
    }
    Optional<List<String>> panel = twoSided ? Optional.empty() : panelOf(labels);
    if (panel.isPresent() && counts.isEmpty() && printsOnePanel(rows.get(), panel.get().size())) {
      // a two-panel table names its columns once per panel on one line (科目编码 科目名称 合计 人员经费
      // 公用经费, twice), and its rows print one panel's values a name: the columns are one panel's (a
      // header whose groups divide alike, 预算数 and 决算数 each into 小计 基本支出 项目支出, has rows
      // printing every group's values)
      return new Settled(columns(panel.get(), List.of(panel.get().size()), false), List.of(panel.get().size()));
    }
    if (counts.isEmpty() && !twoSided) {
      // no 栏次 line: the rows say how many values they print; header words that do not give exactly
      // that many columns (a header of several levels printed level by level) do not name them
      RowValues printedByRows = rows.get();
      counts = printedByRows.count();
      List<String> innermost = labels(last(header));
      List<String> widest = widestHeaderLine(header);
      int most = printedByRows.most();
      boolean innermostFits = !counts.isEmpty() && innermost.size() == counts.get(0);
      Optional<List<List<String>>> paths = HeaderPaths.leafPaths(header);
      Optional<List<List<String>>> levels = paths.filter(l -> l.size() == most)
          .or(() -> innermostFits ? Optional.empty()
              : HeaderLevels.rearranged(header, printedByRows.fullest()))
          // (rows that leave their blank cells out print fewer values than a header of levels led by
          // the total names; its leaves are then the columns, the values placed by the table's arithmetic)
          .or(() -> paths.filter(l -> most > 0 && l.size() > most && !innermostFits && HeaderPaths.groupsAParent(l)
              && ledByItsTotal(l)))
          // (the page's order prints a header a piece a line: a group's parts come on its last line)
          .or(() -> innermostFits ? Optional.empty() : HeaderPaths.partsRegrouped(labels(String.join(" ", header)))
              .filter(l -> l.size() == most));
      // (the template's order, its labels spelled from their pieces, is only looked for when the innermost
      // header line does not give the columns)
      // (the template's labels are spelled from the pieces as printed, each on the line it sat at)
      Optional<List<String>> template = innermostFits ? Optional.empty() : ColumnOrders.templateOrder(unwrapped);
      if (!innermostFits && template.isPresent() && template.get().size() >= most) {
        // the national template's columns named on several lines (their text at the heights it sat
        // at): in the template's order, which is how every final account prints them
        labels = template.get();
        counts = List.of(labels.size());
      } else if (!innermostFits && levels.isPresent()) {
        // a header printed level by level, each line dividing one column of the line above, whose
        // leaves are as many as the fullest row prints: the leaves are the columns
        counts = List.of(most);
        return new Settled(HeaderPaths.columnsOfPaths(levels.get()), counts);
      } else if (!innermostFits && most > 0 && widest.size() >= most
          && (counts.isEmpty() || widest.size() > counts.get(0))
          && widest.stream().distinct().count() == widest.size() && Concept.TOTAL.aliases().contains(widest.get(0))) {
        // rows that leave their blank cells out (Shanghai prints no 0.00) print fewer values than the
        // header names: the header line naming the most columns, led by the total, gives them, and
        // the values a row prints after its total are placed by the table's arithmetic
        labels = widest;
        counts = List.of(widest.size());
      } else if (innermostFits && levels.isPresent() && levels.get().stream().map(p -> p.get(p.size() - 1)).toList()
          .equals(innermost)) {
        // the header's last line names every column, and the lines above group them (财政拨款 单位资金 over
        // 合计 上年结转 财政拨款 一般公共预算 … 单位资金 事业收入 其他收入): the groups' subtotals are their parts' parents
        return new Settled(HeaderPaths.columnsOfPaths(levels.get()), counts);
      } else if (innermostFits) {
        // the header's last line prints every column's innermost label (小计 基本支出 项目支出 under
        // 一般公共预算支出)
        labels = innermost;
      } else if (!counts.isEmpty() && labels.stream().distinct().count() > 1
          && (labels.size() != counts.get(0) || headerLines.size() > 1)) {
        // (one label printed once per panel, 科目名称 决算数 three times, is the one column's; a header of
        // several lines prints its levels one after the other, not its columns in order)
        labels = List.of();
      }
    }
    return new Settled(columns(labels, counts, twoSided), counts);
  }

  /**
   * Whether a table's rows print one panel's values a name: most lines go on with a second row, or
   * their longest run of values is a panel's, or a panel's and then the second panel's code.
   */
  private static boolean printsOnePanel(RowValues rows, int panel) {
    return rows.twoPanels() || rows.most() == panel
        || rows.most() == panel + 1 && rows.fullest().size() == panel + 1 && LooseTable.isCode(rows.fullest().get(panel));
  }

  /**
   * The labels of one panel when the labels are several panels' alike (合计 人员经费 公用经费 合计 人员经费
   * 公用经费): at least two labels a panel, so that one label printed per panel keeps its reading.
   */
  static Optional<List<String>> panelOf(List<String> labels) {
    for (int size = 2; size <= labels.size() / 2; size++) {
      if (labels.size() % size != 0) {
        continue;
      }
      List<String> first = labels.subList(0, size);
      boolean repeats = first.stream().distinct().count() == size;
      for (int at = size; repeats && at < labels.size(); at += size) {
        repeats = labels.subList(at, at + size).equals(first);
      }
      if (repeats) {
        return Optional.of(List.copyOf(first));
      }
    }
    return Optional.empty();
  }

  private static String last(List<String> lines) {
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  /** The column labels of the header line that names the most columns. */
  private static List<String> widestHeaderLine(List<String> header) {
    List<String> widest = List.of();
    for (String line : header) {
      List<String> labels = labels(line);
      if (labels.size() > widest.size()) {
        widest = labels;
      }
    }
    return widest;
  }

  /** The header's amount labels, in printed order, from the vocabulary. */
  static List<String> labels(String headerText) {
    // a word naming the code or name column is no amount's, whatever it holds (部门预算经济分类科目编码
    // holds 预算)
    String s = CODE_OR_NAME_HEADER.matcher(HeaderLayout.squeeze(headerText)).replaceAll("|");
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      String found = null;
      for (String w : WORDS) {
        if (s.startsWith(w, i)) {
          found = w;
          break;
        }
      }
      if (found == null) {
        i++;
        continue;
      }
      if (!NOT_AMOUNT.contains(found)) {
        out.add(found);
      }
      i += found.length();
    }
    return out;
  }

  /** Column counts per side from a 栏次 line ({@code 栏次 1 2 3}, {@code 栏 次 1 栏 次 2}). */
  static List<Integer> columnCounts(String text) {
    List<Integer> counts = new ArrayList<>();
    for (String part : text.replaceAll("栏\\s*次", "|").split("\\|")) {
      int n = 0;
      for (String t : part.strip().split("\\s+")) {
        if (LINE_NO.matcher(t).matches()) {
          n++;
        }
      }
      if (n > 0) {
        counts.add(n);
      }
    }
    return counts;
  }

  static List<Column> columns(List<String> labels, List<Integer> counts, boolean twoSided) {
    List<Column> out = new ArrayList<>();
    if (!twoSided) {
      int n = counts.isEmpty() ? labels.size() : counts.get(0);
      if (counts.isEmpty() && !labels.isEmpty() && labels.stream().distinct().count() == 1) {
        // 科目名称 决算数 printed three times side by side: one column, three groups a line
        n = 1;
      }
      labels = spreadGroup(labels, n);
      if (labels.size() != n) {
        Optional<List<Column>> nested = nested(labels, n);
        if (nested.isPresent()) {
          return nested.get();
        }
      }
      // group labels (本年支出 over 小计 | 基本支出 | 项目支出) come first: the columns are the last n
      List<String> leaves = labels.size() > n ? labels.subList(labels.size() - n, labels.size()) : labels;
      if (leaves.stream().distinct().count() < leaves.size()) {
        // a label read twice (政府采购项目 over its parts, each part's words read again): the header
        // does not say which column is which, the columns are numbered
        leaves = List.of();
      }
      for (int i = 0; i < n; i++) {
        String label = leaves.size() == n ? leaves.get(i) : "栏" + (i + 1);
        out.add(Column.builder().key("c" + (i + 1)).concept(HeaderLayout.conceptOf(label, io.github.cnbudget.model.table.TableKind.OTHER))
            .addHeader(label).number(Integer.toString(i + 1)).build());
      }
      return out;
    }
    int in = counts.size() >= 2 ? counts.get(0) : 1;
    int ex = counts.size() >= 2 ? counts.get(1) : Math.max(1, labels.size() - in);
    int number = 1;
    for (int i = 0; i < in + ex; i++) {
      Side side = i < in ? Side.INCOME : Side.EXPENDITURE;
      String label = labels.size() == in + ex ? labels.get(i) : "栏" + number;
      out.add(Column.builder().key((side == Side.INCOME ? "in.c" : "ex.c") + (i + 1)).concept(
          HeaderLayout.conceptOf(label, io.github.cnbudget.model.table.TableKind.INCOME_EXPENDITURE_SUMMARY))
          .addHeader(side == Side.INCOME ? "收入" : "支出", label).side(side).number(Integer.toString(number++)).build());
    }
    return out;
  }

  /**
   * A header of two or three levels printed level by level (预算数 决算数, then 合计 因公出国（境）费
   * 公务用车购置及运行费 公务接待费 under each, then 小计 公务用车购置费 公务用车运行费 under each vehicles
   * label): k distinct group labels, the same block of labels once per group, then the same
   * sub-block once per block label it divides. A block label divides the sub-block when every label
   * of the sub-block other than 小计/合计 shares its first three characters or more (公务用车…); the
   * sub-block's 小计 takes the divided label's concept and is the parent of the other parts. Empty
   * unless exactly one such reading gives the counted n columns.
   */
  static Optional<List<Column>> nested(List<String> labels, int n) {
    List<List<Column>> readings = new ArrayList<>();
    for (int k = 2; k < labels.size(); k++) {
      List<String> top = labels.subList(0, k);
      if (top.stream().distinct().count() != k) {
        break;
      }
      List<String> rest = labels.subList(k, labels.size());
      for (int s = 1; s * k <= rest.size(); s++) {
        List<String> block = rest.subList(0, s);
        if (!repeats(rest.subList(0, s * k), block) || block.stream().anyMatch(top::contains)) {
          continue;
        }
        List<String> tail = rest.subList(s * k, rest.size());
        if (tail.isEmpty()) {
          if (k * s == n) {
            readings.add(nestedColumns(top, block, List.of(), List.of()));
          }
          continue;
        }
        for (int u = 2; u <= tail.size(); u++) {
          List<String> sub = tail.subList(0, u);
          if (tail.size() % (u * k) != 0 || !repeats(tail, sub)) {
            continue;
          }
          int p = tail.size() / (u * k);
          List<Integer> divided = divided(block, sub);
          if (divided.size() == p && k * (s - p + p * u) == n) {
            readings.add(nestedColumns(top, block, sub, divided));
          }
        }
      }
    }
    return readings.size() == 1 ? Optional.of(readings.get(0)) : Optional.empty();
  }

  private static boolean repeats(List<String> whole, List<String> block) {
    if (block.isEmpty() || whole.size() % block.size() != 0) {
      return false;
    }
    for (int i = 0; i < whole.size(); i++) {
      if (!whole.get(i).equals(block.get(i % block.size()))) {
        return false;
      }
    }
    return true;
  }

  static boolean isSubtotal(String label) {
    return label.equals("小计") || label.equals("合计");
  }

  /** The block labels the sub-block divides: each part shares a prefix of three characters or more. */
  private static List<Integer> divided(List<String> block, List<String> sub) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < block.size(); i++) {
      String b = block.get(i);
      boolean all = sub.stream().anyMatch(x -> !isSubtotal(x)) && !sub.contains(b);
      for (String x : sub) {
        if (!isSubtotal(x) && commonPrefix(b, x) < 3) {
          all = false;
        }
      }
      if (all) {
        out.add(i);
      }
    }
    return out;
  }

  private static int commonPrefix(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static List<Column> nestedColumns(List<String> top, List<String> block, List<String> sub,
      List<Integer> divided) {
    List<Column> out = new ArrayList<>();
    int number = 1;
    for (int g = 0; g < top.size(); g++) {
      String prefix = "g" + (g + 1) + ".";
      for (int i = 0; i < block.size(); i++) {
        String b = block.get(i);
        if (!divided.contains(i)) {
          out.add(Column.builder().key(prefix + "c" + number).concept(conceptOf(b)).addHeader(top.get(g), b)
              .number(Integer.toString(number)).build());
          number++;
          continue;
        }
        String parent = isSubtotal(sub.get(0)) ? prefix + "c" + number : null;
        for (int j = 0; j < sub.size(); j++) {
          String x = sub.get(j);
          boolean own = j == 0 && parent != null;
          out.add(Column.builder().key(prefix + "c" + number).concept(conceptOf(own ? b : x))
              .addHeader(top.get(g), b, x).parent(Optional.ofNullable(own ? null : parent))
              .number(Integer.toString(number)).build());
          number++;
        }
      }
    }
    return out;
  }

  static Concept conceptOf(String label) {
    return HeaderLayout.conceptOf(label, io.github.cnbudget.model.table.TableKind.OTHER);
  }

  /**
   * A 本年支出 group printed between other columns (年初结转和结余 本年收入 本年支出 年末结转和结余, its
   * 小计 基本支出 项目支出 on a later line): the leaves take the group's place, when that gives exactly
   * the counted columns.
   */
  static List<String> spreadGroup(List<String> labels, int n) {
    int group = labels.indexOf("本年支出");
    int first = labels.indexOf("小计");
    if (group < 0 || first <= group + 1 || labels.size() != n + 1) {
      return labels;
    }
    int end = first;
    while (end < labels.size() && List.of("小计", "基本支出", "项目支出").contains(labels.get(end))) {
      end++;
    }
    List<String> out = new ArrayList<>(labels.subList(0, group));
    out.addAll(labels.subList(first, end));
    out.addAll(labels.subList(group + 1, first));
    out.addAll(labels.subList(end, labels.size()));
    return out;
  }

  /**
   * The amount labels of each side of a two-sided table, from the header line that names its item
   * column twice ({@code 项目 预算数 项目 合计 一般公共预算 …}); the lines after it divide a side's one
   * column level by level ({@code 合计 基本支出 项目支出}, then {@code 人员经费 公用经费} under 基本支出):
   * the expenditure side's, which is the one that spreads in Shanghai's unit summaries. Empty unless
   * a line names exactly two item columns, each followed by at least one amount label, and every
   * later line divides one column unambiguously.
   */
  static Optional<List<List<String>>> sideLabels(List<String> headerLines) {
    for (int n = 0; n < headerLines.size(); n++) {
      List<List<String>> sides = new ArrayList<>();
      for (String word : headerLines.get(n).strip().split("\\s+")) {
        String w = HeaderLayout.squeeze(word);
        if (ITEM_WORDS.contains(w)) {
          sides.add(new ArrayList<>());
        } else if (!sides.isEmpty()) {
          sides.get(sides.size() - 1).addAll(labels(w));
        }
      }
      if (sides.size() == 2 && !sides.get(0).isEmpty() && sides.get(1).isEmpty()) {
        // the expenditure side's labels printed on the lines below its item word (项目 预算数 项目, then
        // 预算数, 合计, 基本支出, 项目支出, 人员经费 公用经费 — in the order the page wrote its cells): the
        // spending columns are known by what they are
        List<String> below = new ArrayList<>();
        headerLines.subList(n + 1, headerLines.size()).forEach(line -> below.addAll(labels(line)));
        Optional<List<String>> spending = ColumnOrders.spendingColumns(below);
        if (spending.isPresent()) {
          return Optional.of(List.of(List.copyOf(sides.get(0)), spending.get()));
        }
      }
      if (sides.size() != 2 || sides.stream().anyMatch(List::isEmpty)) {
        continue;
      }
      List<String> expenditure = sides.get(1);
      List<String> named = new ArrayList<>(expenditure);
      for (String below : headerLines.subList(n + 1, headerLines.size())) {
        named.addAll(labels(below));
        Optional<List<String>> divided = expenditure == null ? Optional.empty() : HeaderPaths.divide(expenditure, labels(below));
        expenditure = divided.orElse(null);
      }
      if (expenditure == null) {
        // lines printed at the heights their cells' text happened to sit at (项目 预算数 项目 基本支出, then
        // 合计 项目支出, then 人员经费 公用经费): the columns are known by what they are, in the order
        // every budget table prints them
        expenditure = ColumnOrders.spendingColumns(named).orElse(null);
      }
      return expenditure == null ? Optional.empty()
          : Optional.of(List.of(List.copyOf(sides.get(0)), List.copyOf(expenditure)));
    }
    return Optional.empty();
  }

  /**
   * A header line's words, without the words naming the code, name or unit columns; a label printed
   * with blanks inside its cell comes back whole where its words show it: a year and the rest
   * (2023 年政府采购项目), a part's 其中 and the words after it up to the next whole label
   * (其中：面向 中小企业政府 采购项目).
   */
  static List<String> headerWords(String line) {
    List<String> out = new ArrayList<>();
    for (String w : line.strip().split("\\s+")) {
      String word = HeaderLayout.squeeze(w);
      if (word.isEmpty() || CODE_OR_NAME_HEADER.matcher(word).matches() || CLASSIFICATION_WORD.matcher(word).matches()
          || ITEM_WORDS.contains(word) || CODE_LEVELS.contains(word)) {
        continue;
      }
      int last = out.size() - 1;
      if (last >= 0 && (YEAR_WORD.matcher(out.get(last)).matches() && word.startsWith("年")
          || out.get(last).startsWith("其中") && !word.startsWith("其中") && !labels(word).equals(List.of(word)))) {
        out.set(last, out.get(last) + word);
      } else {
        out.add(word);
      }
    }
    return out;
  }

  private static final Pattern YEAR_WORD = Pattern.compile("(?:19|20)\\d{2}");
}
