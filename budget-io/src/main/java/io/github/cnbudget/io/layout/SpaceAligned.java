package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page layout of text input (空格对齐文本版面): space-aligned text (the layout {@code pdftotext
 * -layout} prints) turned into lines of tab-separated cells, as {@link LaidOutText} turns a PDF's
 * pages into them, for the one recogniser of both. Columns are found per table: the character
 * positions that are blank on every line holding an amount are the gutters between columns, so a
 * cell printed empty stays an empty cell instead of shifting its neighbours left. Lines outside
 * tables are split at runs of two or more blanks. Stateless; not instantiable.
 */
public final class SpaceAligned {
  private static final Pattern AMOUNT_TOKEN = Pattern.compile("(?<![\\S])-?\\d[\\d,]*(?:\\.\\d+)?(?![\\S])");
  private static final Pattern RUN = Pattern.compile(" {2,}|\\t|\\u3000+");

  /** Ideographs in pieces of one to three, one blank apart: a name printed letter-spaced in its cell. */
  private static final Pattern LETTER_SPACED = Pattern.compile("\\p{IsHan}{1,3}(?: \\p{IsHan}{1,3}){2,}");

  private SpaceAligned() {}

  /**
   * A cell's text with a letter-spaced name (信息 网络 及软件 购置: ideographs in pieces of one to three, one
   * blank apart, nothing else) closed up into one word; any other text as it is.
   *
   * @param cell the text of one cell, or a line holding only it
   * @return the text, closed up when letter-spaced
   */
  public static String unspaced(String cell) {
    return LETTER_SPACED.matcher(cell).matches() ? cell.replace(" ", "") : cell;
  }

  /**
   * Whether text is laid out by spaces rather than tabs: more lines hold a run of three blanks than
   * hold a tab, and hardly any holds a tab.
   *
   * @param raw the lines
   * @return true for space-aligned text
   */
  public static boolean looksSpaceAligned(List<String> raw) {
    int tabbed = 0;
    int wide = 0;
    for (String l : raw) {
      if (l.indexOf('\t') >= 0) {
        tabbed++;
      } else if (l.contains("   ")) {
        wide++;
      }
    }
    return tabbed < 5 && wide > tabbed;
  }

  /**
   * The lines with their cells separated by tabs.
   *
   * @param raw the space-aligned lines
   * @param startsTable whether a line is a table's title: the columns of the lines after it are found
   *     apart from those before it (the recogniser knows titles; layout does not)
   * @return one line for each line, cells separated by tabs
   */
  public static List<String> toTabs(List<String> raw, Predicate<String> startsTable) {
    List<String> out = new ArrayList<>(raw.size());
    int start = 0;
    for (int i = 0; i <= raw.size(); i++) {
      if (i == raw.size() || isTitle(raw.get(i), startsTable)) {
        convert(raw.subList(start, i), out);
        if (i < raw.size()) {
          out.add(raw.get(i).strip());
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static boolean isTitle(String line, Predicate<String> startsTable) {
    String t = line.strip();
    return !t.isEmpty() && !RUN.matcher(t).find() && startsTable.test(t);
  }

  private static void convert(List<String> block, List<String> out) {
    int width = 0;
    List<String> data = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    String leafHeader = null;
    String previous = null;
    for (String l : block) {
      String e = l.replace('\t', ' ').replaceAll("\\s+$", "");
      if (RUN.matcher(e.strip()).find() && AMOUNT_TOKEN.matcher(e).find()) {
        if (data.isEmpty() && previous != null) {
          leafHeader = previous;
        }
        data.add(e);
        width = Math.max(width, e.length());
      } else if (RUN.matcher(e.strip()).find()) {
        previous = e;
        if (data.isEmpty()) {
          headers.add(e);
        }
      }
    }
    if (leafHeader != null && !data.isEmpty()) {
      // the innermost header row names every column, also those printed empty on every data line
      data.add(leafHeader);
      width = Math.max(width, leafHeader.length());
    }
    if (data.size() < 2) {
      for (String l : block) {
        out.add(splitRuns(l));
      }
      return;
    }
    boolean[] gutter = new boolean[width + 1];
    for (int p = 0; p <= width; p++) {
      boolean blank = true;
      for (String d : data) {
        if (p < d.length() && d.charAt(p) != ' ') {
          blank = false;
          break;
        }
      }
      gutter[p] = blank;
    }
    // a cut in the middle of every interior gutter run that is at least two blanks wide
    List<Integer> cuts = new ArrayList<>();
    int p = 0;
    while (p <= width) {
      if (!gutter[p]) {
        p++;
        continue;
      }
      int q = p;
      while (q <= width && gutter[q]) {
        q++;
      }
      // a blank run at the start of every line is an empty first column (units named on other pages)
      if (q <= width && (p > 0 ? q - p >= 2 : q > 0)) {
        // a header written from the column's left edge starts inside the gutter of right-aligned
        // numbers: cut where it starts, so the header stays whole
        int cut = q;
        for (String h : headers) {
          for (int k = Math.max(p + 1, 1); k < q && k < h.length(); k++) {
            if (h.charAt(k) != ' ' && h.charAt(k - 1) == ' ' && k < cut) {
              cut = k;
            }
          }
        }
        cuts.add(cut);
      }
      p = q;
    }
    for (String l : block) {
      String e = l.replace('\t', ' ').replaceAll("\\s+$", "");
      if (e.isBlank()) {
        out.add("");
        continue;
      }
      if (!RUN.matcher(e.strip()).find() && !AMOUNT_TOKEN.matcher(e).find() && !e.startsWith("  ")) {
        // a title, note or paragraph inside the block: one cell
        out.add(e.strip());
        continue;
      }
      StringBuilder b = new StringBuilder();
      int from = 0;
      for (int c : cuts) {
        b.append(cell(e, from, c)).append('\t');
        from = c;
      }
      b.append(cell(e, from, e.length()));
      out.add(b.toString().replaceAll("\\t+$", ""));
    }
  }

  private static String cell(String line, int from, int to) {
    if (from >= line.length()) {
      return "";
    }
    return unspaced(line.substring(from, Math.min(to, line.length())).strip());
  }

  private static String splitRuns(String line) {
    Matcher m = RUN.matcher(line.strip());
    return m.replaceAll("\t");
  }
}
