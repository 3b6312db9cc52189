package io.github.cnbudget.io.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of the imported text, cleaned of markup and split into cells. Immutable.
 */
final class SourceLine {
  private static final Pattern TAGS = Pattern.compile("(?i)</?(?:b|p|i|em|strong|span|br|sup|sub)\\b[^>]{0,40}>");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s*");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*•]\\s+");

  final int number;
  final String raw;
  final boolean heading;
  final boolean bullet;
  final List<String> cells;

  private SourceLine(int number, String raw, boolean heading, boolean bullet, List<String> cells) {
    this.number = number;
    this.raw = raw;
    this.heading = heading;
    this.bullet = bullet;
    this.cells = cells;
  }

  static SourceLine of(int number, String raw) {
    String s = TAGS.matcher(raw).replaceAll("").replace("**", "");
    boolean heading = false;
    java.util.regex.Matcher h = HEADING.matcher(s);
    if (h.find()) {
      heading = true;
      s = s.substring(h.end());
    }
    boolean bullet = false;
    if (s.indexOf('\t') < 0) {
      java.util.regex.Matcher b = BULLET.matcher(s);
      if (b.find()) {
        bullet = true;
        s = s.substring(b.end());
      }
    }
    List<String> cells = new ArrayList<>();
    String t = s.replaceAll("\\s+$", "");
    if (!t.isBlank()) {
      for (String c : t.split("\t", -1)) {
        cells.add(c.strip());
      }
    }
    return new SourceLine(number, raw, heading, bullet, List.copyOf(cells));
  }

  /** This line with other cells (its words put under their columns), its number and printed text kept. */
  SourceLine withCells(List<String> newCells) {
    return new SourceLine(number, raw, heading, bullet, List.copyOf(newCells));
  }

  private static final Pattern CJK_GAP = Pattern.compile("(?<=[\\u3400-\\u9fff（）])[ \\u3000]+(?=[\\u3400-\\u9fff（）])");

  /** Removes the blanks a PDF leaves where it wrapped a cell between two Chinese characters. */
  static String joinWrapped(String text) {
    return CJK_GAP.matcher(text).replaceAll("");
  }

  boolean isBlank() {
    return cells.isEmpty();
  }

  /** The non-empty cells joined by one space. */
  String text() {
    StringBuilder b = new StringBuilder();
    for (String c : cells) {
      if (!c.isEmpty()) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  int nonEmptyCount() {
    int n = 0;
    for (String c : cells) {
      if (!c.isEmpty()) {
        n++;
      }
    }
    return n;
  }

  String cell(int i) {
    return i < cells.size() ? cells.get(i) : "";
  }

  /** The cells with their whitespace removed, for comparing repeated header rows. */
  String squeezed() {
    StringBuilder b = new StringBuilder();
    for (String c : cells) {
      b.append(c.replaceAll("\\s+", "")).append('|');
    }
    return b.toString().replaceAll("\\|+$", "");
  }
}
