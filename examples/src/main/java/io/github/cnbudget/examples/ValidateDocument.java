package io.github.cnbudget.examples;

import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Validates a published document with the default rules (用默认规则校验公开文件): reads the disclosure
 * text (or our JSON), runs {@code Rules.defaults()} and prints each finding with its location.
 *
 * <p>Run from the repository root: {@code java … io.github.cnbudget.examples.ValidateDocument
 * examples/data/000_ff2a909ca0d0a799.txt}.
 */
public final class ValidateDocument {
  private ValidateDocument() {}

  /**
   * Reads a document: {@code .json} with the JSON codec, anything else as disclosure text.
   *
   * @param file the file
   * @return the document
   */
  public static Disclosure read(Path file) {
    if (file.toString().endsWith(".json")) {
      return DisclosureJson.create().read(file);
    }
    return DisclosureImporter.defaults().importText(file).disclosure();
  }

  /**
   * Validates a document with every default rule.
   *
   * @param document the document
   * @return the findings, ordered by location
   */
  public static ValidationReport validate(Disclosure document) {
    return Rules.defaults().validate(document);
  }

  static void print(ValidationReport report, Locale locale, PrintStream out) {
    for (Finding f : report.findings()) {
      out.println(f.severity() + " " + f.ruleId() + " " + f.location().pointer() + " line "
          + (f.location().line().isPresent() ? f.location().line().getAsInt() : "-") + ": " + f.message(locale));
    }
    out.println(report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING) + " warnings, "
        + report.count(Severity.INFO) + " infos");
  }

  /**
   * Validates the file named by the first argument (default: seed 000) and prints the findings.
   *
   * @param args the file, optionally followed by {@code en} for English messages
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/data/000_ff2a909ca0d0a799.txt");
    Locale locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    print(validate(read(file)), locale, System.out);
  }
}
