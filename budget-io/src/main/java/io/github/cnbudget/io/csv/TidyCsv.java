package io.github.cnbudget.io.csv;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.ReadResult;
import io.github.cnbudget.io.SourcePosition;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.Disclosure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tidy CSV file set (整洁 CSV 文件集): every fact of one or many documents in
 * {@link TidyFile the files listed there}, with one amount per row in {@code line_items.csv}.
 * Document → files → document is lossless; the one thing CSV cannot tell apart, an empty text from
 * an absent one in an optional field, is refused on writing with a {@link CodecException} rather
 * than silently lost.
 *
 * <pre>{@code
 * TidyCsv csv = TidyCsv.defaults();
 * csv.write(List.of(document), Path.of("out"));
 * List<Disclosure> back = csv.read(Path.of("out"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TidyCsv {
  private final CsvOptions options;

  private TidyCsv(CsvOptions options) {
    this.options = options;
  }

  /**
   * A codec with the default options.
   *
   * @return the codec
   */
  public static TidyCsv defaults() {
    return new TidyCsv(CsvOptions.defaults());
  }

  /**
   * This codec with other options.
   *
   * @param newOptions the options
   * @return the codec
   */
  public TidyCsv withOptions(CsvOptions newOptions) {
    return new TidyCsv(Objects.requireNonNull(newOptions, "newOptions"));
  }

  /**
   * The options.
   *
   * @return the options
   */
  public CsvOptions options() {
    return options;
  }

  /**
   * The files of a set of documents, by file name, UTF-8 without a byte order mark, CRLF line ends.
   *
   * @param documents the documents, numbered 1, 2… in the {@code document} columns
   * @return file name → content, every file of {@link TidyFile} (header only when empty)
   * @throws CodecException if a document holds what CSV cannot carry (an empty optional text)
   */
  public Map<String, byte[]> write(List<Disclosure> documents) {
    TidyWriter w = new TidyWriter(options.spreadsheetSafe());
    for (int i = 0; i < documents.size(); i++) {
      w.document(i + 1, documents.get(i));
    }
    return w.finish();
  }

  /**
   * Writes the files of a set of documents into a directory, replacing files of the same names.
   *
   * @param documents the documents
   * @param directory the directory, created when missing
   * @throws CodecException if a document holds what CSV cannot carry
   * @throws UncheckedIOException if the files cannot be written
   */
  public void write(List<Disclosure> documents, Path directory) {
    writeFiles(write(documents), directory);
  }

  /** Writes files by name into a directory, created when missing. */
  static void writeFiles(Map<String, byte[]> files, Path directory) {
    try {
      Files.createDirectories(directory);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(directory.resolve(f.getKey()), f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads documents from files given by name. Every file of {@link TidyFile} is required (the
   * writer writes them all, header only when empty), so a missing one is a truncated set and an
   * error naming it. A file that is not one of {@link TidyFile} is an error when strict.
   *
   * @param files file name → content
   * @return the documents in {@code document} order
   * @throws CodecException naming the file, physical row and field of the first problem
   */
  public List<Disclosure> read(Map<String, byte[]> files) {
    return read(files, false, new ArrayList<>());
  }

  /**
   * Reads leniently: unknown files and columns are ignored, each recorded as a problem; everything
   * else fails as in {@link #read(Map)}.
   *
   * @param files file name → content
   * @return the documents and the problems met
   * @throws CodecException naming the file, physical row and field of the first problem
   */
  public ReadResult readLenient(Map<String, byte[]> files) {
    List<ReadProblem> problems = new ArrayList<>();
    List<Disclosure> docs = read(files, true, problems);
    return ReadResult.of(docs, problems);
  }

  private List<Disclosure> read(Map<String, byte[]> files, boolean lenient, List<ReadProblem> problems) {
    Map<TidyFile, List<Rec>> records = new EnumMap<>(TidyFile.class);
    Map<String, TidyFile> byName = new LinkedHashMap<>();
    for (TidyFile f : TidyFile.values()) {
      byName.put(f.fileName(), f);
    }
    for (String name : files.keySet()) {
      if (!byName.containsKey(name)) {
        if (!lenient) {
          throw new CodecException(ReadProblem.Kind.CSV_UNKNOWN_FILE, SourcePosition.ofCsv(name, 0, 0), "not a file of the tidy set");
        }
        problems.add(ReadProblem.of(ReadProblem.Kind.CSV_UNKNOWN_FILE, Severity.WARNING, SourcePosition.ofCsv(name, 0, 0), name, "file ignored"));
      }
    }
    for (TidyFile f : TidyFile.values()) {
      // the writer writes every file, header only when empty: a missing one is a truncated set,
      // and reading on would turn its facts into silence
      if (!files.containsKey(f.fileName())) {
        throw new CodecException(ReadProblem.Kind.CSV_MISSING_FILE, SourcePosition.ofCsv(f.fileName(), 0, 0), "required file missing");
      }
    }
    for (TidyFile f : TidyFile.values()) {
      byte[] bytes = files.get(f.fileName());
      if (bytes != null) {
        records.put(f, records(f, bytes, lenient, problems));
      }
    }
    try {
      return new TidyReader(records).read();
    } catch (StackOverflowError e) {
      // the reader's recursion is bounded (framework nodes nest 3 deep); kept so no input escapes as an Error
      throw new CodecException(ReadProblem.Kind.BOUND_EXCEEDED, SourcePosition.unknown(), "input nested too deeply");
    }
  }

  /**
   * The records of one file, decoded while parsing. What is reported must be what decoding the whole
   * text first would report: so when parsing stops, at bytes that are not UTF-8 or at any error,
   * and the file is not UTF-8 throughout, the file is read again from its whole decoded text
   * (which fails naming the bad bytes' row, or is GB18030).
   */
  private List<Rec> records(TidyFile f, byte[] bytes, boolean lenient, List<ReadProblem> problems) {
    String name = f.fileName();
    long max = options.readOptions().maxDocumentLength();
    int reported = problems.size();
    try {
      return Records.read(f, CsvText.reader(bytes, name, options.encoding(), max), bytes.length,
          options.readOptions(), options.spreadsheetSafe(), lenient, problems);
    } catch (UncheckedIOException | CodecException e) {
      boolean notUtf8 = e instanceof UncheckedIOException && e.getCause() instanceof CsvText.NotUtf8;
      if (!notUtf8 && (e instanceof UncheckedIOException || CsvText.decodedWhole(bytes, options.encoding())
          || CsvText.isUtf8(bytes, CsvText.start(bytes)))) {
        throw e;
      }
      problems.subList(reported, problems.size()).clear();
      java.nio.CharBuffer text = CsvText.chars(bytes, name, options.encoding(), max);
      return Records.read(f, new java.io.CharArrayReader(text.array(), text.arrayOffset() + text.position(),
          text.remaining()), bytes.length, options.readOptions(), options.spreadsheetSafe(), lenient, problems);
    }
  }

  /**
   * Reads the documents of the files in a directory (the names of {@link TidyFile}): every file of
   * the set must be there, and any other file is an error (sub-folders are ignored), except the
   * {@value DataPackage#DESCRIPTOR} of a {@link DataPackage}, which describes the set.
   *
   * @param directory the directory
   * @return the documents
   * @throws CodecException naming the file, physical row and field of the first problem
   */
  public List<Disclosure> read(Path directory) {
    try (java.util.stream.Stream<Path> entries = Files.list(directory)) {
      // a file that is not of the set is an error, as in read(Map), without reading it; folders
      // beside the files are not part of the set
      Path unknown = entries.filter(p -> !Files.isDirectory(p) && TidyFile.byName(p.getFileName().toString()).isEmpty()
              && !p.getFileName().toString().equals(DataPackage.DESCRIPTOR))
          .sorted().findFirst().orElse(null);
      if (unknown != null) {
        throw new CodecException(ReadProblem.Kind.CSV_UNKNOWN_FILE, SourcePosition.ofCsv(unknown.getFileName().toString(), 0, 0), "not a file of the tidy set");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (TidyFile f : TidyFile.values()) {
      Path p = directory.resolve(f.fileName());
      try {
        long size = Files.size(p);
        if (size > options.readOptions().maxDocumentLength()) {
          throw new CodecException(ReadProblem.Kind.BOUND_EXCEEDED, SourcePosition.ofCsv(f.fileName(), 0, 0), "file longer than the maximum of "
              + options.readOptions().maxDocumentLength() + " bytes");
        }
        files.put(f.fileName(), Files.readAllBytes(p));
      } catch (NoSuchFileException e) {
        throw new CodecException(ReadProblem.Kind.CSV_MISSING_FILE, SourcePosition.ofCsv(f.fileName(), 0, 0), "required file missing");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Collections.unmodifiableList(read(files));
  }
}
