package io.github.cnbudget.io.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a project form's lines (项目表单的词): the labels known by meaning (项目名称, 项目资金总额,
 * 年度资金申请总额, 联系电话 …) and what each names, the money block's label, and a line cut into its words
 * with the cell each was printed in — with the ends of wrapped cells joined back in when the line kept
 * no cell boundaries. Stateless.
 */
final class FormWords {
  private FormWords() {}

  /** What a form's label names. */
  enum Key { NAME, CODE, DEPARTMENT, UNIT, ATTRIBUTE, CATEGORY, START, END, PERIOD, TOTAL, ANNUAL,
    PERSONAL, LONG_GOAL, ANNUAL_GOAL }

  private static final Map<String, Key> KEYS = new HashMap<>();

  static {
    keys(Key.NAME, "项目名称");
    keys(Key.CODE, "项目编码", "项目代码", "项目编号");
    keys(Key.DEPARTMENT, "主管部门", "主管单位", "预算部门", "主管部门及代码");
    keys(Key.UNIT, "实施单位", "执行单位", "项目实施单位", "项目单位", "申报单位", "预算单位", "项目执行单位");
    keys(Key.ATTRIBUTE, "项目属性", "项目性质");
    keys(Key.CATEGORY, "项目类别", "项目类型", "项目分类");
    keys(Key.START, "起始年度", "开始年度", "项目起始年度", "计划开始日期", "开始日期", "项目开始时间", "起始时间",
        "开始时间", "计划开始时间");
    keys(Key.END, "终止年度", "结束年度", "项目终止年度", "计划完成日期", "完成日期", "结束日期", "项目结束时间",
        "终止时间", "结束时间", "计划完成时间");
    keys(Key.PERIOD, "项目期限", "实施期限", "执行期限", "项目周期", "起止年限", "项目起止年限");
    keys(Key.TOTAL, "项目总预算", "项目资金总额", "项目总金额", "项目金额", "项目总投资", "总预算", "项目预算总额",
        "资金总额", "项目总额");
    keys(Key.ANNUAL, "当年预算", "年度资金申请总额", "本年预算", "年度预算", "当年预算数", "年度资金总额", "本年度预算",
        "年度预算数", "年度资金");
    keys(Key.PERSONAL, "项目负责人", "负责人", "联系电话", "电话", "联系人", "填报人", "手机", "联系方式", "经办人",
        "审核人", "填表人", "单位负责人", "财务负责人", "项目联系人", "负责人电话", "联系人电话");
    keys(Key.LONG_GOAL, "项目总目标", "长期目标", "中长期目标", "总体目标", "项目中长期目标", "总目标", "项目长期目标",
        "整体目标");
    keys(Key.ANNUAL_GOAL, "年度总体目标", "年度目标", "年度绩效目标", "当年绩效目标", "本年度目标", "当年目标",
        "项目年度目标");
  }

  private static void keys(Key k, String... labels) {
    for (String l : labels) {
      KEYS.put(l, k);
    }
  }

  /** A block label over the money of a form, with the unit it may print: 项目资金（元）. */
  static final Pattern MONEY_BLOCK = Pattern.compile("^(?:项目资金|资金来源|资金情况|资金构成|项目预算|资金投入)"
      + "(?:情况|构成)?(?:[（(](万元|元)[）)])?$");
  static final Pattern UNIT_IN_LABEL = Pattern.compile("[（(](万元|元)[）)]");
  /** The money block's unit printed alone, its label's second line (项目资金 over （元）). */
  static final Pattern UNIT_ALONE = Pattern.compile("^[（(](万元|元)[）)]$");
  private static final Pattern LABELLED = Pattern.compile("^([^：:]+)[：:](.*)$");

  /** A word that may end a cell wrapped onto the line below: Chinese only, short. */
  private static final Pattern WRAPPED_END = Pattern.compile("^[\\p{IsHan}（）()]{1,6}$");

  /**
   * The words of a form's line printed without cell boundaries, with the ends of its wrapped cells
   * joined in, the line below printing only them (年度资金申请总 4,100,000.00, then 额; 其中：当年财政
   * 4,100,000.00, then 拨款). An end finishes the word it makes a known label or block label of (项目资金（
   * then 元）), else the last word that does not end as names end (资金, 拨款: {@link
   * WrappedNames#looksFinished}), else the line's last word (in a cost or purchase row, its 测算依据, whatever
   * it ends with); two ends finish the line's last two words in printed order. A label or block heading
   * on the line below is no end: empty then, and when the line kept its cell boundaries.
   */
  static Optional<List<Token>> withWrappedEnds(List<Token> tokens, String below, boolean blockRow) {
    if (tokens.isEmpty() || tokens.get(0).column != UNKNOWN_COLUMN) {
      return Optional.empty();
    }
    String[] ends = below.strip().split("\\s+");
    if (ends.length > 2 || Arrays.stream(ends).anyMatch(e -> !WRAPPED_END.matcher(e).matches() || key(e).isPresent()
        || MONEY_BLOCK.matcher(e).matches() || UNIT_ALONE.matcher(e).matches() || e.matches(".*(?:目标|指标)"))) {
      return Optional.empty();
    }
    List<Integer> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (LineShapes.HAN.matcher(tokens.get(i).text).find() && key(tokens.get(i).text).isEmpty()) {
        words.add(i);
      }
    }
    List<Token> out = new ArrayList<>(tokens);
    if (ends.length == 1) {
      if (words.isEmpty()) {
        return Optional.empty();
      }
      Optional<Integer> label = words.stream().filter(i -> isFieldLabel(tokens.get(i).text + ends[0])).findFirst()
          .or(() -> blockRow && !hasKey(tokens) ? Optional.empty()
              : words.stream().filter(i -> !WrappedNames.looksFinished(tokens.get(i).text)).reduce((a, b) -> b));
      int at = label.orElse(words.get(words.size() - 1));
      out.set(at, new Token(tokens.get(at).text + ends[0], UNKNOWN_COLUMN));
    } else {
      if (words.size() < 2) {
        return Optional.empty();
      }
      for (int k = 0; k < 2; k++) {
        int at = words.get(words.size() - 2 + k);
        out.set(at, new Token(tokens.get(at).text + ends[k], UNKNOWN_COLUMN));
      }
    }
    return Optional.of(out);
  }

  /** A block label of a form printed a few characters a line down its tall cell (项目 / 绩效 / 目标). */
  private static final Pattern STACKED_LABEL = Pattern.compile("^(?:项目)?(?:绩效目标|绩效指标|年度绩效目标)$");

  /**
   * Whether short lines from the first on spell a block label printed down its cell (项目 / 绩效 / 目标):
   * the first is then no end of a cell wrapped from the line above.
   */
  static boolean spellsStackedLabel(List<String> lines) {
    StringBuilder spelled = new StringBuilder();
    for (String line : lines) {
      String s = HeaderLayout.squeeze(line);
      if (s.isEmpty() || s.length() > 4 || !WRAPPED_END.matcher(s).matches()) {
        break;
      }
      spelled.append(s);
      if (STACKED_LABEL.matcher(spelled).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The column of a word of a line printed without cell boundaries. */
  static final int UNKNOWN_COLUMN = -1;

  /** A printed cell and the index of the cell it was printed in ({@link #UNKNOWN_COLUMN} when not known). */
  record Token(String text, int column) {}

  /**
   * The cells of a line, each stripped; a cell printing a known label and its value (项目名称：新建…)
   * gives the two, and a cell of words separated by spaces (text from other tools) gives its words.
   */
  static List<Token> tokens(SourceLine l) {
    List<Token> out = new ArrayList<>();
    for (int j = 0; j < l.cells.size(); j++) {
      for (String word : l.cells.get(j).strip().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        Matcher m = LABELLED.matcher(word);
        if (m.matches() && key(m.group(1)).isPresent()) {
          out.add(new Token(m.group(1), j));
          if (!m.group(2).isEmpty()) {
            out.add(new Token(m.group(2), j));
          }
        } else {
          out.add(new Token(word.replaceFirst("[：:]$", ""), j));
        }
      }
    }
    out.removeIf(t -> t.text.isEmpty());
    if (l.nonEmptyCount() == 1 && out.size() > 1) {
      // words separated by single spaces (text from other tools): where each was printed is not known
      out.replaceAll(t -> new Token(t.text, UNKNOWN_COLUMN));
    }
    return out;
  }

  /** Whether a word is a field's label or the money block's (项目资金（元）). */
  static boolean isFieldLabel(String word) {
    return key(word).isPresent() || MONEY_BLOCK.matcher(HeaderLayout.squeeze(word)).matches();
  }

  static Optional<Key> key(String text) {
    String s = HeaderLayout.squeeze(text).replaceFirst("[：:]$", "");
    Key k = KEYS.get(s);
    if (k == null) {
      k = KEYS.get(UNIT_IN_LABEL.matcher(s).replaceAll(""));
    }
    return Optional.ofNullable(k);
  }

  static int indexOf(List<Token> tokens, Key k) {
    for (int i = 0; i < tokens.size(); i++) {
      if (key(tokens.get(i).text).equals(Optional.of(k))) {
        return i;
      }
    }
    return -1;
  }

  static boolean hasKey(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> key(t.text).isPresent());
  }
}
