package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.target.Target;
import io.github.cnbudget.model.target.TargetParseException;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Readable targets (指标值可解析): every printed target value reads as a {@link Target}, whole
 * ({@code ≥90%}) or in the split form 指标性质 + 指标值 + 度量单位. OCR damage such as a garbled
 * comparator ({@code ^100%}, {@code Ш}) is reported with the index where reading failed, never
 * guessed.
 */
final class TargetTextRule extends AbstractRule {
  static final String CODE = "target-unparseable";
  static final String MISSING = "missing-target";

  TargetTextRule() {
    super("target-text", Set.of(CODE, MISSING), Set.of("performance"),
        "Every printed indicator has a target value, and it can be read");
  }

  /** Why a target cannot be read; immutable, cached per distinct printed target. */
  private static final class Failure {
    final String parsedText;
    final String reason;
    final int errorIndex;

    Failure(TargetParseException x) {
      this.parsedText = x.parsedText();
      this.reason = x.reason();
      this.errorIndex = x.errorIndex();
    }
  }

  private static final Optional<Failure> READABLE = Optional.empty();

  // Reading a target (and throwing for an unreadable one) costs far more than a look-up, and
  // documents print the same few targets (≥95%, 100%, 按期完成) over and over.
  private static final BoundedCache<String, Optional<Failure>> WHOLE = new BoundedCache<>(8192, text -> {
    try {
      Target.parse(text);
      return READABLE;
    } catch (TargetParseException x) {
      return Optional.of(new Failure(x));
    }
  });
  private static final BoundedCache<List<String>, Optional<Failure>> PARTS = new BoundedCache<>(8192, parts -> {
    try {
      Target.ofParts(parts.get(0), parts.get(1), parts.get(2));
      return READABLE;
    } catch (TargetParseException x) {
      return Optional.of(new Failure(x));
    }
  });

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    for (Indicators.Entry e : DocumentMemo.of(subject).indicators()) {
      Indicator i = e.indicator;
      Optional<Failure> failure;
      if (i.targetText().isPresent()) {
        failure = WHOLE.get(i.targetText().get());
      } else if (i.value().isPresent()) {
        failure = PARTS.get(List.of(i.nature().orElse(""), i.value().get(), i.measureUnit().orElse("")));
      } else {
        // a target table (not a self-evaluation scored by criteria) prints every indicator's target
        if (e.goal && !i.name().isBlank()) {
          out.add(finding(MISSING, Severity.WARNING).location(e.location()).arguments(i.name().strip(), e.table)
              .build());
        }
        continue;
      }
      if (failure.isPresent()) {
        Failure x = failure.get();
        out.add(finding(CODE, Severity.WARNING).location(e.location())
            .arguments(i.name().strip(), x.parsedText, x.reason + " @" + x.errorIndex).build());
      }
    }
    return out;
  }
}
