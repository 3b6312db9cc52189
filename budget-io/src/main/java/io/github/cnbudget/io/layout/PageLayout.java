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
 */
public record PageLayout(int page, double width, double height, List<Block> blocks, int glyphs, int images) {
  public PageLayout {
    blocks = List.copyOf(blocks);
  }

  /** Whether the page shows images but has no text layer: a scan, which is not read. */
  public boolean isScan() {
    return glyphs == 0 && images > 0;
  }
}
