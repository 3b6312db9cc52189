package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.layout.LaidOutText;
import io.github.cnbudget.io.pdf.PdfLayouts;
import io.github.cnbudget.io.pdf.PdfLimits;
import io.github.cnbudget.model.Disclosure;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real PDFs' pages as other PDF-to-text tools print them: the laid-out lines with one blank
 * between cells, blank cells left out (Shanghai prints no 0.00), codes split into 类 款 项. Measured
 * against the PDF's own import (hand-verified in {@code PdfImportTest}): the share of its numeric
 * cells read back at the same table, row and printed column. The floors pin what is read today; the
 * rest are the 序号 of the 单位构成 lists. A row that leaves blanks out where neither the table's
 * arithmetic nor another table settles its columns has its values reported, not guessed (the
 * government office's “三公” row prints four values under eight columns: they stay 栏1–栏4, counted
 * here by their order).
 */
class SingleSpacedPdfTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "putuo-finance-bureau-2024-final, 0.98",
      "putuo-gov-office-2025-budget, 1.00",
      "putuo-gov-office-2025-unit-budget, 1.00",
      "putuo-social-work-dept-2024-final, 0.99",
      "putuo-wanli-street-2023-budget, 1.00",
      "putuo-wanli-street-2024-budget, 1.00"})
  void pdfPrintedWithSingleSpaces_readsAtLeastItsShareOfCells(String name, double floor) {
    Path pdf = Path.of("src/test/resources/pdf/" + name + ".pdf");
    LaidOutText laid = PdfLayouts.with(PdfLimits.defaults()).read(pdf);
    Disclosure fromPdf = DisclosureImporter.defaults().importPdf(pdf).disclosure();

    Disclosure single = DisclosureImporter.defaults()
        .importText(Layouts.singleSpaced(String.join("\n", laid.lines()), 999)).disclosure();

    SeedAccuracy a = SeedAccuracy.measure(fromPdf, single, false);
    System.out.println(a.summary(name + " printed with single spaces"));
    assertThat(a.expected).isGreaterThan(190);
    assertThat(a.share()).isGreaterThanOrEqualTo(floor);
  }
}
