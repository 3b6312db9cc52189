package io.github.cnbudget.io.recognition;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of a performance form before its grid printed as one run of words (text from other tools)
 * whose first word is a label of the form — 部门名称 某局, 收入构成 年度收入总额 财政拨款, 金额 7770.74 5676.78 —
 * cut into the label and each value, as a tab-separated line prints them. Stateless.
 */
final class FormLabels {
  /** Labels that open a line of a form before its grid: the unit, the department, a 构成 block. */
  private static final Pattern FORM_LABEL = Pattern.compile("部门名称|单位名称|主管部门|\\S{0,8}构成(?:情况)?");

  private FormLabels() {}

  /** Whether a line printed as one run of words names a unit (部门名称 某中心 主管部门 某局). */
  static boolean opensUnit(SourceLine l) {
    if (l.nonEmptyCount() != 1) {
      return false;
    }
    List<String> w = IndicatorWords.words(l);
    return w.size() >= 2 && (w.get(0).equals("部门名称") || w.get(0).equals("单位名称"));
  }

  /** The line with one cell per word when it is such a line; any other line as printed. */
  static SourceLine cells(SourceLine l) {
    if (l.nonEmptyCount() != 1) {
      return l;
    }
    List<String> w = IndicatorWords.words(l);
    if (w.size() >= 2 && (FORM_LABEL.matcher(w.get(0)).matches() || w.stream().skip(1).allMatch(Compositions::figure))) {
      return l.withCells(w);
    }
    return l;
  }
}
