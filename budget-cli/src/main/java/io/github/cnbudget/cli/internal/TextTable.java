package io.github.cnbudget.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal (文本表格): a header, rows, and optional rules before
 * chosen rows; text columns are left-aligned and numeric ones right-aligned, by display width
 * (East Asian wide characters take two columns, so Chinese names keep the table aligned).
 *
 * <p>Mutable while rows are added; not thread-safe.
 */
public final class TextTable {
  private final List<String> header;
  private final List<Boolean> rightAligned;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Integer> rulesBefore = new ArrayList<>();

  /**
   * A table with a header.
   *
   * @param header the column titles
   * @param rightAligned per column, whether it holds numbers (right-aligned)
   */
  public TextTable(List<String> header, List<Boolean> rightAligned) {
    if (header.size() != rightAligned.size()) {
      throw new IllegalArgumentException("one alignment per column expected");
    }
    this.header = List.copyOf(header);
    this.rightAligned = List.copyOf(rightAligned);
  }

  /**
   * Adds a row.
   *
   * @param cells one text per column
   * @return this table
   */
  public TextTable add(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.size());
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /**
   * Draws a rule of dashes before the next row added.
   *
   * @return this table
   */
  public TextTable rule() {
    rulesBefore.add(rows.size());
    return this;
  }

  /**
   * Writes the table.
   *
   * @param out where to write
   * @param indent what to print before each line
   */
  public void write(PrintWriter out, String indent) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    out.println(indent + line(header, widths));
    for (int r = 0; r < rows.size(); r++) {
      if (rulesBefore.contains(r)) {
        out.println(indent + rule(widths));
      }
      out.println(indent + line(rows.get(r), widths));
    }
    out.flush();
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(widths[i] - width(c));
      if (i > 0) {
        b.append("  ");
      }
      b.append(rightAligned.get(i) ? pad + c : c + pad);
    }
    return b.toString().stripTrailing();
  }

  private static String rule(int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        b.append("  ");
      }
      b.append("-".repeat(widths[i]));
    }
    return b.toString();
  }

  /**
   * Terminal columns taken by text: East Asian wide characters take two.
   *
   * @param s the text
   * @return its display width
   */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61;
  }
}
