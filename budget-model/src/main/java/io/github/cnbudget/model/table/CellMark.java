package io.github.cnbudget.model.table;

/**
 * What a printed cell held (单元格印刷形式). Empty, {@code -} and {@code 0.00} mean different things in
 * some tables, so the distinction is kept.
 */
public enum CellMark {
  /** A number was printed (possibly {@code 0}). */
  AMOUNT,
  /** Nothing was printed in the cell. */
  BLANK,
  /** A dash ({@code -}, {@code —}, {@code －}) was printed: "not applicable" or "none". */
  DASH,
  /** Text that is not a number was printed (e.g. {@code 本表无数据} or a wrapped name). */
  TEXT
}
