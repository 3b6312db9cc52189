package io.github.cnbudget.model;

/**
 * How serious a finding is (问题严重程度).
 *
 * <p>Constants are declared from most to least serious, so the natural order sorts errors first.
 */
public enum Severity {
  /** 错误: the document contradicts itself or a standard beyond any rounding. */
  ERROR("错误"),
  /** 警告: probably wrong, or outside a convention (a stale name, weights that do not sum to 100). */
  WARNING("警告"),
  /** 提示: worth knowing but not wrong (a rounding-level difference, a difference explained by a printed figure). */
  INFO("提示");

  private final String chinese;

  Severity(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese term.
   *
   * @return 错误, 警告 or 提示
   */
  public String chinese() {
    return chinese;
  }
}
