package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.testkit.GridPdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The written layout variants of {@code variants/} rendered to PDF by the testkit's {@link GridPdf}
 * (each line of cells a row of a ruled grid) read as their text does: the same cells under the same
 * tables, rows and column headers, the same indicators with their targets and history values. The
 * variants of text-extraction defects a PDF's geometry does not have (several headers run together on
 * one line, classes 5 and 9) are not among them: their PDF counterpart is a header of separate cells,
 * which the generated round trip ({@link PdfRoundTripTest}) covers.
 */
class LayoutVariantsPdfTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"by-unit-department-row", "amount-glued-to-name", "centred-levels", "history-years",
      "history-relative", "history-one-line", "unlisted-tables", "summary-side-words"})
  void variantRenderedToPdf_readsAsItsText(String name) throws IOException {
    List<String> lines = Files.readAllLines(
        Path.of("src/test/resources/io/github/cnbudget/io/text/variants/" + name + ".txt"), StandardCharsets.UTF_8);
    Disclosure text = DisclosureImporter.defaults().importText(String.join("\n", lines)).disclosure();
    Path pdf = Files.write(dir.resolve(name + ".pdf"), GridPdf.render(lines));
    Disclosure read = DisclosureImporter.defaults().importPdf(pdf).disclosure();
    assertThat(cells(read)).as(name).isEqualTo(cells(text));
    assertThat(indicators(read)).as(name).isEqualTo(indicators(text));
    assertThat(cells(text).size() + indicators(text).length()).as(name + " reads something").isPositive();
  }

  private static TreeSet<String> cells(Disclosure d) {
    TreeSet<String> out = new TreeSet<>();
    for (DisclosureTable t : d.tables()) {
      for (Row r : t.rows()) {
        for (Map.Entry<String, Cell> e : r.cells().entrySet()) {
          String header = t.columns().stream().filter(c -> c.key().equals(e.getKey()))
              .map(c -> String.join("/", c.header())).findFirst().orElse("?");
          out.add(t.title() + " | " + r.code().map(c -> c.digits()).orElse(r.label()) + " | " + r.side() + " | "
              + r.unit().orElse("") + " | " + header + " | " + e.getValue().printed());
        }
      }
    }
    return out;
  }

  private static String indicators(Disclosure d) {
    return IndicatorText.of(d.goals().stream().flatMap(g -> g.indicators().stream()).toList());
  }
}
