package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A document's page furniture (页眉页脚): the running head and page number an office suite prints in
 * the margins of every page. They are not part of what a page says, and left among its lines they
 * would join a table printed without rules as a row or a header cell, or break a table continued
 * from the page before. One per document, fed its pages in order: a running head is known by
 * printing on one page what the previous page printed in the same margin.
 */
public final class Furniture {
  /** Page numbers as printed in a header or footer: 第 3 页 共 25 页, 第3页/共25页, - 3 -, 3/25, 3. */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "第\\d+页(?:[,，/、]?共\\d+页)?|共\\d+页[,，/、]?第\\d+页|[-－—]\\d+[-－—]|\\d+/\\d+|[Pp]age\\d+(?:of\\d+)?|\\d{1,4}");
  /** The share of the page's height at its top and at its bottom where headers and footers print. */
  private static final double MARGIN_BAND = 0.12;

  /** The previous page's margin lines: band (T or B) and text without blanks, digits as #. */
  private Set<String> previous = Set.of();

  /** Furniture for a new document. */
  public Furniture() {}

  /**
   * A page's lines without its furniture: the lines above everything else the page prints (its
   * grids included), or below it, within the top or bottom margin band, that print a page number or
   * what the previous page printed there (digits aside). A unit line repeated under each page's title
   * is not furniture: something of the page stands above it.
   *
   * @param lines the page's lines of text outside ruled grids
   * @param grids the page's ruled grids
   * @param height the page's displayed height
   * @return the lines that are not furniture, in their order
   */
  List<TextLine> strip(List<TextLine> lines, List<Grid> grids, double height) {
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    for (Grid g : grids) {
      top = Math.min(top, g.box().y0());
      bottom = Math.max(bottom, g.box().y1());
    }
    List<TextLine> byTop = new ArrayList<>(lines);
    byTop.sort(java.util.Comparator.comparingDouble(t -> t.box().y0()));
    Set<String> band = new HashSet<>();
    Set<TextLine> furniture = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (TextLine t : byTop) {
      if (t.box().y1() > top || !take(t, "T", t.box().y1() <= height * MARGIN_BAND, band, furniture)) {
        break;
      }
    }
    for (int i = byTop.size() - 1; i >= 0; i--) {
      TextLine t = byTop.get(i);
      if (t.box().y0() < bottom || !take(t, "B", t.box().y0() >= height * (1 - MARGIN_BAND), band, furniture)) {
        break;
      }
    }
    previous = band;
    if (furniture.isEmpty()) {
      return lines;
    }
    List<TextLine> out = new ArrayList<>(lines.size());
    for (TextLine t : lines) {
      if (!furniture.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether a line in a margin band is furniture (then added to {@code furniture}); its shape is noted. */
  private boolean take(TextLine t, String side, boolean inBand, Set<String> band, Set<TextLine> furniture) {
    String text = inBand ? squeezed(t) : null;
    if (text == null || furniture.contains(t)) {
      return false;
    }
    String shape = side + text.replaceAll("\\d+", "#");
    band.add(shape);
    if (PAGE_NUMBER.matcher(text).matches() || previous.contains(shape)) {
      furniture.add(t);
      return true;
    }
    return false;
  }

  private static @Nullable String squeezed(TextLine t) {
    String s = t.text().replaceAll("[\\s\\u3000]+", "");
    return s.isEmpty() ? null : s;
  }
}
