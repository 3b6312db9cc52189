package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.layout.Ideographs;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.testkit.DocumentGen;
import io.github.cnbudget.testkit.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a PDF's text layer gives in place of what its pages show (文字层): characters mapped to
 * Kangxi radicals and radical forms (as office suites export some fonts: 一般公共预算⽀出 for
 * 一般公共预算支出) are read as the ideographs the page prints, and glyphs the file gives no character
 * for are reported page by page, never dropped silently.
 */
class TextLayerTest {
  @TempDir Path dir;

  /** Each ideograph that a radical or radical form prints, and that radical (the last one found). */
  private static final Map<Character, Character> RADICAL_OF = new HashMap<>();

  static {
    for (char c = 0x2E80; c <= 0x2FDF; c++) {
      String u = Ideographs.unify(String.valueOf(c));
      if (u.length() == 1 && u.charAt(0) != c) {
        RADICAL_OF.put(u.charAt(0), c);
      }
    }
  }

  private static String radicalised(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(RADICAL_OF.getOrDefault(c, c));
    }
    return b.toString();
  }

  @Test
  void unify_readsRadicalsAndCompatibilityIdeographsAsTheirIdeographs() {
    assertThat(Ideographs.unify("⼀般公共预算⽀出")).isEqualTo("一般公共预算支出");
    assertThat(Ideographs.unify("部⻔预算，⻓期⽬标，⻋辆购置")).isEqualTo("部门预算，长期目标，车辆购置");
    assertThat(Ideographs.unify("\uF900")).isEqualTo("豈");
    assertThat(Ideographs.count("⼀般公共预算⽀出")).isEqualTo(2);
  }

  @Test
  void unify_leavesEverythingElseAsPrinted() {
    String printed = "（一）基本支出１２３.４５万元，⺅旁；﨎 ＡＢ";
    assertThat(Ideographs.unify(printed)).isSameAs(printed);
    assertThat(Ideographs.count(printed)).isZero();
  }

  @Test
  void text_withRadicalCodePoints_readsAsTheSameDocument_andSaysSo() throws IOException {
    String seed = Files.readString(Path.of("..", "examples", "data", "000_ff2a909ca0d0a799.txt"));
    ImportResult plain = DisclosureImporter.defaults().importText(seed);
    String printed = radicalised(seed);
    assertThat(Ideographs.count(printed)).isGreaterThan(100);

    ImportResult read = DisclosureImporter.defaults().importText(printed);

    assertThat(read.disclosure()).isEqualTo(plain.disclosure());
    List<ReadProblem> unified = ofKind(read, ReadProblem.Kind.IDEOGRAPHS_UNIFIED);
    assertThat(unified).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.INFO);
      assertThat(p.why()).startsWith(Ideographs.count(printed) + " characters");
    });
    assertThat(without(read, ReadProblem.Kind.IDEOGRAPHS_UNIFIED)).isEqualTo(plain.report().problems());
  }

  @Test
  void pdf_whoseCharacterMapGivesRadicals_readsAsTheSameDocument_andSaysSo() throws IOException {
    for (long seed = 1; seed <= 4; seed++) {
      Disclosure d = DocumentGen.defaults().generate(new SplittableRandom(seed));
      Path plainPdf = dir.resolve("plain-" + seed + ".pdf");
      Files.write(plainPdf, PdfRenderer.of(PdfRenderer.Options.defaults()).render(d));
      Path radicalPdf = dir.resolve("radical-" + seed + ".pdf");
      rewriteCharacterMaps(plainPdf, radicalPdf);
      String layer = textLayer(radicalPdf);
      assertThat(Ideographs.count(layer)).as("the rewritten file's text layer holds radicals").isGreaterThan(10);

      ImportResult plain = DisclosureImporter.defaults().importPdf(plainPdf);
      ImportResult read = DisclosureImporter.defaults().importPdf(radicalPdf);

      assertThat(read.disclosure()).isEqualTo(plain.disclosure());
      assertThat(ofKind(read, ReadProblem.Kind.IDEOGRAPHS_UNIFIED)).singleElement()
          .satisfies(p -> assertThat(p.why()).startsWith(Ideographs.count(layer) + " characters"));
      assertThat(without(read, ReadProblem.Kind.IDEOGRAPHS_UNIFIED)).isEqualTo(plain.report().problems());
    }
  }

  @Test
  void pdf_glyphsWithoutCharacters_areReportedOnTheirPage() throws IOException {
    Disclosure d = DocumentGen.defaults().generate(new SplittableRandom(7));
    Path plainPdf = dir.resolve("plain.pdf");
    Files.write(plainPdf, PdfRenderer.of(PdfRenderer.Options.defaults()).render(d));
    Path marked = dir.resolve("marked.pdf");
    try (PDDocument doc = Loader.loadPDF(plainPdf.toFile())) {
      // a line in a font whose codes 1-3 name no character: Acrobat and PDFBox print them as codes
      PDPage page = doc.getPage(1);
      PDResources resources = page.getResources();
      COSName f = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      byte[] extra = ("q BT /" + f.getName() + " 9 Tf 40 30 Td <010203> Tj ET Q\n").getBytes(StandardCharsets.US_ASCII);
      PDStream stream = new PDStream(doc);
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(extra);
      }
      List<PDStream> contents = new ArrayList<>();
      page.getContentStreams().forEachRemaining(contents::add);
      contents.add(stream);
      page.setContents(contents);
      doc.save(marked.toFile());
    }

    ImportResult plain = DisclosureImporter.defaults().importPdf(plainPdf);
    ImportResult read = DisclosureImporter.defaults().importPdf(marked);

    assertThat(read.disclosure()).isEqualTo(plain.disclosure());
    assertThat(ofKind(read, ReadProblem.Kind.GLYPHS_WITHOUT_TEXT)).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.page()).hasValue(2);
      assertThat(p.why()).startsWith("3 glyphs");
    });
    assertThat(ofKind(plain, ReadProblem.Kind.GLYPHS_WITHOUT_TEXT)).isEmpty();
  }

  @Test
  void pdf_whoseFontsGiveNoCharacterAtAll_isRefusedSayingSo() throws IOException {
    Path pdf = dir.resolve("codes.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDResources resources = new PDResources();
      page.setResources(resources);
      COSName f = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      PDStream stream = new PDStream(doc);
      try (OutputStream out = stream.createOutputStream()) {
        out.write(("BT /" + f.getName() + " 12 Tf 72 700 Td <0102030405> Tj ET").getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(stream);
      doc.save(pdf.toFile());
    }

    assertThatThrownBy(() -> DisclosureImporter.defaults().importPdf(pdf))
        .isInstanceOf(PdfImportException.class)
        .hasMessageContaining("give no character for the 5 glyphs");
  }

  /** Every character of every composite font's map that a radical prints, mapped to that radical. */
  private static void rewriteCharacterMaps(Path from, Path to) throws IOException {
    try (PDDocument doc = Loader.loadPDF(from.toFile())) {
      Map<PDType0Font, Boolean> done = new java.util.IdentityHashMap<>();
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          if (font instanceof PDType0Font t && done.put(t, Boolean.TRUE) == null) {
            PDStream map = new PDStream(doc);
            try (OutputStream out = map.createOutputStream()) {
              out.write(characterMap(t).getBytes(StandardCharsets.US_ASCII));
            }
            t.getCOSObject().setItem(COSName.TO_UNICODE, map);
          }
        }
      }
      doc.save(to.toFile());
    }
  }

  private static String characterMap(PDType0Font font) throws IOException {
    List<String> entries = new ArrayList<>();
    for (int code = 0; code <= 0xFFFF; code++) {
      String u = font.toUnicode(code);
      if (u != null && !u.isEmpty()) {
        StringBuilder hex = new StringBuilder();
        for (char c : radicalised(u).toCharArray()) {
          hex.append(String.format("%04X", (int) c));
        }
        entries.add(String.format("<%04X> <%s>", code, hex));
      }
    }
    StringBuilder b = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (int i = 0; i < entries.size(); i += 100) {
      List<String> block = entries.subList(i, Math.min(entries.size(), i + 100));
      b.append(block.size()).append(" beginbfchar\n");
      block.forEach(e -> b.append(e).append('\n'));
      b.append("endbfchar\n");
    }
    return b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
  }

  private static String textLayer(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static List<ReadProblem> ofKind(ImportResult r, ReadProblem.Kind kind) {
    return r.report().problems().stream().filter(p -> p.kind() == kind).toList();
  }

  private static List<ReadProblem> without(ImportResult r, ReadProblem.Kind kind) {
    return r.report().problems().stream().filter(p -> p.kind() != kind).toList();
  }

}
