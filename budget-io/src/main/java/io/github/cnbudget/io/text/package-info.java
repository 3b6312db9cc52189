/**
 * The disclosure-text importer (公开文本导入): reads the text extracted from published budget
 * disclosures (tab-separated or space-aligned tables, markdown headings, OCR noise) into a
 * {@link io.github.cnbudget.model.Disclosure}, with an {@link io.github.cnbudget.io.text.ImportReport}
 * of everything that could not be placed and every OCR repair that was made.
 *
 * <p>Tables are recognised by their titles and headers (with the aliases provinces use), never by
 * their position in a particular document. Every imported row and table keeps its source line.
 */
@NullMarked
package io.github.cnbudget.io.text;

import org.jspecify.annotations.NullMarked;
