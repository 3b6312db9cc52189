package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One indicator, one target (同一指标口径一致): the same indicator of the same project (or unit),
 * printed in two target tables of one document (e.g. 整体支出绩效目标表 and 项目绩效目标表), has the
 * same target and the same 一级/二级 levels; an indicator of that name under another owner in another
 * table sits under the same 一级/二级 (both read as the standard vocabulary). Self-evaluations are left out: their 年度指标值 may be
 * the adjusted (调整后) target of the year evaluated. Compared without blanks; one pass with a hash
 * map.
 */
final class TargetConsistencyRule extends AbstractRule {
  static final String CODE = "inconsistent-target";
  static final String LEVEL = "inconsistent-level";

  TargetConsistencyRule() {
    super("target-consistency", Set.of(CODE, LEVEL), Set.of("performance"),
        "The same indicator in two tables of one document has the same target and levels");
  }

  /** As {@code s.replaceAll("[\\s\\u3000]", "")}: each indicator's texts are compared, so no regular expression. */
  static String norm(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !isBlank(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!isBlank(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** What {@code \\s} matches in a regular expression (space, tab, the line breaks, form and vertical feeds) or U+3000. */
  private static boolean isBlank(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000';
  }

  /** Both levels read as the standard vocabulary: OCR-garbled level cells say nothing about the levels. */
  private static boolean recognised(Indicator i) {
    return i.level1().isPresent() && i.level2().isPresent();
  }

  /** {@code 产出指标/数量指标}, blanks removed. */
  private static String levels(Indicator i) {
    return norm(i.level1Text()) + "/" + norm(i.level2Text());
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    Map<String, Indicators.Entry> first = new HashMap<>();
    Map<String, Indicators.Entry> firstByName = new HashMap<>();
    for (Indicators.Entry e : DocumentMemo.of(subject).indicators()) {
      if (!e.goal) {
        continue;
      }
      String key = norm(e.owner) + "\u0000" + norm(e.indicator.name());
      Indicators.Entry f = first.putIfAbsent(key, e);
      if (f == null) {
        // another owner's indicator of that name in another table: the levels, not the target, agree
        Indicators.Entry n = firstByName.putIfAbsent(norm(e.indicator.name()), e);
        if (n != null && !n.table.equals(e.table) && recognised(n.indicator) && recognised(e.indicator)
            && (n.indicator.level1().get() != e.indicator.level1().get()
                || n.indicator.level2().get() != e.indicator.level2().get())) {
          out.add(finding(LEVEL, Severity.WARNING).location(e.location())
              .arguments(e.indicator.name().strip(), n.table, levels(n.indicator), levels(e.indicator)).build());
        }
        continue;
      }
      if (f.table.equals(e.table)) {
        continue;
      }
      Indicator a = f.indicator;
      Indicator b = e.indicator;
      String ta = norm(a.effectiveTargetText().orElse(""));
      String tb = norm(b.effectiveTargetText().orElse(""));
      boolean levels = !norm(a.level1Text()).equals(norm(b.level1Text()))
          || !norm(a.level2Text()).equals(norm(b.level2Text()));
      if (!ta.equals(tb) || levels) {
        out.add(finding(CODE, Severity.WARNING).location(e.location())
            .arguments(b.name().strip(), f.table, a.effectiveTargetText().orElse("") + " " + a.level1Text() + "/"
                + a.level2Text(), b.effectiveTargetText().orElse("") + " " + b.level1Text() + "/" + b.level2Text())
            .build());
      }
    }
    return out;
  }
}
