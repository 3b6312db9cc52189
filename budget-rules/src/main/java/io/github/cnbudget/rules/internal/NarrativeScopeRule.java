package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit's document speaks of its 单位预算 (单位决算), a department's of its 部门预算 (部门决算): a unit
 * document that says 本部门 or 部门预算 was copied from the department's and not adapted, and the
 * reverse. Which one a document is comes from its printed title; without a title the rule does not
 * check. A WARNING per paragraph.
 */
final class NarrativeScopeRule extends NarrativeRule {
  static final String CODE = "narrative-scope-mismatch";
  private static final Pattern UNIT_DOC = Pattern.compile("单位(?:预算|决算)");
  private static final Pattern DEPARTMENT_DOC = Pattern.compile("部门(?:预算|决算)");
  // 部门预算支出经济分类 is the name of a classification scheme, not of the document
  private static final Pattern DEPARTMENT_WORDS = Pattern.compile("本部门|部门(?:预算|决算)(?!支出)(?!经济分类)");
  // 下属单位预算, 行政事业单位决算 and 各单位 name other units, which a department document may
  private static final Pattern UNIT_WORDS = Pattern.compile("本单位(?:预算|决算)|(?<![\\u3400-\\u9fff])单位(?:预算|决算)");

  NarrativeScopeRule() {
    super("narrative-document-scope", Set.of(CODE),
        "A unit document speaks of its 单位预算, a department document of its 部门预算");
  }

  @Override
  void checkParagraph(Disclosure d, int i, String text, List<Finding> out) {
    String title = d.title().orElse("");
    boolean unit = UNIT_DOC.matcher(title).find();
    boolean department = DEPARTMENT_DOC.matcher(title).find();
    if (unit == department) {
      return;
    }
    Matcher m = (unit ? DEPARTMENT_WORDS : UNIT_WORDS).matcher(text);
    if (m.find()) {
      out.add(finding(CODE, Severity.WARNING).location(Narratives.location(d, i))
          .arguments(NarrativeHygieneRule.excerpt(text, m.start()), m.group(),
              unit ? "单位" : "部门")
          .build());
    }
  }
}
