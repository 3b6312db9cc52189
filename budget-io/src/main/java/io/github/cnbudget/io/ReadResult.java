package io.github.cnbudget.io;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Severity;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a read produced (读取结果): the documents read, in input order, and the problems met on the
 * way, in input order. The one result of {@code Disclosures.read} and of the lenient tidy CSV read,
 * whatever the input.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadResult {
  private final List<Disclosure> documents;
  private final List<ReadProblem> problems;

  private ReadResult(List<Disclosure> documents, List<ReadProblem> problems) {
    this.documents = List.copyOf(documents);
    this.problems = List.copyOf(problems);
  }

  /**
   * A result.
   *
   * @param documents the documents read, in input order
   * @param problems the problems met, in input order
   * @return the result
   */
  public static ReadResult of(List<Disclosure> documents, List<ReadProblem> problems) {
    return new ReadResult(Objects.requireNonNull(documents, "documents"), Objects.requireNonNull(problems, "problems"));
  }

  /**
   * The documents read.
   *
   * @return the documents in input order; one for a JSON file, a disclosure text or PDF
   */
  public List<Disclosure> documents() {
    return documents;
  }

  /**
   * The problems met.
   *
   * @return the problems in input order; empty for a clean input
   */
  public List<ReadProblem> problems() {
    return problems;
  }

  /**
   * The problems of one severity.
   *
   * @param severity the severity
   * @return those problems, in input order
   */
  public List<ReadProblem> problems(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return problems.stream().filter(p -> p.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadResult && ((ReadResult) o).documents.equals(documents)
        && ((ReadResult) o).problems.equals(problems);
  }

  @Override
  public int hashCode() {
    return documents.hashCode() * 31 + problems.hashCode();
  }

  @Override
  public String toString() {
    return "ReadResult[" + documents.size() + " documents, " + problems.size() + " problems]";
  }
}
