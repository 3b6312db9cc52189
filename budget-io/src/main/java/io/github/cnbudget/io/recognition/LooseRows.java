package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.Column;
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
  /** The lines of text printed in the order the page wrote its cells, joined into the rows they finish. */
  private final PageOrderLines pageOrder;
  /** Whether the table prints each row's amounts a line below its names (see {@link AmountsBelow}). */
  private boolean amountsBelow;

  LooseRows(TableDraft table, Reading reading) {
    this.table = table;
    this.reading = reading;
    this.pageOrder = new PageOrderLines(table, reading, joined);
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

  /** A line printing only the code column's levels (类 款 项). */
  private static final Pattern CODE_LEVELS_ONLY = Pattern.compile("[类款项][类款项|]*");

  /** A line of a table whose columns were lost (single blanks between cells): see {@link LooseTable}. */
  boolean accept(SourceLine l) {
    if (joined.contains(l.number)) {
      // read with the line above it
      return true;
    }
    String text = l.text();
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
          () -> RowValues.of(reading.lines, l.number - 1));
      table.looseCounts = settled.counts();
      table.looseColumns = settled.columns();
      table.fragment = nameStartAboveFirstRow(l.text()).orElse(table.fragment);
      amountsBelow = AmountsBelow.inTable(reading.lines, l.number - 1, twoSided);
      if (table.looseColumns.isEmpty()) {
        reading.problems.add(ReadProblem.of(ReadProblem.Kind.TABLE_COLUMNS_UNKNOWN, Severity.ERROR, l.number, table.title.printed,
            "table printed without column positions and without recognisable column headers; rows not read"));
      } else if (!twoSided && reading.previousNonBlank(l) > 0) {
        // the header's last line the start of a name wrapped around the first row's line (对个人和家庭的补 /
        // 合计 … 303 1904653 1904653 / 助: the second panel's first row)
        Optional<TallRows.Item> first = TallRows.namedAround(reading.lines.get(reading.previousNonBlank(l) - 1), reading);
        if (first.isPresent() && first.get().line().number == l.number) {
          // (the start then waits for no row: the line names it)
          table.fragment = null;
          joined.addAll(first.get().consumed());
          readRows(first.get().line(), false);
          return true;
        }
      }
    }
    if (table.looseColumns.isEmpty()) {
      reading.problems.add(ReadProblem.of(ReadProblem.Kind.ROW_COLUMNS_UNKNOWN, Severity.ERROR, l.number, text, "row of a table whose columns are unknown"));
      return true;
    }
    String squeezed = l.squeezed();
    if (table.headerSqueezed.contains(squeezed) || CODE_LEVELS_ONLY.matcher(squeezed).matches()) {
      // the header printed again on the next page; the code column's 类 款 项 printed below the amounts
      // of a tall first row
      return true;
    }
    if (amountsBelow) {
      int k = l.number;
      if (k < reading.lines.size() && !joined.contains(reading.lines.get(k).number)
          && AmountsBelow.amountsOnly(reading.lines.get(k).text())) {
        Optional<SourceLine> row = AmountsBelow.joined(l, reading.lines.get(k), table.looseColumns, twoSided);
        if (row.isPresent()) {
          joined.add(reading.lines.get(k).number);
          return accept(row.get());
        }
      }
      if (AmountsBelow.amountsOnly(text)) {
        // amounts below names they could not be joined to: not the next row's, a row of their own
        readRows(l, twoSided);
        amountLines.flush(table.rows);
        return true;
      }
    }
    if (!twoSided) {
      Optional<TallRows.Item> tall = TallRows.ofTwoLines(l, table, reading);
      if (tall.isPresent()) {
        joined.addAll(tall.get().consumed());
        readRows(tall.get().line(), false);
        return true;
      }
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
    if (twoSided && tallItem(l)) {
      return true;
    }
    if (twoSided && LooseTable.isNameFragment(text) && !table.rows.isEmpty() && !itemOfItsOwn(text)) {
      twoSidedFragment(HeaderLayout.squeeze(text));
      return true;
    }
    if (twoSided && pageOrder.afterItsLabel(l)) {
      return true;
    }
    if (!twoSided && LooseTable.isNameFragment(text) && !table.rows.isEmpty()) {
      int below = next(l.number);
      if ((WrappedNames.isClosedTotal(table.rows.get(table.rows.size() - 1)) || TallRows.unitAround(text, below, reading.lines))
          && below < reading.lines.size() && amountsOfTallRow(text, below)) {
        SourceLine tall = withWrappedEnd(l, false);
        if (tall != l) {
          // the first row under 合计 printed tall, its name around its line of amounts (某局 / 25444151
          // 25444151 / 本级), the two pieces a known name: under 合计 a piece would otherwise wait for the
          // row below as the start of a name ending with its amounts; or any row whose two pieces make an
          // organ's name that the first does not (医疗保险基金管理 / 6626 6626 / 中心), which would otherwise
          // end the name of the row above
          readRows(tall, false);
          return true;
        }
      }
      if (below < reading.lines.size() && TallRows.startsNamelessRow(reading.lines.get(below).text(),
          HeaderLayout.squeeze(text), Objects.requireNonNull(table.looseColumns, "columns settled").size(), reading)) {
        // the start of the name of the row below, printed around its line of code and values
        table.fragment = (table.fragment == null ? "" : table.fragment) + HeaderLayout.squeeze(text);
        return true;
      }
      // a wrapped name's other line, printed between the rows: see WrappedNames
      RowDraft last = table.rows.get(table.rows.size() - 1);
      if (last.unit != null && last.unit.equals(table.currentUnit) && !table.namesEndWithAmounts
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
      table.fragment = WrappedNames.fragment(table, last, text, reading.codes::name);
      last.nameBelow |= table.fragment == null;
      if (table.fragment == null && last.kind == RowKind.ITEM) {
        // the piece finished the row's name, which may only now name a unit (某区卫生健康局本 …, then 级)
        unitRow(last);
      }
      return true;
    }
    SourceLine read = twoSided ? l : pageOrder.codeThenName(l);
    if (read == l) {
      read = pageOrder.endThenAmounts(l, twoSided);
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
  private void readRows(SourceLine given, boolean twoSided) {
    SourceLine l = twoSided ? given : namedByTheWaitingStart(withCountedCode(given));
    String text = l.text();
    boolean lineNumbers = HeaderLayout.squeeze(table.looseHeader.toString()).contains("行次");
    boolean codes = twoSided && HeaderLayout.squeeze(table.looseHeader.toString()).contains("科目编码");
    List<Column> columns = Objects.requireNonNull(table.looseColumns, "columns settled");
    List<RowDraft> read = LooseTable.rows(l, columns, twoSided, lineNumbers, codes, reading.codes::spends, reading.cells,
        reading.problems);
    String waiting = table.fragment;
    if (!twoSided && waiting != null && read.size() > 1) {
      // a line of two panels: a name's start waiting above goes to the panel's row printing no name
      read.stream().filter(r -> r.code != null && r.label.isBlank()).findFirst().ifPresent(r -> {
        r.label = waiting;
        table.fragment = null;
      });
    }
    for (RowDraft r : read) {
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
          if (HeaderLayout.squeeze(table.looseHeader.toString()).contains("单位名称")) {
            // a project row printing its unit in a 单位名称 column belongs to that unit
            projectUnit(r, text);
          }
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
    List<String> ts = LineCodes.joinSplitCodes(LooseTable.tokens(l.text()), countedColumns(l), part -> { });
    if (table.looseColumns != null && table.looseColumns.size() > 1 && ts.size() == table.looseColumns.size() + 1) {
      // (a code and a value for each of several columns: a whole row, its name printed around it,
      // 财政对城乡居民基本医 / 210 12 02 3,042,045.26 0.00 … / 疗保险基金的补助)
      return false;
    }
    String waiting = table.fragment;
    if (waiting != null && !ts.isEmpty() && WrappedNames.isOrBegins(reading.catalogName(ts.get(0)), waiting)) {
      // (the name waiting above is the code's, or its start: a row named above or around its code line,
      // its blank cells left out — 财政事务 / 201 06 2,112.86 2,106.66 6.20; 突发公共卫生事件应 / 210 04 10
      // 3,682,795.37 682,136.77 … / 急处理)
      return false;
    }
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

  /**
   * The header's last line when it is the first row's name printed above its code line, or its start
   * wrapped around it (一般公共服务 / 201 264.87 62.63 202.24 / 支出): a piece of a name, no header word,
   * that the catalog's name of the code opening the first row is or starts with. It then waits for that
   * row (see {@link WrappedNames#prepend}); empty otherwise.
   */
  private Optional<String> nameStartAboveFirstRow(String firstRow) {
    if (table.looseHeaderLines.isEmpty()) {
      return Optional.empty();
    }
    String last = table.looseHeaderLines.get(table.looseHeaderLines.size() - 1);
    List<String> ts = LineCodes.joinSplitCodes(LooseTable.tokens(firstRow));
    if (ts.isEmpty() || !LooseTable.isCode(ts.get(0)) || !LooseTable.isNameFragment(last) || LooseTable.isHeaderLine(last)
        || LooseHeader.isWord(HeaderLayout.squeeze(last)) || !LooseHeader.labels(last).isEmpty()) {
      return Optional.empty();
    }
    String piece = HeaderLayout.squeeze(last);
    return WrappedNames.isOrBegins(reading.catalogName(ts.get(0)), piece) ? Optional.of(piece) : Optional.empty();
  }

  /**
   * Takes the unit out of a project row's name: one already printed that the name starts with, or the
   * line's first word when it reads as an organ's name (a unit the document prints nowhere else).
   */
  private void projectUnit(RowDraft r, String line) {
    Optional<String> unit = reading.units.openingUnit(r.label);
    String first = line.strip().split("\\s+", 2)[0];
    if (unit.isEmpty() && Units.isUnitName(first) && r.label.startsWith(first) && r.label.length() > first.length()) {
      // a unit printed nowhere else: the line's first word, when it reads as an organ's name
      unit = Optional.of(first);
    }
    if (unit.isPresent()) {
      r.label = HeaderLayout.squeeze(r.label).substring(unit.get().length());
      r.unit = unit.get();
      reading.units.add(unit.get(), "");
    }
  }

  /**
   * A line of a code and values only, the start of its row's name waiting above it, with that start put
   * after the code when the catalog's name of the code begins with it (社会保障和就业支 / 208 500772 500772
   * 500772 / 出): in a table of whole numbers printing no separators a bare 208 before them reads as a value
   * as well as a code, and only the name tells it is the row's code. The line as given otherwise.
   */
  private SourceLine namedByTheWaitingStart(SourceLine l) {
    String waiting = table.fragment;
    List<String> ts = LooseTable.tokens(l.text());
    if (waiting == null || ts.size() < 2 || !LooseTable.CODE.matcher(ts.get(0)).matches()
        || !ts.subList(1, ts.size()).stream().allMatch(LooseTable::isValue)
        || !WrappedNames.isOrBegins(reading.catalogName(ts.get(0)), waiting)) {
      return l;
    }
    table.fragment = null;
    return SourceLine.of(l.number, ts.get(0) + " " + waiting + " " + String.join(" ", ts.subList(1, ts.size())));
  }

  /**
   * Whether line {@code k}, below a name's piece, prints a tall row's amounts only: amounts, whole amounts
   * no code line prints (see {@link TallRows#wholeAmountsOnly}), or whole values when the piece and the
   * piece after them make a unit's name the document printed before (达州市医疗保障局 / 313 312 1 / 本级: a
   * unit's row prints no code, so 313 is a value).
   */
  private boolean amountsOfTallRow(String piece, int k) {
    String text = reading.lines.get(k).text();
    if (onlyAmounts(text) || TallRows.wholeAmountsOnly(text, columnCount())) {
      return true;
    }
    List<String> ts = LooseTable.tokens(text);
    return !ts.isEmpty() && ts.size() <= columnCount()
        && ts.stream().allMatch(t -> LooseTable.WHOLE.matcher(t).matches() || LooseTable.DASH.matcher(t).matches())
        && TallRows.endAfter(k, reading.lines).filter(end -> reading.units.knows(piece + end)).isPresent();
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
    if (table.namesEndWithAmounts) {
      // the table prints a name's end with its amounts: the line below starts the next row
      return l;
    }
    int k = next(l.number);
    if (!shortWords(k) && !(k < reading.lines.size() && shortWords(next(k + 1)))) {
      // (no end of a name in reach: the lines are not cut into words again)
      return l;
    }
    String amounts = "";
    int between = -1;
    if (k + 1 < reading.lines.size() && !LooseTable.hasAmount(l.text()) && amountsOfTallRow(l.text(), k)) {
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

  /** The index of the first line from {@code k} that is not blank, looking at most two lines on. */
  private int next(int k) {
    return next(reading.lines, k);
  }

  /** The index of the first of {@code lines} from {@code k} that is not blank, looking at most two lines on. */
  static int next(List<SourceLine> lines, int k) {
    int at = k;
    while (at < lines.size() && at < k + 2 && lines.get(at).isBlank()) {
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

  /**
   * A line opening with a code split into 类 | 款 | 项 before whole values, the code joined where the join
   * leaves a value a column, in a table whose rows print every column (see {@link #countedColumns}).
   */
  private SourceLine withCountedCode(SourceLine l) {
    int columns = countedColumns(l);
    if (columns == 0) {
      return l;
    }
    List<String> ts = LooseTable.tokens(l.text());
    List<String> joinedCode = LineCodes.joinSplitCodes(ts, columns, part -> { });
    return joinedCode.size() == ts.size() ? l : SourceLine.of(l.number, String.join(" ", joinedCode));
  }

  /**
   * The table's column count when its rows print every column — the line or a row read before it prints a
   * blank cell as a dash or 0 — else 0: a row leaving its blank cells out prints fewer values, and the
   * count then tells a split code's parts from amounts no longer.
   */
  private int countedColumns(SourceLine l) {
    List<String> ts = LooseTable.tokens(l.text());
    if (table.looseColumns == null || ts.isEmpty() || ts.get(0).length() != 3 || !LooseTable.isCode(ts.get(0))) {
      return 0; // (no 类 opening the line: nothing to join, and the rows above need no look)
    }
    if (!printsBlank(ts)
        && table.rows.stream().noneMatch(r -> printsBlank(r.pending) || r.cells.values().stream()
            .anyMatch(c -> printsBlank(List.of(c.printed()))))) {
      return 0;
    }
    return table.looseColumns.size();
  }

  private static boolean printsBlank(List<String> values) {
    return values.stream().anyMatch(t -> t.equals("0") || LooseTable.DASH.matcher(t).matches());
  }

  /** The table's columns, or 0 while they are not known. */
  private int columnCount() {
    return table.looseColumns == null ? 0 : table.looseColumns.size();
  }

  static boolean onlyAmounts(String text) {
    return LooseTable.hasAmount(text) && LooseTable.tokens(text).stream().allMatch(LooseTable::isFigure);
  }

  /**
   * A two-sided summary's tall item (see {@link TallRows#twoSidedItem}, {@link TallRows#twoSidedIncomeItem}),
   * read whole.
   */
  private boolean tallItem(SourceLine l) {
    List<Column> columns = table.looseColumns;
    if (columns == null) {
      return false;
    }
    Optional<TallRows.Item> item = TallRows.twoSidedItem(l, columns, reading)
        .or(() -> TallRows.twoSidedIncomeItem(l, columns, reading));
    item.ifPresent(it -> {
      joined.addAll(it.consumed());
      readRows(it.line(), true);
    });
    return item.isPresent();
  }

  /**
   * Whether a line printing a summary item's whole name and no amount (结转下年 under 本年支出合计) is that
   * item, blank, rather than the end of the name above: the row above already names an item of its own.
   */
  private boolean itemOfItsOwn(String text) {
    RowDraft last = table.rows.get(table.rows.size() - 1);
    return last.concept != null && HeaderLayout.rowConcept(HeaderLayout.squeeze(text)).isPresent()
        && HeaderLayout.rowConcept(HeaderLayout.squeeze(last.label + text)).isEmpty();
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
