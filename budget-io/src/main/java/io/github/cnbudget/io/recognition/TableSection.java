package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table being read (表): its unit and issuer lines, its header until the first row, then its
 * rows — read by their columns ({@link GridRows}) or, when the text lost the columns, by the
 * values' order ({@link LooseRows}) — its notes and its empty-table statement. Closed into the
 * document's tables.
 */
final class TableSection implements Section {
  private static final Pattern EMPTY_STATEMENT = Pattern.compile(".*(?:无数据|无发生额|无此项|没有数据|不涉及).*");
  /** Sentence punctuation: a comma, a full stop or a semicolon of Chinese prose. */
  private static final Pattern PROSE = Pattern.compile("[，。；]");

  private final TableDraft table;
  private final Reading reading;
  private final Consumer<TableDraft> closed;
  private final GridRows grid;
  private final LooseRows loose;

  TableSection(TableDraft table, Reading reading, Consumer<TableDraft> closed) {
    this.table = table;
    this.reading = reading;
    this.closed = closed;
    this.grid = new GridRows(table, reading);
    this.loose = new LooseRows(table, reading);
  }

  @Override
  public TableTitles.Title title() {
    return table.title;
  }

  @Override
  public boolean continuesUnder(TableTitles.Title again) {
    if (!table.title.key.equals(again.key)) {
      return false;
    }
    // the same table continued on the next page: title and header are printed again
    table.continuation = true;
    table.inBody = false;
    return true;
  }

  @Override
  public boolean takeNumber(String number) {
    if (table.number != null || table.inBody) {
      return false;
    }
    table.number = number;
    return true;
  }

  @Override
  public boolean accept(SourceLine l) {
    if (l.nonEmptyCount() == 1 && l.text().length() > 80 && LineShapes.countNumbers(l.text()) >= 3
        && !(table.loose && (table.looseColumns != null || !table.looseHeaderLines.isEmpty()))) {
      // (a loose table's row may be long: a project's name, amounts and its goal text, or both sides
      // of a two-sided summary; a table run together prints its header on the same line)
      runTogether(l);
      return true;
    }
    if (LineShapes.isMeta(l) && !LineShapes.hasAmount(l.cells)) {
      unitAndIssuer(l);
      return true;
    }
    String text = l.text();
    if (l.heading) {
      return false;
    }
    Optional<Boolean> note = note(l);
    if (note.isPresent()) {
      return note.get();
    }
    if ((!table.rows.isEmpty() || grid.holds() || loose.holds()) && NarrativeCollector.isPartTitle(l)) {
      // 其他相关情况说明 after a table whose end no note marks: the narrative begins
      return false;
    }
    if (table.loose) {
      return loose.accept(l);
    }
    if (!table.inBody) {
      if (!LineShapes.isDataRow(l) && (!table.continuation || isRepeatedHeader(l))) {
        return header(l);
      }
      if (table.layout == null) {
        MergedHeaderCells.split(table.headerRows, l.cells.size());
        table.layout = HeaderLayout.read(table.headerRows, table.title.kind, Math.max(LineShapes.width(table.headerRows), 1));
        if (table.headerRows.isEmpty()) {
          reading.problems.add(ReadProblem.of(ReadProblem.Kind.TABLE_WITHOUT_HEADER, Severity.WARNING, l.number, table.title.printed,
              "table without a header: its values cannot be assigned to columns"));
        }
      }
      table.inBody = true;
    } else if (table.headerSqueezed.contains(l.squeezed()) || LineShapes.isColumnNumbers(l)) {
      return true;
    }
    if (reading.outsideGrids(l) && PROSE.matcher(text).find()) {
      // a sentence printed outside the table's grid (一、2023年“三公”经费预算数为22.91万元，比…) is the
      // narrative after the table, not a row
      return false;
    }
    grid.read(l);
    return true;
  }

  /**
   * A table's whole text on one line (a PDF whose text lost its line breaks): the basic-expenditure
   * table by economic class can still be read by its names and amount groups; any other is reported.
   */
  private void runTogether(SourceLine l) {
    if (table.title.kind == TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC && table.looseColumns == null
        && table.rows.isEmpty()) {
      Optional<RunTogetherLine.Result> read = RunTogetherLine.read(l, reading.codes::economicCode, reading.cells);
      if (read.isPresent()) {
        table.looseColumns = read.get().columns();
        table.rows.addAll(read.get().rows());
        reading.problems.add(ReadProblem.of(ReadProblem.Kind.RUN_TOGETHER_LINE_READ, Severity.WARNING, l.number, LineShapes.abbreviate(l.text()),
            "table text run together on one line; read by pairing the economic names with the amount groups in"
                + " printed order, checked by the class sums (" + read.get().rows().size() + " rows)"));
        return;
      }
    }
    reading.problems.add(ReadProblem.of(ReadProblem.Kind.RUN_TOGETHER_LINE_NOT_READ, Severity.ERROR, l.number, LineShapes.abbreviate(l.text()),
        "table text run together on one line (" + LineShapes.countNumbers(l.text()) + " numbers); its values were not imported"));
  }

  private void unitAndIssuer(SourceLine l) {
    LineShapes.unitOf(l).ifPresent(u -> {
      table.unit = u;
      reading.unitPrinted(u);
    });
    Matcher issuer = DocumentHeader.ISSUER.matcher(l.text());
    if (issuer.find() && table.issuer == null && !issuer.group(1).startsWith("万元")
        && !issuer.group(1).matches(".*(?:金额|金額)?单位.*")) {
      table.issuer = issuer.group(1);
    }
  }

  /**
   * A note under the table (注：…), its empty-table statement (本表无数据), or a line after the notes:
   * whether the table takes it, or empty when the line is none of these. Once notes began, nothing
   * but notes belongs to the table.
   */
  private Optional<Boolean> note(SourceLine l) {
    String text = l.text();
    boolean afterNote = table.lastNoteLine > 0 && reading.previousNonBlank(l) == table.lastNoteLine;
    if (l.nonEmptyCount() == 1 && (text.startsWith("注") || text.startsWith("备注") || text.startsWith("说明"))) {
      table.notes.add(Note.of(text, l.number));
      table.lastNoteLine = l.number;
      if (EMPTY_STATEMENT.matcher(text).matches()) {
        table.emptyStatement = text.replaceFirst("^(?:注|备注)\\s*[:：]\\s*", "");
      }
      return Optional.of(true);
    }
    if (l.nonEmptyCount() == 1 && EMPTY_STATEMENT.matcher(text).matches() && text.length() < 30) {
      table.emptyStatement = text;
      return Optional.of(true);
    }
    if (l.nonEmptyCount() == 1 && afterNote && text.length() <= 40 && !LineShapes.SECTION.matcher(text).find()) {
      // a short line right after the notes (本套报表金额单位转换时可能存在尾数误差。) belongs to them; a
      // section heading (第三部分…情况说明, 一、…) does not: it opens the narrative after the last table
      table.notes.add(Note.of(text, l.number));
      table.lastNoteLine = l.number;
      return Optional.of(true);
    }
    return table.notes.isEmpty() ? Optional.empty() : Optional.of(false);
  }

  /** A line of the header (or of the header printed again over a continued table's next page). */
  private boolean header(SourceLine l) {
    if (LineShapes.isColumnNumbers(l)) {
      return true;
    }
    if (l.nonEmptyCount() == 1 && table.headerRows.isEmpty() && !table.continuation && l.text().length() > 40) {
      return false;
    }
    if (!table.continuation) {
      if (table.layout != null) {
        return false;
      }
      table.headerRows.add(new ArrayList<>(l.cells));
      table.headerSqueezed.add(l.squeezed());
    }
    return true;
  }

  /** Whether every printed cell of a line is a cell of the table's header (a repeated header). */
  private boolean isRepeatedHeader(SourceLine l) {
    if (table.headerSqueezed.contains(l.squeezed())) {
      return true;
    }
    java.util.Set<String> known = new java.util.HashSet<>();
    for (java.util.List<String> row : table.headerRows) {
      for (String c : row) {
        known.add(c.replaceAll("\\s+", ""));
      }
    }
    for (String c : l.cells) {
      if (!c.isEmpty() && !known.contains(c.replaceAll("\\s+", ""))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    grid.close();
    loose.close();
    DepartmentRow.settle(table, reading.units);
    if (table.fragment != null && !table.rows.isEmpty()) {
      // a name's last piece printed after the table's last row
      TableDraft.RowDraft last = table.rows.get(table.rows.size() - 1);
      last.appendName(table.fragment);
    }
    if (table.layout == null && !table.headerRows.isEmpty() && table.emptyStatement == null) {
      reading.problems.add(ReadProblem.of(ReadProblem.Kind.TABLE_WITHOUT_ROWS, Severity.WARNING, table.line, table.title.printed,
          "table has a header but no rows"));
    }
    if (table.layout == null) {
      table.layout = HeaderLayout.read(table.headerRows, table.title.kind, LineShapes.width(table.headerRows));
    }
    closed.accept(table);
  }
}
