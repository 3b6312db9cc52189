package io.github.cnbudget.model.organisation;

/**
 * The role of a budget unit within its department (预算单位层级).
 */
public enum UnitRole {
  /** 本级: the department's own administrative level. */
  DEPARTMENT_LEVEL("本级"),
  /** 下属单位: a subordinate unit. */
  SUBORDINATE("下属单位");

  private final String chinese;

  UnitRole(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese term.
   *
   * @return 本级 or 下属单位
   */
  public String chinese() {
    return chinese;
  }
}
