package io.github.cnbudget.cli;

import io.github.cnbudget.cli.internal.BatchSummary;
import io.github.cnbudget.cli.internal.FileReport;
import io.github.cnbudget.cli.internal.Input;
import io.github.cnbudget.cli.internal.OutputFolder;
import io.github.cnbudget.cli.internal.OutputPath;
import io.github.cnbudget.cli.internal.ImportSummary;
import io.github.cnbudget.io.csv.DataPackage;
import io.github.cnbudget.io.csv.TidyCsv;
import io.github.cnbudget.io.csv.WideCsv;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.xlsx.DisclosureWorkbook;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.Rules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code budget convert FILE… --to FORMAT [-o OUT]}: converts documents between our JSON, JSON
 * Lines, the tidy CSV set, the wide CSV files, a Frictionless data package and Excel workbooks
 * (格式转换).
 *
 * <p>{@code -o} means what it means for every command: a file when it ends in {@code .json},
 * {@code .jsonl} or {@code .xlsx} (the format's own extension; one document for {@code .json} and
 * {@code .xlsx}, every document for {@code .jsonl}), else a folder, in which each input is written
 * on its own, named after it: {@code NAME.json}, {@code NAME.jsonl}, {@code NAME.xlsx}, or the
 * folder {@code NAME/} of the tidy set, the wide files or the data package. A folder holding a
 * tidy CSV set (its {@code documents.csv}) is read back as one input, so JSON → CSV → JSON can be
 * checked from the shell. Without {@code -o}, JSON goes to standard output (several documents as
 * JSON Lines); the other formats, being files, need {@code -o}. Not thread-safe: picocli fills one
 * instance per execution.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert documents (published PDF or text, .json, .jsonl, or a folder holding a tidy CSV set) to JSON, JSON Lines,"
          + " tidy CSV, wide CSV, a Frictionless data package or an Excel workbook.",
      "Exit code 0: every input converted; 2: an input could not be read or written, or a usage error."
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand BudgetCommand parent;

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin ReadingOptions reading = new ReadingOptions();

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Files, folders or globs: published PDFs or text, .json, .jsonl, or folders holding a tidy CSV set.")
  List<String> files = new ArrayList<>();

  @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = Format.Converter.class,
      completionCandidates = Format.Names.class,
      description = {"The format to write: ${COMPLETION-CANDIDATES}.",
        "json, jsonl: our JSON; csv: the tidy CSV set (a folder); wide-csv: one CSV per table as printed (a folder);",
        "datapackage: the tidy set with a Frictionless datapackage.json (a folder); xlsx: one sheet per table and"
            + " a sheet of findings."})
  Format to = Format.JSON;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = {"A .json, .jsonl or .xlsx file (as --to says), or a folder (created when missing) holding one output per input.",
        "Required except for json and jsonl, which go to standard output without it."})
  Optional<Path> output = Optional.empty();

  @Option(names = "--locale", defaultValue = "zh", paramLabel = "zh|en",
      description = "Language of the workbook's labels and findings (default: ${DEFAULT-VALUE}).")
  MessageLocale locale = MessageLocale.zh;

  /** Output formats, spelt on the command line as {@link #toString()}. */
  enum Format {
    JSON("json", true),
    JSONL("jsonl", true),
    CSV("csv", false),
    WIDE_CSV("wide-csv", false),
    DATAPACKAGE("datapackage", false),
    XLSX("xlsx", true);

    private final String name;
    private final boolean file;

    Format(String name, boolean file) {
      this.name = name;
      this.file = file;
    }

    @Override
    public String toString() {
      return name;
    }

    /** The names, for usage help and shell completion. */
    static final class Names implements Iterable<String> {
      @Override
      public Iterator<String> iterator() {
        return Arrays.stream(values()).map(Format::toString).iterator();
      }
    }

    /** Reads a format by its name. */
    static final class Converter implements CommandLine.ITypeConverter<Format> {
      @Override
      public Format convert(String value) {
        for (Format f : values()) {
          if (f.name.equals(value)) {
            return f;
          }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not one of "
            + Arrays.stream(values()).map(Format::toString).collect(Collectors.joining(", ")));
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    Optional<Path> file = output.filter(o -> OutputPath.fileExtension(o).isPresent());
    List<Input> inputs = Documents.inputs(files);
    checkUsage(file, inputs.size());
    Optional<OutputFolder> folder = Optional.empty();
    try {
      if (output.isPresent() && file.isEmpty()) {
        folder = Optional.of(new OutputFolder(OutputPath.folder(output.get())));
      } else if (file.isPresent()) {
        OutputPath.file(file.get());
      }
    } catch (IOException e) {
      // -o names what cannot be written: a usage error, like a wrong option
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, null, output.get().toString());
    }
    Optional<OutputFolder> into = folder;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Disclosure> collected = new ArrayList<>();
    List<FileReport> reports = parent.batch(inputs, in -> {
      Documents.Loaded loaded = Documents.load(in, reading, Locale.ENGLISH, parent.fileProgress(in, err));
      if (into.isPresent()) {
        write(in, loaded.documents(), into.get());
      } else {
        synchronized (collected) {
          collected.addAll(loaded.documents());
        }
      }
      return loaded.report(in);
    }, err);
    ImportSummary.write(reports, err);
    int code = BatchSummary.of(reports).exitCode();
    if (into.isPresent()) {
      return code;
    }
    if (collected.isEmpty() && code != BatchSummary.OK) {
      // the inputs failed and the summary said why; an existing file is left as it was
      return code;
    }
    if (file.isEmpty()) {
      out.print(to == Format.JSON && collected.size() == 1 ? Documents.pretty().writeString(collected.get(0)) + "\n"
          : DisclosureJson.defaults().writeLines(collected));
      out.flush();
      return code;
    }
    if (to != Format.JSONL && collected.size() != 1) {
      err.println("budget convert: " + file.get() + " takes exactly one document, got " + collected.size()
          + (to == Format.JSON ? "; use a .jsonl file or a folder" : "; use a folder"));
      return BatchSummary.UNREADABLE;
    }
    OutputFolder.write(file.get(), bytes(collected));
    return code;
  }

  /** The file target must be of the format's own extension; folder formats need a folder. */
  private void checkUsage(Optional<Path> file, int inputCount) {
    if (output.isEmpty() && to != Format.JSON && to != Format.JSONL) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " writes "
          + (to.file ? "a file" : "a set of files") + ": give " + (to.file ? "a ." + to + " file or a folder with -o OUT"
          : "a folder with -o DIR"));
    }
    if (file.isEmpty()) {
      return;
    }
    String ext = OutputPath.fileExtension(file.get()).orElseThrow();
    if (!to.file || !ext.equals(to.toString())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "-o " + file.get() + " names a ." + ext + " file, but --to "
          + to + " writes " + (to.file ? "a ." + to + " file" : "a folder") + "; give " + (to.file ? "a ." + to + " file or " : "")
          + "a folder");
    }
    if (to != Format.JSONL && inputCount > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "-o " + file.get() + " takes one document but " + inputCount
          + " inputs were given; give a folder" + (to == Format.JSON ? " or a .jsonl file" : ""));
    }
  }

  /** The content of a single output file: one JSON document or workbook, or every document as JSON Lines. */
  private byte[] bytes(List<Disclosure> documents) {
    switch (to) {
      case JSON:
        return (Documents.pretty().writeString(documents.get(0)) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      case XLSX:
        return workbook(documents.get(0));
      default:
        return DisclosureJson.defaults().writeLines(documents).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private byte[] workbook(Disclosure d) {
    return DisclosureWorkbook.defaults().withLocale(locale.locale()).write(d, Rules.defaults().validate(d));
  }

  private void write(Input in, List<Disclosure> documents, OutputFolder dir) throws IOException {
    String base = in.baseName();
    switch (to) {
      case CSV:
        writeAll(Files.createDirectories(dir.claim(base, in)), TidyCsv.defaults().write(documents));
        break;
      case DATAPACKAGE:
        writeAll(Files.createDirectories(dir.claim(base, in)), DataPackage.defaults().write(documents));
        break;
      case WIDE_CSV:
        Path set = Files.createDirectories(dir.claim(base, in));
        for (int i = 0; i < documents.size(); i++) {
          // several documents of one input (JSON Lines): one sub-folder each, numbered from 1
          Path target = documents.size() == 1 ? set : Files.createDirectories(set.resolve(Integer.toString(i + 1)));
          writeAll(target, WideCsv.defaults().write(documents.get(i)));
        }
        break;
      case XLSX:
        for (int i = 0; i < documents.size(); i++) {
          String name = documents.size() == 1 ? base + ".xlsx" : base + "-" + (i + 1) + ".xlsx";
          OutputFolder.write(dir.claim(name, in), workbook(documents.get(i)));
        }
        break;
      case JSON:
        if (documents.size() == 1) {
          OutputFolder.write(dir.claim(base + ".json", in), Documents.pretty().writeString(documents.get(0)) + "\n");
          break;
        }
        // several documents do not fit one JSON document: JSON Lines
        OutputFolder.write(dir.claim(base + ".jsonl", in), DisclosureJson.defaults().writeLines(documents));
        break;
      default:
        OutputFolder.write(dir.claim(base + ".jsonl", in), DisclosureJson.defaults().writeLines(documents));
        break;
    }
  }

  /** Every file encoded before any is written, then each written whole (temporary file, then moved). */
  private static void writeAll(Path folder, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      OutputFolder.write(folder.resolve(f.getKey()), f.getValue());
    }
  }
}
