package io.github.cnbudget.io.csv;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.table.Cell;
import org.jspecify.annotations.Nullable;

/**
 * What the reader gathers from a record whose model value is not built by one builder (读取中的部件):
 * a document (its department and precision are values of their own), a note (built by a factory)
 * and a line item or amount (a cell under a key of its parent).
 */
final class Parts {
  private Parts() {}

  /** A record of documents.csv. */
  static final class Document {
    final Disclosure.Builder document = Disclosure.builder();
    final Department.Builder department = Department.builder();
    @Nullable AmountUnit unit;
    int scale;
  }

  /** A record of notes.csv. */
  static final class Note {
    String text = "";
    /** 0 when the note has no line. */
    int line;
  }

  /** A record of line_items.csv or amounts.csv; one holder serves every record of a file. */
  static final class Item {
    String key = "";
    @Nullable Cell cell;
  }
}
