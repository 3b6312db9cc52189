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

  /**
   * Text emboldened by printing it twice half a point apart (tools without a bold face do so): each
   * character is read once, so titles, labels and amounts read as from the plain print.
   */
  @ParameterizedTest
  @EnumSource(PdfRenderer.Ruling.class)
  void overprintedText_readsAsPrintedOnce(PdfRenderer.Ruling ruling) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20260107L);
    for (int i = 0; i < 4; i++) {
      Case c = cases(ruling).generate(random);
      Disclosure plain = importRendered(new Case(c.options().withOverprinted(false), c.document()));
      Disclosure bold = importRendered(new Case(c.options().withOverprinted(true), c.document()));
      assertThat(missing(c.document(), plain)).as("plain %s", c.options()).isEmpty();
      assertThat(missing(c.document(), bold)).as("%s", c.options()).isEmpty();
      assertThat(bold.title()).isEqualTo(plain.title());
      assertThat(bold.tables()).extracting(DisclosureTable::title)
          .containsExactlyElementsOf(plain.tables().stream().map(DisclosureTable::title).toList());
    }
  }

  /**
   * A table outside the standard vocabulary (国有资产占有使用情况表, 机关运行经费明细表, …) printed between
   * standard ones: read back as a table of its own under its printed title and headers, in every style,
   * and its rows are not glued to the table printed before it.
   */
  @ParameterizedTest
  @EnumSource(PdfRenderer.Ruling.class)
  void tablesOutsideTheVocabulary_readBackAsTablesOfTheirOwn(PdfRenderer.Ruling ruling) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20260106L);
    for (int i = 0; i < 4; i++) {
      Case c = cases(ruling).generate(random);
      List<DisclosureTable> tables = new ArrayList<>(c.document().tables());
      DisclosureTable unlisted = unlistedTable(random, c.document());
      tables.add(1 + random.nextInt(tables.size()), unlisted);
      Disclosure d = c.document().withTables(tables);
      Disclosure read = importRendered(new Case(c.options(), d));
      assertThat(missing(d, read)).as("%s", c.options()).isEmpty();
      assertThat(read.tables()).filteredOn(t -> t.title().equals(unlisted.title())).singleElement()
          .satisfies(t -> assertThat(t.kind()).isEqualTo(unlisted.kind()))
          .satisfies(t -> assertThat(t.rows()).hasSameSizeAs(unlisted.rows()));
      // nothing of it read into another table: every cell read back once
      assertThat(read.tables().stream().mapToLong(PdfRoundTripTest::cellCount).sum())
          .as("%s", c.options()).isEqualTo(d.tables().stream().mapToLong(PdfRoundTripTest::cellCount).sum());
    }
  }

  private static long cellCount(DisclosureTable t) {
    return t.rows().stream().mapToLong(r -> r.cells().values().stream().filter(x -> !x.printed().isEmpty()).count()).sum();
  }

  /** Titles and column words of tables provinces print beside the standard ones (as in variants/unlisted-tables.txt). */
  private static final List<List<String>> UNLISTED = List.of(
      List.of("国有资产占有使用情况表", "资产总额", "流动资产", "固定资产", "在建工程", "无形资产", "对外投资", "其他资产"),
      List.of("机关运行经费支出明细表", "合计", "办公费", "印刷费", "水电费", "差旅费"),
      List.of("车辆及大型设备情况统计表", "车辆合计", "机要通信用车", "应急保障用车", "执法执勤用车", "其他用车"));

  /** One of {@link #UNLISTED}: its 合计 and a line per unit of the department, amounts drawn. */
  private static DisclosureTable unlistedTable(java.util.SplittableRandom r, Disclosure d) {
    List<String> words = UNLISTED.get(r.nextInt(UNLISTED.size()));
    // the assets table has a kind of its own; the others are read under their printed titles
    TableKind kind = words.get(0).startsWith("国有资产") ? TableKind.STATE_ASSETS : TableKind.OTHER;
    DisclosureTable.Builder b = DisclosureTable.builder().kind(kind).title(words.get(0))
        .issuer(d.department().name());
    int columns = 3 + r.nextInt(words.size() - 3);
    for (int j = 1; j <= columns; j++) {
      b.addColumns(Column.of("c" + j, io.github.cnbudget.model.table.Concept.OTHER, words.get(j)));
    }
    List<String> labels = new ArrayList<>(List.of("合计"));
    d.department().units().forEach(u -> labels.add(u.name()));
    for (String label : labels) {
      io.github.cnbudget.model.table.Row.Builder row = Row.builder()
          .kind(label.equals("合计") ? io.github.cnbudget.model.table.RowKind.TOTAL : io.github.cnbudget.model.table.RowKind.UNIT)
          .label(label);
      if (!label.equals("合计")) {
        row.unit(label);
      }
      for (int j = 1; j <= columns; j++) {
        row.putCells("c" + j, Cell.of(java.math.BigDecimal.valueOf(r.nextInt(1_000_000), 2)));
      }
      b.addRows(row.build());
    }
    return b.build();
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
