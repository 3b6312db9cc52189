package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.target.Target;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rates are percentages (比率类指标以百分比计量): an indicator whose name ends in 率 (完成率, 满意度…率,
 * 覆盖率) has a quantitative target in %. Names that end in 率 without being ratios (使用效率,
 * 工作效率, 频率, 功率) are left alone, as are qualitative targets. A target that reads
 * ({@link Indicator#target()}) is judged by its unit; an unreadable one (reported by {@code target-text})
 * by its printed measure unit, else by a printed number without %.
 */
final class RateUnitRule extends AbstractRule {
  static final String CODE = "rate-unit";
  private static final List<String> NOT_RATES = List.of("效率", "频率", "功率", "速率", "汇率", "税率");

  RateUnitRule() {
    super("rate-unit", Set.of(CODE), Set.of("performance"), "An indicator named …率 has a target in %");
  }

  private static final Pattern TRAILING = Pattern.compile("[\\s\\u3000。．.，,；;:：）)]+$");
  private static final String TRAILING_CHARS = " \t\n\u000B\f\r\u3000。．.，,；;:：）)";

  static boolean isRateName(String name) {
    String n = trimTrailing(name).strip();
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

  /**
   * As {@code TRAILING.matcher(name).replaceAll("")}, whose match can only end the text (or stand
   * before a final line break): the expression runs only when the last character could be part of
   * a match.
   */
  static String trimTrailing(String name) {
    if (name.isEmpty()) {
      return name;
    }
    char last = name.charAt(name.length() - 1);
    boolean lineBreak = last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
    if (!lineBreak && TRAILING_CHARS.indexOf(last) < 0) {
      return name;
    }
    return TRAILING.matcher(name).replaceAll("");
  }

  /**
   * As {@code s.matches(".*[0-9０-９].*")}: an ASCII or full-width digit, and no line break (which
   * {@code .} does not match).
   */
  static boolean hasDigitOnOneLine(String s) {
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
      digit |= (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
    return digit;
  }

  static boolean isPercent(String s) {
    return s.contains("%") || s.contains("％") || s.contains("百分") || s.contains("‰");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    for (Indicators.Entry e : DocumentMemo.of(subject).indicators()) {
      Indicator i = e.indicator;
      if (!isRateName(i.name())) {
        continue;
      }
      Optional<String> unit = Indicators.unit(i);
      Optional<String> target = i.effectiveTargetText();
      Optional<Target> read = i.target();
      String shown;
      if (read.isPresent()) {
        // the target as the one target language reads it: its unit, not a guess from the text
        Target t = read.get();
        if (t.kind() == Target.Kind.QUALITATIVE || t.kind() == Target.Kind.DEADLINE) {
          continue;
        }
        String u = t.unit().or(t::upperUnit).orElse("");
        if (isPercent(u)) {
          continue;
        }
        shown = u.isEmpty() ? target.orElse(t.printed()).strip() : u;
      } else if (unit.isPresent()) {
        if (isPercent(unit.get())) {
          continue;
        }
        shown = unit.get();
      } else if (target.isPresent() && hasDigitOnOneLine(target.get()) && !isPercent(target.get())) {
        shown = target.get().strip();
      } else {
        continue;
      }
      out.add(finding(CODE, Severity.WARNING).location(e.location()).arguments(i.name().strip(), shown).build());
    }
    return out;
  }
}
