package io.github.cnbudget.io.layout;

import java.util.List;

/**
 * One page laid out (页面版面): its blocks in reading order (top to bottom).
 *
 * @param page the one-based page number
 * @param width the page's displayed width in points
 * @param height the page's displayed height in points
 * @param blocks grids and text lines, top to bottom
 * @param glyphs how many glyphs the page prints
 * @param images how many images the page draws (images and no glyphs: a scan without a text layer)
 * @param unmapped glyphs the page shows whose text the file does not give (a font without a
 *     character map), left out of its blocks
 * @param unified characters of its blocks read as the ideograph they print ({@link Ideographs})
 */
public record PageLayout(int page, double width, double height, List<Block> blocks, int glyphs, int images,
    int unmapped, int unified) {
  public PageLayout {
    blocks = List.copyOf(blocks);
  }

  /** This page with what its text layer lacked or printed under other code points. */
  public PageLayout withTextLayer(int unmappedGlyphs, int unifiedCharacters) {
    return new PageLayout(page, width, height, blocks, glyphs, images, unmappedGlyphs, unifiedCharacters);
  }

  /** Whether the page shows images but has no text layer: a scan, which is not read. */
  public boolean isScan() {
    return glyphs == 0 && images > 0 && unmapped == 0;
  }
}
