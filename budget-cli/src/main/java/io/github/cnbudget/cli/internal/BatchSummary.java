package io.github.cnbudget.cli.internal;

import java.util.List;

/**
 * The totals of a batch (批处理汇总): inputs, documents read, inputs that failed, findings by
 * severity and import problems; and the exit code they mean.
 *
 * <p>Immutable and thread-safe.
 *
 * @param files inputs tried
 * @param documents documents read
 * @param failed inputs that could not be read or processed
 * @param errors ERROR findings
 * @param warnings WARNING findings
 * @param infos INFO findings
 * @param importProblems problems reported by the importer
 */
public record BatchSummary(int files, int documents, int failed, int errors, int warnings, int infos, int importProblems) {

  /** Exit code: every input read, no ERROR finding. */
  public static final int OK = 0;

  /** Exit code: at least one ERROR finding. */
  public static final int FINDINGS = 1;

  /** Exit code: an input could not be read (or the command line was wrong). */
  public static final int UNREADABLE = 2;

  /**
   * Adds up reports.
   *
   * @param reports one per input
   * @return the totals
   */
  public static BatchSummary of(List<FileReport> reports) {
    int documents = 0;
    int failed = 0;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int problems = 0;
    for (FileReport r : reports) {
      documents += r.documents().size();
      failed += r.failure().isPresent() ? 1 : 0;
      errors += r.count(FindingView.ERROR);
      warnings += r.count(FindingView.WARNING);
      infos += r.count(FindingView.INFO);
      problems += r.importProblems().size();
    }
    return new BatchSummary(reports.size(), documents, failed, errors, warnings, infos, problems);
  }

  /**
   * The process exit code: {@value #UNREADABLE} when an input failed (its findings are unknown, so
   * the batch cannot claim success or mere findings), else {@value #FINDINGS} with ERROR findings,
   * else {@value #OK}.
   *
   * @return 0, 1 or 2
   */
  public int exitCode() {
    if (failed > 0) {
      return UNREADABLE;
    }
    return errors > 0 ? FINDINGS : OK;
  }
}
