package io.github.cnbudget.cli;

import io.github.cnbudget.cli.internal.BatchRunner;
import io.github.cnbudget.cli.internal.BatchSummary;
import io.github.cnbudget.cli.internal.FileReport;
import io.github.cnbudget.cli.internal.FindingView;
import io.github.cnbudget.cli.internal.ImportProblemView;
import io.github.cnbudget.cli.internal.OrderedParallel;
import io.github.cnbudget.cli.internal.Input;
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
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.NotChecked;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
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
import java.util.stream.Collectors;
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

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Report format: text for people, json for programs (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.text;

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
    json
  }

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
    }
    RuleSet ruleSet = withCatalogs(ruleSet());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Input> inputs = Documents.inputs(files);
    // the report is written as the batch runs, so memory stays bounded however many findings
    ReportStream stream = format == ReportFormat.json ? ReportStream.json(out) : ReportStream.text(out);
    List<FileReport> reports = parent.batch(inputs, in -> validate(in, ruleSet, stream), err);
    stream.finish(reports);
    if (inputs.size() > 1) {
      SummaryTable.write(reports, err);
    }
    return BatchSummary.of(reports).exitCode();
  }

  private RuleSet ruleSet() {
    RuleSet all = Rules.defaults();
    if (rules.isEmpty()) {
      return all;
    }
    List<String> unknown = new ArrayList<>();
    for (String id : rules) {
      boolean known = all.tags().contains(id) || all.rules().stream().anyMatch(r -> r.id().equals(id));
      if (!known) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Unknown rule id(s): " + String.join(", ", unknown)
          + "; known: " + all.rules().stream().map(r -> r.id()).sorted().collect(Collectors.joining(", ")));
    }
    return all.pick(rules.toArray(new String[0]));
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

  private FileReport validate(Input input, RuleSet ruleSet, ReportStream stream) throws IOException {
    String source = input.display();
    DisclosureJson json = DisclosureJson.create();
    ValidationWork work = new ValidationWork(ruleSet, json, stream, source, locale.locale(), reading);
    ValidationWork.Tally tally = new ValidationWork.Tally(stream);
    stream.begin(source);
    try {
      List<ImportProblemView> problems = List.of();
      // workers decode, validate and render; this thread cuts lines and writes, in document order
      try (OrderedParallel<ValidationWork.Found> workers = new OrderedParallel<>(threads, tally)) {
        if (!Files.isDirectory(input.path()) && input.extension().equals("jsonl")) {
          try (InputStream in = Files.newInputStream(input.path())) {
            LineBatches lines = new LineBatches(in, json.options().maxDocumentLength());
            for (LineBatches.Batch b = lines.next(); b != null; b = lines.next()) {
              LineBatches.Batch batch = b;
              workers.submit(() -> work.lines(batch));
            }
          }
        } else {
          Documents.Loaded loaded = Documents.load(input, reading);
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

  /** The report's view of a check a rule could not make: its message starts with the reason's code. */
  static FindingView view(NotChecked n, Locale locale) {
    Location l = n.location();
    return new FindingView(n.ruleId(), FindingView.NOT_CHECKED, l.pointer(), l.table(), l.unit(), l.code(), l.column(),
        Optional.empty(), Optional.empty(), Optional.empty(), n.message(locale), line(l), l.page());
  }

  /** The report's view of a finding. */
  static FindingView view(Finding f, Locale locale) {
    Location l = f.location();
    return new FindingView(f.ruleId(), f.severity().name(), l.pointer(), l.table(), l.unit(), l.code(), l.column(),
        f.expected().map(BigDecimal::toPlainString), f.actual().map(BigDecimal::toPlainString),
        f.difference().map(BigDecimal::toPlainString), f.message(locale), line(l), l.page());
  }

  /** A PDF's values are found by their page; their line in the laid-out text means nothing to a reader. */
  private static java.util.OptionalInt line(Location l) {
    return l.page().isPresent() ? java.util.OptionalInt.empty() : l.line();
  }
}
