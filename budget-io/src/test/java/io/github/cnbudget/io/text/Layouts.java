package io.github.cnbudget.io.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes layout variants of a tab-separated disclosure for tests: the same tables space-aligned
 * (as {@code pdftotext -layout} prints them), with columns swapped, or with a table left out.
 */
final class Layouts {
  private Layouts() {}

  static String seed(int number) {
    String name = String.format("seeds/%03d.txt", number);
    try (InputStream in = Layouts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every run of tab-separated lines becomes space-aligned columns, two blanks between columns. */
  static String spaceAligned(String tabText) {
    List<String> lines = Arrays.asList(tabText.split("\n", -1));
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).indexOf('\t') < 0) {
        out.add(lines.get(i));
        i++;
        continue;
      }
      int j = i;
      List<String[]> block = new ArrayList<>();
      while (j < lines.size() && (lines.get(j).indexOf('\t') >= 0 || lines.get(j).isBlank())) {
        block.add(lines.get(j).split("\t", -1));
        j++;
      }
      int columns = block.stream().mapToInt(r -> r.length).max().orElse(0);
      int[] width = new int[columns];
      for (String[] r : block) {
        for (int c = 0; c < r.length; c++) {
          width[c] = Math.max(width[c], r[c].strip().length());
        }
      }
      for (String[] r : block) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < r.length; c++) {
          String cell = r[c].strip().replace("  ", " ");
          b.append(cell).append(" ".repeat(width[c] - cell.length() + 3));
        }
        out.add(b.toString().stripTrailing());
      }
      i = j;
    }
    return String.join("\n", out);
  }

  /** Swaps two tab-separated cells on the lines from {@code from} to {@code to} (one-based, inclusive). */
  static String swapColumns(String tabText, int from, int to, int a, int b) {
    String[] lines = tabText.split("\n", -1);
    for (int i = from - 1; i < to && i < lines.length; i++) {
      List<String> cells = new ArrayList<>(Arrays.asList(lines[i].split("\t", -1)));
      while (cells.size() <= Math.max(a, b)) {
        cells.add("");
      }
      String t = cells.get(a);
      cells.set(a, cells.get(b));
      cells.set(b, t);
      lines[i] = String.join("\t", cells);
    }
    return String.join("\n", lines);
  }

  /** Blanks the lines from {@code from} to {@code to} (one-based, inclusive), keeping line numbers. */
  static String withoutLines(String text, int from, int to) {
    String[] lines = text.split("\n", -1);
    for (int i = from - 1; i < to && i < lines.length; i++) {
      lines[i] = "";
    }
    return String.join("\n", lines);
  }
}
