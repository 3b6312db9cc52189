package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.TextParseException;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.Ordinal;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table whose text lost its column positions (文本断行的表格): cells separated by single
 * blanks, headers broken over several lines, numbers run into the next name
 * ({@code 201,109.34一、一般公共服务支出}). The columns are the amount labels of the header found in
 * the standard vocabulary, counted by the 栏次 line; a value is placed only where the line shows
 * which column it belongs to (every column printed, or the one column of a side). The other values
 * stay pending on their row for {@link ColumnInference}, which places them by the table's arithmetic
 * or reports them; nothing is guessed.
 */
final class LooseTable {
  private static final Pattern GLUED = Pattern.compile("(\\d)(?=[\\u4e00-\\u9fff（(])");
  static final Pattern AMOUNT = Pattern.compile("^-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?$|^-?\\d+\\.\\d+$");
  private static final Pattern AMOUNT_THEN_CODE = Pattern.compile("^(-?\\d{1,3}(?:,\\d{3})*\\.\\d{2})(\\d{3}(?:\\d{2}){0,2})$");
  static final Pattern CODE = Pattern.compile("^\\d{3}(?:\\d{2}){0,2}$");
  private static final Pattern LINE_NO = Pattern.compile("^\\d{1,3}$");
  /** A whole amount as tables of whole 万元 or 元 print it, with or without separators. */
  static final Pattern WHOLE = Pattern.compile("^-?\\d{1,12}$");
  /** A cell printing nothing (a dash where another table prints 0.00). */
  static final Pattern DASH = Pattern.compile("^[-－—–]$");
  private static final Pattern EMBEDDED_CODE = Pattern.compile("^[\\[【［]\\s*\\d{3}(?:\\d{2}){0,2}\\s*[\\]】］]\\S");
  private static final Pattern HEADER_WORD = Pattern.compile("名称|项目|科目|预算数|决算数|金额|合计|绩效目标");
  static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff]");
  private LooseTable() {}

  /** Whether a table's lines lost their columns: amounts on lines that were not split into cells. */
  static boolean isLoose(List<SourceLine> lines, int titleIndex) {
    int loose = 0;
    int split = 0;
    int seen = 0;
    for (int k = titleIndex + 1; k < lines.size() && seen < 30; k++) {
      SourceLine l = lines.get(k);
      if (l.isBlank()) {
        continue;
      }
      seen++;
      if (!printsAmounts(tokens(l.text()))) {
        continue;
      }
      if (l.nonEmptyCount() >= 2) {
        split++;
      } else {
        loose++;
      }
    }
    return loose >= 3 ? loose > split : loose >= 1 && split == 0;
  }

  static List<String> tokens(String text) {
    String s = GLUED.matcher(text).replaceAll("$1 ");
    List<String> out = new ArrayList<>();
    for (String t : s.strip().split("\\s+")) {
      if (t.isEmpty()) {
        continue;
      }
      Matcher m = AMOUNT_THEN_CODE.matcher(t);
      if (m.matches()) {
        out.add(m.group(1));
        out.add(m.group(2));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether a token is a figure or a code, not a word of a name. */
  static boolean isFigure(String token) {
    return isValue(token) || CODE.matcher(token).matches();
  }

  /** Whether a token is a value a cell prints: an amount, a whole number or a dash. */
  static boolean isValue(String token) {
    return AMOUNT.matcher(token).matches() || WHOLE.matcher(token).matches() || DASH.matcher(token).matches();
  }

  /** Whether a line prints an amount. */
  static boolean hasAmount(String text) {
    return printsAmounts(tokens(text));
  }

  /**
   * Whether tokens print amounts: one with decimals or thousands separators (461.49, 1,143), or, in a
   * document of whole amounts, a name followed by whole numbers that end the line (行政单位离退休 199 199 0;
   * a table of one amount column: 会议费 3000393; dashes among them, 合计 2 - 2). A number inside words
   * (共 3 个项目) is no amount.
   */
  static boolean printsAmounts(List<String> ts) {
    int whole = 0;
    int between = 0;
    boolean named = false;
    String previous = "";
    for (String t : ts) {
      if (AMOUNT.matcher(t).matches() || WHOLE.matcher(t).matches()) {
        if (t.contains(".") || t.contains(",")) {
          return true;
        }
        // whole amounts of any length: a table of whole 万元 prints 1670 without a separator
        whole += named ? 1 : 0;
      } else if (HAN.matcher(t).find()) {
        // (two panels a line: whole amounts, then the second panel's code and name; not years, 2021
        // 2022 2023, between header words)
        between = CODE.matcher(previous).matches() ? Math.max(between, whole) : between;
        named = true;
        whole = 0;
      } else if (!DASH.matcher(t).matches()) {
        whole = 0;
      }
      previous = t;
    }
    return whole >= 1 || between >= 3;
  }

  /**
   * Whether a line prints only a piece of a name: text without an amount, a code, a line number, a
   * total or an ordinal (一、…), short enough to be one cell's second line.
   */
  static boolean isNameFragment(String text) {
    List<String> ts = tokens(text);
    if (ts.isEmpty() || ts.size() > 2 || text.length() > 20 || !HAN.matcher(text).find()) {
      return false;
    }
    for (String t : ts) {
      if (AMOUNT.matcher(t).matches() || CODE.matcher(t).matches() || EMBEDDED_CODE.matcher(t).find()
          || t.matches("[-\\d.,%]+")) {
        return false;
      }
    }
    String s = HeaderLayout.squeeze(text);
    if (ts.size() == 2 && ts.stream().allMatch(t -> HeaderLayout.rowConcept(t).isPresent())) {
      // two items, one a side, printed without amounts (使用非财政拨款结余 结余分配): a line of its own
      return false;
    }
    return !s.startsWith("注") && !s.contains("合计") && !s.contains("总计") && !s.startsWith("栏")
        && io.github.cnbudget.model.table.Ordinal.of(s).isEmpty() && TableTitles.recognise(s).isEmpty()
        && !s.matches(".*[。：:]$") && !s.matches(".*[，,；;。].*");
  }

  /**
   * Moves a row of a two-sided table to the other side, its values to the same columns of that side
   * (a name printed alone on its line, read as the income side's until its end showed it spends).
   */
  static void moveSide(RowDraft r, List<Column> columns, Side to) {
    List<Column> from = sideColumns(columns, r.side);
    List<Column> into = sideColumns(columns, to);
    java.util.Map<String, io.github.cnbudget.model.table.Cell> moved = new java.util.LinkedHashMap<>();
    for (int k = 0; k < from.size(); k++) {
      io.github.cnbudget.model.table.Cell c = r.cells.remove(from.get(k).key());
      if (c != null && k < into.size()) {
        moved.put(into.get(k).key(), c);
      }
    }
    r.cells.putAll(moved);
    r.side = to;
  }

  /** Whether a word is a whole column header of the vocabulary (预算数, 项目, 本年收入合计 …). */
  static boolean isHeaderWord(String word) {
    return LooseHeader.isWord(HeaderLayout.squeeze(word));
  }

  /** Whether a line reads as column headers separated by single blanks: a few words, no amount, no prose. */
  static boolean isHeaderLine(String text) {
    List<String> ts = tokens(text);
    // a column header is a few short words; a sentence broken by the extraction has long runs or
    // numbers among its words
    return ts.size() >= 2 && ts.size() <= 10 && HEADER_WORD.matcher(text).find()
        && ts.stream().allMatch(t -> t.length() <= 12 && HAN.matcher(t).find())
        && !text.matches(".*[，,；;。“”].*") && !text.matches(".*[：:]\\s*$");
  }

  /** Whether a line opens with a name and an amount (信息化系统运行维护 990 1. 落实…): a row, whatever follows. */
  static boolean opensRow(String text) {
    List<String> ts = tokens(text);
    return ts.size() >= 2 && HAN.matcher(ts.get(0)).find() && AMOUNT.matcher(ts.get(1)).matches();
  }

  /** Whether a line of a loose table starts the rows (not header). */
  static boolean isData(String text) {
    List<String> ts = tokens(text);
    if (ts.isEmpty()) {
      return false;
    }
    String first = HeaderLayout.squeeze(ts.get(0));
    if (first.startsWith("栏") || first.equals("项目")) {
      return false;
    }
    // 合计 opens a row when it prints amounts or stands alone; before other header words it is one
    boolean total = (first.equals("合计") || first.equals("总计")) && (ts.size() == 1 || printsAmounts(ts));
    return CODE.matcher(ts.get(0)).matches() || total || printsAmounts(ts)
        || io.github.cnbudget.model.table.Ordinal.of(ts.get(0)).isPresent();
  }

  /** Whether a word opens a row's label: an ordinal (三、, （二）, 2.) or a total (支出总计, 本年支出合计). */
  static boolean opensItem(String word) {
    return Ordinal.of(word).isPresent() && Ordinal.stripPrefix(word.strip()).length() > 0
        || HeaderLayout.rowConcept(word).filter(LooseTable::isSideTotal).isPresent();
  }

  static boolean isSideTotal(Concept c) {
    return c == Concept.EXPENDITURE_GRAND_TOTAL || c == Concept.CURRENT_EXPENDITURE_TOTAL
        || c == Concept.INCOME_GRAND_TOTAL || c == Concept.CURRENT_INCOME_TOTAL;
  }


  /** Reads one printed line of a table with a 行次 column into rows; what cannot be placed goes to the problems. */
  static List<RowDraft> rows(SourceLine l, List<Column> columns, boolean twoSided, CellReader cells,
      List<ReadProblem> problems) {
    return rows(l, columns, twoSided, true, false, name -> false, cells, problems);
  }

  /**
   * Reads one printed line into rows; what cannot be placed goes to the problems. With
   * {@code lineNumbers} (the header prints 行次), the small whole number after a two-sided label is the
   * line number. {@code spends} says whether a name is an expenditure item's (功能分类 names), for a
   * two-sided line printing one item. With {@code codes} (the header names a 科目编码 column), a bare
   * functional code before an expenditure item's name on a two-sided line is that item's code.
   */
  static List<RowDraft> rows(SourceLine l, List<Column> columns, boolean twoSided, boolean lineNumbers,
      boolean codes, java.util.function.Predicate<String> spends, CellReader cells, List<ReadProblem> problems) {
    List<String> ts = tokens(l.text());
    List<RowDraft> out = new ArrayList<>();
    if (twoSided) {
      int i = 0;
      List<RowDraft> groups = new ArrayList<>();
      List<List<String>> groupValues = new ArrayList<>();
      int incomeEnd = 0;
      for (Side side : new Side[] {Side.INCOME, Side.EXPENDITURE}) {
        if (side == Side.EXPENDITURE) {
          incomeEnd = i;
        }
        ClassificationCode code = null;
        if (side == Side.EXPENDITURE && codes && codeOfItem(ts, i, spends)) {
          // 208 八、社会保障和就业支出 2151.23: the 支出 side's code column, then its name
          code = FunctionalCode.parse(ts.get(i));
          i++;
        }
        StringBuilder label = new StringBuilder();
        while (i < ts.size() && !LINE_NO.matcher(ts.get(i)).matches() && !AMOUNT.matcher(ts.get(i)).matches()
            && !(label.length() > 0 && (WHOLE.matcher(ts.get(i)).matches() || DASH.matcher(ts.get(i)).matches()))) {
          // (a whole amount printed without its separator, 一、一般公共预算拨款 1901064, or a blank cell's
          // dash ends the label too)
          if (side == Side.INCOME && label.length() > 0 && (opensItem(ts.get(i))
              || HeaderLayout.rowConcept(label.toString()).isPresent() && HeaderLayout.rowConcept(ts.get(i)).isPresent())) {
            // the income side printed no amount (2.政府性基金 三、卫生健康支出 1,097,073.43; 使用非财政拨款结余
            // 结余分配): a word opening an item by its ordinal or as a total, or a whole item after one, is
            // the expenditure side's label
            break;
          }
          label.append(ts.get(i));
          i++;
        }
        String number = null;
        if (lineNumbers && i < ts.size() && LINE_NO.matcher(ts.get(i)).matches()) {
          // 八、其他收入 8 0.37: the line number (行次), then the amounts
          number = ts.get(i);
          i++;
        }
        List<String> values = new ArrayList<>();
        int room = lineNumbers || side == Side.EXPENDITURE ? Integer.MAX_VALUE
            : Math.max(1, sideColumns(columns, side).size());
        // without a 行次 column, a small whole number is an amount (3. 国有资本经营预算拨款 0) and a side
        // holds as many as it has columns (上年结余、结转 565 0: 0 is the other side's); with one, a small
        // whole number is the other side's line number
        while (i < ts.size() && values.size() < room
            && (AMOUNT.matcher(ts.get(i)).matches()
                || (label.length() > 0 || code != null) && (WHOLE.matcher(ts.get(i)).matches() || DASH.matcher(ts.get(i)).matches()))
            && (!lineNumbers || !LINE_NO.matcher(ts.get(i)).matches())
            && !(side == Side.INCOME && codes && codeOfItem(ts, i, spends))) {
          values.add(ts.get(i));
          i++;
        }
        if (label.length() == 0 && number == null && values.isEmpty() && code == null) {
          continue;
        }
        RowDraft r = new RowDraft();
        r.code = code;
        r.side = side;
        r.line = l.number;
        r.label = label.toString();
        r.number = number;
        groups.add(r);
        groupValues.add(values);
      }
      if (!lineNumbers && !groups.isEmpty() && groups.get(0).side == Side.INCOME && spends.test(groups.get(0).label)
          && ts.subList(incomeEnd, ts.size()).stream().allMatch(LooseTable::isValue)) {
        // one item printed on the line: the income side has ended and the name is an expenditure's
        // (医疗救助 445 under 一、社会保障和就业支出), with all the line's values (四、住房保障支出 3,609,125.22
        // 3,609,125.22 under 合计 | 一般公共预算; 本年支出合计 2360 2300 60 - under a summary printing the
        // income rows first, whose income side has one column)
        groups.get(0).side = Side.EXPENDITURE;
        groupValues.get(0).addAll(ts.subList(incomeEnd, ts.size()));
        while (groups.size() > 1) {
          groups.remove(1);
          groupValues.remove(1);
        }
        i = ts.size();
      }
      for (int g = 0; g < groups.size(); g++) {
        RowDraft r = groups.get(g);
        HeaderLayout.rowConcept(r.label).ifPresent(c -> r.concept = c);
        place(r, groupValues.get(g), sideColumns(columns, r.side), l.number, cells);
        out.add(r);
      }
      if (i < ts.size()) {
        problems.add(ReadProblem.of(ReadProblem.Kind.TEXT_AFTER_TWO_SIDES, Severity.ERROR, l.number, String.join(" ", ts.subList(i, ts.size())),
            "text after both sides of a two-sided line; not placed"));
      }
      return out;
    }
    // one-sided: one or more (code, name, values) groups on the line
    ts = LineCodes.joinSplitCodes(ts, part -> problems.add(ReadProblem.of(ReadProblem.Kind.ONE_DIGIT_CODE_PART, Severity.INFO,
        l.number, part, "code part printed as one digit in a 款/项 column; read as 0" + part)));
    int i = 0;
    while (i + 1 < ts.size() && LooseHeader.CODE_LEVELS.contains(ts.get(i))) {
      // the code column's 类 款 项 printed on the first row's line (类 款 项 合计 2,946.25 …): header, not label
      i++;
    }
    boolean panel = false;
    while (i < ts.size()) {
      RowDraft r = new RowDraft();
      r.line = l.number;
      // (whole numbers only are amounts, unless one more than the table has columns: the first is a code;
      // after a panel's full row, a code before a panel's values is the next panel's row, its name printed
      // around the line)
      if (CODE.matcher(ts.get(i)).matches() && i + 1 < ts.size() && (panel
          || (!onlyWholeNumbers(ts, i) || i == 0 && ts.size() - 1 == columns.size()) && !codeThenName(ts, i + 1)
          && (!AMOUNT.matcher(ts.get(i + 1)).matches() || i == 0 && (LineCodes.codeBeforeAmounts(ts, columns.size())
              || panelRow(ts, 0, columns.size()) && panelRow(ts, columns.size() + 1, columns.size()))))) {
        try {
          r.code = ClassificationCodes.parse(ts.get(i));
          r.kind = RowKind.CODE;
        } catch (TextParseException e) {
          problems.add(ReadProblem.of(ReadProblem.Kind.UNREADABLE_CODE, Severity.WARNING, l.number, ts.get(i), "unreadable classification code"));
        }
        i++;
      }
      StringBuilder label = new StringBuilder();
      // (a code before values only prints no name: its name is printed around the line)
      boolean nameless = r.code != null && (panel || ts.subList(i, ts.size()).stream().allMatch(LooseTable::isValue));
      while (!nameless && i < ts.size() && !AMOUNT.matcher(ts.get(i)).matches() && !(label.length() > 0 && startsGroup(ts, i))
          && !(label.length() > 0 && (wholeAmounts(ts, i) || wholeAmountsBeforePanel(ts, i)))) {
        label.append(ts.get(i));
        i++;
      }
      List<String> values = new ArrayList<>();
      // after the first amount, a whole number printed without its separator (4208) is one too, and a
      // dash a cell printing nothing
      while (i < ts.size() && (AMOUNT.matcher(ts.get(i)).matches()
              || (WHOLE.matcher(ts.get(i)).matches() || DASH.matcher(ts.get(i)).matches())
              && (!values.isEmpty() || wholeAmounts(ts, i) || wholeAmountsBeforePanel(ts, i)))
          && !startsGroup(ts, i) && !(values.size() == columns.size() && panelRow(ts, i, columns.size()))) {
        values.add(ts.get(i));
        i++;
      }
      panel = values.size() == columns.size() && panelRow(ts, i, columns.size());
      r.label = label.toString();
      if (r.code == null && EMBEDDED_CODE.matcher(r.label).find()) {
        // [2101501]行政运行: the code printed before the name
        try {
          io.github.cnbudget.model.classification.PrintedCode pc = ClassificationCodes.parsePrinted(r.label);
          r.code = pc.code();
          r.kind = RowKind.CODE;
          r.label = pc.name().orElse("");
        } catch (TextParseException e) {
          // a name that merely starts with digits: kept as printed
        }
      }
      Optional<Concept> concept = HeaderLayout.rowConcept(r.label);
      if (r.code == null && concept.isPresent()) {
        r.concept = concept.get();
        r.kind = concept.get() == Concept.TOTAL ? RowKind.TOTAL : RowKind.ITEM;
      }
      if (r.label.isEmpty() && r.code == null && values.isEmpty()) {
        break;
      }
      if (r.code == null && values.isEmpty() && !out.isEmpty() && out.get(out.size() - 1).hasValues()) {
        // text after a row's amounts (a project's 绩效目标) is that row's, not a row of its own
        out.get(out.size() - 1).texts.add(r.label);
        continue;
      }
      place(r, values, columns, l.number, cells);
      out.add(r);
    }
    return out;
  }

  /**
   * Whether a panel's row without a name starts at {@code i}: a code, then a value for each of the
   * panel's two or more columns (30109 职业年金缴费 61.06 61.06 0.00 30231 77.17 0.00 77.17: 30231's name printed
   * around the line).
   */
  private static boolean panelRow(List<String> ts, int i, int columns) {
    // (a panel of one column prints a value where a row leaving its blank cells out does: not told apart)
    if (columns < 2 || i + columns >= ts.size() || !CODE.matcher(ts.get(i)).matches()) {
      return false;
    }
    for (int k = i + 1; k <= i + columns; k++) {
      if (!isValue(ts.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** A code followed by a name starts another (code, name, value) group on the same line. */
  private static boolean startsGroup(List<String> ts, int i) {
    // (a whole amount before a numbered text, 990 1. 落实…, is the amount of a row and its text)
    // (nor a whole amount among the whole amounts ending the line, 511 1001: a code has a name after it)
    return CODE.matcher(ts.get(i)).matches() && i + 1 < ts.size() && !AMOUNT.matcher(ts.get(i + 1)).matches()
        && !LINE_NO.matcher(ts.get(i + 1)).matches() && !WHOLE.matcher(ts.get(i + 1)).matches()
        && !DASH.matcher(ts.get(i + 1)).matches()
        && !codeThenName(ts, i + 1) && !ts.get(i + 1).matches("^(?:\\d+[.、．]|[（(]\\d+[)）]).*")
        && !ts.get(i + 1).contains("，") && !wholeAmounts(ts, i);
  }

  static List<Column> sideColumns(List<Column> columns, Side side) {
    List<Column> out = new ArrayList<>();
    for (Column c : columns) {
      if (c.side() == side) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Places a row's values by their order: a value for each column fills them all; else the first goes
   * to a total column, and the others wait for {@link ColumnInference}. {@code line} is the row's.
   */
  static void place(RowDraft r, List<String> values, List<Column> columns, int line, CellReader cells) {
    if (values.isEmpty()) {
      return;
    }
    if (values.size() == columns.size() || columns.size() == 1 && values.size() == 1) {
      for (int k = 0; k < values.size(); k++) {
        r.cells.put(columns.get(k).key(), cells.read(values.get(k), line));
      }
      return;
    }
    if (totalFirst(columns)) {
      // the first column is the total, printed whenever anything is
      r.cells.put(columns.get(0).key(), cells.read(values.get(0), line));
      values = values.subList(1, values.size());
    }
    if (!values.isEmpty()) {
      // left for ColumnInference, which places them by the table's arithmetic or reports them
      r.pending.addAll(values);
      r.pendingColumns = r.cells.isEmpty() ? List.copyOf(columns) : List.copyOf(columns.subList(1, columns.size()));
    }
  }

  /**
   * Whether a token is an amount as amounts are printed and no code or count is: with a decimal point
   * or thousands separators (2,106.66; 1,503).
   */
  static boolean isPrintedAmount(String token) {
    return AMOUNT.matcher(token).matches() && (token.indexOf('.') >= 0 || token.indexOf(',') >= 0);
  }

  /** Whether a word is a classification code (3, 5 or 7 digits). */
  static boolean isCode(String word) {
    return CODE.matcher(word).matches();
  }

  /** Whether a side's first column is its total (合计, 本年支出合计), printed whenever anything is. */
  static boolean totalFirst(List<Column> side) {
    return !side.isEmpty() && (side.get(0).concept() == Concept.TOTAL || side.get(0).header().toString().contains("合计"));
  }

  /**
   * Whether the tokens from {@code i} on, after a name, are values ending the line: whole numbers (1670
   * 1667 786 881 3; 会议费 3000393 in a table of one amount column), as a table of whole 万元 or 元 prints its
   * amounts without a separator, and dashes for cells with nothing (- - 8,782), with at least one number
   * among them; a year or a code has words after it.
   */
  private static boolean wholeAmounts(List<String> ts, int i) {
    return i < ts.size() && ts.subList(i, ts.size()).stream().allMatch(t -> WHOLE.matcher(t).matches()
            || DASH.matcher(t).matches() || AMOUNT.matcher(t).matches())
        && ts.subList(i, ts.size()).stream().anyMatch(t -> !DASH.matcher(t).matches());
  }

  /**
   * Whether a code and then a name start at {@code k}: the number before them is a whole amount (800
   * 30212 因公出国（境）费用), not a code of its own.
   */
  static boolean codeThenName(List<String> ts, int k) {
    return k + 1 < ts.size() && CODE.matcher(ts.get(k)).matches() && HAN.matcher(ts.get(k + 1)).find();
  }

  /**
   * Whether the tokens from {@code i} are whole amounts up to a second panel's row, a code and then a
   * name (合计 1912 1900 12 302 商品和服务支出 12 0 12: amounts in whole 万元 without separators).
   */
  private static boolean wholeAmountsBeforePanel(List<String> ts, int i) {
    int k = i;
    while (k < ts.size() && (WHOLE.matcher(ts.get(k)).matches() || DASH.matcher(ts.get(k)).matches()
        || AMOUNT.matcher(ts.get(k)).matches())) {
      k++;
    }
    // the last number taken is the panel's code when a name follows it
    return k > i + 1 && codeThenName(ts, k - 1) && !DASH.matcher(ts.get(i)).matches();
  }

  /**
   * Whether the tokens from {@code i} on are two or more whole numbers and nothing else (3000474
   * 3000474, a wrapped row's whole 元 amounts on a line of their own): the first is no code.
   */
  private static boolean onlyWholeNumbers(List<String> ts, int i) {
    return ts.size() - i >= 2
        && ts.subList(i, ts.size()).stream().allMatch(t -> WHOLE.matcher(t).matches() || DASH.matcher(t).matches());
  }

  /**
   * Whether a two-sided summary's line prints an expenditure item's functional code and its amounts and
   * nothing else: as many values after the code as the expenditure side has columns (the name is
   * printed around the line).
   */
  static boolean namelessItem(List<String> ts, List<Column> columns) {
    return ts.size() > 1 && FUNCTIONAL_CODE.matcher(ts.get(0)).matches()
        && ts.subList(1, ts.size()).stream().allMatch(LooseTable::isValue)
        && ts.stream().anyMatch(LooseTable::isPrintedAmount)
        && ts.size() - 1 == sideColumns(columns, Side.EXPENDITURE).size();
  }

  /** A functional code (2xx, 2xxxx, 2xxxxxx) printed bare, then the name of an expenditure item. */
  static final Pattern FUNCTIONAL_CODE = Pattern.compile("2\\d{2}(?:\\d{2}){0,2}");

  /** Whether the token at {@code i} is the code of the expenditure item whose name follows it. */
  private static boolean codeOfItem(List<String> ts, int i, java.util.function.Predicate<String> spends) {
    if (i + 1 >= ts.size() || !FUNCTIONAL_CODE.matcher(ts.get(i)).matches() || AMOUNT.matcher(ts.get(i + 1)).matches()) {
      return false;
    }
    String name = ts.get(i + 1);
    if (!spends.test(name)) {
      // a name wrapped in its cell, its pieces a blank apart (八、社会保障和就 业支出): the words up to the amounts
      StringBuilder joined = new StringBuilder(name);
      for (int j = i + 2; j < ts.size() && !AMOUNT.matcher(ts.get(j)).matches() && !WHOLE.matcher(ts.get(j)).matches()
          && !DASH.matcher(ts.get(j)).matches(); j++) {
        joined.append(ts.get(j));
      }
      name = joined.toString();
    }
    return spends.test(name) && !name.contains("结转");
  }

  /** The problem for values that no rule placed. */
  static ReadProblem unplaced(RowDraft r) {
    // the columns already filled (by the line or a rule) and those the values may still take
    int columnCount = r.pendingColumns.size() + r.cells.size();
    return ReadProblem.of(ReadProblem.Kind.VALUES_WITHOUT_POSITIONS, Severity.ERROR, r.line, String.join(" ", r.pending),
        r.pending.size() + " values of '" + r.label + "' printed without column positions ("
            + columnCount + " columns); not placed");
  }

}
