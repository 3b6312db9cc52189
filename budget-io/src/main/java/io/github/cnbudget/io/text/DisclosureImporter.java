package io.github.cnbudget.io.text;

import io.github.cnbudget.io.ImportException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.io.layout.CellLines;
import io.github.cnbudget.io.layout.GroupLines;
import io.github.cnbudget.io.layout.Ideographs;
import io.github.cnbudget.io.layout.LaidOutText;
import io.github.cnbudget.io.layout.LiftedAmounts;
import io.github.cnbudget.io.layout.SpaceAligned;
import io.github.cnbudget.io.recognition.Recognition;
import io.github.cnbudget.io.recognition.Recognized;
import io.github.cnbudget.io.pdf.PdfLayouts;
import io.github.cnbudget.io.pdf.PdfLimits;
import io.github.cnbudget.io.pdf.PdfReadException;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports the text of a published budget disclosure (预算公开文本导入器) into a
 * {@link io.github.cnbudget.model.Disclosure}: tab-separated tables as copied from the PDFs,
 * space-aligned tables as {@code pdftotext -layout} prints them, markdown headings, tables split
 * across pages, codes printed whole, bracketed or in split 类/款/项 columns, OCR damage.
 *
 * <p>Every imported row and table keeps its source line. What cannot be placed is reported in the
 * {@link ImportReport} (what, where, why) rather than dropped or guessed, and every OCR repair is
 * listed there and marked on its cell ({@link io.github.cnbudget.model.table.Cell#isRepaired()}).
 *
 * <p>Immutable and thread-safe: configure once with the {@code with…} methods and share.
 *
 * <pre>{@code
 * ImportResult r = DisclosureImporter.defaults().importText(Path.of("disclosure.txt"));
 * Disclosure d = r.disclosure();
 * r.report().problems().forEach(System.out::println);
 * }</pre>
 */
public final class DisclosureImporter {
  /**
   * Largest text accepted, in characters: 1 Mi, about 30 times the largest disclosure seen (some
   * 30 K characters). Importing costs up to about 300 bytes of heap per character at worst (many
   * short lines), so a text at the limit needs at most about 300 MB of heap; see
   * {@code docs/resource-model.md}.
   */
  public static final int MAX_CHARS = 1024 * 1024;

  private static final DisclosureImporter DEFAULTS =
      new DisclosureImporter(Optional.empty(), Optional.empty(), Optional.empty(), TextLayout.AUTO, Optional.empty());

  // empty: detected per file (TextEncoding.detect)
  private final Optional<Charset> charset;
  private final Optional<FiscalYear> year;
  private final Optional<Stage> stage;
  private final TextLayout layout;
  // empty: the bundled catalog, loaded when first needed
  private final Optional<ClassificationCatalog> catalog;

  private DisclosureImporter(Optional<Charset> charset, Optional<FiscalYear> year, Optional<Stage> stage,
      TextLayout layout, Optional<ClassificationCatalog> catalog) {
    this.charset = charset;
    this.year = year;
    this.stage = stage;
    this.layout = layout;
    this.catalog = catalog;
  }

  /**
   * The importer with default options: the charset of each text file detected ({@link
   * TextEncoding#detect}: a byte order mark, else UTF-8, else GB18030), year and stage read from the
   * headings, layout detected ({@link TextLayout#AUTO}).
   *
   * @return the default importer
   */
  public static DisclosureImporter defaults() {
    return DEFAULTS;
  }

  /**
   * This importer reading text files in a given charset, strictly (bytes not valid in it are a
   * {@link TextEncodingException}), instead of detecting it.
   *
   * @param newCharset the charset of imported files
   * @return an importer with that charset
   */
  public DisclosureImporter withCharset(Charset newCharset) {
    Objects.requireNonNull(newCharset, "newCharset");
    return charset.equals(Optional.of(newCharset)) ? this
        : new DisclosureImporter(Optional.of(newCharset), year, stage, layout, catalog);
  }

  /**
   * This importer detecting the charset of each text file (the default): a byte order mark (UTF-8,
   * UTF-16LE, UTF-16BE), else UTF-8 when the bytes are valid UTF-8, else GB18030 (GBK) when they are
   * valid GB18030; see {@link TextEncoding#detect}.
   *
   * @return an importer detecting the charset
   */
  public DisclosureImporter withCharsetDetected() {
    return charset.isEmpty() ? this : new DisclosureImporter(Optional.empty(), year, stage, layout, catalog);
  }

  /**
   * This importer using a given fiscal year instead of the one printed in the headings.
   *
   * @param newYear the year
   * @return an importer with that year
   */
  public DisclosureImporter withExpectedYear(FiscalYear newYear) {
    Objects.requireNonNull(newYear, "newYear");
    return year.equals(Optional.of(newYear)) ? this
        : new DisclosureImporter(charset, Optional.of(newYear), stage, layout, catalog);
  }

  /**
   * This importer using a given stage instead of the one printed in the headings.
   *
   * @param newStage the stage
   * @return an importer with that stage
   */
  public DisclosureImporter withExpectedStage(Stage newStage) {
    Objects.requireNonNull(newStage, "newStage");
    return stage.equals(Optional.of(newStage)) ? this
        : new DisclosureImporter(charset, year, Optional.of(newStage), layout, catalog);
  }

  /**
   * This importer reading a given layout.
   *
   * @param newLayout the layout
   * @return an importer with that layout
   */
  public DisclosureImporter withLayout(TextLayout newLayout) {
    Objects.requireNonNull(newLayout, "newLayout");
    return newLayout == layout ? this : new DisclosureImporter(charset, year, stage, newLayout, catalog);
  }

  /**
   * This importer resolving printed names to codes with another catalog (科目目录), e.g. the full
   * official catalog loaded by the user, instead of the bundled one.
   *
   * @param newCatalog the catalog
   * @return an importer with that catalog
   */
  public DisclosureImporter withCatalog(ClassificationCatalog newCatalog) {
    Objects.requireNonNull(newCatalog, "newCatalog");
    return catalog.isPresent() && catalog.get() == newCatalog ? this
        : new DisclosureImporter(charset, year, stage, layout, Optional.of(newCatalog));
  }

  /**
   * The charset text files are read in.
   *
   * @return the charset, or empty when it is detected per file
   */
  public Optional<Charset> charset() {
    return charset;
  }

  /**
   * The year used instead of the printed one.
   *
   * @return the year, or empty to read it from the headings
   */
  public Optional<FiscalYear> expectedYear() {
    return year;
  }

  /**
   * The stage used instead of the printed one.
   *
   * @return the stage, or empty to read it from the headings
   */
  public Optional<Stage> expectedStage() {
    return stage;
  }

  /**
   * The layout read.
   *
   * @return the layout
   */
  public TextLayout layout() {
    return layout;
  }

  /**
   * Imports disclosure text.
   *
   * @param text the whole text
   * @return the disclosure and the report
   * @throws ImportException when the text is too long or names no year, stage or department
   */
  public ImportResult importText(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_CHARS) {
      throw new ImportException("Text of " + text.length() + " characters exceeds the limit of " + MAX_CHARS);
    }
    return run(List.of(text.split("\r\n|\r|\n", -1)));
  }

  /**
   * Recognises lines of text, each character printed under a radical's or compatibility code point
   * read as its ideograph first (reported once, with the first line holding one).
   */
  private ImportResult run(List<String> printed) {
    List<String> lines = printed;
    int unified = 0;
    int first = 0;
    for (int i = 0; i < printed.size(); i++) {
      int n = Ideographs.count(printed.get(i));
      if (n > 0) {
        if (unified == 0) {
          lines = new ArrayList<>(printed);
          first = i + 1;
        }
        unified += n;
        lines.set(i, Ideographs.unify(printed.get(i)));
      }
    }
    ImportResult read = byRowsOrLines(lines);
    if (unified == 0) {
      return read;
    }
    List<ReadProblem> problems = new ArrayList<>(read.report().problems());
    String at = printed.get(first - 1).strip();
    problems.add(unifiedProblem(unified, first, at.length() > 80 ? at.substring(0, 80) + "…" : at));
    return ImportResult.of(read.disclosure(), ImportReport.of(problems, read.report().repairs()));
  }

  /**
   * Reads text as printed and, when it prints a cell a line ({@link CellLines}), also with each
   * paragraph of cells as one row; the reading placing more amounts in tables is kept, and the report
   * says when it was the paragraphs'.
   */
  private ImportResult byRowsOrLines(List<String> lines) {
    ImportResult asPrinted = byColumnsOrWords(lines);
    if (!CellLines.cellPerLine(lines)) {
      return asPrinted;
    }
    ImportResult byRows = byColumnsOrWords(CellLines.joined(lines));
    long rows = placed(byRows);
    long printed = placed(asPrinted);
    if (rows <= printed) {
      return asPrinted;
    }
    return kept(byRows, ReadProblem.Kind.READ_BY_PARAGRAPHS, "text printing a cell a line read with each paragraph"
        + " of cells as one row: " + rows + " amounts placed in tables, against " + printed + " line by line");
  }

  /** A reading kept over another, its report saying why (an INFO of that kind). */
  private static ImportResult kept(ImportResult reading, ReadProblem.Kind why, String message) {
    List<ReadProblem> problems = new ArrayList<>(reading.report().problems());
    problems.add(ReadProblem.of(why, Severity.INFO, 0, "", message));
    return ImportResult.of(reading.disclosure(), ImportReport.of(problems, reading.report().repairs()));
  }

  /**
   * Reads text in its layout. Text whose columns are runs of blanks ({@code pdftotext -layout}) is also
   * read with each run of blanks closed to one, by the order of its words, as text from tools that
   * keep no columns is read: a layout tool places columns by estimated character widths, and where
   * Chinese text and numbers share a line its columns drift, touch (两栏 printed one blank apart) or
   * merge, and the words' order then places more amounts than the columns do. The reading that
   * places more amounts in tables is kept (on a tie, the one more of whose classification rows equal the
   * sum of the rows under them), and the report says when it was the words' order.
   */
  private ImportResult byColumnsOrWords(List<String> lines) {
    ImportResult byColumns = recognised(lines, layout);
    if (layout != TextLayout.AUTO || !SpaceAligned.looksSpaceAligned(lines)) {
      return byColumns;
    }
    List<String> closed = new ArrayList<>(lines.size());
    for (String l : GroupLines.intoHeaders(lines, Recognition::isColumnLabel)) {
      closed.add(BLANKS.matcher(SpaceAligned.unspaced(l.strip())).replaceAll(" "));
    }
    ImportResult byWords;
    try {
      byWords = byWordsOrLifted(closed);
    } catch (ImportException e) {
      return byColumns; // the header is the same text: not expected, and the columns' reading stands
    }
    long columns = placed(byColumns);
    long words = placed(byWords);
    if (words < columns || words == columns && RowSums.met(byWords.disclosure()) <= RowSums.met(byColumns.disclosure())) {
      // (as many amounts placed: the words' order only where more of its rows add up)
      return TableReadings.joined(byColumns, byWords, "by the order of its words");
    }
    return TableReadings.joined(kept(byWords, ReadProblem.Kind.READ_BY_WORD_ORDER, "columns of blanks read by the order"
        + " of their words: " + words + " amounts placed in tables, against " + columns + " by the columns"), byColumns,
        "by its columns");
  }

  /**
   * Reads text by the order of its words, and also with each line of amounts only joined to the code
   * line below it (a layout tool prints a tall row's amount a line above its code: see
   * {@link LiftedAmounts}); the second reading is kept when more of its tables' parent rows equal the
   * sum of the rows below them, and the report says so.
   */
  private ImportResult byWordsOrLifted(List<String> closed) {
    ImportResult byWords = recognised(closed, TextLayout.TAB);
    List<String> lifted = LiftedAmounts.lifted(closed);
    if (lifted.equals(closed)) {
      return byWords;
    }
    ImportResult byLifted = recognised(lifted, TextLayout.TAB);
    int words = RowSums.met(byWords.disclosure());
    int above = RowSums.met(byLifted.disclosure());
    if (above <= words) {
      return byWords;
    }
    return kept(byLifted, ReadProblem.Kind.AMOUNTS_ABOVE_THEIR_ROWS, "lines of amounts read as the rows below them,"
        + " whose codes they were printed above: " + above + " rows equal the sum of the rows under them, against "
        + words + " read the other way");
  }

  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("[ \\u3000]{2,}");

  /** The amounts a reading placed in its tables' cells. */
  private static long placed(ImportResult r) {
    return r.disclosure().tables().stream().mapToLong(TableReadings::placed).sum();
  }

  private static ReadProblem unifiedProblem(int characters, int line, String where) {
    return ReadProblem.of(ReadProblem.Kind.IDEOGRAPHS_UNIFIED, Severity.INFO, line, where, characters
        + " characters printed under radical or compatibility code points (⽀ for 支, ⻔ for 门), read as the"
        + " ideographs they print");
  }

  /**
   * Imports disclosure text from a reader (not closed).
   *
   * @param reader the text
   * @return the disclosure and the report
   * @throws ImportException when the text cannot be read, is too long or names no year, stage or
   *     department
   */
  public ImportResult importText(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    List<String> lines = new ArrayList<>();
    long chars = 0;
    try {
      BufferedReader b = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
      String l;
      while ((l = b.readLine()) != null) {
        chars += l.length() + 1;
        if (chars > MAX_CHARS) {
          throw new ImportException("Text exceeds the limit of " + MAX_CHARS + " characters");
        }
        lines.add(l);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ImportException("Cannot read the text: " + e.getMessage(), e);
    }
    return run(lines);
  }

  /**
   * Imports a disclosure text file in this importer's charset, or the charset detected from its bytes
   * (by default; see {@link TextEncoding#detect}).
   *
   * @param file the file
   * @return the disclosure and the report
   * @throws TextEncodingException when the bytes do not decode, naming the byte offset and line
   * @throws ImportException when the file cannot be read, is too long or names no year, stage or
   *     department
   */
  public ImportResult importText(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      if (Files.size(file) > 4L * MAX_CHARS) {
        throw new ImportException("File " + file + " exceeds the size limit");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    DecodedText text = charset.isEmpty() ? TextEncoding.detect(bytes, file.toString())
        : TextEncoding.decode(bytes, charset.get(), file.toString());
    try {
      return importText(text.text());
    } catch (ImportException e) {
      // a batch reports many files: the message names the one it is about
      throw e.getMessage() != null && e.getMessage().contains(file.toString()) ? e
          : new ImportException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Imports a published disclosure file: a PDF (recognised by its {@code %PDF-} header, whatever its
   * name) through its page layout, anything else as text in this importer's charset (detected by
   * default).
   *
   * @param file the file
   * @return the disclosure and the report
   * @throws PdfImportException when a PDF cannot be read (not a PDF, encrypted, damaged, a page
   *     over a limit), naming the file and the page where known
   * @throws ImportException when text cannot be read, or the document names no year, stage or
   *     department
   */
  public ImportResult importFile(Path file) {
    Objects.requireNonNull(file, "file");
    boolean pdf;
    try {
      pdf = isPdf(file);
    } catch (IOException e) {
      throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    if (!pdf && file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      // named a PDF but not one: read as text it would fail with a puzzling message
      throw new PdfImportException(file, 0, "Cannot import " + file + ": not a PDF (no %PDF- header)", null);
    }
    return pdf ? importPdf(file) : importText(file);
  }

  /**
   * Whether a file is a PDF: {@code %PDF-} in its first kilobyte, whatever its name.
   *
   * @param file the file
   * @return true for a PDF
   * @throws IOException when the file cannot be read
   */
  public static boolean isPdf(Path file) throws IOException {
    return PdfLayouts.isPdf(file);
  }

  /**
   * Imports a published disclosure PDF (PDF 导入): each page's glyphs and ruling lines are laid out
   * into grids of cells and lines of text, which are then recognised like text. Every problem
   * names its page and box; pages without a text layer (scans) are reported, not read.
   *
   * @param file the PDF
   * @return the disclosure and the report
   * @throws PdfImportException when the PDF cannot be read (not a PDF, encrypted, damaged, a page
   *     over a limit, no text layer at all), naming the file and the page where known, or when the
   *     document names no year, stage or department, naming the file
   */
  public ImportResult importPdf(Path file) {
    Objects.requireNonNull(file, "file");
    LaidOutText laid;
    try {
      laid = PdfLayouts.with(PdfLimits.defaults()).read(file);
    } catch (PdfReadException e) {
      throw new PdfImportException(file, e.page(), "Cannot import " + e.getMessage(), e);
    }
    List<String> lines = laid.lines();
    if (!laid.unmappedGlyphs().isEmpty() && lines.stream().allMatch(String::isBlank)) {
      throw new PdfImportException(file, 0, "Cannot import " + file + ": its fonts give no character for the "
          + laid.unmappedGlyphs().values().stream().mapToInt(Integer::intValue).sum()
          + " glyphs it shows (no character map); its text cannot be read", null);
    }
    if (lines.isEmpty()) {
      throw new PdfImportException(file, 0, "Cannot import " + file
          + ": no page has a text layer (a scanned document?); text recognition (OCR) is not supported", null);
    }
    java.util.BitSet outsideGrids = new java.util.BitSet();
    for (int i = 0; i < lines.size(); i++) {
      if (!laid.inGrid(i)) {
        outsideGrids.set(i);
      }
    }
    ImportResult read;
    try {
      read = result(recognition().read(lines, outsideGrids));
    } catch (ImportException e) {
      // no year, stage or department in the laid-out text: the caller of a file import is told which file
      throw new PdfImportException(file, 0, "Cannot import " + file + ": " + e.getMessage(), e);
    }
    List<ReadProblem> problems = new ArrayList<>();
    for (int page : laid.unreadPages()) {
      problems.add(ReadProblem.of(ReadProblem.Kind.PAGE_WITHOUT_TEXT, Severity.WARNING, 0, "page " + page,
          "page without a text layer (a scanned image?): not read").atPage(page, ""));
    }
    laid.unmappedGlyphs().forEach((page, n) -> problems.add(ReadProblem.of(ReadProblem.Kind.GLYPHS_WITHOUT_TEXT,
        Severity.WARNING, 0, "page " + page, n + " glyphs whose characters the file does not give (a font without"
        + " a character map): not read").atPage(page, "")));
    if (!laid.unifiedCharacters().isEmpty()) {
      problems.add(unifiedProblem(laid.unifiedCharacters().values().stream().mapToInt(Integer::intValue).sum(), 0,
          "pages " + laid.unifiedCharacters().keySet()));
    }
    for (ReadProblem p : read.report().problems()) {
      int i = p.line() - 1;
      problems.add(i >= 0 && i < lines.size() ? p.atPage(laid.page(i), laid.box(i).toText()) : p);
    }
    return ImportResult.of(PdfPlaces.placed(read.disclosure(), laid), ImportReport.of(problems, read.report().repairs()));
  }

  /**
   * Cuts text into the cells recognition reads — at tabs, or, for text whose columns are runs of
   * blanks, at the gutters of its columns — and recognises it.
   */
  private ImportResult recognised(List<String> text, TextLayout how) {
    boolean space = how == TextLayout.AUTO ? SpaceAligned.looksSpaceAligned(text) : how == TextLayout.SPACE;
    return result(recognition().read(space ? SpaceAligned.toTabs(text, Recognition::isTableTitle) : text));
  }

  /** Recognition with these settings: the user's catalog (else the bundled one), year and stage. */
  private Recognition recognition() {
    Recognition with = Recognition.with(catalog.orElseGet(ClassificationCatalog::bundled));
    Recognition dated = year.isPresent() ? with.withYear(year.get()) : with;
    return stage.isPresent() ? dated.withStage(stage.get()) : dated;
  }

  private static ImportResult result(Recognized r) {
    return ImportResult.of(r.disclosure(), ImportReport.of(r.problems(), r.repairs()));
  }
}
