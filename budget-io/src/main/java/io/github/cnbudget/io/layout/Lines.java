package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Glyphs into lines and runs (行与文字串): glyphs whose baselines agree form a line; within a line a
 * gap wider than a character starts a new run, a narrow one is a blank between Latin words.
 */
final class Lines {
  /** Baselines closer than this share of the font size are one line. */
  private static final double SAME_LINE = 0.45;
  /** A gap wider than this share of the font size separates runs. */
  private static final double RUN_GAP = 0.9;
  /** A gap wider than this share of the font size beside a digit separates runs. */
  private static final double DIGIT_GAP = 0.2;
  /** A gap wider than this share of the font size inside a run is a blank. */
  private static final double BLANK = 0.2;

  private Lines() {}

  /** The glyphs grouped into lines, top to bottom, each sorted left to right. */
  static List<List<Glyph>> group(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble((Glyph g) -> g.box().y1()).thenComparingDouble(g -> g.box().x0()));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    double base = Double.NaN;
    for (Glyph g : sorted) {
      if (!line.isEmpty() && Math.abs(g.box().y1() - base) > SAME_LINE * g.size()) {
        lines.add(line);
        line = new ArrayList<>();
      }
      if (line.isEmpty()) {
        base = g.box().y1();
      }
      line.add(g);
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    for (List<Glyph> l : lines) {
      l.sort(Comparator.comparingDouble(g -> g.box().x0()));
    }
    return lines;
  }

  /** One line's runs. */
  static List<TextRun> runs(List<Glyph> line) {
    List<TextRun> runs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Glyph> members = new ArrayList<>();
    Box box = null;
    Glyph last = null;
    for (Glyph g : line) {
      double gap = last == null ? 0 : g.box().x0() - last.box().x1();
      double size = last == null ? g.size() : Math.max(g.size(), last.size());
      boolean wide = last != null && gap > RUN_GAP * size;
      // digits never print apart inside a number or a code: a narrow gap beside a digit separates
      // two cells (1,505 | 1,505; 208 | 社会保障和就业支出) where Chinese text may be spaced out
      boolean numeric = last != null && gap > DIGIT_GAP * size && (digit(last.text()) || digit(g.text()));
      if (wide || numeric) {
        // a glyph came before (last != null): it gave the box
        runs.add(new TextRun(text.toString(), Objects.requireNonNull(box), members));
        text.setLength(0);
        members.clear();
        box = null;
      } else if (last != null && gap > BLANK * g.size() && latin(last.text()) && latin(g.text())) {
        text.append(' ');
      }
      text.append(g.text());
      members.add(g);
      box = box == null ? g.box() : box.union(g.box());
      last = g;
    }
    if (box != null) {
      runs.add(new TextRun(text.toString(), box, members));
    }
    return spacedWordsClosed(runs);
  }

  /**
   * Words of a table's header or label column printed with their characters spaced out to fill the
   * cell (项    目, 合    计, 科 目 名 称 — 分散对齐): single ideographs at even gaps of up to three
   * characters that together spell such a word are one run, not a column per character. Only these
   * words: single ideographs in columns of their own (类 | 款 | 项) stay apart.
   */
  private static List<TextRun> spacedWordsClosed(List<TextRun> runs) {
    if (runs.size() < 2) {
      return runs;
    }
    List<TextRun> out = new ArrayList<>(runs.size());
    int i = 0;
    while (i < runs.size()) {
      int end = i + 1;
      if (single(runs.get(i))) {
        double gap = Double.NaN;
        while (end < runs.size() && single(runs.get(end))) {
          double g = runs.get(end).box().x0() - runs.get(end - 1).box().x1();
          double size = runs.get(end).glyphs().get(0).size();
          if (g > SPACED_GAP * size || !Double.isNaN(gap) && Math.abs(g - gap) > EVEN * size) {
            break;
          }
          gap = Double.isNaN(gap) ? g : gap;
          end++;
        }
      }
      StringBuilder word = new StringBuilder();
      for (int k = i; k < end; k++) {
        word.append(runs.get(k).text());
      }
      if (end - i >= 2 && SPACED_WORD.matcher(word).matches()) {
        List<Glyph> members = new ArrayList<>();
        Box box = runs.get(i).box();
        for (int k = i; k < end; k++) {
          members.addAll(runs.get(k).glyphs());
          box = box.union(runs.get(k).box());
        }
        out.add(new TextRun(word.toString(), box, members));
        i = end;
      } else {
        out.add(runs.get(i));
        i++;
      }
    }
    return out;
  }

  /** A spaced-out word's characters stand at most this many type sizes apart. */
  private static final double SPACED_GAP = 3;
  /** Their gaps differ by at most this share of the type size. */
  private static final double EVEN = 0.25;
  /** The words printed spaced out in headers and label columns. */
  private static final java.util.regex.Pattern SPACED_WORD = java.util.regex.Pattern.compile(
      "项目|科目|合计|总计|小计|其中|金额|名称|编码|项目名称|科目名称|科目编码|单位名称|部门名称|预算数|决算数|收入|支出");

  /** Whether a run is a word of {@link #SPACED_WORD} printed with its characters spaced out. */
  static boolean isSpacedWord(TextRun r) {
    List<Glyph> gs = r.glyphs();
    if (gs.size() < 2 || !SPACED_WORD.matcher(r.text()).matches()) {
      return false;
    }
    for (int k = 1; k < gs.size(); k++) {
      if (gs.get(k).box().x0() - gs.get(k - 1).box().x1() > RUN_GAP * gs.get(k).size()) {
        return true;
      }
    }
    return false;
  }

  /** A run of one ideograph. */
  private static boolean single(TextRun r) {
    return r.text().length() == 1 && Character.UnicodeScript.of(r.text().codePointAt(0)) == Character.UnicodeScript.HAN;
  }

  /** Lines of text outside grids. */
  static List<TextLine> textLines(List<Glyph> glyphs) {
    List<TextLine> out = new ArrayList<>();
    for (List<Glyph> line : group(glyphs)) {
      List<TextRun> runs = runs(line);
      Box box = runs.get(0).box();
      for (TextRun r : runs) {
        box = box.union(r.box());
      }
      out.add(new TextLine(runs, box));
    }
    return out;
  }

  /**
   * The text of one cell: its lines joined, with a blank only between two Latin letters or digits
   * (a Chinese name wrapped in a narrow cell continues without one). Spaced-out headings
   * ({@code 项    目}) close up.
   */
  static String cellText(List<Glyph> glyphs) {
    StringBuilder b = new StringBuilder();
    for (List<Glyph> line : group(glyphs)) {
      StringBuilder l = new StringBuilder();
      for (TextRun r : runs(line)) {
        if (l.length() > 0 && latin(last(l)) && latin(r.text().substring(0, 1))) {
          l.append(' ');
        }
        l.append(r.text());
      }
      if (b.length() > 0 && l.length() > 0 && latin(last(b)) && latin(l.substring(0, 1))
          && !numericJoin(b, l)) {
        b.append(' ');
      }
      b.append(l);
    }
    return b.toString().strip();
  }

  /** A number wrapped in a narrow cell ({@code 1,234,} / {@code 567.00}) continues without a blank. */
  private static boolean numericJoin(CharSequence before, CharSequence after) {
    char a = before.charAt(before.length() - 1);
    char c = after.charAt(0);
    return (Character.isDigit(a) || a == ',' || a == '.') && (Character.isDigit(c) || c == ',' || c == '.');
  }

  private static String last(CharSequence s) {
    return String.valueOf(s.charAt(s.length() - 1));
  }

  private static boolean digit(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  private static boolean latin(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return (c < 0x2e80) && (Character.isLetterOrDigit(c) || c == '%' || c == ')' || c == '.');
  }
}
