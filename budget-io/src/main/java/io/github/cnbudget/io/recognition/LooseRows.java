package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.Ordinal;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a table whose columns the text lost (single blanks between cells, see
 * {@link LooseTable}): the header words until the first line of values, then rows whose values are
 * placed by their count and order, the pieces of wrapped names between them, and the units of a
 * table by unit.
 */
final class LooseRows {
  /** A clause of prose: names do not hold commas, semicolons or full stops. */
  private static final Pattern CLAUSE = Pattern.compile("[，,；;。]");
  private static final Pattern UNIT_YEAR = Pattern.compile("(.+?)(\\d{4}年)");
  private static final int LOOKAHEAD = 8;

  private final TableDraft table;
  private final Reading reading;

  private final AmountLines amountLines;
  /** The lines already joined into a line above them: a wrapped name's end, the amounts before it. */
  private final java.util.Set<Integer> joined = new java.util.HashSet<>();

  LooseRows(TableDraft table, Reading reading) {
    this.table = table;
    this.reading = reading;
    this.amountLines = AmountLines.byOrder(() -> table.looseColumns == null ? List.of() : table.looseColumns);
  }

  /** Whether a line of amounts waits for the row it belongs to. */
  boolean holds() {
    return amountLines.holds();
  }

  /** The table ends: amounts held for a row that did not come are rows of their own. */
  void close() {
    amountLines.flush(table.rows);
  }

  /** A line of a table whose columns were lost (single blanks between cells): see {@link LooseTable}. */
  boolean accept(SourceLine l) {
    if (joined.contains(l.number)) {
      // read with the line above it
      return true;
    }
    String text = l.text();
    if (LineShapes.PAGE_MARK.matcher(text).matches() || LineShapes.PAGE_MARK.matcher(l.raw.strip()).matches()) {
      // a page mark (- 6 -), also when its first dash was taken for a list bullet (leaving 6 -)
      return true;
    }
    if (HeaderLayout.squeeze(text).startsWith("栏次") || LineShapes.isColumnNumbers(SourceLine.of(l.number, text.replace(' ', '\t')))) {
      table.looseCounts = LooseHeader.columnCounts(text);
      return true;
    }
    boolean twoSided = table.title.kind.isTwoSided();
    if (table.looseColumns == null) {
      if (!LooseTable.isData(text) || columnNumbersFollow(l) || totalColumnAlone(l)) {
        table.looseHeader.append(text).append(' ');
        table.looseHeaderLines.add(text);
        table.headerSqueezed.add(l.squeezed());
        return true;
      }
      LooseHeader.Settled settled = LooseHeader.settle(table.looseHeaderLines, table.looseCounts, twoSided,
          () -> LooseTable.rowValues(reading.lines, l.number - 1));
      table.looseCounts = settled.counts();
      table.looseColumns = settled.columns();
      if (table.looseColumns.isEmpty()) {
        reading.problems.add(ReadProblem.of(ReadProblem.Kind.TABLE_COLUMNS_UNKNOWN, Severity.ERROR, l.number, table.title.printed,
            "table printed without column positions and without recognisable column headers; rows not read"));
      }
    }
    if (table.looseColumns.isEmpty()) {
      reading.problems.add(ReadProblem.of(ReadProblem.Kind.ROW_COLUMNS_UNKNOWN, Severity.ERROR, l.number, text, "row of a table whose columns are unknown"));
      return true;
    }
    if (table.headerSqueezed.contains(l.squeezed())) {
      // the header printed again on the next page
      return true;
    }
    if (!twoSided && tallCodeRows(l)) {
      return true;
    }
    if (!twoSided && !table.rows.isEmpty() && !table.rows.get(table.rows.size() - 1).texts.isEmpty()
        && !LooseTable.hasAmount(text) && !LooseTable.opensRow(text) && CLAUSE.matcher(text).find()) {
      // the next line of the text printed after a row's amounts (its 绩效目标): a clause, not a name;
      // the rest of an unfinished name may open it (息化运维项目 (2023) 常运行、…，…)
      RowDraft last = table.rows.get(table.rows.size() - 1);
      String[] rest = WrappedNames.nameThenText(last.label, text);
      last.appendName(rest[0]);
      last.texts.add(rest[1]);
      return true;
    }
    if (twoSided && LooseTable.isNameFragment(text) && !table.rows.isEmpty()) {
      twoSidedFragment(HeaderLayout.squeeze(text));
      return true;
    }
    if (twoSided && afterItsLabel(l)) {
      return true;
    }
    if (!twoSided && LooseTable.isNameFragment(text) && !table.rows.isEmpty()) {
      // a wrapped name's other line, printed between the rows: see WrappedNames
      RowDraft last = table.rows.get(table.rows.size() - 1);
      if (last.unit != null && last.unit.equals(table.currentUnit)
          && (last.kind == RowKind.UNIT || last.label.matches("\\d{4}年"))) {
        // the unit's name printed on this row (深圳市医疗保险基金管理中 2022年 …, then 心) is unfinished
        String unit = last.unit + HeaderLayout.squeeze(text);
        reading.units.rename(last.unit, unit);
        if (last.kind == RowKind.UNIT) {
          last.label = unit;
        }
        last.unit = unit;
        table.currentUnit = unit;
        return true;
      }
      table.fragment = WrappedNames.fragment(last, text, reading.codes::name);
      last.nameBelow |= table.fragment == null;
      if (table.fragment == null && last.kind == RowKind.ITEM) {
        // the piece finished the row's name, which may only now name a unit (某区卫生健康局本 …, then 级)
        unitRow(last);
      }
      return true;
    }
    SourceLine read = twoSided ? l : codeThenName(l);
    if (read == l) {
      read = endThenAmounts(l, twoSided);
    }
    if (read == l) {
      read = withWrappedEnd(l, twoSided);
    }
    int before = table.rows.size();
    readRows(read, twoSided);
    if (read != l && !LooseTable.hasAmount(read.text())) {
      // a line without amounts whose name ends on the line below: the amounts may follow the name
      table.rows.subList(Math.min(before, table.rows.size()), table.rows.size()).forEach(r -> r.nameBelow = true);
    }
    return true;
  }

  /** Reads a line of values into the table's rows: see {@link LooseTable#rows}. */
  private void readRows(SourceLine l, boolean twoSided) {
    String text = l.text();
    boolean lineNumbers = HeaderLayout.squeeze(table.looseHeader.toString()).contains("行次");
    boolean codes = twoSided && HeaderLayout.squeeze(table.looseHeader.toString()).contains("科目编码");
    List<io.github.cnbudget.model.table.Column> columns = Objects.requireNonNull(table.looseColumns, "columns settled");
    for (RowDraft r : LooseTable.rows(l, columns, twoSided, lineNumbers, codes, reading.codes::spends, reading.cells,
        reading.problems)) {
      if (!twoSided) {
        WrappedNames.prepend(table, r, reading.codes::name);
        r.unit = table.currentUnit;
        Matcher unitYear = UNIT_YEAR.matcher(HeaderLayout.squeeze(r.label));
        if (r.code == null && unitYear.matches() && (Units.isUnitName(unitYear.group(1))
            || HeaderLayout.squeeze(table.looseHeader.toString()).contains("年度"))) {
          // a by-unit table of years (“三公” 2022年 / 2023年 / 增减变化金额): the unit (its name perhaps
          // wrapped), then its first year
          table.currentUnit = unitYear.group(1);
          reading.units.add(table.currentUnit, "");
          r.label = unitYear.group(2);
          r.unit = table.currentUnit;
        } else {
          unitRow(r);
        }
        if (table.title.kind == TableKind.PROJECT_EXPENDITURE && r.kind == RowKind.ITEM && r.concept == null
            && r.code == null) {
          // a project table's rows other than its totals and units are its projects, as in a grid
          r.kind = RowKind.PROJECT;
        }
      }
      if (AmountLines.amountsOnly(r)) {
        amountLines.hold(r, text);
        continue;
      }
      amountLines.settle(r, table.rows);
      table.rows.add(r);
    }
  }

  /**
   * A run of tall rows whose split codes were printed a line above their names (see {@link
   * TallCodeRows}), read item by item from the line opening it; the run's other lines are then read.
   */
  private boolean tallCodeRows(SourceLine l) {
    int k = next(l.number);
    if (k >= reading.lines.size() || !TallCodeRows.opens(l.text(), reading.lines.get(k).text())
        && !TallCodeRows.opensAlone(l.text(), reading.lines.subList(k, Math.min(reading.lines.size(), k + 4)).stream()
            .map(SourceLine::text).toList())) {
      return false;
    }
    List<String> run = new java.util.ArrayList<>(List.of(l.text()));
    for (int n = l.number; n < reading.lines.size()
        && (reading.lines.get(n).isBlank() || TallCodeRows.continues(reading.lines.get(n).text())); n++) {
      if (!reading.lines.get(n).isBlank()) {
        run.add(reading.lines.get(n).text());
      }
      joined.add(reading.lines.get(n).number);
    }
    for (String item : TallCodeRows.items(run, reading.codes)) {
      readRows(SourceLine.of(l.number, item), false);
    }
    return true;
  }

  /** A unit's line of a by-unit table (深圳市医疗保障局（本级） 18,555 …): the rows below are its. */
  private void unitRow(RowDraft r) {
    if (r.code == null && r.concept == null && r.label.length() > 2
        && Units.isUnitName(HeaderLayout.squeeze(r.label)) && Ordinal.of(r.label).isEmpty()) {
      reading.units.row(table, r, r.label, "");
    }
  }

  /**
   * The line with the end of one of its wrapped names joined in, when the line below prints only that
   * end (see {@link WrappedNames#joined}); the line below is then read. A line printing a name and no
   * amount takes the line of amounts below it too when the end follows that line (四、文化旅游体育与传媒 /
   * 200,000 200,000 / 支出: the row's amounts set between its name's lines).
   */
  private SourceLine withWrappedEnd(SourceLine l, boolean twoSided) {
    int k = next(l.number);
    if (!shortWords(k) && !(k < reading.lines.size() && shortWords(next(k + 1)))) {
      // (no end of a name in reach: the lines are not cut into words again)
      return l;
    }
    String amounts = "";
    int between = -1;
    if (k + 1 < reading.lines.size() && !LooseTable.hasAmount(l.text()) && onlyAmounts(reading.lines.get(k).text())) {
      amounts = " " + reading.lines.get(k).text().strip();
      between = reading.lines.get(k).number;
      k = next(k + 1);
    }
    if (k >= reading.lines.size() || !LooseTable.isNameFragment(reading.lines.get(k).text())) {
      return l;
    }
    SourceLine below = reading.lines.get(k);
    int amountsLine = between;
    return WrappedNames.joined(l.text() + amounts, below.text(), twoSided, reading.codes).map(text -> {
      joined.add(below.number);
      if (amountsLine >= 0) {
        joined.add(amountsLine);
      }
      return SourceLine.of(l.number, text);
    }).orElse(l);
  }

  /**
   * A line printing only a code joined to the line below that starts its name (2013999, then 其他社会工作,
   * 事务支出, 202.24 202.24): a tall row printed in the order the page wrote its cells. The code is known
   * for one when the table has a code column or the catalog's name of the code starts with that line.
   */
  private SourceLine codeThenName(SourceLine l) {
    Optional<String> code = LooseTable.codeOnly(l.text());
    int k = next(l.number);
    if (code.isEmpty() || k >= reading.lines.size() || !LooseTable.isNameFragment(reading.lines.get(k).text())) {
      return l;
    }
    SourceLine below = reading.lines.get(k);
    String header = HeaderLayout.squeeze(table.looseHeader.toString());
    boolean codeColumn = header.contains("编码") || header.contains("代码") || header.contains("类款项");
    if (!codeColumn && !catalogName(code.get()).filter(n -> n.startsWith(HeaderLayout.squeeze(below.text()))).isPresent()) {
      return l;
    }
    joined.add(below.number);
    return SourceLine.of(l.number, l.text().strip() + " " + below.text().strip());
  }

  /**
   * A line whose last item's name wrapped, joined to the line below that prints the name's end and then
   * the item's amounts (301 10 职工基本医疗保险, then 缴费 9,101,294.92 9,101,294.92 0.00; a second panel's
   * 302 12 因公出国（境）费, then 用 530.69 0.00 530.69), as text in the page's order prints a cell's last
   * line with the amounts beside it. The item has a code — or, on a two-sided summary, is an ordinal
   * item (一、一般公共预算 / 拨款 1,541,102) — and the end either makes the catalog's name of the code or is a
   * word of eight characters at most that names no row of its own (合计, an ordinal item, a unit).
   */
  private SourceLine endThenAmounts(SourceLine l, boolean twoSided) {
    List<String> ts = LooseTable.joinSplitCodes(LooseTable.tokens(l.text()));
    if (ts.isEmpty() || !LineShapes.HAN.matcher(ts.get(ts.size() - 1)).find()) {
      return l;
    }
    boolean coded = ts.size() >= 2 && LooseTable.isCode(ts.get(ts.size() - 2));
    boolean ordinalItem = twoSided && io.github.cnbudget.model.table.Ordinal.of(ts.get(ts.size() - 1)).isPresent();
    if (!coded && !ordinalItem) {
      return l;
    }
    int k = next(l.number);
    if (k >= reading.lines.size()) {
      return l;
    }
    List<String> below = LooseTable.tokens(reading.lines.get(k).text());
    if (below.size() < 2 || !LineShapes.HAN.matcher(below.get(0)).find() || below.get(0).length() > 12
        || !below.subList(1, below.size()).stream().allMatch(LooseTable::isFigure)
        || !LooseTable.hasAmount(reading.lines.get(k).text()) || below.get(0).matches(".*(?:合计|总计|小计)$")
        || HeaderLayout.rowConcept(below.get(0)).filter(c -> c == io.github.cnbudget.model.table.Concept.TOTAL
            || LooseTable.isSideTotal(c)).isPresent()
        || io.github.cnbudget.model.table.Ordinal.of(below.get(0)).isPresent()) {
      return l;
    }
    String end = below.get(0);
    String name = HeaderLayout.squeeze(ts.get(ts.size() - 1) + end);
    if (!(coded && catalogName(ts.get(ts.size() - 2)).filter(name::equals).isPresent()) && (end.length() > 8 || Units.isUnitName(end))) {
      return l;
    }
    joined.add(reading.lines.get(k).number);
    return SourceLine.of(l.number, l.text().strip() + end + " " + String.join(" ", below.subList(1, below.size())));
  }

  /** The catalog's name of a printed code, squeezed; empty when the code is unreadable or unknown. */
  private Optional<String> catalogName(String code) {
    try {
      return reading.codes.name(io.github.cnbudget.model.classification.ClassificationCodes.parse(code))
          .map(HeaderLayout::squeeze);
    } catch (io.github.cnbudget.model.TextParseException e) {
      return Optional.empty();
    }
  }

  /** The index of the first line from {@code k} that is not blank, looking at most two lines on. */
  private int next(int k) {
    int at = k;
    while (at < reading.lines.size() && at < k + 2 && reading.lines.get(at).isBlank()) {
      at++;
    }
    return at;
  }

  /** Whether line {@code k} could be a name's end: short, with a Chinese character (see {@link LooseTable#isNameFragment}). */
  private boolean shortWords(int k) {
    if (k >= reading.lines.size()) {
      return false;
    }
    String text = reading.lines.get(k).text().strip();
    return text.length() <= 20 && LineShapes.HAN.matcher(text).find();
  }

  private static long amountCount(String text) {
    return LooseTable.tokens(text).stream().filter(t -> LooseTable.isFigure(t) && (t.contains(".") || t.contains(","))).count();
  }

  private static boolean onlyAmounts(String text) {
    return LooseTable.hasAmount(text) && LooseTable.tokens(text).stream().allMatch(LooseTable::isFigure);
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
  private boolean afterItsLabel(SourceLine l) {
    String text = l.text();
    RowDraft last = table.rows.isEmpty() ? null : table.rows.get(table.rows.size() - 1);
    if (last == null || last.hasValues() || !last.pending.isEmpty() || !onlyAmounts(text)
        || last.code == null && last.concept == null && io.github.cnbudget.model.table.Ordinal.of(last.label).isEmpty()) {
      return false;
    }
    List<SourceLine> amounts = new java.util.ArrayList<>(List.of(l));
    Optional<SourceLine> below = reading.nextNonBlank(l, 3);
    while (below.isPresent() && onlyAmounts(below.get().text())) {
      amounts.add(below.get());
      below = reading.nextNonBlank(below.get(), 3);
    }
    if (last.nameBelow) {
      long belowCount = below.map(b -> amountCount(b.text())).orElse(0L);
      if (below.isPresent() && belowCount > 0 && belowCount < amountCount(text)) {
        return false;
      }
    } else if (previousNonBlank(l) != last.line
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
    return ts.size() >= 2 && LineShapes.HAN.matcher(ts.get(0)).find() && LooseTable.isFigure(ts.get(1))
        && (ts.get(1).contains(".") || ts.get(1).contains(","));
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

  /** The number of the last line before {@code l} that prints something, or 0. */
  private int previousNonBlank(SourceLine l) {
    for (int k = l.number - 2; k >= 0; k--) {
      if (!reading.lines.get(k).isBlank()) {
        return reading.lines.get(k).number;
      }
    }
    return 0;
  }

  /**
   * A name's end printed below a line of a two-sided table that was not joined into it: the line's
   * last item's; an item read as income whose whole name spends moves to the expenditure side.
   */
  private void twoSidedFragment(String piece) {
    RowDraft last = table.rows.get(table.rows.size() - 1);
    last.appendName(piece);
    last.nameBelow = true;
    if (last.side == Side.INCOME && reading.codes.spends(last.label)
        && table.rows.stream().filter(r -> r.line == last.line).count() == 1) {
      LooseTable.moveSide(last, Objects.requireNonNull(table.looseColumns, "a loose table has its columns"), Side.EXPENDITURE);
    }
  }

  /**
   * Whether 合计 printed alone is a column of the header (its cells' labels printed a line each, in the
   * order the page wrote them: 预算数 / 合计 / 基本支出 / 项目支出 / 人员经费 公用经费), not the total row: the
   * next line prints column labels and no amount.
   */
  private boolean totalColumnAlone(SourceLine l) {
    if (!HeaderLayout.squeeze(l.text()).equals("合计")) {
      return false;
    }
    return reading.nextNonBlank(l, 3).map(SourceLine::text)
        .filter(next -> !LooseTable.hasAmount(next) && LooseTable.tokens(next).stream().allMatch(LooseTable::isHeaderWord))
        .isPresent();
  }

  /**
   * Whether a line without amounts is still header: the 栏次 line comes before any line with an
   * amount (合计 printed as a column header on its own line of a broken header).
   */
  private boolean columnNumbersFollow(SourceLine l) {
    if (LooseTable.hasAmount(l.text())) {
      return false;
    }
    for (int k = l.number; k < reading.lines.size() && k < l.number + 4 * LOOKAHEAD; k++) {
      String next = reading.lines.get(k).text();
      if (reading.lines.get(k).isBlank()) {
        continue;
      }
      if (HeaderLayout.squeeze(next).startsWith("栏次")
          || LineShapes.isColumnNumbers(SourceLine.of(reading.lines.get(k).number, next.replace(' ', '\t')))) {
        return true;
      }
      if (LooseTable.hasAmount(next) || TableTitles.recognise(next).isPresent() || next.strip().startsWith("注")) {
        return false;
      }
    }
    return false;
  }
}
