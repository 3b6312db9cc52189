package io.github.cnbudget.spark;

import io.github.cnbudget.model.Disclosure;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * A row of the documents table as the derived tables read it: the columns every derived row starts
 * with (source, document id, department, year, stage), the document when it was read, and the
 * error when it was not. Columns are found by name, so a documents table that was selected from or
 * joined still works.
 */
final class DocumentHead {
  /** The number of the document's columns that start every derived row. */
  static final int WIDTH = 5;

  private final Object[] head;
  private final String json;
  private final String error;

  private DocumentHead(Object[] head, String json, String error) {
    this.head = head;
    this.json = json;
    this.error = error;
  }

  static DocumentHead of(Row documents) {
    Object[] head = {documents.getAs("source"), documents.getAs("document_id"), documents.getAs("department"),
        documents.getAs("year"), documents.getAs("stage")};
    return new DocumentHead(head, documents.getAs("json"), documents.getAs("error"));
  }

  /** Why the document could not be read, or null. */
  String error() {
    return error;
  }

  /**
   * Decodes the document.
   *
   * @return the document
   * @throws io.github.cnbudget.io.CodecException when the JSON is not a document
   */
  Disclosure document() {
    if (json == null) {
      throw new IllegalStateException("Document " + head[1] + " has no JSON and no error");
    }
    return DocumentRows.JSON.readString(json);
  }

  /**
   * A row of a derived table: this document's columns, then the values, then a null error.
   *
   * @param values the table's own columns, in order
   * @return the row
   */
  // a Spark row holds SQL NULL as null: absent values of a column are null here
  Row row(@Nullable Object... values) {
    return make(values, null);
  }

  /**
   * The one row of a derived table for a document that failed: its columns, nulls, and the reason.
   *
   * @param width the number of the table's own columns
   * @param reason why
   * @return the rows (one)
   */
  List<Row> failed(int width, String reason) {
    List<Row> out = new ArrayList<>(1);
    out.add(make(new Object[width], reason));
    return out;
  }

  private Row make(@Nullable Object[] values, @Nullable String reason) {
    Object[] all = new Object[head.length + values.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(values, 0, all, head.length, values.length);
    all[all.length - 1] = reason;
    return RowFactory.create(all);
  }
}
