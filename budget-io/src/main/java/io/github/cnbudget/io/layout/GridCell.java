package io.github.cnbudget.io.layout;

/**
 * One cell of a grid (单元格), possibly merged over several rows and columns.
 *
 * @param row its first row (zero-based)
 * @param column its first column (zero-based)
 * @param rowSpan rows it covers
 * @param columnSpan columns it covers
 * @param text its text, a wrapped cell's lines joined
 * @param box where it is printed (the cell's borders, or its text's box in a grid without rules)
 */
public record GridCell(int row, int column, int rowSpan, int columnSpan, String text, Box box) {}
