package io.github.cnbudget.cli;

import io.github.cnbudget.cli.internal.BatchRunner;
import io.github.cnbudget.cli.internal.BatchSummary;
import io.github.cnbudget.cli.internal.FileProgress;
import io.github.cnbudget.cli.internal.FileReport;
import io.github.cnbudget.cli.internal.Input;
import io.github.cnbudget.cli.internal.Printable;
import io.github.cnbudget.cli.internal.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code budget} command (预算公开命令行工具): reads published disclosures (their text, or our JSON)
 * in batches and imports, validates, converts or scores them.
 *
 * <p>Exit codes: {@value BatchSummary#OK} when every input was read and no ERROR finding was
 * reported, {@value BatchSummary#FINDINGS} with ERROR findings, {@value BatchSummary#UNREADABLE}
 * when an input could not be read or the command line was wrong. One broken file never stops a
 * batch: it is reported in the summary table at the end.
 *
 * <p>Run it with {@code ./budget} at the repository root, with {@code java -jar
 * budget-cli-VERSION-all.jar}, or in-process with {@code new CommandLine(new BudgetCommand())
 * .execute(args)}. A command object holds its parsed options: use one per execution, from one
 * thread.
 */
@Command(
    name = "budget",
    mixinStandardHelpOptions = true,
    versionProvider = BudgetCommand.Version.class,
    description = "Import, validate, convert, score and compare Chinese public budget disclosures (部门预算 / 部门决算公开).",
    subcommands = {ImportCommand.class, ValidateCommand.class, ConvertCommand.class, ScoreCommand.class, CompareCommand.class,
      RulesCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input read, no ERROR finding",
      "1:ERROR findings",
      "2:an input could not be read, or a usage error"
    })
public final class BudgetCommand implements Runnable {
  @Spec CommandSpec spec;

  private final boolean terminal;

  /**
   * The system property that chooses the progress display: {@code bar} or {@code lines}. The
   * launcher sets it from whether standard error is a terminal, which Java 17 cannot tell by itself
   * ({@code System.console()} is null as soon as standard output is redirected, as in
   * {@code ./budget validate … > report.json}).
   */
  static final String PROGRESS_PROPERTY = "budget.progress";

  /**
   * A command that shows a progress bar when standard error is a terminal: as the {@value
   * #PROGRESS_PROPERTY} property says, else when the JVM has a console.
   */
  public BudgetCommand() {
    this(barWanted(System.getProperty(PROGRESS_PROPERTY, ""), System.console() != null));
  }

  BudgetCommand(boolean terminal) {
    this.terminal = terminal;
  }

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    quietPdfLibrary();
    System.exit(commandLine(new BudgetCommand()).execute(args));
  }

  /**
   * PDFBox logs what it works around in a font or a damaged file on standard error, between the
   * report's lines; what matters to a reader of the report is in the import problems, so the tool
   * keeps only errors.
   */
  private static void quietPdfLibrary() {
    // Apache POI brings the Log4j API, which commons-logging (PDFBox's logging) then prefers; without
    // a Log4j implementation it complains on every run. Its simple logger is in the API and prints
    // errors only.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }

  /**
   * The command line of a command, with the exit-code mapping of the {@code budget} tool: a
   * failure that escapes a subcommand (not one input's: those are caught per file) is reported in
   * one line and exits with {@value BatchSummary#UNREADABLE}, like an unreadable input.
   *
   * @param command the command
   * @return its command line, ready to {@code execute}
   */
  static CommandLine commandLine(BudgetCommand command) {
    CommandLine cl = new CommandLine(command);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println("budget: " + Printable.escape(describe(e)));
      err.flush();
      return BatchSummary.UNREADABLE;
    });
    return cl;
  }

  /** With no subcommand, show what there is. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /**
   * Runs a task over the inputs of a batch, each on its own (a failing input becomes a failed
   * report), with progress on standard error when there is more than one input.
   *
   * @param inputs the inputs
   * @param task what to do with one input
   * @param err standard error, for progress
   * @return one report per input, in order
   */
  List<FileReport> batch(List<Input> inputs, BatchRunner.FileTask<FileReport> task, PrintWriter err) {
    Progress progress = inputs.size() > 1 ? Progress.of(err, terminal) : Progress.none();
    return BatchRunner.run(inputs, task, progress).stream().map(FileReport::of).collect(Collectors.toList());
  }

  /**
   * The progress within one input: documents, share and time left of a large JSON Lines file, drawn
   * as the batch's progress is (in place on a terminal, plain lines otherwise); nothing for other
   * inputs.
   *
   * @param input the input
   * @param err standard error
   * @return the progress
   * @throws IOException if the file's size cannot be read
   */
  FileProgress fileProgress(Input input, PrintWriter err) throws IOException {
    if (Files.isDirectory(input.path()) || !input.extension().equals("jsonl")) {
      return FileProgress.none();
    }
    return FileProgress.of(err, terminal, input.display(), Files.size(input.path()), System::nanoTime);
  }

  /** Whether to draw a bar: the property's choice, else whether there is a console. */
  static boolean barWanted(String property, boolean console) {
    switch (property) {
      case "bar":
        return true;
      case "lines":
        return false;
      default:
        return console;
    }
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
  }

  /** The version from the jar's manifest, or {@code development} when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = BudgetCommand.class.getPackage().getImplementationVersion();
      return new String[] {"budget " + (v == null ? "development" : v)};
    }
  }
}
