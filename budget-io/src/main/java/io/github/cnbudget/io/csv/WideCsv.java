package io.github.cnbudget.io.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.cnbudget.io.internal.WideLayout;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Wide CSV for spreadsheets (宽表 CSV): one file per table in its printed layout. The title comes
 * first, then one header row per printed header level (outermost first), then one row per table row
 * (code, label, unit and line number when the table has them, then one field per column), then the
 * empty-table statement and notes.
 *
 * <p>Amounts are written as plain numbers; other cells as printed. Output is UTF-8 with a byte
 * order mark (so Excel opens it as UTF-8) and CRLF line ends. Formula neutralisation is on by
 * default ({@link #defaults()}): text starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or
 * carriage return gets a leading {@code '}. Wide files are for people; the lossless form is
 * {@link TidyCsv}.
 *
 * <p>Immutable and thread-safe.
 */
public final class WideCsv {
  private final boolean spreadsheetSafe;

  private WideCsv(boolean spreadsheetSafe) {
    this.spreadsheetSafe = spreadsheetSafe;
  }

  /**
   * A writer with formula neutralisation on.
   *
   * @return the writer
   */
  public static WideCsv defaults() {
    return new WideCsv(true);
  }

  /**
   * This writer with formula neutralisation on or off.
   *
   * @param value true to neutralise (the default)
   * @return the writer
   */
  public WideCsv withSpreadsheetSafe(boolean value) {
    return new WideCsv(value);
  }

  /**
   * Writes one table.
   *
   * @param table the table
   * @param out the stream (flushed, not closed)
   * @throws UncheckedIOException if the stream fails
   */
  public void write(DisclosureTable table, OutputStream out) {
    try {
      out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(w);
      write(table, csv);
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The files of every table of a document: {@code table-01.csv}, {@code table-02.csv}…
   *
   * @param document the document
   * @return file name → content, in table order
   */
  public Map<String, byte[]> write(Disclosure document) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (int i = 0; i < document.tables().size(); i++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      write(document.tables().get(i), bytes);
      out.put(String.format("table-%02d.csv", i + 1), bytes.toByteArray());
    }
    return out;
  }

  /**
   * Writes every table of a document into a directory as {@code table-01.csv}, {@code table-02.csv}…
   *
   * @param document the document
   * @param directory the directory, created when missing
   * @return the files written, in table order
   * @throws UncheckedIOException if a file cannot be written
   */
  public List<Path> write(Disclosure document, Path directory) {
    List<Path> out = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      for (Map.Entry<String, byte[]> f : write(document).entrySet()) {
        Path p = directory.resolve(f.getKey());
        Files.write(p, f.getValue());
        out.add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private String text(String s) {
    return spreadsheetSafe ? Spreadsheets.neutralise(s) : s;
  }

  private void write(DisclosureTable t, CsvWriter csv) {
    WideLayout layout = WideLayout.of(t);
    csv.writeRecord(text(layout.title()));
    for (List<String> header : layout.headerRows()) {
      csv.writeRecord(header.stream().map(this::text).collect(Collectors.toList()));
    }
    for (Row r : t.rows()) {
      List<String> rec = new ArrayList<>();
      List<String> leading = layout.leading(r);
      for (int i = 0; i < leading.size(); i++) {
        // codes are digits, never formulas
        rec.add(i == 0 && layout.hasCodes() ? leading.get(i) : text(leading.get(i)));
      }
      for (Column c : t.columns()) {
        rec.add(cell(r.cell(c.key()).orElse(null)));
      }
      csv.writeRecord(rec);
    }
    for (String line : layout.trailer()) {
      csv.writeRecord(text(line));
    }
  }

  private String cell(@Nullable Cell c) {
    if (c == null) {
      return "";
    }
    if (c.mark() == CellMark.AMOUNT) {
      return Objects.requireNonNull(c.value().orElseThrow()).toPlainString();
    }
    return text(c.printed());
  }
}
