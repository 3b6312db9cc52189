package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column groups printed a line above a table's header line (表头分组行), in space-aligned text: a layout
 * tool prints a group's label (基本支出 over 人员经费 | 公用经费) at the top of its cell, a line above the
 * labels centred in the header's full height (科目编码 科目名称 合计 基本支出 项目支出), and the leaves below
 * them. Once the text's blanks are closed to one, the group would stand alone before the header line and
 * no longer beside the columns it spans; put into the header line at its place, the header reads as a
 * tool keeping the page's order prints it (合计 基本支出 基本支出 项目支出 over 人员经费 公用经费), which the
 * recogniser reads. Stateless; not instantiable.
 */
public final class GroupLines {
  /** The word naming a table's code, name or item column: the header line the groups stand above. */
  private static final Pattern NAMES_COLUMNS = Pattern.compile("科目编码|科目名称|项目名称|单位名称|功能分类|经济分类");
  /** A group's label: Chinese words of a header, nothing of a title, a note or the unit line. */
  private static final Pattern GROUP_WORD = Pattern.compile("[\\p{IsHan}“”\"（）()：:]{2,12}");
  private static final Pattern META = Pattern.compile("单位：|编制|表|注|说明");
  private static final Pattern WORD = Pattern.compile("\\S+");
  /** A word of the code, name or item column (功能分类科目编码 over 类 款 项): a column's own label, no group. */
  private static final Pattern CODE_OR_NAME = Pattern.compile("^编码$|科目$|项目|名称|分类$");
  /** A code column label's first line alone (经济分类, over 科目编码). */
  private static final Pattern CLASSIFICATION_ALONE = Pattern.compile("\\s*\\S*分类\\s*");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** How many lines above the header line a group may stand. */
  private static final int ABOVE = 2;

  private GroupLines() {}

  /**
   * The lines with the groups printed above each header line put into it by their places; the lines
   * they stood on are left blank, so every other line keeps its number. A line of groups holding a word
   * that stands over one of the header line's words is left as it is, with the lines above it.
   *
   * @param raw the space-aligned lines
   * @param isLabel whether text is a column label (a wrapped label's pieces joined are one)
   * @return the lines, as many
   */
  public static List<String> intoHeaders(List<String> raw, Predicate<String> isLabel) {
    List<String> out = new ArrayList<>(raw);
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      if (!NAMES_COLUMNS.matcher(line).find() || DIGIT.matcher(line).find()) {
        continue;
      }
      List<Word> below = new ArrayList<>();
      for (int k = i + 1; k < raw.size() && k <= i + ABOVE && !raw.get(k).isBlank() && !DIGIT.matcher(raw.get(k)).find(); k++) {
        below.addAll(words(raw.get(k)));
      }
      List<Integer> above = new ArrayList<>();
      for (int k = i - 1; k >= 0 && above.size() < ABOVE && isGroupLine(raw.get(k)); k--) {
        above.add(k);
      }
      int top = above.isEmpty() ? i : above.get(above.size() - 1);
      if (top > 0 && CLASSIFICATION_ALONE.matcher(raw.get(top - 1)).matches()) {
        // (a code column's label wrapped, 经济分类 over 科目编码: its lines stay together)
        above.removeIf(k -> raw.get(k).contains("编码"));
      }
      if (above.isEmpty()) {
        continue;
      }
      List<Word> header = words(line);
      List<Word> words = new ArrayList<>(header);
      for (int k : above) {
        List<Word> groups = words(raw.get(k));
        if (groups.stream().anyMatch(w -> header.stream().anyMatch(h -> h.at <= w.middle() && w.middle() < h.end())
            || below.stream().anyMatch(b -> b.at < w.end() && w.at < b.end() && isLabel.test(w.text + b.text)))) {
          // a word standing over a header word may be that word's first line (财政专户 over 管理资金), or
          // the header's words its group's leaves; a word whose end is printed below the header line
          // (财政专户管 … 理资金) is a wrapped label: the line is not one of groups beside the header's words
          break;
        }
        words.addAll(groups);
        out.set(k, "");
      }
      if (words.size() > header.size()) {
        words.sort(Comparator.comparingInt(Word::at));
        out.set(i, joined(words));
      }
    }
    return out;
  }

  /** Words at their places, two that would touch kept two blanks apart (as columns are). */
  private static String joined(List<Word> words) {
    StringBuilder b = new StringBuilder();
    for (Word w : words) {
      while (b.length() < w.at) {
        b.append(' ');
      }
      b.append(b.length() > 0 && b.charAt(b.length() - 1) != ' ' ? "  " : "").append(w.text);
    }
    return b.toString();
  }

  /**
   * Whether a line prints only group labels: short Chinese words, no number, no title or note, no label
   * of the code or name columns.
   */
  private static boolean isGroupLine(String line) {
    if (line.isBlank()) {
      return false;
    }
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      if (!GROUP_WORD.matcher(m.group()).matches() || META.matcher(m.group()).find()
          || CODE_OR_NAME.matcher(m.group()).find()) {
        return false;
      }
    }
    return true;
  }

  private record Word(int at, String text) {
    int end() {
      return at + text.length();
    }

    int middle() {
      return at + text.length() / 2;
    }
  }

  private static List<Word> words(String line) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      out.add(new Word(m.start(), m.group()));
    }
    return out;
  }
}
