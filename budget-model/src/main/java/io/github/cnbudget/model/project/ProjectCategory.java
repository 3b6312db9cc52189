package io.github.cnbudget.model.project;

/**
 * Project category (项目类别) of the 项目库 reform.
 */
public enum ProjectCategory {
  /** 人员类项目. */
  PERSONNEL("人员类"),
  /** 运转类项目. */
  OPERATION("运转类"),
  /** 特定目标类项目. */
  SPECIFIC_PURPOSE("特定目标类");

  private final String chinese;

  ProjectCategory(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese term.
   *
   * @return e.g. 特定目标类
   */
  public String chinese() {
    return chinese;
  }
}
