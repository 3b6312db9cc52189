package io.github.cnbudget.io.pdf;

import io.github.cnbudget.io.layout.Box;
import io.github.cnbudget.io.layout.Glyph;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page with their positions (display coordinates, top-left origin). A
 * glyph printed twice at the same place (the fake bold of office suites) is kept once.
 */
final class PageGlyphs extends PDFTextStripper {
  private final List<Glyph> glyphs = new ArrayList<>();
  private final long maxGlyphs;

  PageGlyphs(long maxGlyphs) {
    this.maxGlyphs = maxGlyphs;
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(false);
  }

  /** The glyphs of page {@code page} (one-based). */
  List<Glyph> read(PDDocument document, int page) throws IOException {
    glyphs.clear();
    setStartPage(page);
    setEndPage(page);
    writeText(document, new StringWriter());
    return dedupe(glyphs);
  }

  @Override
  protected void processTextPosition(TextPosition t) {
    if (glyphs.size() >= maxGlyphs) {
      throw new PageLimitException("more than " + maxGlyphs + " glyphs");
    }
    String u = t.getUnicode();
    if (u == null || u.isBlank()) {
      return;
    }
    double size = Math.max(t.getFontSizeInPt(), t.getHeightDir());
    if (size <= 0) {
      size = 9;
    }
    double x = t.getXDirAdj();
    double base = t.getYDirAdj();
    double w = t.getWidthDirAdj();
    if (w <= 0) {
      w = size / 2;
    }
    // The box spans the font size above the baseline: the glyph's own height is unreliable in
    // embedded subsets, and rows are told apart by baselines anyway.
    glyphs.add(new Glyph(u, new Box(x, base - size * 0.8, x + w, base), size));
  }

  @Override
  protected void writeString(String text, List<TextPosition> textPositions) {
    // the text itself is rebuilt by the layout stage
  }

  private static List<Glyph> dedupe(List<Glyph> all) {
    List<Glyph> out = new ArrayList<>(all.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Glyph g : all) {
      // positions rounded to a third of a point: overprinting is exact or off by a hair
      String key = g.text() + '@' + Math.round(g.box().x0() * 3) + ',' + Math.round(g.box().y1() * 3);
      if (seen.add(key)) {
        out.add(g);
      }
    }
    return out;
  }
}
