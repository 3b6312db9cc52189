package io.github.cnbudget.model.table;

/**
 * The side of a two-sided table (收支两栏表) a row or column belongs to; {@link #SINGLE} for ordinary
 * one-sided tables.
 */
public enum Side {
  /** One-sided table. */
  SINGLE,
  /** 收入: the income side. */
  INCOME,
  /** 支出: the expenditure side. */
  EXPENDITURE
}
