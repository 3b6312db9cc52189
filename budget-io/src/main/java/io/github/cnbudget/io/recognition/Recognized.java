package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.Repair;
import io.github.cnbudget.model.Disclosure;
import java.util.List;
import java.util.Objects;

/**
 * What recognition read (识别结果): the disclosure, the problems of what could not be placed, and the
 * OCR damage read through. Immutable.
 */
public final class Recognized {
  private final Disclosure disclosure;
  private final List<ReadProblem> problems;
  private final List<Repair> repairs;

  Recognized(Disclosure disclosure, List<ReadProblem> problems, List<Repair> repairs) {
    this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
    this.problems = List.copyOf(problems);
    this.repairs = List.copyOf(repairs);
  }

  /**
   * The disclosure read.
   *
   * @return the disclosure
   */
  public Disclosure disclosure() {
    return disclosure;
  }

  /**
   * What could not be placed, each with its line.
   *
   * @return the problems, in the order met
   */
  public List<ReadProblem> problems() {
    return problems;
  }

  /**
   * The damaged numbers read through.
   *
   * @return the repairs
   */
  public List<Repair> repairs() {
    return repairs;
  }
}
