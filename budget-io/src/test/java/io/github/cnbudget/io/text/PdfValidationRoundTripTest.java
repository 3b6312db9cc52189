package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.testkit.DocumentGen;
import io.github.cnbudget.testkit.PdfRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Consistent generated documents, rendered to PDF in every layout and imported, raise no alarm their
 * model does not: an ERROR or WARNING that only the import raises is a false alarm the reading made.
 */
class PdfValidationRoundTripTest {
  private static final int CASES = Integer.getInteger("pdf.validation.cases", 12);

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(PdfRenderer.Ruling.class)
  void renderedAndImported_raiseNoAlarmTheirModelDoesNot(PdfRenderer.Ruling ruling) throws IOException {
    List<String> extra = falseAlarms(ruling, CASES, pdf -> DisclosureImporter.defaults().importPdf(pdf).disclosure());
    extra.forEach(e -> System.out.println("FALSE " + ruling + " " + e));
    assertThat(extra).isEmpty();
  }

  /**
   * The same documents' laid-out pages printed as text with one blank between cells (as PDF-to-text
   * tools other than a layout-keeping one print them) and imported as text: the alarms their model
   * does not raise stay at or below what they are today (none; over 100 documents per style too,
   * written in docs/text-importer.md). Sparse rows whose blanks vanished with the spaces leave values
   * unplaced (reported), and the rules do not check the cells they do not know.
   */
  @ParameterizedTest
  @EnumSource(PdfRenderer.Ruling.class)
  void renderedAndPrintedSingleSpaced_raiseNoAlarmTheirModelDoesNot(PdfRenderer.Ruling ruling) throws IOException {
    assertNoFalseAlarmPrintedSingleSpaced(ruling, 999, CASES);
  }

  /**
   * The same text with names longer than eight characters wrapped, their end printed on the line
   * below the row (as tools print a cell's second line): no alarm the model does not raise.
   */
  @ParameterizedTest
  @EnumSource(PdfRenderer.Ruling.class)
  void renderedAndPrintedSingleSpacedWithNamesWrapped_raiseNoAlarmTheirModelDoesNot(PdfRenderer.Ruling ruling)
      throws IOException {
    assertNoFalseAlarmPrintedSingleSpaced(ruling, WRAP_AT, Integer.getInteger("pdf.validation.wrapped.cases", CASES / 2));
  }

  private static final int WRAP_AT = Integer.getInteger("pdf.validation.wrap", 8);

  /**
   * The same documents' PDFs printed as PDFBox's {@code PDFTextStripper} prints them by default, in the
   * order the page wrote its text (as {@code pdftotext -raw} does), and imported as text (one ruling
   * style: the text does not print the rules), raise no alarm their models do not raise (217 in 9 of
   * 20 documents before the page's order was read, 23 in 4 of 20 before by-unit names printed before
   * their end, summary items wrapped on both sides and two panels under a repeated header were; 0 in
   * 20, 2026-12-07; docs/text-importer.md).
   */
  @org.junit.jupiter.api.Test
  void renderedAndPrintedInThePagesOrder_raiseNoFalseAlarm() throws IOException {
    PdfRenderer.Ruling ruling = PdfRenderer.Ruling.LINES;
    List<String> extra = falseAlarms(ruling, Integer.getInteger("pdf.validation.order.cases", 6), pdf -> {
      try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setSortByPosition(false);
        return DisclosureImporter.defaults().importText(stripper.getText(doc)).disclosure();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    extra.forEach(e -> System.out.println("FALSE-ORDER " + ruling + " " + e));
    System.out.printf("text in the page's order, %s: %d alarms the models do not raise%n", ruling, extra.size());
    assertThat(extra.size()).isLessThanOrEqualTo(ORDER_CEILING);
  }

  private void assertNoFalseAlarmPrintedSingleSpaced(PdfRenderer.Ruling ruling, int wrapAt, int cases) throws IOException {
    List<String> extra = falseAlarms(ruling, cases, pdf -> {
      io.github.cnbudget.io.layout.LaidOutText laid =
          io.github.cnbudget.io.pdf.PdfLayouts.with(io.github.cnbudget.io.pdf.PdfLimits.defaults()).read(pdf);
      return DisclosureImporter.defaults().importText(Layouts.singleSpaced(String.join("\n", laid.lines()), wrapAt))
          .disclosure();
    });
    extra.forEach(e -> System.out.println("FALSE-TEXT " + ruling + " wrap " + wrapAt + " " + e));
    System.out.printf("single-spaced text, %s, names wrapped at %d: %d alarms the models do not raise%n", ruling,
        wrapAt, extra.size());
    assertThat(extra.size()).isLessThanOrEqualTo(TEXT_CEILING.get(ruling));
  }

  /** False alarms allowed in the page's order ({@code -Dpdf.validation.order.cases=20} runs more documents). */
  private static final int ORDER_CEILING = Integer.getInteger("pdf.validation.order.ceiling", 0);

  private static final java.util.Map<PdfRenderer.Ruling, Integer> TEXT_CEILING = java.util.Map.of(
      PdfRenderer.Ruling.LINES, 0, PdfRenderer.Ruling.RECTANGLES, 0,
      PdfRenderer.Ruling.HORIZONTAL, 0, PdfRenderer.Ruling.NONE, 0);

  /**
   * The alarms of the seeded consistent documents, rendered in a ruling style and read back by
   * {@code read}, that their models do not raise: one line per alarm with its case and layout.
   */
  private List<String> falseAlarms(PdfRenderer.Ruling ruling, int cases,
      java.util.function.Function<Path, Disclosure> read) throws IOException {
    SplittableRandom random = new SplittableRandom(Long.getLong("cnbudget.seed", 20260101L));
    List<String> extra = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      Disclosure d = DocumentGen.of(DocumentGen.Options.defaults().withUnits(1, 3)).generate(random);
      PdfRenderer.Options o = PdfRenderer.Options.all().generate(random).withRuling(ruling);
      Path pdf = dir.resolve("case-" + i + ".pdf");
      Files.write(pdf, PdfRenderer.of(o).render(d));
      List<String> model = alarms(d);
      for (String a : alarms(read.apply(pdf))) {
        if (!model.contains(a)) {
          extra.add("case " + i + " " + o + ": " + a);
        }
      }
    }
    return extra;
  }

  /**
   * The ERRORs and WARNINGs of a document, but the narrative's: the renderer prints a 说明 under each
   * table that the model has not, so the narrative rules see prose in the PDF only.
   */
  private static List<String> alarms(Disclosure d) {
    return Rules.defaults().validate(d).findings().stream()
        .filter(f -> f.severity() != Severity.INFO && !f.code().startsWith("narrative-"))
        .map(PdfValidationRoundTripTest::describe).sorted().toList();
  }

  private static String describe(Finding f) {
    return f.severity() + " " + f.code() + " " + f.location().table().orElse("-") + " " + f.message(java.util.Locale.ENGLISH);
  }
}
