package io.github.cnbudget.cli;

import io.github.cnbudget.cli.internal.BatchRunner;
import io.github.cnbudget.cli.internal.FileProgress;
import io.github.cnbudget.cli.internal.FileReport;
import io.github.cnbudget.cli.internal.ImportProblemView;
import io.github.cnbudget.cli.internal.Input;
import io.github.cnbudget.cli.internal.MemoryBudget;
import io.github.cnbudget.cli.internal.Inputs;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.csv.TidyFile;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.json.JsonLines;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.ReadResult;
import io.github.cnbudget.io.read.Disclosures;
import io.github.cnbudget.model.Disclosure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Reads the documents of one input (读取输入文件): a folder as a tidy CSV set, {@code .json} with the
 * JSON codec, {@code .jsonl} with the JSON Lines reader, a PDF (by its header) or anything else as a published disclosure with the
 * importer (which also reports what it could not read).
 *
 * <p>Stateless and thread-safe.
 */
final class Documents {
  private Documents() {}

  /**
   * The documents of an input and the importer's problems.
   *
   * @param documents the documents read, in file order
   * @param importProblems what the importer could not read (empty for JSON input)
   * @param failures the lines of a JSON Lines file that could not be read, each with its line
   *     number and reason; the other lines' documents are still read
   */
  record Loaded(List<Disclosure> documents, List<ImportProblemView> importProblems, List<String> failures) {
    Loaded {
      documents = List.copyOf(documents);
      importProblems = List.copyOf(importProblems);
      failures = List.copyOf(failures);
    }

    Loaded(List<Disclosure> documents, List<ImportProblemView> importProblems) {
      this(documents, importProblems, List.of());
    }

    /**
     * The report of an input whose documents were read and written, not validated.
     *
     * @param input the input
     * @return its documents and import problems, without findings
     */
    FileReport report(Input input) {
      return new FileReport(input.display(), documents.stream().map(Documents::describe).collect(Collectors.toList()), List.of(),
          importProblems, FileReport.failures(failures, failures.size()));
    }
  }

  /**
   * The inputs named on a command line: files, folders searched for documents, globs, and folders
   * holding a tidy CSV set.
   *
   * @param arguments as typed
   * @return the inputs
   */
  static List<Input> inputs(List<String> arguments) {
    return Inputs.expand(arguments, Documents::isCsvSet);
  }

  private static final DisclosureJson PRETTY = DisclosureJson.defaults().withPrettyPrint(true);

  /**
   * Whether a folder holds a tidy CSV set (its {@code documents.csv}) and so is one input.
   *
   * @param folder the folder
   * @return true for a tidy CSV set
   */
  static boolean isCsvSet(Path folder) {
    return Files.isRegularFile(folder.resolve(TidyFile.DOCUMENTS.fileName()));
  }

  /**
   * The codec that writes the indented, canonical JSON the command prints and saves.
   *
   * @return the codec
   */
  static DisclosureJson pretty() {
    return PRETTY;
  }

  /**
   * Reads an input with the default options: text charset detected, personal data withheld.
   *
   * @param input the input
   * @return its documents
   * @throws IOException when the file cannot be read
   */
  static Loaded load(Input input) throws IOException {
    return load(input, ReadingOptions.DEFAULTS, Locale.ENGLISH, FileProgress.none());
  }

  /**
   * Reads an input with the given reading options (see {@link #load(Input, ReadingOptions, Locale,
   * FileProgress)}), its import problems described in English.
   *
   * @param input the input
   * @param options the charset of text and whether personal data is kept
   * @return its documents
   * @throws IOException when the file cannot be read
   */
  static Loaded load(Input input, ReadingOptions options) throws IOException {
    return load(input, options, Locale.ENGLISH, FileProgress.none());
  }

  /**
   * Reads an input: its documents (and the lines the importer quotes in its problems) without
   * personal data unless the options keep it, so no output or report derived from them shows any.
   *
   * @param input the input
   * @param options the charset of text and whether personal data is kept
   * @param locale Chinese for any {@code zh} locale (each import problem described by its kind),
   *     English otherwise (the importer's own reason, with its particulars)
   * @param progress the progress within a large JSON Lines file
   * @return its documents
   * @throws IOException when the file cannot be read
   */
  static Loaded load(Input input, ReadingOptions options, Locale locale, FileProgress progress) throws IOException {
    Loaded read = read(input, options, locale, progress);
    if (options.keepPersonal) {
      return read;
    }
    List<ImportProblemView> problems = read.importProblems().stream().map(p -> new ImportProblemView(p.code(),
        p.severity(), p.line(), p.text().map(options::shown), options.shown(p.message()), p.page()))
        .collect(Collectors.toList());
    return new Loaded(options.shown(read.documents()), problems, read.failures());
  }

  private static Loaded read(Input input, ReadingOptions options, Locale locale, FileProgress progress)
      throws IOException {
    // an input this heap cannot hold fails on its own, before it is read
    MemoryBudget.check(input);
    if (!Files.isDirectory(input.path()) && input.extension().equals("jsonl")) {
      // streamed in batches, with progress and within the memory budget, rather than held whole
      return jsonLines(input, progress);
    }
    // a folder is a tidy CSV set, .json one document, a PDF is recognised by its header, anything else is text
    ReadResult result = Disclosures.read(input.path(), options.settings());
    List<ImportProblemView> problems = result.problems().stream().map(p -> view(p, locale)).collect(Collectors.toList());
    return new Loaded(result.documents(), problems);
  }

  /**
   * The documents of a JSON Lines file, line by line: a line that cannot be read is that line's
   * failure, and the documents of the other lines are kept (as {@code validate} does).
   */
  private static Loaded jsonLines(Input input, FileProgress progress) throws IOException {
    DisclosureJson json = DisclosureJson.defaults();
    List<Disclosure> documents = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (InputStream in = progress.track(Files.newInputStream(input.path()))) {
      LineBatches lines = new LineBatches(in, json.options().maxDocumentLength());
      for (LineBatches.Batch b = lines.next(); b != null; b = lines.next()) {
        progress.documents(b.count());
        for (int i = 0; i < b.count(); i++) {
          long line = b.firstLine() + i;
          if (b.tooLong(i)) {
            failures.add(BatchRunner.describe(JsonLines.tooLong(line, json)));
            continue;
          }
          try {
            JsonLines.readLine(json, b.data(), b.starts()[i], b.ends()[i], line).ifPresent(documents::add);
          } catch (CodecException e) {
            failures.add(BatchRunner.describe(e));
          }
        }
      }
    } finally {
      progress.finish();
    }
    return new Loaded(documents, List.of(), failures);
  }

  /** One line naming a document: department, year and stage, e.g. {@code 深圳市医疗保障局 2023 部门预算}. */
  static String describe(Disclosure d) {
    return d.department().name() + " " + d.year() + " " + d.stage().documentTerm();
  }

  private static ImportProblemView view(ReadProblem p, Locale locale) {
    // a PDF problem is placed by its page; its line in the laid-out text means nothing to a reader
    OptionalInt line = p.page().isPresent() || p.line() == 0 ? OptionalInt.empty() : OptionalInt.of(p.line());
    // the importer's reasons are English with particulars; in Chinese each is described by its kind
    String message = "zh".equals(locale.getLanguage()) ? p.kind().chinese() : p.why();
    return new ImportProblemView(p.code(), p.severity().name(), line,
        p.what().isBlank() ? Optional.empty() : Optional.of(p.what()), message, p.page());
  }
}
