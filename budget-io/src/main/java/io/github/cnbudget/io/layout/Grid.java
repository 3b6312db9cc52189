package io.github.cnbudget.io.layout;

import java.util.List;

/**
 * A table's grid of cells (表格网格) rebuilt from one page: rows × columns, each cell with its span
 * and box. Only cells that hold text are listed.
 *
 * @param rows the number of rows
 * @param columns the number of columns
 * @param cells the cells holding text, by row then column
 * @param box the grid's box
 * @param ruled whether the grid came from ruling lines (else from the alignment of text)
 * @param columnEdges the x positions of the column boundaries, left to right ({@code columns + 1})
 * @param rowEdges the y positions of the row boundaries, top to bottom ({@code rows + 1})
 */
public record Grid(int rows, int columns, List<GridCell> cells, Box box, boolean ruled, List<Double> columnEdges,
    List<Double> rowEdges) implements Block {
  public Grid {
    cells = List.copyOf(cells);
    columnEdges = List.copyOf(columnEdges);
    rowEdges = List.copyOf(rowEdges);
    if (columnEdges.size() != columns + 1 || rowEdges.size() != rows + 1) {
      throw new IllegalArgumentException(rows + "×" + columns + " cells need " + (rows + 1) + " row and "
          + (columns + 1) + " column edges, not " + rowEdges.size() + " and " + columnEdges.size());
    }
  }
}
