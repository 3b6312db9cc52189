package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out one page (页面版面分析): grids from the ruling lines (two frames side by side joined), then grids from the alignment of the
 * remaining text where it is printed as a table without lines, then the rest as lines of text.
 */
public final class PageLayouts {
  private PageLayouts() {}

  /**
   * Lays out a page.
   *
   * @param page the one-based page number
   * @param width the displayed width in points
   * @param height the displayed height in points
   * @param glyphs the page's glyphs
   * @param rulings the page's ruling lines
   * @param images how many images the page draws
   * @return the page's blocks in reading order
   */
  public static PageLayout of(int page, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
      int images) {
    return of(page, width, height, glyphs, rulings, images, new Furniture());
  }

  /**
   * Lays out a page of a document, leaving out its furniture (running head, page number).
   *
   * @param page the one-based page number
   * @param width the displayed width in points
   * @param height the displayed height in points
   * @param glyphs the page's glyphs
   * @param rulings the page's ruling lines
   * @param images how many images the page draws
   * @param furniture the document's furniture, fed its pages in order
   * @return the page's blocks in reading order
   */
  public static PageLayout of(int page, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
      int images, Furniture furniture) {
    List<Block> blocks = new ArrayList<>();
    Map<Glyph, Boolean> taken = new IdentityHashMap<>();
    List<Grid> grids = new ArrayList<>();
    for (Lattice.Found f : Lattice.find(rulings, glyphs)) {
      grids.add(f.grid());
      for (Glyph g : f.glyphs()) {
        taken.put(g, Boolean.TRUE);
      }
    }
    blocks.addAll(SideBySide.join(grids));
    List<Glyph> rest = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (!taken.containsKey(g)) {
        rest.add(g);
      }
    }
    blocks.addAll(Alignment.find(furniture.strip(Lines.textLines(rest), grids, height)));
    blocks.sort(Comparator.comparingDouble((Block b) -> b.box().y0()).thenComparingDouble(b -> b.box().x0()));
    return new PageLayout(page, width, height, Collections.unmodifiableList(blocks), glyphs.size(), images, 0, 0);
  }
}
