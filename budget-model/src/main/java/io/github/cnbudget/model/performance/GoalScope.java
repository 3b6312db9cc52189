package io.github.cnbudget.model.performance;

/**
 * Whose goal a performance target is (绩效目标范围).
 */
public enum GoalScope {
  /** 部门（单位）整体支出绩效目标. */
  DEPARTMENT("整体支出"),
  /** 项目绩效目标. */
  PROJECT("项目");

  private final String chinese;

  GoalScope(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese term.
   *
   * @return 整体支出 or 项目
   */
  public String chinese() {
    return chinese;
  }
}
