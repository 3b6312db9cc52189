package io.github.cnbudget.io.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cells wrapped a piece a line (单元格折行): a row whose name, target and actual each wrapped in their
 * narrow columns, printed one piece a line with nothing telling where one cell ends and the next
 * begins. A column's width shows in its pieces: every piece but a cell's last fills the column, so the
 * pieces before the last are equally wide and the last is no wider. The pieces are split only when
 * exactly one split keeps that for every cell; otherwise the row is not read.
 */
final class WrappedCells {
  /** More pieces than any row of a printed table wraps into: splitting them is not tried. */
  private static final int MAX_PIECES = 24;
  /** A piece ending in a narrow character (a digit, a Latin letter) falls short of the column by one. */
  private static final int SLACK = 1;

  private WrappedCells() {
  }

  /**
   * Every split of the pieces, in order, into {@code cells} cells each of whose pieces fit one column.
   *
   * @param pieces the lines, stripped, in the order printed
   * @param cells how many cells they make
   * @return the splits, each a list of cells, each cell its pieces
   */
  static List<List<List<String>>> splits(List<String> pieces, int cells) {
    List<List<List<String>>> found = new ArrayList<>();
    if (cells >= 1 && pieces.size() >= cells && pieces.size() <= MAX_PIECES) {
      split(pieces, 0, cells, new ArrayList<>(), found);
    }
    return found;
  }

  /**
   * The only split of the pieces into {@code cells} cells that fit their columns, or empty when there
   * is none or more than one.
   *
   * @param pieces the lines, stripped, in the order printed
   * @param cells how many cells they make
   * @return the cells, each its pieces
   */
  static Optional<List<List<String>>> only(List<String> pieces, int cells) {
    List<List<List<String>>> all = splits(pieces, cells);
    return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
  }

  private static void split(List<String> pieces, int from, int cells, List<List<String>> taken,
      List<List<List<String>>> found) {
    if (cells == 1) {
      List<String> cell = pieces.subList(from, pieces.size());
      if (fits(cell)) {
        List<List<String>> split = new ArrayList<>(taken);
        split.add(cell);
        found.add(List.copyOf(split));
      }
      return;
    }
    for (int end = from + 1; end <= pieces.size() - (cells - 1); end++) {
      List<String> cell = pieces.subList(from, end);
      if (fits(cell)) {
        taken.add(cell);
        split(pieces, end, cells - 1, taken, found);
        taken.remove(taken.size() - 1);
      }
    }
  }

  /** Pieces before the last equally wide (up to a narrow character), the last no wider than they. */
  static boolean fits(List<String> cell) {
    if (cell.size() == 1) {
      return true;
    }
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (String piece : cell.subList(0, cell.size() - 1)) {
      int w = width(piece);
      min = Math.min(min, w);
      max = Math.max(max, w);
    }
    return max - min <= SLACK && width(cell.get(cell.size() - 1)) <= max + SLACK;
  }

  /** The width a piece takes printed: a Chinese or full-width character two, others one. */
  static int width(String piece) {
    int w = 0;
    for (int i = 0; i < piece.length(); ) {
      int c = piece.codePointAt(i);
      w += isWide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return w;
  }

  private static boolean isWide(int c) {
    return c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
        || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6
        || c >= 0x20000 && c <= 0x3FFFD;
  }
}
