package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.target.Target;
import io.github.cnbudget.model.target.TargetParseException;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Readable targets (指标值可解析): every printed target value reads as a {@link Target}, whole
 * ({@code ≥90%}) or in the split form 指标性质 + 指标值 + 度量单位. OCR damage such as a garbled
 * comparator ({@code ^100%}, {@code Ш}) is reported with the index where reading failed, never
 * guessed.
 */
final class TargetTextRule extends AbstractRule {
  static final String CODE = "target-unparseable";

  TargetTextRule() {
    super("target-text", Set.of(CODE), Set.of("performance"), "Every printed target value can be read");
  }

  @Override
  public List<Finding> check(Disclosure d, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Indicators.Entry e : Indicators.all(d)) {
      Indicator i = e.indicator;
      try {
        if (i.targetText().isPresent()) {
          Target.parse(i.targetText().get());
        } else if (i.value().isPresent()) {
          Target.ofParts(i.nature().orElse(""), i.value().get(), i.measureUnit().orElse(""));
        }
      } catch (TargetParseException x) {
        out.add(finding(CODE, Severity.WARNING).location(e.location)
            .arguments(i.name().strip(), x.parsedText(), x.reason() + " @" + x.errorIndex()).build());
      }
    }
    return out;
  }
}
