package io.github.cnbudget.cli;

import io.github.cnbudget.cli.internal.FileReport;
import io.github.cnbudget.cli.internal.ImportProblemView;
import io.github.cnbudget.cli.internal.Input;
import io.github.cnbudget.cli.internal.Inputs;
import io.github.cnbudget.io.csv.TidyCsv;
import io.github.cnbudget.io.csv.TidyFile;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.json.JsonLines;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.text.ImportProblem;
import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.model.Disclosure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
   */
  record Loaded(List<Disclosure> documents, List<ImportProblemView> importProblems) {
    Loaded {
      documents = List.copyOf(documents);
      importProblems = List.copyOf(importProblems);
    }

    /**
     * The report of an input whose documents were read and written, not validated.
     *
     * @param input the input
     * @return its documents and import problems, without findings
     */
    FileReport report(Input input) {
      return new FileReport(input.display(), documents.stream().map(Documents::describe).collect(Collectors.toList()), List.of(),
          importProblems, Optional.empty());
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

  private static final DisclosureJson PRETTY = DisclosureJson.create().withPrettyPrint(true);

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
   * Reads an input.
   *
   * @param input the input
   * @return its documents
   * @throws IOException when the file cannot be read
   */
  static Loaded load(Input input) throws IOException {
    if (Files.isDirectory(input.path())) {
      return new Loaded(TidyCsv.create().read(input.path()), List.of());
    }
    switch (input.extension()) {
      case "json":
        return new Loaded(List.of(DisclosureJson.create().read(input.path())), List.of());
      case "jsonl":
        try (InputStream in = Files.newInputStream(input.path()); JsonLines.Reader r = JsonLines.reader(in)) {
          return new Loaded(r.stream().collect(Collectors.toList()), List.of());
        }
      default:
        // a PDF is recognised by its header, whatever its name; anything else is disclosure text
        ImportResult result = DisclosureImporter.defaults().importFile(input.path());
        List<ImportProblemView> problems = result.report().problems().stream().map(Documents::view).collect(Collectors.toList());
        return new Loaded(List.of(result.disclosure()), problems);
    }
  }

  /** One line naming a document: department, year and stage, e.g. {@code 深圳市医疗保障局 2023 部门预算}. */
  static String describe(Disclosure d) {
    return d.department().name() + " " + d.year() + " " + d.stage().documentTerm();
  }

  private static ImportProblemView view(ImportProblem p) {
    // a PDF problem is placed by its page; its line in the laid-out text means nothing to a reader
    OptionalInt line = p.page().isPresent() || p.line() == 0 ? OptionalInt.empty() : OptionalInt.of(p.line());
    return new ImportProblemView(Optional.of(p.severity().name()), line,
        p.what().isBlank() ? Optional.empty() : Optional.of(p.what()), p.why(), p.page());
  }
}
