package io.github.cnbudget.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

/** The rows of one document, made as an executor makes them, without a Spark session. */
class DerivedRowsTest {
  private static org.apache.spark.sql.Row documentRow(Disclosure d) {
    byte[] line = DocumentRows.JSON.writeString(d).getBytes(StandardCharsets.UTF_8);
    org.apache.spark.sql.Row plain = DocumentRows.jsonLine("file:/c.jsonl", 42, line, line.length).orElseThrow();
    // as Spark hands rows to the derived tables: with the documents table's schema
    Object[] values = new Object[plain.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = plain.get(i);
    }
    return new GenericRowWithSchema(values, Schemas.documents());
  }

  private static List<org.apache.spark.sql.Row> list(java.util.Iterator<org.apache.spark.sql.Row> rows) {
    List<org.apache.spark.sql.Row> out = new ArrayList<>();
    rows.forEachRemaining(out::add);
    return out;
  }

  @Test
  void lineItems_valueADecimal38_18CannotHold_isTheDocumentsErrorRow_neverRounded() {
    Disclosure seed = SeedDocuments.seed(0);
    DisclosureTable first = seed.tables().get(0);
    Row row = first.rows().get(0);
    String column = row.cells().keySet().iterator().next();
    BigDecimal tooFine = new BigDecimal("1.0000000000000000001");   // 19 fraction digits
    Row changed = row.withCells(Map.of(column, Cell.of(tooFine)));
    List<Row> rows = new ArrayList<>(first.rows());
    rows.set(0, changed);
    List<DisclosureTable> tables = new ArrayList<>(seed.tables());
    tables.set(0, first.withRows(rows));
    Disclosure d = seed.withTables(tables);

    List<org.apache.spark.sql.Row> items = list(DerivedRows.lineItems(documentRow(d)));
    assertThat(items).singleElement().satisfies(r -> {
      // the rows an executor makes carry no schema: Spark's encoder reads them by position
      assertThat(r.get(Schemas.lineItems().fieldIndex("document_id"))).isEqualTo("file:/c.jsonl@42");
      assertThat(r.get(Schemas.lineItems().fieldIndex("department"))).isEqualTo(seed.department().name());
      assertThat(r.get(Schemas.lineItems().fieldIndex("error"))).isEqualTo("ArithmeticException: Value 1.0000000000000000001 of table 1"
          + " row 1 column " + column + " does not fit DECIMAL(38, 18) exactly");
      assertThat(r.get(Schemas.lineItems().fieldIndex("value"))).isNull();
    });
    assertThat(items.get(0).length()).isEqualTo(Schemas.lineItems().size());
  }

  @Test
  void everyTable_documentThatWasNotRead_isOneRowWithItsError() {
    org.apache.spark.sql.Row failed = new GenericRowWithSchema(new Object[] {"file:/x.pdf", "file:/x.pdf", null, null,
        null, null, scala.jdk.javaapi.CollectionConverters.asScala(List.of()), "PdfImportException: damaged"},
        Schemas.documents());
    List<List<org.apache.spark.sql.Row>> tables = List.of(list(DerivedRows.findings(failed, Rules.defaults())),
        list(DerivedRows.notChecked(failed, Rules.defaults())), list(DerivedRows.importProblems(failed)),
        list(DerivedRows.lineItems(failed)));
    List<Integer> widths = List.of(Schemas.findings().size(), Schemas.notChecked().size(),
        Schemas.importProblems().size(), Schemas.lineItems().size());
    for (int t = 0; t < tables.size(); t++) {
      org.apache.spark.sql.Row r = tables.get(t).get(0);
      assertThat(tables.get(t)).hasSize(1);
      assertThat(r.length()).isEqualTo(widths.get(t));
      assertThat(r.getString(0)).isEqualTo("file:/x.pdf");
      assertThat(r.getString(r.length() - 1)).isEqualTo("PdfImportException: damaged");
      for (int i = 2; i < r.length() - 1; i++) {
        assertThat(r.isNullAt(i)).as("column %d of table %d", i, t).isTrue();
      }
    }
  }
}
