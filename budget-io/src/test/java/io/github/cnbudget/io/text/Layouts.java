package io.github.cnbudget.io.text;

import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes layout variants of a tab-separated disclosure for tests: the same tables space-aligned
 * (as {@code pdftotext -layout} prints them), with columns swapped, or with a table left out.
 */
public final class Layouts {
  private Layouts() {}

  /** The text of a seed disclosure, from the repository's {@code examples/data/}. */
  public static String seed(int number) {
    String file = SeedDocuments.sourceFile(number);
    for (String dir : new String[] {"../examples/data", "examples/data"}) {
      Path p = Path.of(dir, file);
      if (Files.isRegularFile(p)) {
        try {
          return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("seed text " + file + " not found under examples/data");
  }

  /** Every run of tab-separated lines becomes space-aligned columns, two blanks between columns. */
  static String spaceAligned(String tabText) {
    return spaceAligned(tabText, false);
  }

  /**
   * Every run of tab-separated lines becomes space-aligned columns; amounts flush right when asked,
   * as {@code pdftotext -layout} prints numeric columns.
   */
  static String spaceAligned(String tabText, boolean amountsRight) {
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
          String pad = " ".repeat(width[c] - cell.length());
          boolean right = amountsRight && cell.matches("-?[0-9][0-9,]*(\\.[0-9]+)?");
          b.append(right ? pad + cell : cell + pad).append("   ");
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

  /**
   * Replaces the lines from {@code from} to {@code to} (one-based, inclusive) by others, at most as
   * many, padded with blank lines so that the lines after keep their numbers.
   */
  static String replaceLines(String text, int from, int to, String... replacement) {
    if (replacement.length > to - from + 1) {
      throw new IllegalArgumentException("more lines than replaced");
    }
    String[] lines = text.split("\n", -1);
    for (int i = from - 1; i < to && i < lines.length; i++) {
      int k = i - (from - 1);
      lines[i] = k < replacement.length ? replacement[k] : "";
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

  /**
   * Every tab-separated line printed as other PDF-to-text tools print it: the printed cells
   * separated by one blank, empty cells dropped; a name longer than {@code wrapAt} characters on a
   * line with amounts is wrapped, its rest printed on a line of its own after the row (between it and
   * the next row), as the name's second line in its cell.
   */
  static String singleSpaced(String tabText, int wrapAt) {
    List<String> out = new ArrayList<>();
    for (String line : tabText.split("\n", -1)) {
      if (line.indexOf('\t') < 0) {
        out.add(line);
        continue;
      }
      List<String> cells = new ArrayList<>();
      String rest = null;
      boolean amounts = false;
      for (String c : line.split("\t", -1)) {
        amounts |= c.strip().matches("-?[0-9][0-9,]*\\.[0-9]+");
      }
      for (String c : line.split("\t", -1)) {
        String cell = c.strip().replaceAll("\\s+", " ");
        if (cell.isEmpty()) {
          continue;
        }
        if (amounts && rest == null && cell.length() > wrapAt && cell.matches(".*[\\u4e00-\\u9fff].*")
            && !cell.contains(" ")) {
          rest = cell.substring(wrapAt);
          cell = cell.substring(0, wrapAt);
        }
        cells.add(cell);
      }
      out.add(String.join(" ", cells));
      if (rest != null) {
        out.add(rest);
      }
    }
    return String.join("\n", out);
  }
}
