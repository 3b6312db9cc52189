package io.github.cnbudget.io.csv;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Disclosure;
import java.util.List;

/**
 * What a lenient read of a tidy file set produced (宽松读取结果): the documents and the problems met.
 *
 * <p>Immutable and thread-safe.
 */
public final class TidyReadResult {
  private final List<Disclosure> documents;
  private final List<ReadProblem> problems;

  TidyReadResult(List<Disclosure> documents, List<ReadProblem> problems) {
    this.documents = List.copyOf(documents);
    this.problems = List.copyOf(problems);
  }

  /**
   * The documents read.
   *
   * @return the documents in {@code document} order
   */
  public List<Disclosure> documents() {
    return documents;
  }

  /**
   * The problems met, in file order; empty for a clean set.
   *
   * @return the problems
   */
  public List<ReadProblem> problems() {
    return problems;
  }
}
