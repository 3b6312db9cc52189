package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One indicator, one target (同一指标口径一致): the same indicator of the same project (or unit),
 * printed in two target tables of one document (e.g. 整体支出绩效目标表 and 项目绩效目标表), has the
 * same target and the same 一级/二级 levels. Self-evaluations are left out: their 年度指标值 may be
 * the adjusted (调整后) target of the year evaluated. Compared without blanks; one pass with a hash
 * map.
 */
final class TargetConsistencyRule extends AbstractRule {
  static final String CODE = "inconsistent-target";

  TargetConsistencyRule() {
    super("target-consistency", Set.of(CODE), Set.of("performance"),
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

  @Override
  public List<Finding> check(Disclosure d, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    Map<String, Indicators.Entry> first = new HashMap<>();
    for (Indicators.Entry e : DocumentMemo.of(ctx, d).indicators()) {
      if (!e.goal) {
        continue;
      }
      String key = norm(e.owner) + "\u0000" + norm(e.indicator.name());
      Indicators.Entry f = first.putIfAbsent(key, e);
      if (f == null || f.table.equals(e.table)) {
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
