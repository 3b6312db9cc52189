package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Lines of a table without columns printed in the order the page wrote its cells (按页面书写顺序输出的文本:
 * {@code PDFTextStripper} by default, {@code pdftotext -raw}): a new line wherever two cells stand at
 * different heights, so that a tall row comes as its code alone, its name's lines, then its amounts, or
 * its name's end printed with its amounts, and a summary item's amounts on a line of their own below it.
 * Each method joins such lines into the line, or the row, they finish, when the lines themselves say so,
 * and marks the lines joined in for {@link LooseRows} to skip. Per table; not thread-safe.
 */
final class PageOrderLines {
  private final TableDraft table;
  private final Reading reading;
  private final Set<Integer> joined;

  PageOrderLines(TableDraft table, Reading reading, Set<Integer> joined) {
    this.table = table;
    this.reading = reading;
    this.joined = joined;
  }

  /**
   * A line printing only a code joined to the line below that starts its name (2013999, then 其他社会工作,
   * 事务支出, 202.24 202.24): a tall row printed in the order the page wrote its cells. The code is known
   * for one when the table has a code column or the catalog's name of the code starts with that line;
   * a line below printing the name and the amounts is joined when the name is the catalog's.
   */
  SourceLine codeThenName(SourceLine l) {
    String text = l.text().strip();
    if (text.isEmpty() || !Character.isDigit(text.charAt(0)) || text.length() > 20 || LineShapes.HAN.matcher(text).find()) {
      return l; // (most lines: not a code alone; not cut into words)
    }
    Optional<String> code = LineCodes.codeOnly(text);
    int k = LooseRows.next(reading.lines, l.number);
    if (code.isEmpty() || k >= reading.lines.size()) {
      return l;
    }
    SourceLine below = reading.lines.get(k);
    boolean joins;
    if (LooseTable.isNameFragment(below.text())) {
      String header = HeaderLayout.squeeze(table.looseHeader.toString());
      boolean codeColumn = header.contains("编码") || header.contains("代码") || header.contains("类款项");
      joins = codeColumn || reading.catalogName(code.get()).filter(n -> n.startsWith(HeaderLayout.squeeze(below.text()))).isPresent();
    } else {
      // the line below prints the whole name and the row's amounts (31001, then 房屋建筑物购建 0.00): joined
      // when that is the catalog's name of the code
      List<String> ts = LooseTable.tokens(below.text());
      int words = 0;
      while (words < ts.size() && !LooseTable.isFigure(ts.get(words))) {
        words++;
      }
      String name = String.join("", ts.subList(0, words));
      joins = words > 0 && words < ts.size() && LooseTable.hasAmount(below.text())
          && reading.catalogName(code.get()).filter(name::equals).isPresent();
    }
    if (!joins) {
      return l;
    }
    joined.add(below.number);
    // (the name may end on the line after, with the amounts: 31007 / 信息网络及软件购置 / 更新 0.00)
    return ends(SourceLine.of(l.number, l.text().strip() + " " + below.text().strip()), below.number, false);
  }

  /**
   * A line whose last item's name wrapped, joined to the line below that prints the name's end and then
   * the item's amounts (301 10 职工基本医疗保险, then 缴费 9,101,294.92 9,101,294.92 0.00; a second panel's
   * 302 12 因公出国（境）费, then 用 530.69 0.00 530.69), as text in the page's order prints a cell's last
   * line with the amounts beside it. The item has a code — or, on a two-sided summary, is an ordinal
   * item (一、一般公共预算 / 拨款 1,541,102) — and the end either makes the catalog's name of the code or is a
   * word of eight characters at most that names no row of its own (合计, an ordinal item, a unit).
   */
  SourceLine endThenAmounts(SourceLine l, boolean twoSided) {
    return ends(l, l.number, twoSided);
  }

  /** {@link #endThenAmounts} of a line whose text ends with line {@code from}'s. */
  private SourceLine ends(SourceLine l, int from, boolean twoSided) {
    SourceLine read = l;
    // a summary's line may end with the other side's item, a two-panel table's with the second panel's
    // row, wrapped too: its end is on the line after
    for (int side = 0; side < 2; side++) {
      int k = LooseRows.next(reading.lines, from);
      SourceLine withEnd = withEnd(read, k, twoSided);
      if (withEnd == read) {
        break;
      }
      read = withEnd;
      from = reading.lines.get(k).number;
    }
    return read;
  }

  private SourceLine withEnd(SourceLine l, int k, boolean twoSided) {
    String text = l.text().strip();
    if (text.isEmpty() || !LineShapes.HAN.matcher(text.substring(text.length() - 1)).find()) {
      return l; // (most lines end with an amount: not cut into words)
    }
    List<String> ts = LineCodes.joinSplitCodes(LooseTable.tokens(text));
    if (ts.isEmpty() || !LineShapes.HAN.matcher(ts.get(ts.size() - 1)).find()) {
      return l;
    }
    boolean coded = ts.size() >= 2 && LooseTable.isCode(ts.get(ts.size() - 2));
    boolean ordinalItem = twoSided && io.github.cnbudget.model.table.Ordinal.of(ts.get(ts.size() - 1)).isPresent();
    if (!coded && !ordinalItem) {
      return l;
    }
    if (k >= reading.lines.size()) {
      return l;
    }
    List<String> below = LineCodes.joinSplitCodes(LooseTable.tokens(reading.lines.get(k).text()));
    // a summary's line may go on with the other side's item after this item's amounts
    int figures = 1;
    while (figures < below.size() && LooseTable.isFigure(below.get(figures))) {
      figures++;
    }
    if (below.size() < 2 || !LineShapes.HAN.matcher(below.get(0)).find() || below.get(0).length() > 12
        || figures == 1 || figures < below.size() && !ordinalItem && !secondPanel(below, figures)
        || !LooseTable.hasAmount(reading.lines.get(k).text()) && LooseTable.isCode(below.get(1))
        || below.get(0).matches(".*(?:合计|总计|小计)$")
        || HeaderLayout.rowConcept(below.get(0)).filter(c -> c == io.github.cnbudget.model.table.Concept.TOTAL
            || LooseTable.isSideTotal(c)).isPresent()
        || io.github.cnbudget.model.table.Ordinal.of(below.get(0)).isPresent()) {
      return l;
    }
    String end = below.get(0);
    String name = HeaderLayout.squeeze(ts.get(ts.size() - 1) + end);
    if (!(coded && reading.catalogName(ts.get(ts.size() - 2)).filter(name::equals).isPresent()) && (end.length() > 8 || Units.isUnitName(end))) {
      return l;
    }
    joined.add(reading.lines.get(k).number);
    return SourceLine.of(l.number, l.text().strip() + end + " " + String.join(" ", below.subList(1, below.size())));
  }

  /**
   * Whether the text after a name's end and its amounts is a second panel's row: the last of the figures
   * is its code (a whole number too), after at least one amount of the first.
   */
  private static boolean secondPanel(List<String> tokens, int figures) {
    return figures > 2 && LooseTable.isCode(tokens.get(figures - 1));
  }


  private static long amountCount(String text) {
    return LooseTable.tokens(text).stream().filter(LooseTable::isPrintedAmount).count();
  }

  /**
   * Whether a line of amounts, with the lines of amounts right after it, was the last row's, on one
   * side of a two-sided table, printed in the order the page wrote its cells: the row printed no amount,
   * and either its name ended on the lines below it (四、文化旅游体育与传媒 / 支出 / 200,000 200,000) — not
   * when the next line prints some amounts but fewer than this one: its row lacks some, which these may
   * be, set higher than its label (二十六、抗疫特别国债安排 / 的支出 / 2,940.05 2,940.05 / 本年收入合计 本年支出合计
   * 2,940.05, as text sorted by position prints it) — or it is the line just above and the next line is
   * no row that could own them: an item printing its own amounts (一、一般公共预算财政拨款 / 2,940.05 /
   * 一、一般公共服务支出 2,106.66 2,106.66), the other side's total (本年收入合计 / 2,940.05 / 本年支出合计), or
   * none. An item the next line prints without amounts may be theirs, printed above it: they wait for it.
   */
  boolean afterItsLabel(SourceLine l) {
    String text = l.text();
    RowDraft last = table.rows.isEmpty() ? null : table.rows.get(table.rows.size() - 1);
    if (last == null || last.hasValues() || !last.pending.isEmpty() || !LooseRows.onlyAmounts(text)
        || last.code == null && last.concept == null && io.github.cnbudget.model.table.Ordinal.of(last.label).isEmpty()) {
      return false;
    }
    List<SourceLine> amounts = new java.util.ArrayList<>(List.of(l));
    Optional<SourceLine> below = reading.nextNonBlank(l, 3);
    while (below.isPresent() && LooseRows.onlyAmounts(below.get().text())) {
      amounts.add(below.get());
      below = reading.nextNonBlank(below.get(), 3);
    }
    if (last.nameBelow) {
      long belowCount = below.map(b -> amountCount(b.text())).orElse(0L);
      if (below.isPresent() && belowCount > 0 && belowCount < amountCount(text)) {
        return false;
      }
    } else if (reading.previousNonBlank(l) != last.line
        || below.isPresent() && !printsOwnAmounts(below.get().text()) && !otherSideTotal(below.get().text(), last)) {
      return false;
    }
    List<String> values = new java.util.ArrayList<>();
    amounts.forEach(a -> values.addAll(LooseTable.tokens(a.text())));
    List<io.github.cnbudget.model.table.Column> side = Objects.requireNonNull(table.looseColumns, "columns settled")
        .stream().filter(c -> c.side() == last.side).toList();
    if (values.size() > side.size()) {
      return false;
    }
    LooseTable.place(last, values, side, last.line, reading.cells);
    amounts.subList(1, amounts.size()).forEach(a -> joined.add(a.number));
    return true;
  }

  /** Whether a line opens with an item followed by its own amounts (一、一般公共服务支出 2,106.66 …). */
  private static boolean printsOwnAmounts(String text) {
    List<String> ts = LooseTable.tokens(text);
    return ts.size() >= 2 && LineShapes.HAN.matcher(ts.get(0)).find() && LooseTable.isPrintedAmount(ts.get(1));
  }

  /** Whether a line prints the other side's total alone (本年支出合计 under 本年收入合计). */
  private static boolean otherSideTotal(String text, RowDraft last) {
    List<String> ts = LooseTable.tokens(text);
    if (ts.size() != 1 || last.concept == null) {
      return false;
    }
    Optional<io.github.cnbudget.model.table.Concept> below = HeaderLayout.rowConcept(ts.get(0));
    return below.isPresent() && below.get() != last.concept && LooseTable.isSideTotal(below.get())
        && LooseTable.isSideTotal(last.concept);
  }
}
