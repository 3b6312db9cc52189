package io.github.cnbudget.io.text;

import io.github.cnbudget.model.Disclosure;
import java.util.Objects;

/**
 * The outcome of an import (导入结果): the disclosure as far as it could be read, and the report of
 * what could not be placed and what was repaired. Immutable and thread-safe.
 */
public final class ImportResult {
  private final Disclosure disclosure;
  private final ImportReport report;

  private ImportResult(Disclosure disclosure, ImportReport report) {
    this.disclosure = disclosure;
    this.report = report;
  }

  /**
   * A result.
   *
   * @param disclosure the imported disclosure
   * @param report the report
   * @return the result
   */
  public static ImportResult of(Disclosure disclosure, ImportReport report) {
    return new ImportResult(Objects.requireNonNull(disclosure, "disclosure"), Objects.requireNonNull(report, "report"));
  }

  /**
   * The imported disclosure.
   *
   * @return the disclosure
   */
  public Disclosure disclosure() {
    return disclosure;
  }

  /**
   * What could not be placed and what was repaired.
   *
   * @return the report
   */
  public ImportReport report() {
    return report;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportResult && ((ImportResult) o).disclosure.equals(disclosure)
        && ((ImportResult) o).report.equals(report);
  }

  @Override
  public int hashCode() {
    return disclosure.hashCode() * 31 + report.hashCode();
  }

  @Override
  public String toString() {
    return "ImportResult[" + disclosure.department().name() + " " + disclosure.year() + ", " + report + "]";
  }
}
