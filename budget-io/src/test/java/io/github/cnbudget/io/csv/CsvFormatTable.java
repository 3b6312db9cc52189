package io.github.cnbudget.io.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The table of files and columns in {@code docs/csv-format.md}, generated from the column
 * declarations ({@link TidyColumns}, {@link PerformanceColumns}). Not a test: it rewrites the table
 * only when asked, by {@link #COMMAND}, after a change to the columns; {@code CsvFormatDocTest} then
 * holds the document to the declarations.
 */
class CsvFormatTable {
  static final Path DOCS = Path.of("..", "docs", "csv-format.md");
  static final String START = "<!-- tidy columns: generated from the column declarations, see CsvFormatTable -->\n";
  static final String END = "<!-- end of tidy columns -->\n";
  static final String COMMAND = "mvn -B -q -pl budget-io -am test -Dtest=CsvFormatTable "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dcsvdocs.write=true";

  /** The table: each file, what it holds, and its columns (derived marked \*, optional †, a cell's four as one). */
  static String table() {
    StringBuilder b = new StringBuilder("| file | holds | columns, in order |\n|---|---|---|\n");
    for (TidyFile f : TidyFile.values()) {
      Columns<?, ?> file = TidyColumns.of(f);
      List<? extends TidyColumn<?, ?>> columns = file.columns();
      List<String> shown = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        TidyColumn<?, ?> c = columns.get(i);
        String marks = (c.derived ? "\\*" : "") + (c.optional ? "†" : "");
        if (isPrefixedCell(columns, i)) {
          shown.add(c.name + "(+_printed, _mark, _repaired)" + marks);
          i += 3;
        } else {
          shown.add(c.name + marks);
        }
      }
      b.append("| `").append(f.fileName()).append("` | ").append(file.title.get(3)).append(" | ")
          .append(String.join(", ", shown)).append(" |\n");
    }
    return b.toString();
  }

  private static boolean isPrefixedCell(List<? extends TidyColumn<?, ?>> columns, int i) {
    String name = columns.get(i).name;
    return i + 3 < columns.size() && columns.get(i + 1).name.equals(name + "_printed")
        && columns.get(i + 2).name.equals(name + "_mark") && columns.get(i + 3).name.equals(name + "_repaired");
  }

  /** The document with its table (between the markers) as generated. */
  static String document(String text) {
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalStateException("docs/csv-format.md has lost the markers around its table of columns");
    }
    return text.substring(0, start + START.length()) + table() + text.substring(end);
  }

  @Test
  @EnabledIfSystemProperty(named = "csvdocs.write", matches = "true")
  void write() throws Exception {
    Files.writeString(DOCS, document(Files.readString(DOCS, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }
}
