package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.testkit.DocumentGen;
import io.github.cnbudget.testkit.PdfRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pages turned (页面旋转) read as the page printed upright: pages only turned for display (/Rotate 90, 180,
 * 270 over content drawn upright, as a viewer's "rotate page" saves them), and landscape tables printed
 * on a portrait sheet whose content is drawn turned and the page turned back (/Rotate 90 or 270, as
 * landscape sections of office documents are saved). The glyphs are read along their text, and the rules
 * of the tables must be turned the same way.
 */
class PageRotationTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(value = PdfRenderer.Ruling.class, names = {"LINES", "RECTANGLES", "NONE"})
  void turnedPages_readAsTheUprightPrint(PdfRenderer.Ruling ruling) throws IOException {
    SplittableRandom random = new SplittableRandom(20260108L);
    for (int i = 0; i < 2; i++) {
      Disclosure d = DocumentGen.of(DocumentGen.Options.defaults().withUnits(1, 3)).generate(random);
      PdfRenderer.Options o = PdfRenderer.Options.all().generate(random).withRuling(ruling)
          .withOrientation(PdfRenderer.Orientation.LANDSCAPE);
      byte[] upright = PdfRenderer.of(o).render(d);
      Disclosure expected = read(upright, "upright");
      assertThat(PdfRoundTripTest.missing(d, expected)).as("%s", o).isEmpty();
      for (int rotation : new int[] {90, 180, 270}) {
        assertThat(cells(read(turnedForDisplay(upright, rotation), "display" + rotation)))
            .as("%s turned %d for display", o, rotation).isEqualTo(cells(expected));
      }
      for (int rotation : new int[] {90, 270}) {
        assertThat(cells(read(onPortraitSheet(upright, rotation), "sheet" + rotation)))
            .as("%s on a portrait sheet turned %d", o, rotation).isEqualTo(cells(expected));
      }
    }
  }

  private Disclosure read(byte[] pdf, String name) throws IOException {
    Path file = dir.resolve(name + ".pdf");
    java.nio.file.Files.write(file, pdf);
    return DisclosureImporter.defaults().importPdf(file).disclosure();
  }

  /** Each table's title and its rows' cells, without their boxes (which a turned page places elsewhere). */
  private static String cells(Disclosure d) {
    StringBuilder b = new StringBuilder();
    for (DisclosureTable t : d.tables()) {
      b.append(t.title()).append('\n');
      t.rows().forEach(r -> b.append(r.label()).append(' ').append(r.code().map(c -> c.digits()).orElse(""))
          .append(' ').append(r.cells().values().stream().map(c -> c.printed()).toList()).append('\n'));
    }
    return b.toString();
  }

  /** The pages with /Rotate set, their content as it was. */
  private static byte[] turnedForDisplay(byte[] pdf, int rotation) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage p : doc.getPages()) {
        p.setRotation(rotation);
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /**
   * Each landscape page drawn turned on a portrait sheet, the sheet turned by {@code rotation} so that
   * it shows the page upright.
   */
  private static byte[] onPortraitSheet(byte[] pdf, int rotation) throws IOException {
    try (PDDocument src = Loader.loadPDF(pdf); PDDocument out = new PDDocument()) {
      LayerUtility layers = new LayerUtility(out);
      for (int i = 0; i < src.getNumberOfPages(); i++) {
        PDRectangle box = src.getPage(i).getMediaBox();
        float w = box.getWidth();
        float h = box.getHeight();
        PDPage sheet = new PDPage(new PDRectangle(h, w));
        sheet.setRotation(rotation);
        out.addPage(sheet);
        Matrix turn = rotation == 90 ? new Matrix(0, 1, -1, 0, h, 0) : new Matrix(0, -1, 1, 0, 0, w);
        try (PDPageContentStream cs = new PDPageContentStream(out, sheet)) {
          cs.saveGraphicsState();
          cs.transform(turn);
          cs.drawForm(layers.importPageAsForm(src, i));
          cs.restoreGraphicsState();
        }
      }
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      out.save(bytes);
      return bytes.toByteArray();
    }
  }
}
