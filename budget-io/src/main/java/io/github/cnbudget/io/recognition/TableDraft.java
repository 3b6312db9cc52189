package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A table being read: its title, the header rows seen so far, its columns once the header is
 * complete, and its rows as drafts (a wrapped name may still extend the last row).
 */
final class TableDraft {
  /** A row being read. */
  static final class RowDraft {
    RowKind kind = RowKind.ITEM;
    @Nullable ClassificationCode code;
    String label = "";
    @Nullable Concept concept;
    @Nullable String unit;
    Side side = Side.SINGLE;
    @Nullable String number;
    final Map<String, Cell> cells = new LinkedHashMap<>();
    final List<String> texts = new ArrayList<>();
    int line;
    /** Values the line printed without showing their columns; placed by {@link ColumnInference} or reported. */
    final List<String> pending = new ArrayList<>();
    /** The columns the pending values may belong to, in printed order. */
    List<Column> pendingColumns = List.of();
    /**
     * For each pending value, the columns it may still take once some of the line's values were placed
     * (those between the columns of the placed values printed before and after it); null when any of
     * {@link #pendingColumns} in printed order.
     */
    @Nullable List<List<Column>> pendingRanges;
    /**
     * The most a column may hold by another table (a source of funds, the summary's income from it);
     * a placement over it is not read.
     */
    Map<String, java.math.BigDecimal> ceilings = Map.of();
    /** Which columns another table showed blank, taken out of {@link #pendingColumns}; null when none. */
    @Nullable String narrowedBy;
    /**
     * Whether lines below the row's line finished its name (a code printed alone, then the name's
     * lines): the row's amounts, printed after its name in the order the page wrote its cells, may
     * follow on a line of their own (see {@link AmountLines}).
     */
    boolean nameBelow;

    Row build() {
      Row.Builder b = Row.builder().kind(kind).label(label.strip()).side(side).line(line).putAllCells(cells);
      for (String value : pending) {
        // values no rule placed (reported as values-without-positions): kept, never dropped
        b.addUnplaced(Cell.printed(value.strip()));
      }
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

    /** Finishes the name with its wrapped piece (see {@link #nameConcept}). */
    void appendName(String piece) {
      label = label + piece;
      nameConcept();
    }

    /** Puts a wrapped name's first piece before the name printed on the row's line. */
    void prependName(String piece) {
      label = piece + label;
      nameConcept();
    }

    /**
     * A row without a code named only once its name is whole (一、一般公共预算财政 / 拨款收入) takes the
     * concept the whole name names, as it would have printed on one line.
     */
    private void nameConcept() {
      if (code != null) {
        return;
      }
      HeaderLayout.rowConcept(label).ifPresent(c -> {
        concept = c;
        if (kind == RowKind.ITEM || kind == RowKind.TOTAL) {
          kind = c == Concept.TOTAL ? RowKind.TOTAL : RowKind.ITEM;
        }
      });
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
  @Nullable String number;
  @Nullable String issuer;
  @Nullable AmountUnit unit;
  final List<List<String>> headerRows = new ArrayList<>();
  final List<String> headerSqueezed = new ArrayList<>();
  @Nullable HeaderLayout layout;
  boolean inBody;
  boolean continuation;
  final List<RowDraft> rows = new ArrayList<>();
  final List<Note> notes = new ArrayList<>();
  @Nullable String emptyStatement;
  @Nullable String currentUnit;
  boolean sawTotal;
  boolean loose;
  final StringBuilder looseHeader = new StringBuilder();
  /** The lines of a loose table's header as printed; the last prints the innermost labels. */
  final List<String> looseHeaderLines = new ArrayList<>();
  List<Integer> looseCounts = List.of();
  @Nullable List<io.github.cnbudget.model.table.Column> looseColumns;
  /** A name fragment printed between two rows of a loose table whose owner is the row below, or null. */
  @Nullable String fragment;
  /**
   * True once a piece of a wrapped name was seen to start the row below it (a piece below 合计, or one
   * the catalog's name of the row below starts with): the table prints a name's first lines above the
   * line of its end and amounts, so its other pieces wait for the row below too.
   */
  boolean namesEndWithAmounts;
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

  /**
   * The projects of a project table that prints each project's 绩效目标 beside its amounts: name,
   * unit, total, amounts by printed column (a 合计 under a group is named with its group, 财政拨款合计)
   * and the goal joined across wrapped lines.
   */
  List<Project> projects() {
    List<Project> out = new ArrayList<>();
    if (title.kind != TableKind.PROJECT_EXPENDITURE || !printsGoals()) {
      return out;
    }
    Map<String, String> labels = new LinkedHashMap<>();
    String totalKey = null;
    for (Column c : looseColumns != null ? looseColumns : layout != null ? layout.columns : List.<Column>of()) {
      if (c.parent().isEmpty() && c.concept() == Concept.TOTAL && totalKey == null) {
        totalKey = c.key();
      }
      List<String> h = c.header();
      String leaf = HeaderLayout.squeeze(c.label());
      labels.put(c.key(), (leaf.equals("合计") || leaf.equals("小计")) && h.size() > 1
          ? HeaderLayout.squeeze(h.get(h.size() - 2)) + leaf : leaf);
    }
    for (RowDraft r : rows) {
      if (r.kind != RowKind.PROJECT || r.label.isBlank()) {
        continue;
      }
      Project.Builder b = Project.builder().name(r.label.strip()).line(r.line);
      if (r.unit != null) {
        b.unit(r.unit);
      }
      for (Map.Entry<String, Cell> e : r.cells.entrySet()) {
        if (e.getKey().equals(totalKey)) {
          b.total(e.getValue());
        } else {
          b.putAmounts(labels.getOrDefault(e.getKey(), e.getKey()), e.getValue());
        }
      }
      if (!r.texts.isEmpty()) {
        b.goal(String.join("", r.texts));
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * Whether the table prints each project's 绩效目标 beside its amounts: a text column in its header,
   * or, when its columns were lost (one blank between cells), the header's word and text after a
   * row's amounts.
   */
  private boolean printsGoals() {
    if (looseColumns != null) {
      return HeaderLayout.squeeze(looseHeader.toString()).contains("绩效目标")
          && rows.stream().anyMatch(r -> !r.texts.isEmpty());
    }
    return layout != null && layout.slots.stream().anyMatch(s -> s.role == HeaderLayout.Role.TEXT);
  }

  Optional<RowDraft> lastRow() {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
  }

  OptionalInt lineOf() {
    return OptionalInt.of(line);
  }
}
