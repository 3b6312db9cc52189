/**
 * Page layout (版面): positioned text runs, ruling lines and the grids of cells rebuilt from them,
 * independent of the input format and of budget vocabulary. Not exported from the module.
 *
 * <p>Text input has its own page layout: {@link io.github.cnbudget.io.layout.SpaceAligned} cuts
 * space-aligned text into the same tab-separated lines that {@link io.github.cnbudget.io.layout.LaidOutText}
 * writes for a PDF's pages, so recognition reads one form of line whatever the input.
 *
 * <p>A format reader (PDF today) turns each page into {@link io.github.cnbudget.io.layout.Glyph}s and
 * {@link io.github.cnbudget.io.layout.Ruling}s; {@link io.github.cnbudget.io.layout.PageLayouts} turns
 * those into {@link io.github.cnbudget.io.layout.Block}s: grids of cells (from the ruling lines, or
 * from the alignment of text where a table is printed without them) and lines of text outside
 * tables. Recognition (what a table is, what a column means) happens later, on the blocks, and never
 * knows which format they came from. The one word layout reads is the unit statement (单位：…) that
 * Chinese tables print above their header: a table without rules has no frame to leave it out.
 *
 * <p>Positions are points on the page held as {@code double}, as PDFBox reports them: geometry,
 * never money (amounts stay text here and become {@code BigDecimal} with their printed scale in
 * recognition). Boxes leave this package rounded to a tenth of a point.
 */
@NullMarked
package io.github.cnbudget.io.layout;

import org.jspecify.annotations.NullMarked;
