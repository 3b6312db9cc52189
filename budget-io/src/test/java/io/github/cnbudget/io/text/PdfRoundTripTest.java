package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.testkit.DocumentGen;
import io.github.cnbudget.testkit.Gen;
import io.github.cnbudget.testkit.PdfRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated documents rendered to PDF in each layout read back with every printed amount in its
 * table (by title and amount unit), row (by code, else label, and the unit it belongs to), column
 * (by printed header) and printed text. The number of
 * cases per layout is small in {@code mvn verify}; {@code -Dpdf.roundtrip.cases=N} runs more.
 */
class PdfRoundTripTest {
  private static final int CASES = Integer.getInteger("pdf.roundtrip.cases", 50);

  @TempDir Path dir;

  /** A document and a layout. */
  record Case(PdfRenderer.Options options, Disclosure document) {
    @Override
    public String toString() {
      return options.toString();
    }
  }

  private static Gen<Case> cases(PdfRenderer.Ruling ruling) {
    return r -> {
      List<TableKind> kinds = new ArrayList<>(DocumentGen.Options.defaults().tables());
      List<TableKind> chosenKinds = new ArrayList<>();
      int n = 2 + r.nextInt(4);
      while (chosenKinds.size() < n) {
        chosenKinds.add(kinds.remove(r.nextInt(kinds.size())));
      }
      TableKind[] chosen = chosenKinds.toArray(new TableKind[0]);
      Disclosure d = DocumentGen.of(DocumentGen.Options.defaults().withUnits(1, 3).withTables(chosen)).generate(r);
      return new Case(PdfRenderer.Options.all().generate(r).withRuling(ruling), d);
    };
  }

  /**
   * Every layout of a ruling style: the share of printed cells read back, over {@link #CASES} seeded
   * documents, must not fall below what the reader achieves today (the floors below, measured over
   * 200 cases per style and written in docs/pdf.md); a case that falls far below prints its cells.
   */
  @ParameterizedTest
  @EnumSource(PdfRenderer.Ruling.class)
  void generatedDocuments_rendered_readBackTheirAmounts(PdfRenderer.Ruling ruling) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(Long.getLong("cnbudget.seed", 20231231L));
    Gen<Case> gen = cases(ruling);
    long printed = 0;
    long missed = 0;
    for (int i = 0; i < CASES; i++) {
      Case c = gen.generate(random);
      int index = i;
      List<String> missing = missing(c.document(), importRendered(c));
      printed += printedCells(c.document());
      missed += missing.size();
      if (System.getProperty("pdf.roundtrip.show") != null) {
        missing.forEach(m -> System.out.println("MISS " + ruling + " case " + index + " " + m));
        if (!missing.isEmpty()) {
          System.out.println("CASE " + ruling + " " + index + " " + c);
        }
      }
    }
    double share = 1 - (double) missed / printed;
    System.out.printf("round trip %s: %d of %d printed cells read back (%.2f %%)%n", ruling, printed - missed,
        printed, 100 * share);
    assertThat(share).as("share of cells read back, %s", ruling).isGreaterThanOrEqualTo(FLOOR.get(ruling));
  }

  /**
   * Generated documents rendered in each style: every cell read back is placed on the box that
   * prints it ({@link CellBoxes}), checked on the first {@code CASES / 5} cases.
   */
  @ParameterizedTest
  @EnumSource(PdfRenderer.Ruling.class)
  void generatedDocuments_rendered_placeEveryCellOnItsBox(PdfRenderer.Ruling ruling) throws IOException {
    java.util.SplittableRandom random = new java.util.SplittableRandom(Long.getLong("cnbudget.seed", 20231231L));
    Gen<Case> gen = cases(ruling);
    int checked = 0;
    for (int i = 0; i < Math.max(2, CASES / 5); i++) {
      Case c = gen.generate(random);
      Path file = Files.createTempFile(dir, "placed", ".pdf");
      Files.write(file, PdfRenderer.of(c.options()).render(c.document()));
      Disclosure read = DisclosureImporter.defaults().importPdf(file).disclosure();
      assertThat(CellBoxes.violations(file, read)).as("%s", c).isEmpty();
      checked += CellBoxes.printed(read);
    }
    assertThat(checked).isPositive();
  }

  /**
   * The two summaries (收支总表, 财政拨款收支总表) printed with 收入 and 支出 stacked under one name column
   * (项目 | 收入 | 支出): each row's amounts read back on its own side, in every style (without rules, a
   * summary continued on the next page takes the earlier page's columns).
   */
  @ParameterizedTest
  @EnumSource(PdfRenderer.Ruling.class)
  void stackedSummaries_readBackEveryCell(PdfRenderer.Ruling ruling) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20240101L);
    for (int i = 0; i < 6; i++) {
      Disclosure d = DocumentGen.of(DocumentGen.Options.defaults().withUnits(1, 3).withTables(
          TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.FISCAL_APPROPRIATION_SUMMARY)).generate(random);
      PdfRenderer.Options o = PdfRenderer.Options.all().generate(random).withRuling(ruling)
          .withSummaryLayout(PdfRenderer.SummaryLayout.STACKED);
      assertThat(missing(d, importRendered(new Case(o, d)))).as("%s %s", ruling, o).isEmpty();
    }
  }

  /**
   * Pages printing a running head (the document's name) and 第 N 页 共 M 页 in their margins, with tables
   * continued over pages without their header: the furniture is neither a row nor a header cell of a
   * table printed without rules, and no break in a table continued from the page before.
   */
  @ParameterizedTest
  @EnumSource(PdfRenderer.Ruling.class)
  void pageFurniture_isNoPartOfTables(PdfRenderer.Ruling ruling) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20250101L);
    for (int i = 0; i < 6; i++) {
      Case c = cases(ruling).generate(random);
      PdfRenderer.Options o = c.options().withPageFurniture(true).withHeaderRepeated(i % 2 == 0)
          .withRowsPerPage(8 + i);
      assertThat(missing(c.document(), importRendered(new Case(o, c.document())))).as("%s", o).isEmpty();
    }
  }

  private static final Map<PdfRenderer.Ruling, Double> FLOOR = Map.of(
      PdfRenderer.Ruling.LINES, 0.995, PdfRenderer.Ruling.RECTANGLES, 0.995,
      PdfRenderer.Ruling.HORIZONTAL, 0.995, PdfRenderer.Ruling.NONE, 0.995);

  private static long printedCells(Disclosure d) {
    long n = 0;
    for (DisclosureTable t : d.tables()) {
      for (Row r : t.rows()) {
        n += r.cells().values().stream().filter(c -> !c.printed().isEmpty()).count();
      }
    }
    return n;
  }

  private Disclosure importRendered(Case c) {
    try {
      Path file = Files.createTempFile(dir, "generated", ".pdf");
      Files.write(file, PdfRenderer.of(c.options()).render(c.document()));
      String keep = System.getProperty("pdf.roundtrip.keep");
      if (keep != null) {
        // a failing case's PDF, kept to look at
        Files.copy(file, Path.of(keep).resolve(file.getFileName()));
      }
      return DisclosureImporter.defaults().importPdf(file).disclosure();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The printed cells of {@code original} that {@code read} lacks: table, row, column, printed text. */
  static List<String> missing(Disclosure original, Disclosure read) {
    List<String> out = new ArrayList<>();
    for (DisclosureTable t : original.tables()) {
      // the table with the same title, in the same unit (元 or 万元, printed above it)
      io.github.cnbudget.model.AmountUnit unit = t.amountUnit().orElse(original.precision().unit());
      Optional<DisclosureTable> back = read.tables().stream()
          .filter(x -> PdfExpectations.norm(x.title()).equals(PdfExpectations.norm(t.title())))
          .filter(x -> x.amountUnit().orElse(read.precision().unit()) == unit).findFirst();
      for (Row r : t.rows()) {
        for (Map.Entry<String, Cell> c : r.cells().entrySet()) {
          if (c.getValue().printed().isEmpty()) {
            continue;
          }
          String header = t.columns().stream().filter(k -> k.key().equals(c.getKey())).findFirst()
              .map(k -> k.header().isEmpty() ? "" : k.header().get(k.header().size() - 1)).orElse("");
          if (back.isEmpty() || !has(back.get(), r, PdfExpectations.norm(header), c.getValue().printed())) {
            out.add(t.title() + " | " + r.code().map(x -> x.digits()).orElse(r.label()) + " | " + header + " | "
                + c.getValue().printed());
          }
        }
      }
    }
    return out;
  }

  private static boolean has(DisclosureTable t, Row want, String header, String printed) {
    for (Row r : t.rows()) {
      boolean same = want.code().isPresent() ? r.code().equals(want.code())
          : PdfExpectations.norm(r.label()).equals(PdfExpectations.norm(want.label()));
      if (!same || !r.unit().equals(want.unit())) {
        continue;
      }
      for (Map.Entry<String, Cell> c : r.cells().entrySet()) {
        if (!c.getValue().printed().equals(printed)) {
          continue;
        }
        Optional<Column> col = t.columns().stream().filter(k -> k.key().equals(c.getKey())).findFirst();
        if (col.map(k -> PdfExpectations.norm(String.join("/", k.header())).endsWith(header)).orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }
}
