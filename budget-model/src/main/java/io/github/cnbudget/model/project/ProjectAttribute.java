package io.github.cnbudget.model.project;

/**
 * Project attribute (项目属性): recurring or one-off.
 */
public enum ProjectAttribute {
  /** 持续性项目 (also printed 经常性). */
  RECURRING("持续性"),
  /** 一次性项目. */
  ONE_OFF("一次性");

  private final String chinese;

  ProjectAttribute(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese term.
   *
   * @return 持续性 or 一次性
   */
  public String chinese() {
    return chinese;
  }
}
