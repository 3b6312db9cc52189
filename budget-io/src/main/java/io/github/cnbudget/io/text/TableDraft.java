package io.github.cnbudget.io.text;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A table being read: its title, the header rows seen so far, its columns once the header is
 * complete, and its rows as drafts (a wrapped name may still extend the last row).
 */
final class TableDraft {
  /** A row being read. */
  static final class RowDraft {
    RowKind kind = RowKind.ITEM;
    ClassificationCode code;
    String label = "";
    Concept concept;
    String unit;
    Side side = Side.SINGLE;
    String number;
    final Map<String, Cell> cells = new LinkedHashMap<>();
    final List<String> texts = new ArrayList<>();
    int line;

    Row build() {
      Row.Builder b = Row.builder().kind(kind).label(label.strip()).side(side).line(line).putAllCells(cells);
      if (code != null) {
        b.code(code);
      }
      if (concept != null) {
        b.concept(concept);
      }
      if (unit != null) {
        b.unit(unit);
      }
      if (number != null && !number.isEmpty()) {
        b.number(number);
      }
      return b.build();
    }

    boolean hasValues() {
      for (Cell c : cells.values()) {
        if (c.hasValue()) {
          return true;
        }
      }
      return false;
    }
  }

  final TableTitles.Title title;
  final int line;
  String number;
  String issuer;
  AmountUnit unit;
  final List<List<String>> headerRows = new ArrayList<>();
  final List<String> headerSqueezed = new ArrayList<>();
  HeaderLayout layout;
  boolean inBody;
  boolean continuation;
  final List<RowDraft> rows = new ArrayList<>();
  final List<Note> notes = new ArrayList<>();
  String emptyStatement;
  String currentUnit;
  boolean sawTotal;
  boolean loose;
  final StringBuilder looseHeader = new StringBuilder();
  List<Integer> looseCounts = List.of();
  List<io.github.cnbudget.model.table.Column> looseColumns;
  int lastNoteLine;

  TableDraft(TableTitles.Title title, int line) {
    this.title = title;
    this.line = line;
  }

  DisclosureTable build() {
    DisclosureTable.Builder b = DisclosureTable.builder().kind(title.kind).title(title.printed.strip()).line(line);
    if (number != null) {
      b.number(number);
    }
    if (issuer != null) {
      b.issuer(issuer);
    }
    if (unit != null) {
      b.amountUnit(unit);
    }
    if (looseColumns != null) {
      b.addAllColumns(looseColumns);
    } else if (layout != null) {
      b.addAllColumns(layout.columns);
    }
    for (RowDraft r : rows) {
      b.addRows(r.build());
    }
    b.addAllNotes(notes);
    if (emptyStatement != null) {
      b.emptyStatement(emptyStatement);
    }
    return b.build();
  }

  Optional<RowDraft> lastRow() {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
  }

  OptionalInt lineOf() {
    return OptionalInt.of(line);
  }
}
