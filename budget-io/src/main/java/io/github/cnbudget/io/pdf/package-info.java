/**
 * PDF input (PDF 读取): each page's glyphs and ruling lines read with Apache PDFBox, handed to the
 * format-independent {@link io.github.cnbudget.io.layout layout} stage. Not exported from the module;
 * users import a PDF through {@link io.github.cnbudget.io.text.DisclosureImporter#importFile}.
 */
@NullMarked
package io.github.cnbudget.io.pdf;

import org.jspecify.annotations.NullMarked;
