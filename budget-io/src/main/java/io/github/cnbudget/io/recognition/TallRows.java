package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.Amounts;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Ordinal;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.List;
import java.util.Optional;

/**
 * Tall rows whose name is printed around the line of their code and amounts (名称环绕的高行), as text
 * tools print a row whose cells are centred in its height: the name's start above the line, its end
 * below, the line itself printing no name (十九、住房保障支 / 221 712,757 712,757 0 0 / 出); a unit's or a
 * project's name wrapped around its row's values; a row whose cells stand at two heights. What tells such
 * lines and joins their pieces; {@link LooseRows} reads the rows. Stateless; not instantiable.
 */
final class TallRows {
  private TallRows() {}

  /** A row's line put back together, and the lines it took in. */
  record Item(SourceLine line, List<Integer> consumed) {}

  /**
   * A two-sided summary's tall expenditure item from the line of its name's start: the next line prints
   * a functional code and a value for each expenditure column, and nothing else; the name's end below is
   * joined when the catalog names the code with the two pieces, or, when it does not know the code, when
   * the first piece does not end as names end. A line of fewer values (blank cells left out), or of whole
   * numbers only, is the item's only when the catalog names the code with the two pieces. Empty for any other line.
   */
  static Optional<Item> twoSidedItem(SourceLine l, List<Column> columns, Reading reading) {
    String head = l.text().strip();
    if (LooseTable.hasAmount(head) || head.length() > 20 || !LineShapes.HAN.matcher(head).find()
        || LooseTable.tokens(head).size() > 1) {
      return Optional.empty();
    }
    int k = LooseRows.next(reading.lines, l.number);
    if (k >= reading.lines.size()) {
      return Optional.empty();
    }
    SourceLine codeLine = reading.lines.get(k);
    List<String> ts = LooseTable.tokens(codeLine.text());
    boolean everyColumn = LooseTable.namelessItem(ts, columns);
    if (!everyColumn && !codeAndValues(ts, columns)) {
      return Optional.empty();
    }
    String name = head;
    List<Integer> consumed = new java.util.ArrayList<>(List.of(codeLine.number));
    int e = LooseRows.next(reading.lines, k + 1);
    boolean named = false;
    if (e < reading.lines.size() && LooseTable.isNameFragment(reading.lines.get(e).text())) {
      String end = HeaderLayout.squeeze(reading.lines.get(e).text());
      String bare = Ordinal.stripPrefix(head);
      Optional<Boolean> catalog = reading.catalogName(ts.get(0)).map(n -> n.equals(bare + end));
      named = catalog.orElse(false);
      if (catalog.orElse(!WrappedNames.looksFinished(head))) {
        name = head + end;
        consumed.add(reading.lines.get(e).number);
      }
    }
    if (!everyColumn && !named) {
      // (fewer values than columns, or whole numbers a code's shape: only the catalog's name tells the line)
      return Optional.empty();
    }
    return Optional.of(new Item(SourceLine.of(codeLine.number, ts.get(0) + " " + name + " "
        + String.join(" ", ts.subList(1, ts.size()))), consumed));
  }

  /**
   * Whether a line prints a functional code and no more values than the expenditure side has columns, and
   * nothing else (208 1201296 1201296 under 合计 and three sources: rows leaving blank cells out; whole
   * numbers printing no separators).
   */
  private static boolean codeAndValues(List<String> ts, List<Column> columns) {
    return ts.size() > 1 && LooseTable.FUNCTIONAL_CODE.matcher(ts.get(0)).matches()
        && ts.subList(1, ts.size()).stream().allMatch(LooseTable::isValue)
        && ts.size() - 1 <= LooseTable.sideColumns(columns, Side.EXPENDITURE).size();
  }

  /**
   * A two-sided summary's tall income item from the line of its name's start (一、一般公共预算 / 3,504,877.07
   * 210 九、卫生健康支出 3,905,618.31 / 拨款): the next line opens with a value for each income column (or,
   * the item blank, with the expenditure item's code), then prints the expenditure item beside it, if any
   * (its code, its name or not, its values); the line below
   * holds the names' ends. With one start and one end, the end is the income name's when the expenditure
   * name is printed whole on the amounts' line or is not there; with a start a side (二、政府性基金预 八、社会保障和就
   * / 3,095,567 208 3,095,567 / 算拨款 业支出), each side takes its own. Empty for any other line, and when
   * which side a piece ends is not told.
   */
  static Optional<Item> twoSidedIncomeItem(SourceLine l, List<Column> columns, Reading reading) {
    List<String> heads = LooseTable.tokens(l.text());
    if (heads.isEmpty() || heads.size() > 2 || l.text().strip().length() > 40
        || heads.stream().anyMatch(h -> LooseTable.isValue(h) || !LineShapes.HAN.matcher(h).find())) {
      return Optional.empty();
    }
    int k = LooseRows.next(reading.lines, l.number);
    if (k >= reading.lines.size()) {
      return Optional.empty();
    }
    SourceLine amountLine = reading.lines.get(k);
    List<String> ts = LooseTable.tokens(amountLine.text());
    int in = LooseTable.sideColumns(columns, Side.INCOME).size();
    // the income item's values, or none when it is blank and the line opens with the expenditure code;
    // a line of exactly its values between its name's pieces holds the item's values whatever their shape
    // (一、一般公共预算 / 7981911 / 拨款: a code has a name or values beside it)
    boolean valuesAlone = heads.size() == 1 && ts.size() == in && ts.stream().allMatch(LooseTable::isValue);
    int lead = !valuesAlone && !ts.isEmpty() && LooseTable.FUNCTIONAL_CODE.matcher(ts.get(0)).matches() ? 0 : in;
    if (in == 0 || ts.size() < lead || !ts.subList(0, lead).stream().allMatch(LooseTable::isValue)
        || !valuesAlone && lead > 0 && !LooseTable.isPrintedAmount(ts.get(0)) && LooseTable.CODE.matcher(ts.get(0)).matches()) {
      // (an amount, or a whole number no code is: 28539396 in a table of whole 元 printing no separators)
      return Optional.empty();
    }
    List<String> rest = ts.subList(lead, ts.size());
    boolean expenditureName = rest.stream().anyMatch(t -> LineShapes.HAN.matcher(t).find());
    if (!rest.isEmpty() && (!LooseTable.FUNCTIONAL_CODE.matcher(rest.get(0)).matches()
        || !LooseTable.isValue(rest.get(rest.size() - 1)))
        || heads.size() == 2 && (rest.isEmpty() || expenditureName)
        || heads.size() == 1 && (rest.isEmpty() ? lead == 0 : !expenditureName)) {
      // (two starts need a nameless expenditure item; one start beside a nameless one is not told apart)
      return Optional.empty();
    }
    List<Integer> consumed = new java.util.ArrayList<>(List.of(amountLine.number));
    String income = heads.get(0);
    String spends = heads.size() == 2 ? heads.get(1) : "";
    int e = LooseRows.next(reading.lines, k + 1);
    if (e < reading.lines.size() && LooseTable.isNameFragment(reading.lines.get(e).text())) {
      List<String> ends = LooseTable.tokens(reading.lines.get(e).text());
      if (ends.size() == heads.size()) {
        income += ends.get(0);
        spends += ends.size() == 2 ? ends.get(1) : "";
        consumed.add(reading.lines.get(e).number);
      } else if (ends.size() == 1 && !WrappedNames.looksFinished(heads.get(0))
          && WrappedNames.looksFinished(heads.get(1))) {
        income += ends.get(0);
        consumed.add(reading.lines.get(e).number);
      } else if (ends.size() == 1 && WrappedNames.looksFinished(heads.get(0))
          && !WrappedNames.looksFinished(heads.get(1))) {
        spends += ends.get(0);
        consumed.add(reading.lines.get(e).number);
      }
    }
    String item = Ordinal.stripPrefix(HeaderLayout.squeeze(income));
    if (reading.codes.spends(item) || HeaderLayout.rowConcept(item).isEmpty() || item.equals("总计")) {
      // (an income item is one the vocabulary names, which 本年支出合计 over its amounts is not)
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder(income);
    ts.subList(0, lead).forEach(t -> line.append(' ').append(t));
    if (!rest.isEmpty()) {
      line.append(' ').append(rest.get(0));
      if (!spends.isEmpty()) {
        line.append(' ').append(spends);
      }
      rest.subList(1, rest.size()).forEach(t -> line.append(' ').append(t));
    }
    return Optional.of(new Item(SourceLine.of(amountLine.number, line.toString()), consumed));
  }

  /**
   * A row of a one-sided table put back together from the line it opens and the lines after it: a project
   * row whose names wrap around its values (in a project table printing 单位名称), a row whose cells stand at
   * two heights, or a row whose name wraps around a line it shares with other rows; empty for any other.
   */
  static Optional<Item> ofTwoLines(SourceLine l, TableDraft table, Reading reading) {
    Optional<Item> tall = table.title.kind == TableKind.PROJECT_EXPENDITURE
        && HeaderLayout.squeeze(table.looseHeader.toString()).contains("单位名称") ? projectRow(l, reading) : Optional.empty();
    if (tall.isEmpty()) {
      tall = splitHeights(l, java.util.Objects.requireNonNull(table.looseColumns, "columns settled").size(), reading);
    }
    return tall.isPresent() ? tall : namedAround(l, reading);
  }

  /**
   * Whether a piece of a name and the piece on the line after the line {@code below} make an organ's name
   * that the first piece is not (医疗保险基金管理 / 6626 6626 / 中心): a unit's name wrapped around its row's
   * line of values.
   */
  static boolean unitAround(String piece, int below, List<SourceLine> lines) {
    String first = HeaderLayout.squeeze(piece);
    return endAfter(below, lines).filter(end -> !Units.isUnitName(first) && Units.isUnitName(first + HeaderLayout.squeeze(end)))
        .isPresent();
  }

  /** The piece of a name printed alone on the line after line {@code below}, when there is one. */
  static Optional<String> endAfter(int below, List<SourceLine> lines) {
    int end = LooseRows.next(lines, below + 1);
    return end < lines.size() && LooseTable.isNameFragment(lines.get(end).text()) ? Optional.of(lines.get(end).text())
        : Optional.empty();
  }

  /**
   * A row whose cells stand at two heights (单元格高低不一的行): its name and some amounts on one line, its
   * code and the other amounts on the next, as a tool grouping words into lines by height prints a row
   * whose code and some numbers are set lower ({@code 行政运行 1,503.52} / {@code 201 06 01 1,511.89 8.37}).
   * Joined when the catalog names the code as printed and one of the values is the sum of the others: that
   * one is the row's total and goes first, the others follow in printed order for the column inference
   * (their order across two lines is no guide to their columns, so only fewer values than the table's
   * {@code columns} are joined). Empty for any other pair of lines.
   */
  static Optional<Item> splitHeights(SourceLine l, int columns, Reading reading) {
    List<String> top = LooseTable.tokens(l.text());
    int k = LooseRows.next(reading.lines, l.number);
    if (top.size() < 2 || k >= reading.lines.size() || !LineShapes.HAN.matcher(top.get(0)).find()
        || !top.subList(1, top.size()).stream().allMatch(LooseTable::isPrintedAmount)) {
      return Optional.empty();
    }
    SourceLine codeLine = reading.lines.get(k);
    List<String> low = LineCodes.joinSplitCodes(LooseTable.tokens(codeLine.text()));
    String name = HeaderLayout.squeeze(Ordinal.stripPrefix(top.get(0)));
    if (low.size() < 2 || !LooseTable.CODE.matcher(low.get(0)).matches()
        || !low.subList(1, low.size()).stream().allMatch(LooseTable::isPrintedAmount)
        || !reading.catalogNames(low.get(0), name)) {
      return Optional.empty();
    }
    List<String> values = new java.util.ArrayList<>(top.subList(1, top.size()));
    values.addAll(low.subList(1, low.size()));
    int sum = AmountLines.sumOfOthers(values.stream().map(Amounts::parse).toList());
    if (sum < 0 || values.size() >= columns) {
      return Optional.empty();
    }
    values.add(0, values.remove(sum));
    return Optional.of(new Item(SourceLine.of(codeLine.number, low.get(0) + " " + top.get(0) + " " + String.join(" ", values)),
        List.of(codeLine.number)));
  }

  /**
   * A tall project row of a table printing 单位名称 before 项目名称, its names wrapped around its line of
   * values (项目支出表 as a tool grouping words into lines by height prints it): both names' starts above and
   * their ends below a line of values only (某区卫生健康局本 医疗保障信息化建 / 7029960 7000755 … / 级 设), or
   * one name whole on the values' line and the other around it (医保基金监管专项 / 医疗保险服务中心 9080255 … /
   * 经费). The row is put back as one line, unit then project, when the unit is one the document printed
   * before (its by-unit tables, the department, its 本级); which name a lone piece ends is told by which way
   * makes that unit's name; empty otherwise.
   */
  static Optional<Item> projectRow(SourceLine l, Reading reading) {
    List<String> top = LooseTable.tokens(l.text());
    int k = LooseRows.next(reading.lines, l.number);
    int e = LooseRows.next(reading.lines, k + 1);
    if (top.isEmpty() || top.size() > 2 || e >= reading.lines.size() || !top.stream().allMatch(TallRows::isPiece)) {
      return Optional.empty();
    }
    List<String> mid = LooseTable.tokens(reading.lines.get(k).text());
    List<String> ends = LooseTable.tokens(reading.lines.get(e).text());
    int named = (int) mid.stream().takeWhile(t -> !LooseTable.isValue(t)).count();
    if (ends.isEmpty() || ends.size() > top.size() || !ends.stream().allMatch(TallRows::isPiece)
        || named == mid.size() || !mid.subList(named, mid.size()).stream().allMatch(LooseTable::isValue)
        || named + top.size() != 2) {
      return Optional.empty();
    }
    String unit;
    String project;
    if (ends.size() == 2) {
      unit = top.get(0) + ends.get(0);
      project = top.get(1) + ends.get(1);
    } else {
      // one piece below: of the two ways to end the names, the one making exactly one a unit's name
      String unitEnded = top.get(0) + ends.get(0);
      String other = top.size() == 2 ? top.get(1) : mid.get(0);
      String unitWhole = top.size() == 2 ? top.get(0) : mid.get(0);
      String otherEnded = top.size() == 2 ? top.get(1) + ends.get(0) : top.get(0) + ends.get(0);
      boolean endsUnit = reading.units.knows(unitEnded) && !Units.isUnitName(HeaderLayout.squeeze(other));
      boolean endsOther = reading.units.knows(unitWhole) && !Units.isUnitName(HeaderLayout.squeeze(otherEnded));
      if (endsUnit == endsOther) {
        return Optional.empty();
      }
      unit = endsUnit ? unitEnded : unitWhole;
      project = endsUnit ? other : otherEnded;
    }
    if (!reading.units.knows(unit)) {
      // (a unit the document printed before: pieces that only read as an organ's name tell nothing)
      return Optional.empty();
    }
    String values = String.join(" ", mid.subList(named, mid.size()));
    return Optional.of(new Item(SourceLine.of(l.number, unit + " " + project + " " + values),
        List.of(reading.lines.get(k).number, reading.lines.get(e).number)));
  }

  /**
   * A row printing no name on its line, its code followed by values, the name wrapped around the line —
   * its start above, its end below — where other rows' cells share the line (a two-panel table: 对个人和家庭的补
   * / 合计 24397311 4904930 19492381 303 1904653 1904653 / 助). The line with the name put after its code,
   * when exactly one code on it stands before a value and the catalog names it with the two pieces; empty
   * otherwise.
   */
  static Optional<Item> namedAround(SourceLine l, Reading reading) {
    List<String> start = LooseTable.tokens(l.text());
    int k = LooseRows.next(reading.lines, l.number);
    int e = LooseRows.next(reading.lines, k + 1);
    if (start.size() != 1 || !isPiece(start.get(0)) || e >= reading.lines.size()) {
      return Optional.empty();
    }
    List<String> end = LooseTable.tokens(reading.lines.get(e).text());
    if (end.size() != 1 || !isPiece(end.get(0))) {
      return Optional.empty();
    }
    String name = HeaderLayout.squeeze(start.get(0) + end.get(0));
    List<String> ts = LineCodes.joinSplitCodes(LooseTable.tokens(reading.lines.get(k).text()));
    int at = -1;
    for (int i = 0; i + 1 < ts.size(); i++) {
      if (LooseTable.CODE.matcher(ts.get(i)).matches() && (i == 0 || LooseTable.isValue(ts.get(i - 1)))
          && LooseTable.isValue(ts.get(i + 1))
          && reading.catalogNames(ts.get(i), name)) {
        if (at >= 0) {
          return Optional.empty();
        }
        at = i;
      }
    }
    if (at < 0) {
      return Optional.empty();
    }
    List<String> line = new java.util.ArrayList<>(ts);
    line.add(at + 1, start.get(0) + end.get(0));
    return Optional.of(new Item(SourceLine.of(reading.lines.get(k).number, String.join(" ", line)),
        List.of(reading.lines.get(k).number, reading.lines.get(e).number)));
  }

  /** A piece of a name: Chinese text, no value, no code. */
  private static boolean isPiece(String token) {
    return LineShapes.HAN.matcher(token).find() && !LooseTable.isFigure(token);
  }

  /**
   * Whether the line below a name's start is its row's line, printing no name: a code and values only
   * (see {@link LineCodes#namelessCode}), or a bare number before values that the catalog names as a code
   * beginning with the piece (用于城乡医疗救助的彩 / 2296013 20143 20143: in whole 元 without separators a
   * seven-digit code is not told from an amount by its shape).
   */
  static boolean startsNamelessRow(String below, String piece, int columns, Reading reading) {
    if (LineCodes.namelessCode(below, columns)) {
      return true;
    }
    List<String> ts = LooseTable.tokens(below);
    return ts.size() > 1 && LooseTable.CODE.matcher(ts.get(0)).matches()
        && ts.subList(1, ts.size()).stream().allMatch(LooseTable::isFigure)
        && WrappedNames.begins(reading.catalogName(ts.get(0)), piece);
  }

  /**
   * Whether a line prints whole amounts only, two or more (25444151 25444151 25444151: a table of whole 元
   * printing no separators), which no code line and no 栏次 line inside the rows is: a number of more than
   * three digits among them, or exactly a value for each of the table's {@code columns} columns (830 30 780
   * 780 - - - 20 - 20 in ten: a code line prints one token more).
   */
  static boolean wholeAmountsOnly(String text, int columns) {
    List<String> ts = LooseTable.tokens(text);
    return ts.size() >= 2 && ts.stream().allMatch(t -> LooseTable.WHOLE.matcher(t).matches() || LooseTable.DASH.matcher(t).matches())
        && (ts.stream().anyMatch(t -> t.length() > 3)
            || columns >= 2 && ts.size() == columns && ts.stream().anyMatch(t -> LooseTable.WHOLE.matcher(t).matches()));
  }
}
