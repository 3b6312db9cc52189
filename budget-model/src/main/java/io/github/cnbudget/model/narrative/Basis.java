package io.github.cnbudget.model.narrative;

/** What a stated amount or a comparison is measured against (口径): budget, execution or final account. */
public enum Basis {
  /** 预算, 预算数. */
  BUDGET,
  /** 年初预算. */
  INITIAL_BUDGET,
  /** 全年预算 (the budget as adjusted during the year). */
  ADJUSTED_BUDGET,
  /** 执行数, 预算执行数. */
  EXECUTION,
  /** 决算, 决算数, 支出决算. */
  FINAL
}
