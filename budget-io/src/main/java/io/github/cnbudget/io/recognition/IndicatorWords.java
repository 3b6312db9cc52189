package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.performance.Level2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An indicator grid (一级指标 | 二级指标 | 三级指标 | 指标值) printed with one blank between its cells, as
 * PDF-to-text tools other than a layout-keeping one print it: each line is one run of words, and where
 * a word was printed is lost. The words are put back under the header's columns by what each is — the
 * leading words ending in 指标 are the levels (a first level by its name; a word left of it, such as
 * 绩效指标, labels the block and is no column), the next word is the indicator's name, and the words
 * after it are its values: one target, or the periods of the header (2021年 | 2022年 | 预期当年实现值)
 * filled from the right, since an earlier period is the one left blank. The grid's reader then reads
 * the rebuilt line as it reads a tab-separated one.
 *
 * <p>A line whose values cannot be placed without a guess (a split target grid, 指标性质 | 指标值 |
 * 度量单位 | 权重, printing fewer words than columns) is left as printed, and so reported as not read.
 */
final class IndicatorWords {
  /** How a target's first word begins: a comparator or a number. */
  static final Pattern TARGET_START = Pattern.compile("^(?:[≥≤=<>＝＞＜]|\\d)");
  /**
   * A word stating a comparison before its number (慰问人数不少于 | 100人, 开展不低于5次…): a target's
   * words, which names, being nouns, do not end in.
   */
  private static final Pattern COMPARISON = Pattern.compile("(?:不?[低少小高多大]于|超过|至少|达到)(?:$|\\d)");
  /** How indicator names end (合格率, 人数, 数量, 及时性, 满意度, 时限…). */
  private static final Pattern NAME_END = Pattern.compile("[率数量性度额次费效况本值限间期]$");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private final int width;
  private final int level1At;
  private final int level2At;
  private final int nameAt;
  /** The columns right of the name, in printed order. */
  private final List<Integer> valuesAt;
  /** Whether the value columns are one target with its split parts (指标性质, 度量单位, 权重…): never filled by guess. */
  private final boolean split;

  private IndicatorWords(int width, int level1At, int level2At, int nameAt, List<Integer> valuesAt, boolean split) {
    this.width = width;
    this.level1At = level1At;
    this.level2At = level2At;
    this.nameAt = nameAt;
    this.valuesAt = valuesAt;
    this.split = split;
  }

  /**
   * The grid a header line announces when it prints its column names as one run of words
   * (一级指标 二级指标 三级指标 指标值), else empty. A grid listing projects (项目名称 beside the
   * indicators) is not taken: its rows hold free text no word can be placed by.
   */
  static Optional<IndicatorWords> header(SourceLine l) {
    if (l.nonEmptyCount() != 1) {
      return Optional.empty();
    }
    List<String> words = words(l);
    int l1 = words.indexOf("一级指标");
    int name = words.indexOf("三级指标");
    if (l1 < 0 || name < 0 || name < l1 || words.contains("项目名称")) {
      return Optional.empty();
    }
    List<Integer> values = new ArrayList<>();
    for (int j = name + 1; j < words.size(); j++) {
      values.add(j);
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    boolean split = words.contains("指标性质") || words.contains("权重") || words.contains("度量单位");
    return Optional.of(new IndicatorWords(words.size(), l1, words.indexOf("二级指标"), name, values, split));
  }

  /**
   * The grid with the value part's second header row (2021年 2022年 预期当年实现值 under 指标值), when a
   * line prints only period labels as words: one value column per period; else empty.
   */
  Optional<IndicatorWords> periods(SourceLine l) {
    List<String> w = words(l);
    if (l.nonEmptyCount() != 1 || !ValueColumns.isSubHeader(w)) {
      return Optional.empty();
    }
    List<Integer> values = new ArrayList<>();
    for (int j = 0; j < w.size(); j++) {
      values.add(nameAt + 1 + j);
    }
    return Optional.of(new IndicatorWords(nameAt + 1 + w.size(), level1At, level2At, nameAt, values, false));
  }

  /** The period labels of a second header row put over the value columns (right of the name). */
  SourceLine periodLine(SourceLine l) {
    List<String> cells = new ArrayList<>();
    for (int j = 0; j <= nameAt; j++) {
      cells.add("");
    }
    cells.addAll(words(l));
    return l.withCells(cells);
  }

  /** The header line with one cell per word. */
  SourceLine headerLine(SourceLine l) {
    return l.withCells(words(l));
  }

  /**
   * A row of the grid with its words put under their columns; the line as printed when it is not a
   * run of words (a line with cells of its own, one word, prose) or its values cannot be placed.
   */
  SourceLine row(SourceLine l) {
    if (l.nonEmptyCount() != 1) {
      return l;
    }
    List<String> w = words(l);
    for (int j = w.size() - 1; j > 0; j--) {
      if (w.get(j).equals("指标")) {
        // a level's name wrapped in its cell (满意度 / 指标): one word
        w.set(j - 1, w.get(j - 1) + w.remove(j));
      }
    }
    if (w.size() < 2 || l.text().endsWith("。")) {
      return l;
    }
    int i = 0;
    while (i < w.size() - 2 && isLevelPiece(w.get(i))) {
      if (!isLevelWord(w.get(i)) && !TARGET_START.matcher(w.get(i + 1)).find()) {
        // a piece of a level's label wrapped in its merged cell (服务对象满意 … 度指标): no level of its own
        w.remove(i);
        continue;
      }
      i++;
    }
    String[] cells = new String[width];
    Arrays.fill(cells, "");
    if (!levels(w.subList(0, i), cells)) {
      return l;
    }
    StringBuilder name = new StringBuilder(w.get(i));
    List<String> values = new ArrayList<>(w.subList(i + 1, w.size()));
    if (valuesAt.size() == 1 && values.size() > 1) {
      // one target column: the name ends where a word ends as names do (…率, …数, …性) or before a
      // word beginning as targets do (≥, a number); else the target is the last word
      int k = targetStart(name.toString(), values);
      for (String piece : values.subList(0, k)) {
        join(name, piece);
      }
      values = List.of(String.join(" ", values.subList(k, values.size())));
    }
    if (values.size() > valuesAt.size() || split && !values.isEmpty() && values.size() != valuesAt.size()) {
      return l;
    }
    cells[nameAt] = name.toString();
    // the target is the last column; a period left blank is an earlier one
    int offset = valuesAt.size() - values.size();
    for (int k = 0; k < values.size(); k++) {
      cells[valuesAt.get(split ? k : offset + k)] = values.get(k);
    }
    return l.withCells(List.of(cells));
  }

  /**
   * Puts the level words of a row under the level columns, from the right: the last is the second
   * level and the one before it the first, unless the last can only be a first level (满意度指标); a
   * lone word that can be a second level is one (成本指标 under 产出指标), since a first level's merged
   * cell spans the rows that print their second. Words further left label the block (绩效指标) and
   * are no column. False when a second level has no column to go to.
   */
  private boolean levels(List<String> words, String[] cells) {
    if (words.isEmpty()) {
      return true;
    }
    String last = words.get(words.size() - 1);
    if (Level2.fromText(last).isEmpty() && Level1.fromText(last).isPresent()) {
      cells[level1At] = last;
      return true;
    }
    if (level2At < 0) {
      return false;
    }
    cells[level2At] = last;
    if (words.size() > 1) {
      cells[level1At] = words.get(words.size() - 2);
    }
    return true;
  }

  /** The index in {@code rest} (the words after the name's first word) where the target begins. */
  private static int targetStart(String first, List<String> rest) {
    StringBuilder name = new StringBuilder(first);
    for (int k = 0; k < rest.size(); k++) {
      if (NAME_END.matcher(name).find() || TARGET_START.matcher(rest.get(k)).find()
          || COMPARISON.matcher(rest.get(k)).find()) {
        return k;
      }
      join(name, rest.get(k));
    }
    // no word says where the name ends: the target is the last word (基本满足, 有所降低)
    return rest.size() - 1;
  }

  /** Whether a word names a level of the grid (产出指标, 数量指标, 服务对象满意度指标…). */
  /**
   * Whether a text printed alone is a level's label or a piece of one: a level word, 绩效指标 (the grid's
   * outer label), the end (…指标) of a label wrapped in its cell, or its start when it does not end as
   * indicator names end (服务对象满意, not 服务对象满意度).
   */
  static boolean isLevelPiece(String text) {
    String s = HeaderLayout.squeeze(text);
    if (s.isEmpty() || isLevelWord(s)) {
      return true;
    }
    if (NAME_END.matcher(s).find()) {
      // 服务对象满意度 begins 服务对象满意度指标 but ends as indicator names end: a name
      return false;
    }
    return s.length() >= 2 && LEVEL_LABELS.stream().anyMatch(label -> label.startsWith(s));
  }

  /** The 二级 and 一级 labels as the national framework prints them. */
  private static final List<String> LEVEL_LABELS = java.util.stream.Stream.concat(
      java.util.Arrays.stream(Level2.values()).map(Level2::chinese),
      java.util.Arrays.stream(Level1.values()).map(Level1::chinese)).toList();

  /**
   * Whether a text printed alone starts a level's label whose end one of the lines below prints alone
   * (服务对象满意度 … 指标: the 二级 label wrapped around its row), also when the start ends as names do.
   */
  static boolean startsLevelLabel(String text, List<String> below) {
    String s = HeaderLayout.squeeze(text);
    for (String label : LEVEL_LABELS) {
      if (s.length() >= 2 && label.length() > s.length() && label.startsWith(s)
          && below.stream().anyMatch(b -> HeaderLayout.squeeze(b).equals(label.substring(s.length())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLevelWord(String word) {
    return word.endsWith("指标") || Level1.fromText(word).isPresent() || Level2.fromText(word).isPresent();
  }

  private static void join(StringBuilder name, String piece) {
    boolean han = name.length() > 0 && HAN.matcher(name.substring(name.length() - 1)).find()
        && HAN.matcher(piece.substring(0, 1)).find();
    name.append(han || name.length() == 0 ? "" : " ").append(piece);
  }

  /** The words of a line printed without cell boundaries. */
  static List<String> words(SourceLine l) {
    List<String> out = new ArrayList<>();
    for (String w : l.text().strip().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (!out.isEmpty() && CLAUSE_MARK.matcher(w).lookingAt()) {
        // a word opening with a comma continues the one before (…不断提升 ，范围不断扩大): one text
        out.set(out.size() - 1, out.get(out.size() - 1) + w);
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern CLAUSE_MARK = java.util.regex.Pattern.compile("[，、；：。,;]");
}
