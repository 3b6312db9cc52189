package io.github.cnbudget.io.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tall rows of split codes printed a text line at a time (类款分行的高行): a table whose rows print their
 * 类 and 款 codes in columns of their own, set higher than their name, as text tools print it line by
 * line — the codes (and sometimes the amount) on one line, the name on the next, and a second panel's
 * row interleaved in the same lines ({@code 301 02 1,238.58 302} over {@code 津贴补贴 02 印刷费 7.61}). The
 * lines of such a run are put back together item by item: a 类 code opens an item (the first on a line
 * the line's first item, a later one the next panel's), a 款 code, a name and an amount go to the open
 * item still lacking them, and a name's end on a line of its own finishes the name it makes a catalog
 * name; amounts on a line of their own over as many names (the panels' 人员经费合计 公用经费合计) are theirs
 * in order. Each item is given back as one line ({@code 30102 津贴补贴 1,238.58}) for the row reader.
 * Stateless.
 */
final class TallCodeRows {
  private TallCodeRows() {}

  private static final Pattern CLASS = Pattern.compile("^\\d{3}$");
  private static final Pattern PART = Pattern.compile("^\\d{2}$");

  /** One item being put together. */
  private static final class Item {
    final String classCode;
    String part = "";
    final StringBuilder name = new StringBuilder();
    final List<String> amounts = new ArrayList<>();
    /** Opened by a total's name printed alone (人员经费合计), its amount on the line below. */
    boolean total;

    Item(String classCode) {
      this.classCode = classCode;
    }

    /**
     * Whether a part of two digits may follow: an economic 类 takes its 款 (301 01), a functional one its
     * 款 and 项 (201 05 01).
     */
    boolean takesPart() {
      return !classCode.isEmpty() && part.length() < (classCode.startsWith("2") ? 4 : 2);
    }

    String line() {
      List<String> out = new ArrayList<>();
      if (!classCode.isEmpty()) {
        out.add(classCode + part);
      }
      if (name.length() > 0) {
        out.add(name.toString());
      }
      out.addAll(amounts);
      return String.join(" ", out);
    }
  }

  /**
   * Whether a line opens such a run: a 类 code with its 款 or a second panel's 类, and nothing but codes
   * and amounts, the line below printing a name first.
   */
  static boolean opens(String line, String below) {
    String s = line.strip();
    if (s.isEmpty() || !Character.isDigit(s.charAt(0)) || LineShapes.HAN.matcher(s).find()) {
      return false; // (most lines: a name or a word first; not cut into words)
    }
    List<String> ts = LooseTable.tokens(line);
    List<String> next = LooseTable.tokens(below);
    // (split codes: a 款 beside its 类, or a second panel's 类; a whole code with amounts and its name
    // around it, 一般公共服务 / 201 264.87 … / 支出, is a wrapped name, see WrappedNames)
    boolean split = ts.stream().anyMatch(t -> PART.matcher(t).matches())
        || ts.stream().filter(t -> CLASS.matcher(t).matches()).count() >= 2;
    return !ts.isEmpty() && CLASS.matcher(ts.get(0)).matches() && ts.stream().allMatch(LooseTable::isFigure) && split
        && !next.isEmpty() && LineShapes.HAN.matcher(next.get(0)).find() && !next.get(0).startsWith("注");
  }

  /**
   * Whether a line printing a 类 code alone opens such a run printed in the order the page wrote its
   * cells (301 / 工资福利支出 / 2,082.85 302 / 商品和服务支出 / 171.07): the line below prints a name, and
   * one of the few after it the second panel's — an amount followed by a 类 code, or a 款 code before a
   * name. A one-panel table's 类 alone (201 / 一般公共服务 / 支出 / 264.87 …) opens none.
   */
  static boolean opensAlone(String line, List<String> after) {
    if (!CLASS.matcher(line.strip()).matches()) {
      return false;
    }
    List<String> ts = LooseTable.tokens(line);
    if (ts.size() != 1 || !CLASS.matcher(ts.get(0)).matches() || after.isEmpty()
        || !LineShapes.HAN.matcher(after.get(0)).find() || LooseTable.hasAmount(after.get(0))) {
      return false;
    }
    for (String a : after.subList(1, after.size())) {
      List<String> next = LooseTable.tokens(a);
      for (int i = 0; i + 1 < next.size(); i++) {
        if (isAmount(next.get(i)) && LooseTable.isFigure(next.get(i)) && CLASS.matcher(next.get(i + 1)).matches()
            || i == 0 && PART.matcher(next.get(0)).matches() && LineShapes.HAN.matcher(next.get(1)).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a line can belong to such a run: codes, amounts and names, no clause of prose, no title or
   * note.
   */
  static boolean continues(String line) {
    String s = line.strip();
    return !s.isEmpty() && !s.startsWith("注") && TableTitles.recognise(s).isEmpty() && !s.matches(".*[。：:；;].*")
        && !s.startsWith("单位");
  }

  /** The run's items, one line each, in the order their first code or amount was printed. */
  static List<String> items(List<String> lines, CodeResolver codes) {
    List<Item> done = new ArrayList<>();
    @Nullable Item[] open = new Item[2];
    List<String> amountsAlone = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      List<String> ts = spelled(LooseTable.tokens(lines.get(n)));
      if (!ts.isEmpty() && LineShapes.HAN.matcher(ts.get(0)).find()
          && (ts.get(0).endsWith("合计") || ts.size() == 1 && HeaderLayout.rowConcept(ts.get(0)).isPresent())
          && ts.subList(1, ts.size()).stream().allMatch(t -> isAmount(t))) {
        // a total's name, alone (人员经费合计, then 2,152.26) or with its amounts (人员经费合计 2,152.26): an
        // item of its own, after the panels' items
        close(open, 0, done);
        close(open, 1, done);
        Item total = total(ts.get(0), null);
        total.amounts.addAll(ts.subList(1, ts.size()));
        total.total = true;
        if (total.amounts.isEmpty()) {
          open[0] = total;
        } else {
          done.add(total);
        }
        continue;
      }
      if (ts.stream().allMatch(t -> isAmount(t))) {
        @Nullable Item named = awaiting(open, i -> i.name.length() > 0 && i.amounts.isEmpty());
        if (named != null && amountsAlone.isEmpty()
            && (named.total || ts.size() == 1 || !namesFollow(lines, n + 1, ts.size()))) {
          // an item's amounts after its name's lines, as the page wrote the cells (208 05 05 / 机关事业单位
          // 基本养老保险 / 缴费支出 / 160.75 160.75); the panels' totals print two amounts over two names
          named.amounts.addAll(ts);
          continue;
        }
        // the panels' totals, printed above their names
        amountsAlone.addAll(ts);
        continue;
      }
      if (!amountsAlone.isEmpty() && ts.size() == amountsAlone.size() && ts.stream().allMatch(t -> LineShapes.HAN.matcher(t).find())) {
        for (int k = 0; k < ts.size(); k++) {
          done.add(total(ts.get(k), amountsAlone.get(k)));
        }
        amountsAlone.clear();
        continue;
      }
      if (ts.size() == 1 && LineShapes.HAN.matcher(ts.get(0)).find() && end(open, ts.get(0), codes)) {
        continue;
      }
      boolean assigned = false;
      @Nullable Item last = null;
      for (String t : ts) {
        Item part = PART.matcher(t).matches() ? partOf(open) : null;
        if (CLASS.matcher(t).matches()) {
          int slot = assigned ? 1 : 0;
          close(open, slot, done);
          Item opened = new Item(t);
          open[slot] = opened;
          last = opened;
        } else if (part != null) {
          part.part = part.part + t;
          last = part;
        } else if (isAmount(t)) {
          // the item this line is printing takes its amounts (a row of several columns prints several)
          @Nullable Item to = last != null ? last : awaiting(open, i -> i.amounts.isEmpty());
          if (to != null) {
            to.amounts.add(t);
            last = to;
          }
        } else if (LineShapes.HAN.matcher(t).find() && t.length() > 1) {
          // (a lone character is a piece of a name set vertically in its cell: no name of its own)
          @Nullable Item to = last != null && last.name.length() > 0 && last.amounts.isEmpty() ? last
              : awaiting(open, i -> i.name.length() == 0);
          if (to == null) {
            to = last;
          }
          if (to != null) {
            to.name.append(t);
            last = to;
          }
        }
        assigned |= last != null;
      }
    }
    close(open, 0, done);
    close(open, 1, done);
    List<String> out = new ArrayList<>();
    for (Item i : done) {
      out.add(i.line());
    }
    for (String a : amountsAlone) {
      // amounts no names followed: kept as printed, for the row reader to report
      out.add(a);
    }
    return out;
  }

  /** Whether line {@code n} prints {@code count} names and nothing else (the names of amounts above them). */
  private static boolean namesFollow(List<String> lines, int n, int count) {
    if (n >= lines.size()) {
      return false;
    }
    List<String> ts = spelled(LooseTable.tokens(lines.get(n)));
    return ts.size() == count && ts.stream().allMatch(t -> LineShapes.HAN.matcher(t).find());
  }

  /**
   * The open item a 款 or 项 code belongs to: one with its 类 that takes it and no name yet, else one
   * with a name but no amount (a name set higher than the 款 column: 302 公出国（境）费 over 12).
   */
  private static @Nullable Item partOf(@Nullable Item[] open) {
    Item blank = awaiting(open, i -> i.takesPart() && i.name.length() == 0);
    return blank != null ? blank : awaiting(open, i -> i.takesPart() && i.name.length() > 0 && i.amounts.isEmpty());
  }

  /** Runs of single characters (a name spaced out to fill its cell: 其 他 商 品 和 服 务 支) as one word. */
  private static List<String> spelled(List<String> tokens) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int inRun = 0;
    for (String t : tokens) {
      if (t.length() == 1 && (LineShapes.HAN.matcher(t).find() || "（）()".contains(t))) {
        run.append(t);
        inRun++;
        continue;
      }
      flush(out, run, inRun);
      inRun = 0;
      out.add(t);
    }
    flush(out, run, inRun);
    return out;
  }

  private static void flush(List<String> out, StringBuilder run, int inRun) {
    if (inRun > 0) {
      out.add(run.toString());
      run.setLength(0);
    }
  }

  /** An amount: a figure that is no 类 or 款 code. */
  private static boolean isAmount(String token) {
    return LooseTable.isFigure(token) && !CLASS.matcher(token).matches() && !PART.matcher(token).matches()
        && !token.matches("\\d{5}(?:\\d{2})?");
  }

  private static Item total(String name, @Nullable String amount) {
    Item i = new Item("");
    i.name.append(name);
    if (amount != null) {
      i.amounts.add(amount);
    }
    return i;
  }

  /** Finishes the open item whose name a line's word makes a catalog name; false when none. */
  private static boolean end(@Nullable Item[] open, String piece, CodeResolver codes) {
    for (Item i : open) {
      if (i != null && i.name.length() > 0 && codes.named(i.name + piece)) {
        i.name.append(piece);
        return true;
      }
    }
    return false;
  }

  private static @Nullable Item awaiting(@Nullable Item[] open, java.util.function.Predicate<Item> lacks) {
    for (Item i : open) {
      if (i != null && lacks.test(i)) {
        return i;
      }
    }
    return null;
  }

  private static void close(@Nullable Item[] open, int slot, List<Item> done) {
    if (open[slot] != null) {
      done.add(open[slot]);
      open[slot] = null;
    }
  }
}
