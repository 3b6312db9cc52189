package io.github.cnbudget.model.classification;

/**
 * The classification schemes of government expenditure (政府收支分类科目).
 */
public enum Scheme {
  /** 支出功能分类科目: what the money is for (类/款/项). */
  FUNCTIONAL("支出功能分类科目"),
  /** 部门预算支出经济分类科目: what the money buys, departmental scheme (301…399). */
  DEPARTMENTAL_ECONOMIC("部门预算支出经济分类科目"),
  /** 政府预算支出经济分类科目: what the money buys, government scheme (501…599). */
  GOVERNMENT_ECONOMIC("政府预算支出经济分类科目");

  private final String chinese;

  Scheme(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The official Chinese name.
   *
   * @return the scheme's name
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Whether this is one of the two economic schemes.
   *
   * @return true for the departmental and the government economic scheme
   */
  public boolean isEconomic() {
    return this != FUNCTIONAL;
  }
}
