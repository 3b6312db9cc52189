package io.github.cnbudget.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command has to say about one input (单个文件的报告): the documents it held, their
 * findings and import problems, or why it could not be read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the input as displayed
 * @param documents short descriptions of the documents read (department, year, stage), one per document
 * @param findings the validation findings, in report order
 * @param importProblems what the importer could not read
 * @param failure why the input could not be read at all, or empty
 * @param streamed counts by severity of findings already written to a {@link ReportStream} as they
 *     were found, and therefore not held in {@code findings}
 */
public record FileReport(
    String source,
    List<String> documents,
    List<FindingView> findings,
    List<ImportProblemView> importProblems,
    Optional<String> failure,
    Map<String, Integer> streamed) {

  /**
   * Copies the lists.
   *
   * @param source the source
   * @param documents the documents
   * @param findings the findings
   * @param importProblems the import problems
   * @param failure the failure
   * @param streamed the counts of findings by severity, when they were streamed rather than kept
   */
  public FileReport {
    Objects.requireNonNull(source, "source");
    documents = List.copyOf(documents);
    findings = List.copyOf(findings);
    importProblems = List.copyOf(importProblems);
    Objects.requireNonNull(failure, "failure");
    streamed = Map.copyOf(streamed);
  }

  /**
   * A report that holds all its findings.
   *
   * @param source the input as displayed
   * @param documents the documents
   * @param findings the findings
   * @param importProblems the import problems
   * @param failure why the input could not be read, or empty
   */
  public FileReport(String source, List<String> documents, List<FindingView> findings,
      List<ImportProblemView> importProblems, Optional<String> failure) {
    this(source, documents, findings, importProblems, failure, Map.of());
  }

  /**
   * The report of an input that could not be read.
   *
   * @param source the input as displayed
   * @param failure why
   * @return the report
   */
  public static FileReport failed(String source, String failure) {
    return new FileReport(source, List.of(), List.of(), List.of(), Optional.of(failure));
  }

  /** How many failures of one input a report quotes; the rest are counted. */
  public static final int QUOTED_FAILURES = 3;

  /**
   * The failure of an input some of whose documents could not be read: the first few reasons
   * quoted, the rest counted.
   *
   * @param quoted the first reasons (at most {@link #QUOTED_FAILURES} are used)
   * @param total how many there were
   * @return the failure text, or empty when there was none
   */
  public static Optional<String> failures(List<String> quoted, int total) {
    if (total == 0) {
      return Optional.empty();
    }
    List<String> shown = quoted.subList(0, Math.min(quoted.size(), QUOTED_FAILURES));
    String text = String.join("; ", shown);
    return Optional.of(total > shown.size() ? text + "; and " + (total - shown.size()) + " more" : text);
  }

  /**
   * The report of a failed batch outcome, or the task's own report.
   *
   * @param outcome the outcome of a task that yields reports
   * @return the report
   */
  public static FileReport of(FileOutcome<FileReport> outcome) {
    return outcome.result().orElseGet(() -> failed(outcome.input().display(), outcome.failure().orElseThrow()));
  }

  /**
   * The number of findings of a severity.
   *
   * @param severity e.g. {@link FindingView#ERROR}
   * @return the count
   */
  public int count(String severity) {
    return (int) findings.stream().filter(f -> f.severity().equals(severity)).count()
        + streamed.getOrDefault(severity, 0);
  }
}
