package io.github.cnbudget.model.table;

/**
 * The standard disclosure tables (公开报表种类) of the Ministry of Finance set. Numbering and titles vary
 * by province; final accounts print the same ideas as 公开01–09 (see {@link #finalAccountNumber()}).
 */
public enum TableKind {
  /** 收支总表 / 部门收支总表 / 收入支出决算总表 (公开01): two-sided. */
  INCOME_EXPENDITURE_SUMMARY("收支总表", 1),
  /** 收入总表 / 收入决算表 (公开02): per unit or per functional code, split by funding source. */
  INCOME("收入总表", 2),
  /** 支出总表 / 支出决算表 (公开03): 合计 = 基本支出 + 项目支出 (+ …). */
  EXPENDITURE("支出总表", 3),
  /** 财政拨款收支总表 / 财政拨款收入支出决算总表 (公开04): two-sided, appropriations only. */
  FISCAL_APPROPRIATION_SUMMARY("财政拨款收支总表", 4),
  /** 一般公共预算支出表（按功能分类） / 一般公共预算财政拨款支出决算表 (公开05). */
  GENERAL_PUBLIC_BY_FUNCTION("一般公共预算支出表", 5),
  /** 一般公共预算支出表（按经济分类）: all expenditure by economic class. */
  GENERAL_PUBLIC_BY_ECONOMIC("一般公共预算支出表（按经济分类）", 0),
  /** 一般公共预算基本支出表 / 一般公共预算财政拨款基本支出决算表 (公开06): 人员经费 + 公用经费. */
  GENERAL_PUBLIC_BASIC_BY_ECONOMIC("一般公共预算基本支出表", 6),
  /** 一般公共预算项目支出表（按经济分类）. */
  GENERAL_PUBLIC_PROJECT_BY_ECONOMIC("一般公共预算项目支出表", 0),
  /** “三公”经费支出表 (公开07). */
  THREE_PUBLIC("“三公”经费支出表", 7),
  /** 政府性基金预算支出表 (公开08). */
  GOVERNMENT_FUND("政府性基金预算支出表", 8),
  /** 国有资本经营预算支出表 (公开09). */
  STATE_CAPITAL("国有资本经营预算支出表", 9),
  /** 项目支出表. */
  PROJECT_EXPENDITURE("项目支出表", 0),
  /** 政府采购预算表. */
  GOVERNMENT_PROCUREMENT("政府采购预算表", 0),
  /**
   * 国有资产占有使用情况表 (state-owned assets held and used): asset values by class (资产总额, 流动资产,
   * 固定资产, …) and counts of vehicles and equipment, for the department and its units; printed with
   * many final accounts and some budgets, outside the 公开01–09 set.
   */
  STATE_ASSETS("国有资产占有使用情况表", 0),
  /** Any other table: its printed title says what it is. */
  OTHER("其他", 0);

  private final String chinese;
  private final int finalAccountNumber;

  TableKind(String chinese, int finalAccountNumber) {
    this.chinese = chinese;
    this.finalAccountNumber = finalAccountNumber;
  }

  /**
   * The usual Chinese title.
   *
   * @return the title
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The number of the final-account table (公开NN) of this kind.
   *
   * @return 1 to 9, or 0 when final accounts have no such table
   */
  public int finalAccountNumber() {
    return finalAccountNumber;
  }

  /**
   * Whether tables of this kind have an income side and an expenditure side.
   *
   * @return true for the two summaries
   */
  public boolean isTwoSided() {
    return this == INCOME_EXPENDITURE_SUMMARY || this == FISCAL_APPROPRIATION_SUMMARY;
  }
}
