package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rates are percentages (比率类指标以百分比计量): an indicator whose name ends in 率 (完成率, 满意度…率,
 * 覆盖率) has a quantitative target in %. Names that end in 率 without being ratios (使用效率,
 * 工作效率, 频率, 功率) are left alone, as are qualitative targets (no digits).
 */
final class RateUnitRule extends AbstractRule {
  static final String CODE = "rate-unit";
  private static final List<String> NOT_RATES = List.of("效率", "频率", "功率", "速率", "汇率", "税率");

  RateUnitRule() {
    super("rate-unit", Set.of(CODE), Set.of("performance"), "An indicator named …率 has a target in %");
  }

  static boolean isRateName(String name) {
    String n = name.replaceAll("[\\s\\u3000。．.，,；;:：）)]+$", "").strip();
    if (!n.endsWith("率")) {
      return false;
    }
    for (String x : NOT_RATES) {
      if (n.endsWith(x)) {
        return false;
      }
    }
    return true;
  }

  static boolean isPercent(String s) {
    return s.contains("%") || s.contains("％") || s.contains("百分") || s.contains("‰");
  }

  @Override
  public List<Finding> check(Disclosure d, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Indicators.Entry e : Indicators.all(d)) {
      Indicator i = e.indicator;
      if (!isRateName(i.name())) {
        continue;
      }
      Optional<String> unit = Indicators.unit(i);
      Optional<String> target = i.effectiveTargetText();
      String shown;
      if (unit.isPresent()) {
        if (isPercent(unit.get())) {
          continue;
        }
        shown = unit.get();
      } else if (target.isPresent() && target.get().matches(".*[0-9０-９].*") && !isPercent(target.get())) {
        shown = target.get().strip();
      } else {
        continue;
      }
      out.add(finding(CODE, Severity.WARNING).location(e.location).arguments(i.name().strip(), shown).build());
    }
    return out;
  }
}
