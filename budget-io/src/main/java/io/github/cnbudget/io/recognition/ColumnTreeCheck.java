package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the column groups read from a header against the rows. An OCR-garbled header (一个 table
 * printing 改款 安排 for 当年财政拨款安排 and scattering its sub-headers) can give a group that holds its
 * own total among its parts: on most rows one part equals the group's total while the others are not
 * zero, so the parts exceed it. A total cannot be one of its own addends, and a printed defect (a
 * wrong amount) does not repeat the total in another column, so such a tree is a misreading, not a
 * fact of the document: its groups are dropped (columns keep their printed order, headers and
 * concepts) and the import report says why, instead of the validation rules reporting the misreading
 * as column-sum errors of the publisher.
 */
final class ColumnTreeCheck {
  private ColumnTreeCheck() {}

  /** One group of the tree: target = Σ parts, as the column-identity rule reads a tree. */
  private record Group(Column target, List<Column> parts) {}

  static void check(TableDraft t, List<ReadProblem> problems) {
    if (t.layout == null || t.looseColumns != null) {
      return;
    }
    List<Column> columns = t.layout.columns;
    for (Group g : groups(columns)) {
      int checked = 0;
      int repeated = 0;
      for (TableDraft.RowDraft r : t.rows) {
        Optional<BigDecimal> target = value(columns, r, g.target);
        BigDecimal sum = BigDecimal.ZERO;
        int printed = 0;
        boolean copy = false;
        for (Column p : g.parts) {
          Optional<BigDecimal> v = value(columns, r, p);
          if (v.isPresent()) {
            sum = sum.add(v.get());
            printed++;
            copy |= target.isPresent() && v.get().compareTo(target.get()) == 0;
          }
        }
        if (target.isEmpty() || printed == 0) {
          // as the column-identity rule: a group is checked where its total and a part are printed
          continue;
        }
        checked++;
        if (copy && sum.compareTo(target.get()) > 0) {
          repeated++;
        }
      }
      if (checked >= 2 && repeated * 2 > checked) {
        problems.add(ReadProblem.of(ReadProblem.Kind.HEADER_NOT_IDENTIFIED, Severity.WARNING, t.line, t.title.printed.strip(),
            "header not identified: the column group " + g.target.label() + " counts its own total among its parts on "
                + repeated + " of " + checked + " rows; columns kept in printed order without groups"));
        for (int i = 0; i < columns.size(); i++) {
          Column c = columns.get(i);
          if (c.parent().isPresent()) {
            columns.set(i, Column.builder().key(c.key()).concept(c.concept()).addAllHeader(c.header())
                .side(c.side()).number(c.number()).partOf(c.partOf()).build());
          }
        }
        return;
      }
    }
  }

  private static List<Group> groups(List<Column> columns) {
    List<Group> out = new ArrayList<>();
    for (Column c : columns) {
      Column target = c;
      List<Column> parts = new ArrayList<>();
      for (Column ch : columns) {
        if (!ch.parent().equals(Optional.of(c.key())) || ch.partOf()) {
          continue;
        }
        if (ch.concept() == Concept.TOTAL && target == c) {
          target = ch;
        } else {
          parts.add(ch);
        }
      }
      if (!parts.isEmpty()) {
        out.add(new Group(target, parts));
      }
    }
    return out;
  }

  /** A column's value in a row as the rules read it: printed, else its 小计 child's, else its parts' sum. */
  private static Optional<BigDecimal> value(List<Column> columns, TableDraft.RowDraft r, Column c) {
    Cell cell = r.cells.get(c.key());
    if (cell != null && cell.hasValue()) {
      return cell.value();
    }
    List<Column> children = new ArrayList<>();
    for (Column ch : columns) {
      if (ch.parent().equals(Optional.of(c.key())) && !ch.partOf()) {
        children.add(ch);
      }
    }
    for (Column ch : children) {
      if (ch.concept() == Concept.TOTAL) {
        return value(columns, r, ch);
      }
    }
    BigDecimal sum = null;
    for (Column ch : children) {
      Optional<BigDecimal> v = value(columns, r, ch);
      if (v.isPresent()) {
        sum = sum == null ? v.get() : sum.add(v.get());
      }
    }
    return Optional.ofNullable(sum);
  }
}
