package io.github.cnbudget.io.text;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.text.TableDraft.RowDraft;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.Ordinal;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
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

  LooseRows(TableDraft table, Reading reading) {
    this.table = table;
    this.reading = reading;
  }

  /** A line of a table whose columns were lost (single blanks between cells): see {@link LooseTable}. */
  boolean accept(SourceLine l) {
    String text = l.text();
    if (LineShapes.PAGE_MARK.matcher(text).matches()) {
      return true;
    }
    if (HeaderLayout.squeeze(text).startsWith("栏次") || LineShapes.isColumnNumbers(SourceLine.of(l.number, text.replace(' ', '\t')))) {
      table.looseCounts = LooseHeader.columnCounts(text);
      return true;
    }
    boolean twoSided = table.title.kind.isTwoSided();
    if (table.looseColumns == null) {
      if (!LooseTable.isData(text) || columnNumbersFollow(l)) {
        table.looseHeader.append(text).append(' ');
        table.looseHeaderLines.add(text);
        table.headerSqueezed.add(l.squeezed());
        return true;
      }
      // header words wrapped inside their cells come back whole (本年收入合 … over 计 …)
      List<String> header = LooseHeader.unwrapHeader(table.looseHeaderLines);
      List<String> labels = LooseHeader.labels(String.join(" ", header));
      Optional<List<List<String>>> sides = twoSided && table.looseCounts.isEmpty()
          ? LooseHeader.sideLabels(header) : Optional.empty();
      if (sides.isPresent()) {
        // no 栏次 line: a header line names each side's columns after its item column (项目 预算数 |
        // 项目 合计 一般公共预算 …); the lines above it are their groups, those below divide them
        labels = new ArrayList<>(sides.get().get(0));
        labels.addAll(sides.get().get(1));
        table.looseCounts = List.of(sides.get().get(0).size(), sides.get().get(1).size());
      }
      if (table.looseCounts.isEmpty() && !twoSided) {
        // no 栏次 line: the rows say how many values they print; header words that do not give exactly
        // that many columns (a header of several levels printed level by level) do not name them
        table.looseCounts = LooseTable.valueCount(reading.lines, l.number - 1);
        List<String> innermost = LooseHeader.labels(last(header));
        List<String> widest = widestHeaderLine(header);
        int most = LooseTable.mostValues(reading.lines, l.number - 1);
        boolean innermostFits = !table.looseCounts.isEmpty() && innermost.size() == table.looseCounts.get(0);
        Optional<List<List<String>>> levels = LooseHeader.leafPaths(header);
        Optional<List<String>> template = LooseHeader.templateOrder(header);
        if (!innermostFits && template.isPresent() && template.get().size() >= most) {
          // the national template's columns named on several lines (their text at the heights it sat
          // at): in the template's order, which is how every final account prints them
          labels = template.get();
          table.looseCounts = List.of(labels.size());
        } else if (!innermostFits && levels.isPresent() && levels.get().size() == most) {
          // a header printed level by level, each line dividing one column of the line above, whose
          // leaves are as many as the fullest row prints: the leaves are the columns
          table.looseCounts = List.of(most);
          table.looseColumns = LooseHeader.columnsOfPaths(levels.get());
        } else if (!innermostFits && most > 0 && widest.size() >= most
            && (table.looseCounts.isEmpty() || widest.size() > table.looseCounts.get(0))
            && widest.stream().distinct().count() == widest.size() && Concept.TOTAL.aliases().contains(widest.get(0))) {
          // rows that leave their blank cells out (Shanghai prints no 0.00) print fewer values than the
          // header names: the header line naming the most columns, led by the total, gives them, and
          // the values a row prints after its total are placed by the table's arithmetic
          labels = widest;
          table.looseCounts = List.of(widest.size());
        } else if (innermostFits) {
          // the header's last line prints every column's innermost label (小计 基本支出 项目支出 under
          // 一般公共预算支出)
          labels = innermost;
        } else if (!table.looseCounts.isEmpty() && labels.stream().distinct().count() > 1
            && (labels.size() != table.looseCounts.get(0) || table.headerSqueezed.size() > 1)) {
          // (one label printed once per panel, 科目名称 决算数 three times, is the one column's; a header of
          // several lines prints its levels one after the other, not its columns in order)
          labels = List.of();
        }
      }
      if (table.looseColumns == null) {
        table.looseColumns = LooseHeader.columns(labels, table.looseCounts, twoSided);
      }
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
    if (!twoSided && !table.rows.isEmpty() && !table.rows.get(table.rows.size() - 1).texts.isEmpty()
        && !LooseTable.hasAmount(text) && !LooseTable.opensRow(text) && CLAUSE.matcher(text).find()) {
      // the next line of the text printed after a row's amounts (its 绩效目标): a clause, not a name;
      // the rest of an unfinished name may open it (息化运维项目 (2023) 常运行、…，…)
      RowDraft last = table.rows.get(table.rows.size() - 1);
      String[] rest = WrappedNames.nameThenText(last.label, text);
      last.label = last.label + rest[0];
      last.texts.add(rest[1]);
      return true;
    }
    if (twoSided && LooseTable.isNameFragment(text) && !table.rows.isEmpty()) {
      twoSidedFragment(HeaderLayout.squeeze(text));
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
      return true;
    }
    boolean lineNumbers = HeaderLayout.squeeze(table.looseHeader.toString()).contains("行次");
    for (RowDraft r : LooseTable.rows(l, table.looseColumns, twoSided, lineNumbers, reading.codes::spends, reading.cells, reading.problems)) {
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
        } else if (r.code == null && r.concept == null && r.label.length() > 2
            && Units.isUnitName(HeaderLayout.squeeze(r.label)) && Ordinal.of(r.label).isEmpty()) {
          // a unit's line of a by-unit table (深圳市医疗保障局（本级） 18,555 …): the rows below are its
          reading.units.row(table, r, r.label, "");
        }
        if (table.title.kind == TableKind.PROJECT_EXPENDITURE && r.kind == RowKind.ITEM && r.concept == null
            && r.code == null) {
          // a project table's rows other than its totals and units are its projects, as in a grid
          r.kind = RowKind.PROJECT;
        }
      }
      table.rows.add(r);
    }
    return true;
  }

  /**
   * A name's end printed below a line of a two-sided table: it finishes the item of that line whose
   * name it completes into a known one (a standard row, a functional item), else the line's last; an
   * item read as income whose whole name spends moves to the expenditure side.
   */
  private void twoSidedFragment(String piece) {
    RowDraft last = table.rows.get(table.rows.size() - 1);
    RowDraft owner = last;
    int onLine = 0;
    for (RowDraft r : table.rows) {
      if (r.line != last.line) {
        continue;
      }
      onLine++;
      String whole = r.label + piece;
      if (owner == last && r != last && (HeaderLayout.rowConcept(whole).isPresent() || reading.codes.spends(whole))) {
        owner = r;
      }
    }
    owner.label = owner.label + piece;
    if (owner.side == Side.INCOME && onLine == 1 && reading.codes.spends(owner.label)) {
      LooseTable.moveSide(owner, Objects.requireNonNull(table.looseColumns, "a loose table has its columns"), Side.EXPENDITURE);
    }
  }

  private static String last(List<String> lines) {
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  /** The column labels of the header line that names the most columns. */
  private static List<String> widestHeaderLine(List<String> header) {
    List<String> widest = List.of();
    for (String line : header) {
      List<String> labels = LooseHeader.labels(line);
      if (labels.size() > widest.size()) {
        widest = labels;
      }
    }
    return widest;
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
