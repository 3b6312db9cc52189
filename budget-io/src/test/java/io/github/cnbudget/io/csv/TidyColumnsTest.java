package io.github.cnbudget.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The column declarations hang together: every file joins its parents, and nothing written goes unread. */
class TidyColumnsTest {
  @Test
  void everyFileButDocuments_joinsItsDocumentFirst_andCountsOrKeysItsRecords() {
    for (TidyFile f : TidyFile.values()) {
      Columns<?, ?> file = TidyColumns.of(f);
      assertThat(file.file).isEqualTo(f);
      assertThat(file.names()).isEqualTo(f.columns());
      if (f == TidyFile.DOCUMENTS) {
        assertThat(file.parentKeys).isEmpty();
        assertThat(file.index).isSameAs(file.columns().get(0));
        continue;
      }
      assertThat(file.parentKeys.get(0)).as(f.fileName()).isSameAs(file.columns().get(0));
      assertThat(file.parentKeys.get(0).key).isSameAs(TidyColumns.DOCUMENT);
      // amounts and line items have no index of their own: their key text is unique within the parent
      assertThat(file.index != null || file.unique != null).as(f.fileName()).isTrue();
    }
  }

  @Test
  void everyColumnWritten_isRead_unlessDerivedAKeyOrPartOfACell() {
    Set<String> partsOfACell = Set.of("printed", "mark", "repaired", "place", "scheme");
    for (TidyFile f : TidyFile.values()) {
      List<String> unread = new ArrayList<>();
      for (TidyColumn<?, ?> c : TidyColumns.of(f).columns()) {
        String part = c.name.substring(c.name.lastIndexOf('_') + 1);
        if (c.reading == null && !c.derived && c.key == null && !partsOfACell.contains(part)) {
          unread.add(c.name);
        }
      }
      assertThat(unread).as(f.fileName()).isEmpty();
    }
  }

  @Test
  void everyColumn_isDescribedInChineseAndEnglish_withATableSchemaType() {
    Set<String> types = Set.of("string", "integer", "number", "boolean", "year", "array", "object");
    for (TidyFile f : TidyFile.values()) {
      for (TidyColumn<?, ?> c : TidyColumns.of(f).columns()) {
        assertThat(c.zh).as(f.fileName() + " " + c.name).matches(".*\\p{IsHan}.*");
        assertThat(c.en).as(f.fileName() + " " + c.name).matches(".*[a-z].*");
        assertThat(types).as(f.fileName() + " " + c.name).contains(c.type);
      }
    }
  }

  @Test
  void onlyTheCellsOfLineItemsAndAmounts_areParsedWhileReading() {
    List<String> parsed = new ArrayList<>();
    for (TidyFile f : TidyFile.values()) {
      for (TidyColumn<?, ?> c : TidyColumns.of(f).columns()) {
        if (c.amount) {
          parsed.add(f.fileName() + " " + c.name);
        }
      }
    }
    assertThat(parsed).containsExactly("line_items.csv value", "amounts.csv value");
  }

  @Test
  void primaryKeys_areTheParentsKeysAndTheOwnIndex_exceptWhereAKeyMayBeEmpty() {
    assertThat(TableSchemas.primaryKey(TidyColumns.LINE_ITEMS)).containsExactly("document", "table", "row", "column");
    assertThat(TableSchemas.primaryKey(PerformanceColumns.LABELLED_AMOUNTS))
        .containsExactly("document", "owner", "owner_index", "entry");
    assertThat(TableSchemas.primaryKey(TidyColumns.NOTES)).isEmpty();
    assertThat(TableSchemas.primaryKey(PerformanceColumns.AMOUNTS)).isEmpty();
  }
}
