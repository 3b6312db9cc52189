package io.github.cnbudget.io.text;

import io.github.cnbudget.io.Repair;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import java.util.List;

/**
 * What an import could not place and what it repaired (导入报告). Immutable and thread-safe.
 */
public final class ImportReport {
  private final List<ReadProblem> problems;
  private final List<Repair> repairs;

  private ImportReport(List<ReadProblem> problems, List<Repair> repairs) {
    this.problems = List.copyOf(problems);
    this.repairs = List.copyOf(repairs);
  }

  /**
   * A report.
   *
   * @param problems the problems in source order
   * @param repairs the repairs in source order
   * @return the report
   */
  public static ImportReport of(List<ReadProblem> problems, List<Repair> repairs) {
    return new ImportReport(problems, repairs);
  }

  /**
   * Everything that could not be placed.
   *
   * @return the problems in source order
   */
  public List<ReadProblem> problems() {
    return problems;
  }

  /**
   * The problems of a severity.
   *
   * @param severity the severity
   * @return those problems in source order
   */
  public List<ReadProblem> problems(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Every OCR repair made.
   *
   * @return the repairs in source order
   */
  public List<Repair> repairs() {
    return repairs;
  }

  /**
   * Whether nothing was lost: no {@link Severity#ERROR} problems.
   *
   * @return true when the import is complete
   */
  public boolean isComplete() {
    return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportReport && ((ImportReport) o).problems.equals(problems)
        && ((ImportReport) o).repairs.equals(repairs);
  }

  @Override
  public int hashCode() {
    return problems.hashCode() * 31 + repairs.hashCode();
  }

  @Override
  public String toString() {
    return "ImportReport[" + problems.size() + " problems, " + repairs.size() + " repairs]";
  }
}
