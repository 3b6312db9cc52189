package io.github.cnbudget.model.narrative;

import io.github.cnbudget.model.classification.CodeParseException;
import io.github.cnbudget.model.classification.FunctionalCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 类/款/项 a fact's subject names (科目路径): the names a quoted path prints (“一般公共服务支出-统计信息事务-
 * 统计管理”科目) or those marked by their level (社会保障和就业支出（类）行政事业单位养老支出（款）…), and the
 * code printed with them. Read by {@link NarrativeReader}; immutable.
 *
 * @param names the names from the 类 down, empty when the subject names none
 * @param code the functional code printed with them, or empty
 */
record ClassificationPath(List<String> names, Optional<FunctionalCode> code) {
  private static final Pattern CLASS_PART = Pattern.compile(
      "([^（()）“”\"\\-—－:：，,、；;]+?)\\s*[（(]\\s*(\\d{3}|\\d{5}|\\d{7}|\\d{2})?\\s*(类|款|项)\\s*[）)]");
  /** Text that can only be a name: Chinese characters and brackets. */
  private static final Pattern UNMARKED_NAME = Pattern.compile("[\\u3400-\\u9fff（）()]+");
  /** Words saying which amount a subject means (2023年预算数, 年初预算, 决算), not naming an item. */
  private static final Pattern BASIS_WORDS = Pattern.compile("预算|决算|年|合计|总计|共计|执行");
  // segments exclude the dash, so a long quotation without 科目 fails in linear time
  private static final Pattern QUOTED_PATH = Pattern.compile(
      "[“\"]([^”\"\\-—－]+(?:[-—－][^”\"\\-—－]+)+)[”\"]\\s*科目");

  ClassificationPath {
    names = List.copyOf(names);
  }

  /** The path a cleaned subject names. */
  static ClassificationPath of(String subject) {
    List<String> names = new ArrayList<>();
    Optional<FunctionalCode> code = Optional.empty();
    Matcher q = QUOTED_PATH.matcher(subject);
    if (q.find()) {
      for (String n : q.group(1).split("[-—－]")) {
        if (!n.isBlank()) {
          names.add(n.strip());
        }
      }
      return new ClassificationPath(names, code);
    }
    Matcher m = CLASS_PART.matcher(subject);
    int end = -1;
    while (m.find()) {
      end = m.end();
      String name = m.group(1).replaceAll("^[”“\"\\s]+", "").strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
      String digits = m.group(2);
      if (digits != null && (digits.length() == 3 && "类".equals(m.group(3)) || digits.length() >= 5)) {
        try {
          code = Optional.of(FunctionalCode.parse(digits));
        } catch (CodeParseException e) {
          // digits printed beside a name that are not a code stay text
          code = Optional.empty();
        }
      }
    }
    String rest = end < 0 ? "" : subject.substring(end).strip();
    if (UNMARKED_NAME.matcher(rest).matches() && !BASIS_WORDS.matcher(rest).find()) {
      // a name after the last 类/款/项 without its own level: the level named is below the last marked
      // (text extracted out of order cut 机关事业单位基本养老保险缴费支出（项） short), not the one marked
      names.add(rest);
    }
    return new ClassificationPath(names, code);
  }
}
