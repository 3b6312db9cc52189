package io.github.cnbudget.cli;

import io.github.cnbudget.cli.internal.BatchSummary;
import io.github.cnbudget.cli.internal.FileReport;
import io.github.cnbudget.cli.internal.Input;
import io.github.cnbudget.cli.internal.OutputFolder;
import io.github.cnbudget.cli.internal.OutputPath;
import io.github.cnbudget.cli.internal.ImportSummary;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * {@code budget import FILE… [-o OUT]}: reads published disclosure PDFs and text into our JSON (导入).
 *
 * <p>Where the documents go: without {@code -o}, to standard output (one document as indented JSON,
 * several as JSON Lines); with {@code -o X.json}, one document to that file; with {@code -o
 * X.jsonl}, every document to that file, one per line; with {@code -o FOLDER}, one {@code
 * NAME.json} per input in that folder. Not thread-safe: picocli fills one instance per execution.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Read disclosures (published text, or our .json/.jsonl) and write them as JSON documents.",
      "Exit code 0: every input read; 2: an input could not be read, or a usage error."
    })
final class ImportCommand implements Callable<Integer> {
  @ParentCommand BudgetCommand parent;

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin ReadingOptions reading = new ReadingOptions();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, folders or globs of published disclosures: PDFs (by their %%PDF- header) or text.")
  List<String> files = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "A .json file (one document), a .jsonl file (many), or a folder (one .json per input). Default: standard output.")
  Optional<Path> output = Optional.empty();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Input> inputs = Documents.inputs(files);
    Target target = target(inputs);
    DisclosureJson pretty = Documents.pretty();
    OutputFolder folder = new OutputFolder(output.orElse(Path.of("")));
    List<Disclosure> collected = new ArrayList<>();
    List<FileReport> reports = parent.batch(inputs, in -> {
      Documents.Loaded loaded = Documents.load(in, reading, Locale.ENGLISH, parent.fileProgress(in, err));
      if (target == Target.FOLDER) {
        writeToFolder(in, loaded.documents(), pretty, folder);
      } else {
        collected.addAll(loaded.documents());
      }
      return loaded.report(in);
    }, err);
    ImportSummary.write(reports, err);
    int code = BatchSummary.of(reports).exitCode();
    switch (target) {
      case STDOUT:
        out.print(collected.size() == 1 ? pretty.writeString(collected.get(0)) + "\n" : DisclosureJson.defaults().writeLines(collected));
        out.flush();
        break;
      case JSON_FILE:
        if (collected.isEmpty() && code != BatchSummary.OK) {
          // the input failed and the summary said why: there is nothing to write
          break;
        }
        if (collected.size() != 1) {
          err.println("budget import: " + output.orElseThrow() + " takes exactly one document, got " + collected.size()
              + "; use a .jsonl file or a folder");
          return BatchSummary.UNREADABLE;
        }
        OutputFolder.write(output.orElseThrow(), pretty.writeString(collected.get(0)) + "\n");
        break;
      case JSONL_FILE:
        if (collected.isEmpty() && code != BatchSummary.OK) {
          // every input failed: an existing file is left as it was, not emptied
          break;
        }
        OutputFolder.write(output.orElseThrow(), DisclosureJson.defaults().writeLines(collected));
        break;
      default:
        break;
    }
    return code;
  }

  private enum Target {
    STDOUT,
    JSON_FILE,
    JSONL_FILE,
    FOLDER
  }

  private Target target(List<Input> inputs) throws IOException {
    if (output.isEmpty()) {
      return Target.STDOUT;
    }
    Path o = output.get();
    Optional<String> ext = OutputPath.fileExtension(o);
    if (ext.isEmpty()) {
      try {
        OutputPath.folder(o);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, null, o.toString());
      }
      return Target.FOLDER;
    }
    if (!ext.get().equals("json") && !ext.get().equals("jsonl")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "-o " + o + " names a ." + ext.get()
          + " file, but import writes JSON; give a .json or .jsonl file or a folder (budget convert --to xlsx writes workbooks)");
    }
    if (Files.isDirectory(o)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "-o " + o
          + " names a file by its extension, but a folder of that name exists");
    }
    if (ext.get().equals("jsonl")) {
      return Target.JSONL_FILE;
    }
    if (inputs.size() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "-o " + o + " takes one document but " + inputs.size() + " inputs were given; use a .jsonl file or a folder");
    }
    return Target.JSON_FILE;
  }

  private static void writeToFolder(Input in, List<Disclosure> documents, DisclosureJson pretty, OutputFolder folder)
      throws IOException {
    String base = in.baseName();
    if (documents.size() == 1) {
      OutputFolder.write(folder.claim(base + ".json", in), pretty.writeString(documents.get(0)) + "\n");
    } else {
      OutputFolder.write(folder.claim(base + ".jsonl", in), DisclosureJson.defaults().writeLines(documents));
    }
  }
}
