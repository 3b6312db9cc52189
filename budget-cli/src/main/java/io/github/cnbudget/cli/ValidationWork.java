package io.github.cnbudget.cli;

import io.github.cnbudget.cli.internal.BatchRunner;
import io.github.cnbudget.cli.internal.DocumentFindings;
import io.github.cnbudget.cli.internal.FileReport;
import io.github.cnbudget.cli.internal.FindingView;
import io.github.cnbudget.cli.internal.ReportStream;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.json.JsonLines;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.RuleSet;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a worker does with the documents of one input (并行校验): decodes a batch of JSON lines,
 * validates each document and renders its findings in the report's format, so that the thread
 * that reads and writes only cuts lines and copies text. A document that cannot be decoded or
 * validated is recorded with its line and the others go on.
 *
 * <p>Immutable and thread-safe: one instance serves every worker of an input.
 */
final class ValidationWork {
  private final RuleSet rules;
  private final DisclosureJson json;
  private final ReportStream stream;
  private final String source;
  private final Locale locale;
  private final ReadingOptions reading;

  /** The work of one input; {@code reading} says whether personal data is withheld from the JSON lines' documents. */
  ValidationWork(RuleSet rules, DisclosureJson json, ReportStream stream, String source, Locale locale, ReadingOptions reading) {
    this.reading = reading;
    this.rules = rules;
    this.json = json;
    this.stream = stream;
    this.source = source;
    this.locale = locale;
  }

  /**
   * What one task found, in document order. Not thread-safe: made by one worker, then handed to the
   * writing thread.
   */
  static final class Found {
    /** The pieces of the report to write, in order. */
    final List<String> findings = new ArrayList<>();
    /** The severity of each finding, listed or not, to count. */
    final List<String> severities = new ArrayList<>();
    final List<String> documents = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
  }

  /**
   * Decodes and validates a batch of JSON lines.
   *
   * @param batch the lines
   * @return their findings, documents and failures, in line order
   */
  Found lines(LineBatches.Batch batch) {
    Found found = new Found();
    byte[] data = batch.data();
    for (int i = 0; i < batch.count(); i++) {
      long line = batch.firstLine() + i;
      if (batch.tooLong(i)) {
        found.failures.add(BatchRunner.describe(JsonLines.tooLong(line, json)));
        continue;
      }
      Optional<Disclosure> d;
      try {
        d = JsonLines.readLine(json, data, batch.starts()[i], batch.ends()[i], line);
      } catch (CodecException e) {
        found.failures.add(BatchRunner.describe(e));
        continue;
      } catch (RuntimeException | StackOverflowError e) {
        found.failures.add("line " + line + ": " + BatchRunner.describe(e));
        continue;
      } catch (OutOfMemoryError e) {
        // the line's partial document is garbage now: the other lines go on
        found.failures.add("line " + line + ": " + BatchRunner.outOfMemory(e));
        continue;
      }
      if (d.isPresent()) {
        // as every other input, a line's document is validated and reported without personal data
        validate(reading.shown(d.get()), "line " + line, found);
      }
    }
    return found;
  }

  /**
   * Validates one document already read.
   *
   * @param d the document
   * @param number its one-based position in the input, to name it if it fails
   * @return its findings
   */
  Found document(Disclosure d, int number) {
    Found found = new Found();
    validate(d, "document " + number, found);
    return found;
  }

  private void validate(Disclosure d, String where, Found found) {
    ValidationReport report;
    try {
      report = rules.validate(d);
    } catch (RuntimeException | StackOverflowError e) {
      // a rule that breaks on one document must not lose the others' findings
      found.failures.add(where + ": validation failed: " + BatchRunner.describe(e));
      return;
    } catch (OutOfMemoryError e) {
      found.failures.add(where + ": validation failed: " + BatchRunner.outOfMemory(e));
      return;
    }
    String description = Documents.describe(d);
    found.documents.add(description);
    List<FindingView> views = new ArrayList<>();
    for (Finding f : report.findings()) {
      views.add(ValidateCommand.view(f, locale));
    }
    // what the rules could not check is listed with the findings: an empty report is not a clean one
    for (NotChecked n : report.notChecked()) {
      views.add(ValidateCommand.view(n, locale));
    }
    for (FindingView v : views) {
      found.severities.add(v.severity());
    }
    found.findings.addAll(stream.render(source, new DocumentFindings(d, description, views)));
  }

  /**
   * Writes what the tasks found, in order, and keeps the input's totals. Not thread-safe: used by
   * the writing thread only.
   */
  static final class Tally implements Consumer<Found> {

    private final ReportStream stream;
    final List<String> documents = new ArrayList<>();
    final Map<String, Integer> counts = new HashMap<>();
    private final List<String> quoted = new ArrayList<>();
    private int failures;

    Tally(ReportStream stream) {
      this.stream = stream;
    }

    @Override
    public void accept(Found found) {
      for (String piece : found.findings) {
        stream.rendered(piece);
      }
      for (String severity : found.severities) {
        counts.merge(severity, 1, Integer::sum);
      }
      documents.addAll(found.documents);
      for (String f : found.failures) {
        failures++;
        if (quoted.size() < FileReport.QUOTED_FAILURES) {
          quoted.add(f);
        }
      }
    }

    /** The input's failure: the first documents that could not be read or validated, or empty. */
    Optional<String> failure() {
      return FileReport.failures(quoted, failures);
    }
  }
}
