package io.github.cnbudget.model.table;

/**
 * What a table row stands for (行类型).
 */
public enum RowKind {
  /** The whole-table total (合计 / the department row of a per-unit table). */
  TOTAL,
  /** A budget unit's subtotal row in a per-unit table (单位合计行). */
  UNIT,
  /** A classification code row (functional or economic 类/款/项). */
  CODE,
  /** A labelled line item (收支总表 items, 本年收入合计, 收入总计, “三公” parts, year rows). */
  ITEM,
  /** A project row (项目支出表). */
  PROJECT
}
