package io.github.cnbudget.io.csv;

import io.github.cnbudget.io.ReadOptions;
import java.util.Objects;

/**
 * Options of the CSV codecs (CSV 选项), a "mutant factory": every {@code withX} returns a new
 * instance. Defaults: {@link CsvEncoding#AUTO}, read options {@link ReadOptions#defaults()}, and
 * formula neutralisation on: people open the tidy files in Excel and WPS, and the escape is undone
 * exactly on reading, so the files still round-trip.
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvOptions {
  private static final CsvOptions DEFAULTS = new CsvOptions(CsvEncoding.AUTO, ReadOptions.defaults(), true);

  private final CsvEncoding encoding;
  private final ReadOptions readOptions;
  private final boolean spreadsheetSafe;

  private CsvOptions(CsvEncoding encoding, ReadOptions readOptions, boolean spreadsheetSafe) {
    this.encoding = encoding;
    this.readOptions = readOptions;
    this.spreadsheetSafe = spreadsheetSafe;
  }

  /**
   * The default options.
   *
   * @return the defaults
   */
  public static CsvOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The input encoding.
   *
   * @return the encoding; {@link CsvEncoding#AUTO} by default
   */
  public CsvEncoding encoding() {
    return encoding;
  }

  /**
   * These options with another input encoding.
   *
   * @param value the encoding
   * @return the new options
   */
  public CsvOptions withEncoding(CsvEncoding value) {
    return new CsvOptions(Objects.requireNonNull(value, "value"), readOptions, spreadsheetSafe);
  }

  /**
   * The bounds: {@link ReadOptions#maxDocumentLength()} bounds each file,
   * {@link ReadOptions#maxStringLength()} each field.
   *
   * @return the read options
   */
  public ReadOptions readOptions() {
    return readOptions;
  }

  /**
   * These options with other read options.
   *
   * @param value the read options
   * @return the new options
   */
  public CsvOptions withReadOptions(ReadOptions value) {
    return new CsvOptions(encoding, Objects.requireNonNull(value, "value"), spreadsheetSafe);
  }

  /**
   * Whether text fields that a spreadsheet would run as a formula (starting with {@code =},
   * {@code +}, {@code -}, {@code @}, tab or carriage return, or their full-width forms) are
   * written with a leading {@code '}, and the reader drops exactly that apostrophe. Text that
   * already starts with apostrophes before such a character gets one more, so the escape is
   * reversible and the set lossless. Amounts and dash cells are never altered. A set must be read
   * with the setting it was written with.
   *
   * @return true when neutralising; true by default
   */
  public boolean spreadsheetSafe() {
    return spreadsheetSafe;
  }

  /**
   * These options with formula neutralisation on or off (off writes and reads text as it is).
   *
   * @param value true to neutralise
   * @return the new options
   */
  public CsvOptions withSpreadsheetSafe(boolean value) {
    return new CsvOptions(encoding, readOptions, value);
  }
}
