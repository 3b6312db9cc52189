package io.github.cnbudget.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
  private static final Gen<Disclosure> DOCUMENTS = DocumentGen.of(DocumentGen.Options.defaults().withUnits(1, 5));

  /** A document and a layout; the layout first, since a failure shows only the start of a case. */
  record Case(PdfRenderer.Options options, Disclosure document) {
    @Override
    public String toString() {
      return options + " " + document;
    }
  }

  private static final Gen<Case> CASES = r -> new Case(PdfRenderer.Options.all().generate(r), DOCUMENTS.generate(r));

  /**
   * A layout and a document of two to six tables: every kind appears across a run, and a small
   * document keeps a few hundred runs fast.
   */
  private static final Gen<Case> SMALL_CASES = r -> {
    List<TableKind> kinds = new ArrayList<>(DocumentGen.Options.defaults().tables());
    DocumentGen.shuffle(kinds, r);
    TableKind[] chosen = kinds.subList(0, 2 + r.nextInt(5)).toArray(new TableKind[0]);
    return new Case(PdfRenderer.Options.all().generate(r),
        DocumentGen.of(DocumentGen.Options.defaults().withUnits(1, 5).withTables(chosen)).generate(r));
  };

  @Test
  void render_generatedDocumentsInEveryLayout_printEveryAmountAndCode() {
    PropertyChecks.forAll(250, SMALL_CASES, c -> {
      Disclosure d = c.document();
      // PDFTextStripper's own line and word finding is not made for overprinted text; what overprinting
      // prints is checked on its own below
      PdfRenderer.Options o = c.options().withOverprinted(false);
      try (PDDocument pdf = Loader.loadPDF(PdfRenderer.of(o).render(d))) {
        assertThat(pdf.getNumberOfPages()).isBetween(minPages(d, o), maxPages(d, o));
        Extracted x = extract(pdf);
        String text = x.text();
        Map<String, Integer> printed = tokens(List.of(text.split("\\s+")));
        expectedTokens(d, o.codeStyle()).forEach((token, n) ->
            assertThat(printed.getOrDefault(token, 0)).as("times %s is printed", token).isGreaterThanOrEqualTo(n));
        String unitLine = "单位：" + d.precision().unit().symbol();
        assertThat(text.split(unitLine, -1).length - 1).as(unitLine).isGreaterThanOrEqualTo(d.tables().size());
        assertThat(x.baselines().get(0)).isEqualTo(d.department().name() + d.year() + "年" + d.stage().documentTerm());
        if (!o.isNamesWrapped()) {
          List<String> lines = x.baselines();
          for (DisclosureTable t : d.tables()) {
            for (Row r : t.rows()) {
              assertThat(lines).as("a line holding %s", r.label()).anyMatch(l -> l.contains(r.label()));
            }
          }
        }
        for (DisclosureTable t : d.tables()) {
          if (t.rows().isEmpty() && t.emptyStatement().isPresent()) {
            assertThat(x.baselines()).as("the statement of empty %s", t.title()).contains(t.emptyStatement().get());
          }
        }
        PDPage first = pdf.getPage(0);
        assertThat(first.getMediaBox().getWidth() > first.getMediaBox().getHeight())
            .isEqualTo(o.orientation() == PdfRenderer.Orientation.LANDSCAPE);
        assertRuling(pdf, o.ruling());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void render_overprinted_printsEveryCharacterTwiceAHairApart() throws IOException {
    PropertyChecks.forAll(12, SMALL_CASES, c -> {
      PdfRenderer.Options plain = c.options().withOverprinted(false).withPageFurniture(false);
      try (PDDocument once = Loader.loadPDF(PdfRenderer.of(plain).render(c.document()));
          PDDocument twice = Loader.loadPDF(PdfRenderer.of(plain.withOverprinted(true)).render(c.document()))) {
        List<TextPosition> a = positions(once);
        List<TextPosition> b = positions(twice);
        assertThat(b).hasSize(2 * a.size());
        // read once each, the lines are the same
        assertThat(extract(twice).baselines()).isEqualTo(extract(once).baselines());
        for (int i = 0; i < a.size(); i++) {
          TextPosition first = b.get(2 * i);
          TextPosition again = b.get(2 * i + 1);
          assertThat(again.getUnicode()).isEqualTo(first.getUnicode());
          assertThat(again.getXDirAdj() - first.getXDirAdj()).isCloseTo(0.5f, org.assertj.core.data.Offset.offset(0.01f));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Every character shown, by page, baseline and position, overprints next to what they overprint. */
  private static List<TextPosition> positions(PDDocument pdf) throws IOException {
    List<Map.Entry<Integer, TextPosition>> all = new ArrayList<>();
    PDFTextStripper s = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition t) {
        all.add(Map.entry(getCurrentPageNo(), t));
      }
    };
    s.getText(pdf);
    all.sort(Comparator.comparingInt((Map.Entry<Integer, TextPosition> e) -> e.getKey())
        .thenComparingInt(e -> Math.round(e.getValue().getYDirAdj() * 10))
        .thenComparingDouble(e -> e.getValue().getXDirAdj()));
    return all.stream().map(Map.Entry::getValue).toList();
  }

  @Test
  void render_sameDocumentAndLayout_sameBytes() {
    SplittableRandom seeds = new SplittableRandom(PropertyChecks.seed());
    for (int i = 0; i < 8; i++) {
      long seed = seeds.nextLong();
      Gen<Case> cases = i < 2 ? CASES : SMALL_CASES;
      Case a = cases.generate(new SplittableRandom(seed));
      Case b = cases.generate(new SplittableRandom(seed));
      byte[] first = PdfRenderer.of(a.options()).render(a.document());
      assertThat(PdfRenderer.of(b.options()).render(b.document())).as("seed %d", seed).isEqualTo(first);
      PdfRenderer.Options other = a.options().withRowsPerPage(a.options().rowsPerPage() + 1);
      assertThat(PdfRenderer.of(other).render(a.document())).isNotEqualTo(first);
    }
  }

  @Test
  void render_tableBrokenOverPages_repeatsTheHeaderOnlyWhenAsked() throws IOException {
    Disclosure d = DocumentGen.of(DocumentGen.Options.defaults().withUnits(6).withTables(TableKind.EXPENDITURE))
        .generate(new SplittableRandom(7));
    PdfRenderer.Options o = PdfRenderer.Options.defaults().withRowsPerPage(8).withNarrative(false);
    for (boolean repeated : List.of(true, false)) {
      try (PDDocument pdf = Loader.loadPDF(PdfRenderer.of(o.withHeaderRepeated(repeated)).render(d))) {
        int rows = d.tables().get(0).rows().size();
        assertThat(pdf.getNumberOfPages()).isEqualTo((rows + 7) / 8);
        assertThat(pageText(pdf, 1)).contains(PdfGrid.CODE, PdfGrid.NAME);
        for (int p = 2; p <= pdf.getNumberOfPages(); p++) {
          assertThat(pageText(pdf, p).contains(PdfGrid.NAME)).as("page %d has a header", p).isEqualTo(repeated);
        }
      }
    }
  }

  @Test
  void render_twoPanels_printTwoCodesOnALine() throws IOException {
    Disclosure d = DocumentGen.of(DocumentGen.Options.defaults().withUnits(3)
        .withTables(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC)).generate(new SplittableRandom(3));
    Set<String> codes = d.tables().get(0).rows().stream().flatMap(r -> r.code().stream())
        .map(c -> c.digits()).collect(Collectors.toSet());
    assertThat(codes).hasSizeGreaterThan(4);
    PdfRenderer.Options o = PdfRenderer.Options.defaults().withNarrative(false);
    assertThat(mostCodesOnALine(d, o.withTwoPanelBasic(true), codes)).isEqualTo(2);
    assertThat(mostCodesOnALine(d, o.withTwoPanelBasic(false), codes)).isEqualTo(1);
  }

  @Test
  void render_summarySideBySide_printsTheTotalsOfBothSidesOnOneLine() throws IOException {
    Disclosure d = DocumentGen.of(DocumentGen.Options.defaults().withTables(TableKind.INCOME_EXPENDITURE_SUMMARY))
        .generate(new SplittableRandom(5));
    PdfRenderer.Options o = PdfRenderer.Options.defaults();
    assertThat(baselines(d, o.withSummaryLayout(PdfRenderer.SummaryLayout.SIDE_BY_SIDE)))
        .anyMatch(l -> l.contains("本年收入合计") && l.contains("本年支出合计"))
        .anyMatch(l -> l.contains("收入总计") && l.contains("支出总计"));
    assertThat(baselines(d, o.withSummaryLayout(PdfRenderer.SummaryLayout.STACKED)))
        .noneMatch(l -> l.contains("本年收入合计") && l.contains("本年支出合计"))
        .anyMatch(l -> l.contains("本年收入合计"));
  }

  @Test
  void render_namesWrapped_printsALongNameOverTwoLines() throws IOException {
    Disclosure d = DOCUMENTS.generate(new SplittableRandom(11));
    String longest = d.tables().stream().flatMap(t -> t.rows().stream()).map(Row::label)
        .max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
    assertThat(longest.length()).isGreaterThanOrEqualTo(14);
    PdfRenderer.Options o = PdfRenderer.Options.defaults().withNarrative(false);
    assertThat(baselines(d, o.withNamesWrapped(false))).anyMatch(l -> l.contains(longest));
    List<String> wrapped = baselines(d, o.withNamesWrapped(true));
    assertThat(wrapped).noneMatch(l -> l.contains(longest)).anyMatch(l -> l.contains(longest.substring(0, 8)));
  }

  @Test
  void render_splitCodes_printsTheLevelHeaders() throws IOException {
    Disclosure d = DocumentGen.of(DocumentGen.Options.defaults().withTables(TableKind.EXPENDITURE))
        .generate(new SplittableRandom(13));
    PdfRenderer.Options o = PdfRenderer.Options.defaults().withCodeStyle(PdfRenderer.CodeStyle.SPLIT);
    String levels = PdfGrid.CLASS + PdfGrid.SECTION + PdfGrid.ITEM;
    assertThat(baselines(d, o)).anyMatch(l -> l.contains(levels));
    assertThat(baselines(d, o.withCodeStyle(PdfRenderer.CodeStyle.WHOLE))).noneMatch(l -> l.contains(levels));
  }

  @Test
  void options_withX_changesOneSettingAndKeepsTheOthers() {
    PdfRenderer.Options d = PdfRenderer.Options.defaults();
    PdfRenderer.Options o = d.withRuling(PdfRenderer.Ruling.NONE).withCodeStyle(PdfRenderer.CodeStyle.SPLIT)
        .withOrientation(PdfRenderer.Orientation.LANDSCAPE).withRowsPerPage(12).withHeaderRepeated(false);
    assertThat(o.ruling()).isEqualTo(PdfRenderer.Ruling.NONE);
    assertThat(o.codeStyle()).isEqualTo(PdfRenderer.CodeStyle.SPLIT);
    assertThat(o.orientation()).isEqualTo(PdfRenderer.Orientation.LANDSCAPE);
    assertThat(o.rowsPerPage()).isEqualTo(12);
    assertThat(o.isHeaderRepeated()).isFalse();
    assertThat(o.isTablesOnNewPages()).isEqualTo(d.isTablesOnNewPages()).isTrue();
    assertThat(o.summaryLayout()).isEqualTo(PdfRenderer.SummaryLayout.SIDE_BY_SIDE);
    assertThat(o.isNamesWrapped() || o.isTwoPanelBasic()).isFalse();
    assertThat(o.isNarrative()).isTrue();
    assertThat(d).isEqualTo(PdfRenderer.Options.defaults()).isNotEqualTo(o);
    assertThat(PdfRenderer.defaults().options()).isEqualTo(d);
  }

  @Test
  void options_rejectNegativeRowsPerPage() {
    assertThatThrownBy(() -> PdfRenderer.Options.defaults().withRowsPerPage(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------------------------------------

  /** Every amount's printed text and every code (or its three parts), with how often each is printed. */
  private static Map<String, Integer> expectedTokens(Disclosure d, PdfRenderer.CodeStyle style) {
    List<String> out = new ArrayList<>();
    for (DisclosureTable t : d.tables()) {
      for (Row r : t.rows()) {
        r.cells().values().stream().map(c -> c.printed().strip()).filter(s -> !s.isEmpty()).forEach(out::add);
        r.code().ifPresent(c -> {
          String digits = c.digits();
          if (style == PdfRenderer.CodeStyle.WHOLE) {
            out.add(digits);
          } else {
            for (int from = 0, to = 3; to <= digits.length(); from = to, to += 2) {
              out.add(digits.substring(from, to));
            }
          }
        });
      }
    }
    return tokens(out);
  }

  private static Map<String, Integer> tokens(List<String> all) {
    Map<String, Integer> m = new HashMap<>();
    for (String s : all) {
      if (!s.isEmpty()) {
        m.merge(s, 1, Integer::sum);
      }
    }
    return m;
  }

  /** At least one page, and one per table when each starts a page; no more lines on a page than allowed. */
  private static int minPages(Disclosure d, PdfRenderer.Options o) {
    int min = o.isTablesOnNewPages() ? Math.max(1, d.tables().size()) : 1;
    if (o.rowsPerPage() > 0) {
      // two panels or two lanes halve a table's lines at most
      int lines = d.tables().stream().mapToInt(t -> (t.rows().size() + 1) / 2).sum();
      min = Math.max(min, (lines + o.rowsPerPage() - 1) / o.rowsPerPage());
    }
    return min;
  }

  /**
   * Page 1, then for each table a page for its start, one for what follows it, and one per ten lines
   * (a landscape page holds more than ten two-line rows under a three-level header).
   */
  private static int maxPages(Disclosure d, PdfRenderer.Options o) {
    int perPage = o.rowsPerPage() > 0 ? Math.min(o.rowsPerPage(), 10) : 10;
    int max = 2;
    for (DisclosureTable t : d.tables()) {
      max += 2 + (Math.max(1, t.rows().size()) + perPage - 1) / perPage;
    }
    return max;
  }

  /**
   * Checks the rules drawn: stroked segments (some vertical) for LINES, filled rectangles only for
   * RECTANGLES, horizontal stroked segments only for HORIZONTAL, nothing for NONE.
   */
  private static void assertRuling(PDDocument pdf, PdfRenderer.Ruling ruling) throws IOException {
    int strokes = 0;
    int fills = 0;
    int horizontal = 0;
    int vertical = 0;
    for (PDPage page : pdf.getPages()) {
      List<Object> tokens = new PDFStreamParser(page).parse();
      float[] last = new float[2];
      for (int i = 0; i < tokens.size(); i++) {
        if (!(tokens.get(i) instanceof Operator op)) {
          continue;
        }
        switch (op.getName()) {
          case "S" -> strokes++;
          case "f" -> fills++;
          case "m" -> last = point(tokens, i);
          case "l" -> {
            float[] to = point(tokens, i);
            if (to[1] == last[1]) {
              horizontal++;
            } else if (to[0] == last[0]) {
              vertical++;
            }
          }
          default -> { }
        }
      }
    }
    switch (ruling) {
      case LINES -> {
        assertThat(fills).isZero();
        assertThat(strokes).isPositive();
        assertThat(vertical).isPositive();
      }
      case RECTANGLES -> {
        assertThat(strokes).isZero();
        assertThat(fills).isPositive();
      }
      case HORIZONTAL -> {
        assertThat(fills).isZero();
        assertThat(horizontal).isEqualTo(strokes).isPositive();
      }
      case NONE -> assertThat(strokes + fills).isZero();
      default -> throw new AssertionError(ruling);
    }
  }

  private static float[] point(List<Object> tokens, int op) {
    return new float[] {((COSNumber) tokens.get(op - 2)).floatValue(), ((COSNumber) tokens.get(op - 1)).floatValue()};
  }

  private static int mostCodesOnALine(Disclosure d, PdfRenderer.Options o, Set<String> codes) throws IOException {
    int most = 0;
    for (String line : text(d, o).split("\n")) {
      int n = 0;
      for (String token : line.strip().split("\\s+")) {
        n += codes.contains(token) ? 1 : 0;
      }
      most = Math.max(most, n);
    }
    return most;
  }

  private static String text(Disclosure d, PdfRenderer.Options o) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfRenderer.of(o).render(d))) {
      return text(pdf);
    }
  }

  private static String text(PDDocument pdf) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setSortByPosition(true);
    return s.getText(pdf);
  }

  private static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setSortByPosition(true);
    s.setStartPage(page);
    s.setEndPage(page);
    return s.getText(pdf);
  }

  private static List<String> baselines(Disclosure d, PdfRenderer.Options o) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfRenderer.of(o).render(d))) {
      return extract(pdf).baselines();
    }
  }

  /**
   * What PDFTextStripper extracts, and the characters on each baseline of each page, left to right,
   * without spaces: exactly what is printed on one line (the stripper's own line finding may join
   * a name wrapped over two lines to the amounts centred beside it).
   */
  record Extracted(String text, List<String> baselines) {}

  private static Extracted extract(PDDocument pdf) throws IOException {
    List<Map<Float, List<TextPosition>>> pages = new ArrayList<>();
    PDFTextStripper s = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition t) {
        super.processTextPosition(t);
        while (pages.size() < getCurrentPageNo()) {
          pages.add(new TreeMap<>());
        }
        pages.get(getCurrentPageNo() - 1).computeIfAbsent(t.getYDirAdj(), y -> new ArrayList<>()).add(t);
      }
    };
    String text = s.getText(pdf);
    List<String> out = new ArrayList<>();
    for (Map<Float, List<TextPosition>> lines : pages) {
      for (List<TextPosition> line : lines.values()) {
        line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        // overprinted text (emboldened) shows each character again a hair to its right: once
        StringBuilder b = new StringBuilder();
        TextPosition kept = null;
        for (TextPosition t : line) {
          if (kept == null || !t.getUnicode().equals(kept.getUnicode())
              || t.getXDirAdj() - kept.getXDirAdj() > kept.getWidthDirAdj() / 3) {
            b.append(t.getUnicode());
            kept = t;
          }
        }
        out.add(b.toString());
      }
    }
    return new Extracted(text, out);
  }
}
