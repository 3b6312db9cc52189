package io.github.cnbudget.model;

import java.util.Optional;

/**
 * The stage of a disclosure (公开阶段): the budget before the year or the final account after it.
 */
public enum Stage {
  /** 部门预算: published before the fiscal year. */
  BUDGET("预算", "部门预算"),
  /** 部门决算: published after the fiscal year. */
  FINAL_ACCOUNT("决算", "部门决算");

  private final String chinese;
  private final String documentTerm;

  Stage(String chinese, String documentTerm) {
    this.chinese = chinese;
    this.documentTerm = documentTerm;
  }

  /**
   * The short Chinese term.
   *
   * @return 预算 or 决算
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The Chinese name of the department document.
   *
   * @return 部门预算 or 部门决算
   */
  public String documentTerm() {
    return documentTerm;
  }

  /**
   * Finds the stage a printed title speaks of: 决算 wins over 预算 because final-account titles also
   * mention the budget (预算) in table names.
   *
   * @param text a title or heading
   * @return the stage, or empty when the text names neither
   */
  public static Optional<Stage> fromText(CharSequence text) {
    String s = text.toString();
    if (s.contains("决算")) {
      return Optional.of(FINAL_ACCOUNT);
    }
    if (s.contains("预算")) {
      return Optional.of(BUDGET);
    }
    return Optional.empty();
  }
}
