/**
 * The disclosure importer (公开文件导入): reads published budget disclosures — their PDF, or their
 * text — into a {@link io.github.cnbudget.model.Disclosure}, with an
 * {@link io.github.cnbudget.io.text.ImportReport} of everything that could not be placed and every
 * OCR repair that was made. The entry point is {@link io.github.cnbudget.io.text.DisclosureImporter}.
 *
 * <p>Reading is two stages. The page layout ({@code io.layout}, with {@code io.pdf} for PDF pages)
 * turns the input into lines whose cells are parted by tabs: a PDF's glyphs and ruling lines into
 * grids of cells, text decoded in its charset ({@link io.github.cnbudget.io.text.TextEncoding}) cut at
 * its tabs or at the gutters of its space-aligned columns ({@link io.github.cnbudget.io.text.TextLayout}).
 * Recognition ({@code io.recognition}) then reads those lines by what they say — the same for every
 * input — and this package puts what was read from a PDF back on its pages (the page and box of each
 * table, row and cell).
 *
 * <p>Nothing is dropped silently and nothing is guessed: what cannot be placed is an
 * {@link io.github.cnbudget.io.ReadProblem} with the source line and the reason.
 */
@NullMarked
package io.github.cnbudget.io.text;

import org.jspecify.annotations.NullMarked;
