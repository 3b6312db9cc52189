package io.github.cnbudget.cli;

import io.github.cnbudget.cli.internal.BatchRunner;
import io.github.cnbudget.cli.internal.BatchSummary;
import io.github.cnbudget.cli.internal.FileProgress;
import io.github.cnbudget.cli.internal.FileReport;
import io.github.cnbudget.cli.internal.FindingView;
import io.github.cnbudget.cli.internal.ImportProblemView;
import io.github.cnbudget.cli.internal.OrderedParallel;
import io.github.cnbudget.cli.internal.Input;
import io.github.cnbudget.cli.internal.ReportFile;
import io.github.cnbudget.cli.internal.ReportOptions;
import io.github.cnbudget.cli.internal.ReportStream;
import io.github.cnbudget.cli.internal.SummaryTable;
import io.github.cnbudget.io.catalog.CatalogFiles;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.catalog.CatalogException;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.rules.RuleSet;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.UnknownRuleException;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.NotChecked;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code budget validate FILE…}: checks documents with the rules and reports findings (校验).
 *
 * <p>Not thread-safe: picocli fills one instance per execution.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check disclosures (published PDFs, their text, or our .json/.jsonl) with the validation rules and report the findings.",
      "Exit code 0: no ERROR finding; 1: ERROR findings; 2: an input could not be read, or a usage error."
    })
final class ValidateCommand implements Callable<Integer> {
  /** {@code 2024=path}: a workbook's year given before its file. */
  private static final Pattern YEAR_PREFIX = Pattern.compile("(\\d{4})=(.+)", Pattern.DOTALL);

  @ParentCommand BudgetCommand parent;

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin ReadingOptions reading = new ReadingOptions();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, folders or globs: published PDFs (by their %%PDF- header) or text, .json or .jsonl.")
  List<String> files = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html",
      description = {"Report format: text for people, json for programs (docs/report.schema.json), html: one",
        "self-contained page with each table drawn and its findings highlighted (default: ${DEFAULT-VALUE})."})
  ReportFormat format = ReportFormat.text;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (written completely or not at all) instead of standard output.")
  @Nullable Path output;

  @Option(names = "--min-severity", defaultValue = "INFO", paramLabel = "ERROR|WARNING|INFO",
      description = {"List only findings at least this serious (default: ${DEFAULT-VALUE}: all, with the checks not",
        "made); the others are still counted and still set the exit code."})
  MinSeverity minSeverity = MinSeverity.INFO;

  @Option(names = "--expand-rounding",
      description = "Text report: list each rounding-level difference instead of one line per table.")
  boolean expandRounding;

  @Option(names = {"-v", "--verbose"},
      description = "Text report: list each import problem instead of their count.")
  boolean verbose;

  @Option(names = "--rules", split = ",", paramLabel = "ID",
      description = "Run only these rules (ids or tags, comma-separated); default: every default rule.")
  List<String> rules = new ArrayList<>();

  @Option(names = "--locale", defaultValue = "zh", paramLabel = "zh|en",
      description = "Language of the messages (default: ${DEFAULT-VALUE}).")
  MessageLocale locale = MessageLocale.zh;

  @Option(names = "--catalog", paramLabel = "[YEAR=]FILE",
      description = {"Also check codes against your catalog, laid over the bundled one (repeatable; later files win):",
        "a catalog CSV (entries, or parts held completely; see docs/catalogs.md), or the Ministry of Finance's",
        "政府收支分类科目 workbook (.xlsx/.xls), whose year comes from its title or file name, or YEAR=FILE."})
  List<String> catalogs = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that decode and validate documents (default: one per core); 1 works on the reading thread.")
  int threads = Runtime.getRuntime().availableProcessors();

  /** Report formats. */
  enum ReportFormat {
    text,
    json,
    html
  }

  /** The severities {@code --min-severity} takes. */
  enum MinSeverity {
    ERROR,
    WARNING,
    INFO
  }

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
    }
    RuleSet ruleSet = withCatalogs(ruleSet());
    PrintWriter err = spec.commandLine().getErr();
    List<Input> inputs = Documents.inputs(files);
    ReportOptions options = new ReportOptions(locale.locale(), minSeverity.name(), expandRounding, verbose);
    List<FileReport> reports;
    ReportFile opened = null;
    if (output != null) {
      try {
        opened = ReportFile.open(output);
      } catch (IOException e) {
        // a report that cannot be written is a usage error, found before any input is read
        throw new CommandLine.ParameterException(spec.commandLine(), "-o " + output + ": cannot write there ("
            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e, null, output.toString());
      }
    }
    try (ReportFile file = opened) {
      PrintWriter out = file == null ? spec.commandLine().getOut() : file.writer();
      // the report is written as the batch runs, so memory stays bounded however many findings
      ReportStream stream = stream(out, options);
      reports = parent.batch(inputs, in -> validate(in, ruleSet, stream, err), err);
      stream.finish(reports);
      if (file != null) {
        file.commit();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + output + ": " + e.getMessage(), e);
    }
    // the text report ends with the batch's table; the other formats hold their summary, and people see it here
    if (inputs.size() > 1 && (format != ReportFormat.text || output != null)) {
      SummaryTable.write(reports, err, locale.locale());
    }
    return BatchSummary.of(reports).exitCode();
  }

  private ReportStream stream(PrintWriter out, ReportOptions options) {
    switch (format) {
      case json:
        return ReportStream.json(out, options);
      case html:
        // the page links to its inputs by paths relative to its own folder, so the two can move together
        Path folder = output == null ? null : output.toAbsolutePath().getParent();
        Path base = (folder == null ? Path.of("") : folder).toAbsolutePath();
        return ReportStream.html(out, options, source -> {
          Path p = Path.of(source).toAbsolutePath().normalize();
          if (!Files.isRegularFile(p)) {
            return Optional.empty();
          }
          String relative = base.relativize(p).toString().replace('\\', '/');
          return Optional.of(uriPath(relative));
        });
      default:
        return ReportStream.text(out, options);
    }
  }

  /** A relative path as a URI reference: each segment percent-encoded where a URI needs it. */
  private static String uriPath(String relative) {
    StringBuilder b = new StringBuilder();
    for (String segment : relative.split("/", -1)) {
      if (b.length() > 0) {
        b.append('/');
      }
      try {
        b.append(new java.net.URI(null, null, segment, null).getRawPath().replace(":", "%3A"));
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException(segment, e);
      }
    }
    return b.toString();
  }

  private RuleSet ruleSet() {
    RuleSet all = Rules.defaults();
    if (rules.isEmpty()) {
      return all;
    }
    try {
      return all.pick(rules.toArray(new String[0]));
    } catch (UnknownRuleException e) {
      // a misspelt id is a usage error, reported as picocli reports a bad option value
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, null, String.join(",", e.unknown()));
    }
  }

  /** The rule set checking codes against the bundled catalog with the user's catalogs laid over it. */
  private RuleSet withCatalogs(RuleSet rules) {
    if (catalogs.isEmpty()) {
      return rules;
    }
    ClassificationCatalog catalog = ClassificationCatalog.bundled();
    for (String value : catalogs) {
      Matcher m = YEAR_PREFIX.matcher(value);
      Optional<FiscalYear> year = m.matches() ? Optional.of(FiscalYear.of(Integer.parseInt(m.group(1)))) : Optional.empty();
      Path file = Path.of(m.matches() ? m.group(2) : value);
      try {
        catalog = catalog.overriddenBy(CatalogFiles.load(file, year));
      } catch (CatalogException | IOException e) {
        // a catalog that cannot be read is a usage error: validating without it would report wrongly
        throw new CommandLine.ParameterException(spec.commandLine(), "--catalog " + value + ": " + e.getMessage(), e,
            null, value);
      }
    }
    return rules.withContext(rules.context().withCatalog(catalog));
  }

  private FileReport validate(Input input, RuleSet ruleSet, ReportStream stream, PrintWriter err) throws IOException {
    String source = input.display();
    DisclosureJson json = DisclosureJson.defaults();
    ValidationWork work = new ValidationWork(ruleSet, json, stream, source, locale.locale(), reading);
    ValidationWork.Tally tally = new ValidationWork.Tally(stream);
    stream.begin(source);
    try {
      List<ImportProblemView> problems = List.of();
      // workers decode, validate and render; this thread cuts lines and writes, in document order
      try (OrderedParallel<ValidationWork.Found> workers = new OrderedParallel<>(threads, tally)) {
        if (!Files.isDirectory(input.path()) && input.extension().equals("jsonl")) {
          FileProgress progress = parent.fileProgress(input, err);
          try (InputStream in = progress.track(Files.newInputStream(input.path()))) {
            LineBatches lines = new LineBatches(in, json.options().maxDocumentLength());
            for (LineBatches.Batch b = lines.next(); b != null; b = lines.next()) {
              LineBatches.Batch batch = b;
              workers.submit(() -> work.lines(batch));
              progress.documents(batch.count());
            }
          } finally {
            progress.finish();
          }
        } else {
          Documents.Loaded loaded = Documents.load(input, reading, locale.locale(), FileProgress.none());
          List<Disclosure> documents = loaded.documents();
          for (int i = 0; i < documents.size(); i++) {
            Disclosure d = documents.get(i);
            int number = i + 1;
            workers.submit(() -> work.document(d, number));
          }
          problems = loaded.importProblems();
        }
      }
      FileReport report = new FileReport(source, tally.documents, List.of(), problems, tally.failure(), tally.counts);
      stream.end(report);
      return report;
    } catch (IOException | RuntimeException e) {
      stream.end(FileReport.failed(source, BatchRunner.describe(e)));
      throw e;
    }
  }

  /** The report's view of a check a rule could not make: its code is the reason's. */
  static FindingView view(NotChecked n, Locale locale) {
    Location l = n.location();
    return new FindingView(n.ruleId(), n.reason().code(), FindingView.NOT_CHECKED, l.pointer(), l.table(), l.unit(),
        l.code(), l.column(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
        n.message(locale), line(l), l.page(), List.of());
  }

  /** The report's view of a finding, with the cells of a rounding group. */
  static FindingView view(Finding f, Locale locale) {
    Location l = f.location();
    List<FindingView> cells = new ArrayList<>();
    for (Finding c : f.cells()) {
      cells.add(view(c, locale));
    }
    return new FindingView(f.ruleId(), f.code(), f.severity().name(), l.pointer(), l.table(), l.unit(), l.code(),
        l.column(), f.expected().map(BigDecimal::toPlainString), f.actual().map(BigDecimal::toPlainString),
        f.difference().map(BigDecimal::toPlainString), f.tolerance().map(BigDecimal::toPlainString),
        f.isWithinRounding(), f.message(locale), line(l), l.page(), cells);
  }

  /** A PDF's values are found by their page; their line in the laid-out text means nothing to a reader. */
  private static java.util.OptionalInt line(Location l) {
    return l.page().isPresent() ? java.util.OptionalInt.empty() : l.line();
  }
}
