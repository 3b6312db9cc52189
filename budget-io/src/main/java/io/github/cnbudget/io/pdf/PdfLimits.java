package io.github.cnbudget.io.pdf;

/**
 * What one PDF may hold before it is refused (PDF 读取上限): file size, pages, glyphs and line
 * segments per page. A published disclosure is a few dozen pages of a few thousand glyphs; the
 * defaults are far above that and far below what would exhaust a small heap.
 *
 * @param maxBytes largest file
 * @param maxPages most pages
 * @param maxGlyphsPerPage most glyphs on one page
 * @param maxSegmentsPerPage most line segments on one page
 */
public record PdfLimits(long maxBytes, int maxPages, long maxGlyphsPerPage, long maxSegmentsPerPage) {
  /** 512 MB, 5,000 pages, 200,000 glyphs and 200,000 segments per page. */
  public static PdfLimits defaults() {
    return new PdfLimits(512L * 1024 * 1024, 5_000, 200_000, 200_000);
  }

  public PdfLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxGlyphsPerPage <= 0 || maxSegmentsPerPage <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
