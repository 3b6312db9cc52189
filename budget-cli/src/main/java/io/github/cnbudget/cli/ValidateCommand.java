package io.github.cnbudget.cli;

import io.github.cnbudget.cli.internal.BatchSummary;
import io.github.cnbudget.cli.internal.FileReport;
import io.github.cnbudget.cli.internal.FindingView;
import io.github.cnbudget.cli.internal.Input;
import io.github.cnbudget.cli.internal.ReportWriter;
import io.github.cnbudget.cli.internal.SummaryTable;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.RuleSet;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * {@code budget validate FILE…}: checks documents with the rules and reports findings (校验).
 *
 * <p>Not thread-safe: picocli fills one instance per execution.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check disclosures (their text, or our .json/.jsonl) with the validation rules and report the findings.",
      "Exit code 0: no ERROR finding; 1: ERROR findings; 2: an input could not be read, or a usage error."
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand BudgetCommand parent;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, folders or globs: disclosure text, .json or .jsonl.")
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

  /** Report formats. */
  enum ReportFormat {
    text,
    json
  }

  @Override
  public Integer call() {
    RuleSet ruleSet = ruleSet();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Input> inputs = Documents.inputs(files);
    List<FileReport> reports = parent.batch(inputs, in -> validate(in, ruleSet), err);
    if (format == ReportFormat.json) {
      ReportWriter.writeJson(reports, out);
    } else {
      ReportWriter.writeText(reports, out);
    }
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

  private FileReport validate(Input input, RuleSet ruleSet) throws IOException {
    Documents.Loaded loaded = Documents.load(input);
    List<FindingView> findings = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    for (Disclosure d : loaded.documents()) {
      documents.add(Documents.describe(d));
      for (Finding f : ruleSet.validate(d).findings()) {
        findings.add(view(f, locale.locale()));
      }
    }
    return new FileReport(input.display(), documents, findings, loaded.importProblems(), Optional.empty());
  }

  /** The report's view of a finding. */
  static FindingView view(Finding f, Locale locale) {
    Location l = f.location();
    return new FindingView(f.ruleId(), f.severity().name(), l.pointer(), l.table(), l.unit(), l.code(), l.column(),
        f.expected().map(BigDecimal::toPlainString), f.actual().map(BigDecimal::toPlainString),
        f.difference().map(BigDecimal::toPlainString), f.message(locale), l.line());
  }
}
