package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.recognition.HeaderLayout.Role;
import io.github.cnbudget.io.recognition.HeaderLayout.Slot;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.Amounts;
import io.github.cnbudget.model.TextParseException;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.classification.PrintedCode;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Ordinal;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rows of a table read by their columns: each printed cell goes to the slot of the header above
 * it (label, code or split 类|款|项, unit, amount column); the row is then a code row, a unit's
 * line, a total, an item, or the end of the name printed on the line above.
 */
final class GridRows {
  private static final Pattern EMBEDDED_CODE = Pattern.compile("^[\\[【［]?\\s*\\d{3}(?:\\d{2}){0,2}\\s*[\\]】］]?\\s*\\S");
  private static final Pattern TOTAL_LABEL = Pattern.compile("(?:合计|总计|小计)$");

  private final TableDraft table;
  private final Reading reading;
  private final AmountLines amountLines;

  GridRows(TableDraft table, Reading reading) {
    this.table = table;
    this.reading = reading;
    this.amountLines = AmountLines.byColumns(reading.problems, () -> table.layout == null ? List.of()
        : table.layout.slots.stream().map(s -> s.key).toList());
  }

  /** Reads a row of the table's body (on a two-sided table, a row of each side). */
  void read(SourceLine l) {
    HeaderLayout h = Objects.requireNonNull(table.layout, "a grid table has its header read");
    List<String> cs = new ArrayList<>(l.cells);
    Map<Integer, String> spilled = reading.cells.repairSpills(cs, l.number);
    if (GluedAmount.split(cs, h)) {
      reading.problems.add(ReadProblem.of(ReadProblem.Kind.AMOUNT_AGAINST_NAME, Severity.INFO, l.number, l.text(),
          "amount printed against the name (no gap between them); read as the first amount"));
    }
    if (GluedAmount.acrossCode(cs, h)) {
      reading.problems.add(ReadProblem.of(ReadProblem.Kind.NAME_ACROSS_CODE_COLUMN, Severity.INFO, l.number, l.text(),
          "name printed across the code column; its amounts read from the column after the name"));
    }
    for (int j = h.slots.size(); j < cs.size(); j++) {
      if (CellReader.isAmountLike(cs.get(j))) {
        reading.problems.add(ReadProblem.of(ReadProblem.Kind.VALUE_BEYOND_COLUMNS, Severity.ERROR, l.number, cs.get(j),
            "value printed beyond the table's columns (" + table.title.printed + ")"));
      } else if (!cs.get(j).isEmpty()) {
        reading.problems.add(ReadProblem.of(ReadProblem.Kind.TEXT_BEYOND_COLUMNS, Severity.WARNING, l.number, cs.get(j),
            "text printed beyond the table's columns (" + table.title.printed + ")"));
      }
    }
    if (h.twoSided && h.sharedLabels) {
      readSide(l, cs, spilled, sharedSide(h, cs));
    } else if (h.twoSided) {
      readSide(l, cs, spilled, Side.INCOME);
      readSide(l, cs, spilled, Side.EXPENDITURE);
    } else {
      readSide(l, cs, spilled, Side.SINGLE);
    }
  }

  /**
   * The side of a line of a table whose sides share their label columns: the side its amounts are
   * printed under, else (a line printing no amount) the side its name belongs to.
   */
  private Side sharedSide(HeaderLayout h, List<String> cs) {
    String label = "";
    for (Slot s : h.slots) {
      String c = s.position < cs.size() ? cs.get(s.position) : "";
      if (c.isEmpty()) {
        continue;
      }
      if (s.role == Role.AMOUNT) {
        return s.side;
      }
      if (s.role == Role.LABEL) {
        label += c;
      }
    }
    return reading.codes.spends(label) ? Side.EXPENDITURE : Side.INCOME;
  }

  private void readSide(SourceLine l, List<String> cs, Map<Integer, String> spilled, Side side) {
    HeaderLayout h = Objects.requireNonNull(table.layout, "a grid table has its header read");
    RowDraft r = new RowDraft();
    r.side = side;
    r.line = l.number;
    String label = "";
    String unitLabel = "";
    String codeText = "";
    String clazz = "";
    String kuan = "";
    String xiang = "";
    String unitCode = "";
    String year = "";
    boolean any = false;
    for (Slot s : h.slots) {
      if (side != Side.SINGLE && s.side != side && !(h.sharedLabels && s.role != Role.AMOUNT)) {
        continue;
      }
      String c = s.position < cs.size() ? cs.get(s.position) : "";
      if (c.isEmpty()) {
        continue;
      }
      if (LineShapes.PAGE_MARK.matcher(c).matches()) {
        reading.problems.add(ReadProblem.of(ReadProblem.Kind.PAGE_NUMBER_IN_TABLE, Severity.INFO, l.number, c, "page number printed inside the table; ignored"));
        continue;
      }
      if ((s.role == Role.CODE_CLASS || s.role == Role.CODE_KUAN || s.role == Role.CODE_XIANG)
          && (c.equals("类") || c.equals("款") || c.equals("项"))) {
        // the split code columns' own header words printed in the band of the first row (合计)
        continue;
      }
      any = true;
      Role role = s.role;
      if ((role == Role.CODE || role == Role.CODE_CLASS || role == Role.CODE_KUAN || role == Role.CODE_XIANG)
          && !c.chars().anyMatch(Character::isDigit)) {
        // a label printed across the merged code cells (合计 under 类|款|项, 总计): no code has no digit.
        // Centred across them it may stand under the 款 or the 项 column when no other row fixed the
        // columns (a table's first page printing its header and 合计 alone).
        role = Role.LABEL;
      }
      switch (role) {
        case LABEL:
          label = label + c;
          break;
        case UNIT_LABEL:
          unitLabel = SourceLine.joinWrapped(c);
          break;
        case CODE:
          codeText = c;
          break;
        case CODE_CLASS:
          clazz = c;
          break;
        case CODE_KUAN:
          kuan = twoDigits(c, l);
          break;
        case CODE_XIANG:
          xiang = twoDigits(c, l);
          break;
        case UNIT_CODE:
          unitCode = c;
          break;
        case LINE_NUMBER:
          r.number = c;
          break;
        case YEAR:
          year = c;
          break;
        case TEXT:
          r.texts.add(c);
          break;
        case AMOUNT:
          Cell cell;
          if (spilled.containsKey(s.position) && CellReader.isAmountLike(c)) {
            try {
              cell = Cell.repaired(Amounts.parse(c), spilled.get(s.position));
            } catch (TextParseException e) {
              cell = reading.cells.read(c, l.number);
            }
          } else {
            cell = reading.cells.read(c, l.number);
          }
          if (cell.mark() == CellMark.TEXT) {
            reading.problems.add(ReadProblem.of(ReadProblem.Kind.TEXT_IN_AMOUNT_COLUMN, Severity.WARNING, l.number, c,
                "text in amount column " + String.join("/", s.header) + " kept as text"));
          }
          r.cells.put(s.key, cell);
          break;
        default:
          if (CellReader.isAmountLike(c)) {
            reading.problems.add(ReadProblem.of(ReadProblem.Kind.VALUE_WITHOUT_HEADER, Severity.ERROR, l.number, c,
                "value in a column without a recognisable header (" + table.title.printed + ")"));
          } else {
            reading.problems.add(ReadProblem.of(ReadProblem.Kind.TEXT_WITHOUT_HEADER, Severity.WARNING, l.number, c,
                "text in a column without a recognisable header (" + table.title.printed + ")"));
          }
      }
    }
    if (!any) {
      return;
    }
    // the code: its own column, split 类/款/项 columns, or printed before the name
    String digits = codeText;
    if (!clazz.isEmpty()) {
      digits = clazz + kuan + xiang;
    }
    if (!digits.isEmpty()) {
      try {
        r.code = ClassificationCodes.parsePrinted(digits.replaceAll("\\s+", "")).code();
      } catch (TextParseException e) {
        reading.problems.add(ReadProblem.of(ReadProblem.Kind.UNREADABLE_CODE, Severity.WARNING, l.number, digits, "unreadable classification code"));
      }
    } else if (EMBEDDED_CODE.matcher(label).find()) {
      try {
        PrintedCode pc = ClassificationCodes.parsePrinted(label);
        r.code = pc.code();
        label = pc.name().orElse("");
      } catch (TextParseException e) {
        // a label that merely starts with digits (e.g. a project number): kept as printed
      }
    }
    if (!unitCode.isEmpty() && !unitLabel.isEmpty()) {
      reading.units.add(unitLabel, unitCode);
    }
    r.label = label;
    Optional<Concept> concept = label.isEmpty() ? Optional.empty() : HeaderLayout.rowConcept(label);
    String squeezed = HeaderLayout.squeeze(label);
    if (r.code != null) {
      r.kind = RowKind.CODE;
      r.unit = table.currentUnit;
    } else if (!year.isEmpty()) {
      String u = !unitLabel.isEmpty() ? unitLabel : label;
      if (!u.isEmpty()) {
        table.currentUnit = u;
        reading.units.add(u, unitCode);
      }
      r.label = year;
      r.unit = table.currentUnit;
    } else if (!unitLabel.isEmpty() && label.isEmpty()) {
      reading.units.row(table, r, unitLabel, unitCode);
    } else if (concept.isPresent() && concept.get() == Concept.TOTAL || squeezed.equals("合计") || squeezed.equals("总计")) {
      r.kind = RowKind.TOTAL;
      r.concept = Concept.TOTAL;
      table.sawTotal = true;
    } else if (!label.isEmpty() && Units.isUnitName(squeezed) && Ordinal.of(label).isEmpty()) {
      reading.units.row(table, r, label, unitCode);
    } else {
      if (label.isEmpty() && !r.hasValues() && r.texts.isEmpty() && r.number == null) {
        return;
      }
      if (l.nonEmptyCount() == 1 && label.endsWith("。") && !r.hasValues()) {
        // a sentence printed under the rows (本套报表金额单位转换时可能存在尾数误差。) is a note, not a
        // wrapped name: names never end with a full stop
        table.notes.add(Note.of(label, l.number));
        return;
      }
      if (isContinuation(r, label)) {
        RowDraft prev = table.lastRow().get();
        prev.appendName(label);
        prev.texts.addAll(r.texts);
        return;
      }
      if (AmountLines.only(r)) {
        amountLines.hold(r, l.text());
        return;
      }
      if (label.isEmpty() && r.hasValues()) {
        reading.problems.add(ReadProblem.of(ReadProblem.Kind.ROW_WITHOUT_LABEL, Severity.WARNING, l.number, l.text(), "row without a label"));
      }
      concept.ifPresent(c -> r.concept = c);
      r.kind = table.title.kind == TableKind.PROJECT_EXPENDITURE && concept.isEmpty() ? RowKind.PROJECT : RowKind.ITEM;
      // a project row printing its unit in a 单位名称 column belongs to that unit
      r.unit = !unitLabel.isEmpty() && r.kind == RowKind.PROJECT ? unitLabel : table.currentUnit;
    }
    amountLines.settle(r, table.rows);
    table.rows.add(r);
  }

  /** Whether a line of amounts waits for the row it belongs to. */
  boolean holds() {
    return amountLines.holds();
  }

  /** The table ends: amounts held for a row that did not come are rows of their own. */
  void close() {
    amountLines.flush(table.rows);
  }

  /**
   * A 款 or 项 in its own column is a two-digit number; one printed as a single digit ({@code 2}
   * for 02) is read as that number, and the report says so.
   */
  private String twoDigits(String part, SourceLine l) {
    if (part.length() == 1 && Character.isDigit(part.charAt(0))) {
      reading.problems.add(ReadProblem.of(ReadProblem.Kind.ONE_DIGIT_CODE_PART, Severity.INFO, l.number, part,
          "code part printed as one digit in a 款/项 column; read as 0" + part));
      return "0" + part;
    }
    return part;
  }

  private boolean isContinuation(RowDraft r, String label) {
    // two-sided summaries list short items, many of them printed without a value: never wrapped
    if (r.hasValues() || r.number != null || table.rows.isEmpty() || table.layout != null && table.layout.twoSided) {
      return false;
    }
    for (Cell c : r.cells.values()) {
      if (c.mark() != CellMark.BLANK) {
        return false;
      }
    }
    if (!label.isEmpty() && (Ordinal.of(label).isPresent() || Concept.fromLabel(label).isPresent()
        || TOTAL_LABEL.matcher(label).find())) {
      // 人员经费合计 printed without amounts (a blank template) is a row of its own, not a name's end
      return false;
    }
    RowDraft prev = table.lastRow().get();
    return prev.side == r.side && prev.line < r.line;
  }
}
