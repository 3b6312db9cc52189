/**
 * CSV codecs (CSV 读写): the tidy file set that carries a whole document losslessly
 * ({@link io.github.cnbudget.io.csv.TidyCsv}, files and columns listed in
 * {@link io.github.cnbudget.io.csv.TidyFile}) and the wide, one-table-per-file layout for
 * spreadsheets ({@link io.github.cnbudget.io.csv.WideCsv}).
 *
 * <p>Files are RFC 4180 (FastCSV), written in UTF-8; reading accepts UTF-8 with or without BOM and
 * GB18030, chosen by {@link io.github.cnbudget.io.csv.CsvEncoding} or detected. The format is
 * documented in {@code docs/csv-format.md}.
 */
@NullMarked
package io.github.cnbudget.io.csv;

import org.jspecify.annotations.NullMarked;
