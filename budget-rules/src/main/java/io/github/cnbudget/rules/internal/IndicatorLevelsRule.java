package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.performance.Level2;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The indicator hierarchy (绩效指标体系, 财政部《项目支出绩效评价管理办法》 and the 共性指标框架): each
 * 二级 indicator sits under its own 一级 (数量指标 under 产出指标, 社会效益指标 under 效益指标…); a
 * project's targets cover 产出, 效益 and 满意度 indicators.
 */
final class IndicatorLevelsRule extends AbstractRule {
  static final String WRONG_PARENT = "level2-mismatch";
  static final String MISSING_LEVEL = "missing-indicator-level";
  private static final Set<Level1> REQUIRED = EnumSet.of(Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION);

  // Indicator.level1()/level2() read the printed text on every call (a regular expression each)
  private static final BoundedCache<String, Optional<Level1>> LEVEL1 = new BoundedCache<>(4096, Level1::fromText);
  private static final BoundedCache<String, Optional<Level2>> LEVEL2 = new BoundedCache<>(4096, Level2::fromText);

  IndicatorLevelsRule() {
    super("indicator-levels", Set.of(WRONG_PARENT, MISSING_LEVEL), Set.of("performance"),
        "二级 indicators sit under their 一级; project targets have 产出, 效益 and 满意度 indicators");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    for (Indicators.Entry e : DocumentMemo.of(subject).indicators()) {
      Indicator i = e.indicator;
      Optional<Level1> l1 = LEVEL1.get(i.level1Text());
      Optional<Level2> l2 = LEVEL2.get(i.level2Text());
      if (l1.isPresent() && l2.isPresent() && l2.get().parent() != l1.get()
          && !(l1.get() == Level1.COST && l2.get() == Level2.OUTPUT_COST)) {
        out.add(finding(WRONG_PARENT, Severity.ERROR).location(e.location())
            .arguments(i.level2Text(), i.level1Text(), l2.get().parent().chinese(), i.name()).build());
      }
    }
    for (int gi = 0; gi < d.goals().size(); gi++) {
      PerformanceGoal g = d.goals().get(gi);
      if (g.scope() != GoalScope.PROJECT || g.indicators().isEmpty()) {
        continue;
      }
      Set<Level1> seen = EnumSet.noneOf(Level1.class);
      for (Indicator i : g.indicators()) {
        LEVEL1.get(i.level1Text()).ifPresent(seen::add);
        LEVEL2.get(i.level2Text()).ifPresent(l -> seen.add(l.parent()));
      }
      Location gl = Indicators.goalLocation(gi, g).withCode(Indicators.owner(g));
      for (Level1 l : REQUIRED) {
        if (!seen.contains(l)) {
          out.add(finding(MISSING_LEVEL, Severity.WARNING).location(gl).arguments(Indicators.owner(g), l.chinese())
              .build());
        }
      }
    }
    return out;
  }
}
