package io.github.cnbudget.cli;

import io.github.cnbudget.cli.internal.BatchSummary;
import io.github.cnbudget.cli.internal.FileReport;
import io.github.cnbudget.cli.internal.Input;
import io.github.cnbudget.cli.internal.OutputFolder;
import io.github.cnbudget.cli.internal.SummaryTable;
import io.github.cnbudget.io.csv.TidyCsv;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code budget convert FILE… --to json|jsonl|csv [-o DIR]}: converts documents between our JSON,
 * JSON Lines and the tidy CSV file set (格式转换).
 *
 * <p>Each input is written on its own, named after it: {@code DIR/NAME.json}, {@code
 * DIR/NAME.jsonl}, or the tidy CSV set in {@code DIR/NAME/}. A folder holding a tidy CSV set (its
 * {@code documents.csv}) is read back as one input, so JSON → CSV → JSON can be checked from the
 * shell. Without {@code -o}, JSON goes to standard output (several documents as JSON Lines); CSV,
 * being several files, needs {@code -o}. Not thread-safe: picocli fills one instance per execution.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert documents (published PDF or text, .json, .jsonl, or a folder holding a tidy CSV set) to JSON, JSON Lines or tidy CSV.",
      "Exit code 0: every input converted; 2: an input could not be read or written, or a usage error."
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand BudgetCommand parent;

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin ReadingOptions reading = new ReadingOptions();

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Files, folders or globs: published PDFs or text, .json, .jsonl, or folders holding a tidy CSV set.")
  List<String> files = new ArrayList<>();

  @Option(names = "--to", required = true, paramLabel = "json|jsonl|csv", description = "The format to write.")
  Format to = Format.json;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Folder to write into (created when missing). Required for csv; JSON goes to standard output without it.")
  Optional<Path> output = Optional.empty();

  /** Output formats. */
  enum Format {
    json,
    jsonl,
    csv
  }

  @Override
  public Integer call() throws IOException {
    if (to == Format.csv && output.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to csv writes a set of files: give a folder with -o DIR");
    }
    Optional<OutputFolder> folder = Optional.empty();
    if (output.isPresent()) {
      Files.createDirectories(output.get());
      folder = Optional.of(new OutputFolder(output.get()));
    }
    Optional<OutputFolder> into = folder;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Input> inputs = Documents.inputs(files);
    List<Disclosure> toStdout = new ArrayList<>();
    List<FileReport> reports = parent.batch(inputs, in -> {
      Documents.Loaded loaded = Documents.load(in, reading);
      if (into.isPresent()) {
        write(in, loaded.documents(), into.get());
      } else {
        toStdout.addAll(loaded.documents());
      }
      return loaded.report(in);
    }, err);
    if (output.isEmpty()) {
      out.print(to == Format.json && toStdout.size() == 1 ? Documents.pretty().writeString(toStdout.get(0)) + "\n"
          : DisclosureJson.create().writeLines(toStdout));
      out.flush();
    }
    SummaryTable.write(reports, err);
    return BatchSummary.of(reports).exitCode();
  }

  private void write(Input in, List<Disclosure> documents, OutputFolder dir) throws IOException {
    String base = in.baseName();
    if (to == Format.csv) {
      // every file encoded before any is written, then each written whole (temporary file, then moved)
      Map<String, byte[]> files = TidyCsv.create().write(documents);
      Path set = Files.createDirectories(dir.claim(base, in));
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        OutputFolder.write(set.resolve(f.getKey()), f.getValue());
      }
    } else if (to == Format.json && documents.size() == 1) {
      OutputFolder.write(dir.claim(base + ".json", in), Documents.pretty().writeString(documents.get(0)) + "\n");
    } else {
      // several documents do not fit one JSON document: JSON Lines
      OutputFolder.write(dir.claim(base + ".jsonl", in), DisclosureJson.create().writeLines(documents));
    }
  }
}
