package io.github.cnbudget.examples;

import io.github.cnbudget.io.read.Disclosures;
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
 * text, PDF or our JSON, runs {@code Rules.defaults()} and prints each finding with its location.
 *
 * <p>Run from the repository root: {@code java … io.github.cnbudget.examples.ValidateDocument
 * examples/data/000_ff2a909ca0d0a799.txt}.
 */
public final class ValidateDocument {
  private ValidateDocument() {}

  /**
   * Reads a document from any input {@link Disclosures#read(Path)} supports: our JSON or JSON Lines,
   * a tidy CSV folder, disclosure text or a published PDF.
   *
   * @param file the file (or tidy CSV folder)
   * @return its first document
   * @throws IllegalArgumentException when the input holds no document
   */
  public static Disclosure read(Path file) {
    return Disclosures.read(file).documents().stream().findFirst()
        .orElseThrow(() -> new IllegalArgumentException(file + " holds no document"));
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
