package io.github.cnbudget.io.recognition;

import java.util.ArrayList;
import java.util.List;

/**
 * Header cells the extraction ran together (表头单元格粘连): a two-sided summary whose right-hand
 * header starts in the left-hand side's last cell ({@code 项目 | 预算数 项目 | 预算数} over rows of four
 * cells), or several column headers printed on one text line in one cell ({@code 合计 基本支出 项目支出}).
 * A header row narrower than the rows, with a cell holding whole header words separated by blanks, is
 * read as those words in as many cells, when the row then is no wider than the rows; nothing else is
 * touched.
 */
final class MergedHeaderCells {
  private MergedHeaderCells() {}

  static void split(List<List<String>> headerRows, int rowWidth) {
    for (List<String> row : headerRows) {
      if (row.size() >= rowWidth) {
        continue;
      }
      List<String> out = new ArrayList<>(row.size() + 1);
      boolean changed = false;
      for (int j = 0; j < row.size(); j++) {
        String c = row.get(j);
        String[] words = c.strip().split("\\s+");
        boolean all = words.length >= 2;
        for (String w : words) {
          all &= LooseTable.isHeaderWord(w);
        }
        if (all && out.size() + words.length + (row.size() - 1 - j) <= rowWidth) {
          out.addAll(List.of(words));
          changed = true;
        } else {
          out.add(c);
        }
      }
      if (changed) {
        row.clear();
        row.addAll(out);
      }
    }
    sides(headerRows, rowWidth);
  }

  /**
   * The side row (收入 | 支出) printed in two cells above four or more: 支出 spans the columns from the
   * right-hand side's first column on, where the row below prints its first header again (项目).
   */
  private static void sides(List<List<String>> headerRows, int rowWidth) {
    for (int r = 0; r + 1 < headerRows.size(); r++) {
      List<String> row = headerRows.get(r);
      List<String> words = new ArrayList<>();
      for (String c : row) {
        if (!c.isBlank()) {
          words.add(HeaderLayout.squeeze(c));
        }
      }
      if (!words.equals(List.of("收入", "支出")) || row.size() >= rowWidth) {
        continue;
      }
      List<String> below = headerRows.get(r + 1);
      String first = below.isEmpty() ? "" : HeaderLayout.squeeze(below.get(0));
      int right = -1;
      for (int j = 1; j < below.size() && right < 0; j++) {
        right = !first.isEmpty() && HeaderLayout.squeeze(below.get(j)).equals(first) ? j : -1;
      }
      if (right < 0) {
        continue;
      }
      List<String> out = new ArrayList<>();
      for (int j = 0; j < rowWidth; j++) {
        out.add(j == 0 ? "收入" : j == right ? "支出" : "");
      }
      row.clear();
      row.addAll(out);
    }
  }
}
