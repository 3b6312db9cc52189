package io.github.cnbudget.io.read;

import io.github.cnbudget.io.ReadOptions;
import io.github.cnbudget.io.csv.CsvEncoding;
import io.github.cnbudget.io.csv.CsvOptions;
import io.github.cnbudget.io.csv.TidyCsv;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.text.DisclosureImporter;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How {@link Disclosures#read(java.nio.file.Path, ReadSettings)} reads (读取设置): the charset of text
 * input (detected by default), the bounds of the JSON and CSV codecs ({@link ReadOptions#defaults()}
 * by default) and the importer of text and PDF ({@link DisclosureImporter#defaults()} by default).
 * A "mutant factory": every {@code withX} returns a new instance, so one value can be shared by
 * many threads.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadSettings {
  private static final ReadSettings DEFAULTS = new ReadSettings(null, ReadOptions.defaults(), DisclosureImporter.defaults());

  /** The charset of text input; null when it is detected per file. */
  private final @Nullable Charset charset;
  private final ReadOptions readOptions;
  private final DisclosureImporter importer;

  private ReadSettings(@Nullable Charset charset, ReadOptions readOptions, DisclosureImporter importer) {
    this.charset = charset;
    this.readOptions = readOptions;
    this.importer = importer;
  }

  /**
   * The defaults: charset detected, default bounds, default importer.
   *
   * @return the default settings
   */
  public static ReadSettings defaults() {
    return DEFAULTS;
  }

  /**
   * These settings with a charset for text input. A tidy CSV folder is then read in it too, which
   * only UTF-8 and GB18030 (GBK and GB2312 read as GB18030) can be; JSON is always UTF-8.
   *
   * @param newCharset the charset
   * @return the new settings
   */
  public ReadSettings withCharset(Charset newCharset) {
    return new ReadSettings(Objects.requireNonNull(newCharset, "newCharset"), readOptions, importer);
  }

  /**
   * These settings with other bounds for the JSON, JSON Lines and CSV codecs.
   *
   * @param newOptions the bounds
   * @return the new settings
   */
  public ReadSettings withReadOptions(ReadOptions newOptions) {
    return new ReadSettings(charset, Objects.requireNonNull(newOptions, "newOptions"), importer);
  }

  /**
   * These settings with another importer for text and PDF (its own charset is replaced by
   * {@link #charset()} when one is set).
   *
   * @param newImporter the importer
   * @return the new settings
   */
  public ReadSettings withImporter(DisclosureImporter newImporter) {
    return new ReadSettings(charset, readOptions, Objects.requireNonNull(newImporter, "newImporter"));
  }

  /**
   * The charset of text input.
   *
   * @return the charset, or empty when detected per file
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /**
   * The bounds of the JSON, JSON Lines and CSV codecs.
   *
   * @return the bounds
   */
  public ReadOptions readOptions() {
    return readOptions;
  }

  /**
   * The importer of text and PDF, with {@link #charset()} applied.
   *
   * @return the importer
   */
  public DisclosureImporter importer() {
    return charset == null ? importer : importer.withCharset(charset);
  }

  /** The JSON codec these settings read with. */
  DisclosureJson json() {
    return DisclosureJson.defaults().withOptions(readOptions);
  }

  /**
   * The tidy CSV codec these settings read with.
   *
   * @throws IllegalArgumentException when the charset is one a tidy CSV set cannot be in
   */
  TidyCsv csv() {
    CsvOptions options = CsvOptions.defaults().withReadOptions(readOptions);
    if (charset == null) {
      return TidyCsv.defaults().withOptions(options);
    }
    String name = charset.name();
    CsvEncoding encoding;
    if (name.equals("UTF-8")) {
      encoding = CsvEncoding.UTF_8;
    } else if (name.equals("GB18030") || name.equals("GBK") || name.equals("GB2312")) {
      encoding = CsvEncoding.GB18030;
    } else {
      throw new IllegalArgumentException("a tidy CSV set is read as UTF-8 or GB18030, not " + name);
    }
    return TidyCsv.defaults().withOptions(options.withEncoding(encoding));
  }

  @Override
  public String toString() {
    return "ReadSettings[charset=" + (charset == null ? "detected" : charset.name()) + ", " + readOptions + "]";
  }
}
