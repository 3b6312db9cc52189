package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Indicator weights (权重 / 分值) of one project sum to the expected total: 100, or 90 where the
 * province keeps 10 points for budget execution (预算执行率). The expected total is an option of
 * the rule context; by default it is detected per document: 90 when every weighted target table
 * of the document sums to exactly 90, else 100. In a self-evaluation the indicator weights plus the
 * budget-execution 分值 equal the printed 总分 weight (else 100).
 */
final class WeightsRule extends AbstractRule {
  static final String CODE = "weights-sum";
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal NINETY = BigDecimal.valueOf(90);

  WeightsRule() {
    super("indicator-weights", Set.of(CODE), Set.of("performance"),
        "The weights of one project's indicators sum to 100 (or the 90 convention)");
  }

  static Optional<BigDecimal> weightSum(List<Indicator> indicators) {
    BigDecimal sum = null;
    for (Indicator i : indicators) {
      Optional<BigDecimal> w = i.weight().flatMap(Cell::value);
      if (w.isPresent()) {
        sum = sum == null ? w.get() : sum.add(w.get());
      }
    }
    return Optional.ofNullable(sum);
  }

  /** The expected total of a document's target tables: the option, else 90 when all weighted tables use 90. */
  static BigDecimal expectedTotal(Disclosure d, RuleContext ctx) {
    if (ctx.expectedWeightTotal().isPresent()) {
      return ctx.expectedWeightTotal().get();
    }
    boolean any = false;
    for (PerformanceGoal g : d.goals()) {
      Optional<BigDecimal> s = weightSum(g.indicators());
      if (s.isPresent()) {
        any = true;
        if (s.get().compareTo(NINETY) != 0) {
          return HUNDRED;
        }
      }
    }
    return any ? NINETY : HUNDRED;
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    BigDecimal expected = expectedTotal(d, ctx);
    for (int gi = 0; gi < d.goals().size(); gi++) {
      PerformanceGoal g = d.goals().get(gi);
      Optional<BigDecimal> s = weightSum(g.indicators());
      if (s.isPresent() && s.get().compareTo(expected) != 0) {
        out.add(finding(CODE, Severity.ERROR)
            .location(Indicators.goalLocation(gi, g).withCode(Indicators.owner(g)))
            .values(expected, s.get()).tolerance(BigDecimal.ZERO)
            .arguments(Indicators.owner(g), s.get(), expected).build());
      }
    }
    for (int ei = 0; ei < d.selfEvaluations().size(); ei++) {
      SelfEvaluation e = d.selfEvaluations().get(ei);
      Optional<BigDecimal> s = weightSum(e.indicators());
      if (s.isEmpty()) {
        continue;
      }
      BigDecimal sum = s.get().add(executionWeight(e).orElse(BigDecimal.ZERO));
      BigDecimal total = e.totalWeight().flatMap(Cell::value).orElse(HUNDRED);
      if (sum.compareTo(total) != 0) {
        out.add(finding(CODE, Severity.ERROR)
            .location(Indicators.evaluationLocation(ei, e).withCode(Indicators.owner(e)))
            .values(total, sum).tolerance(BigDecimal.ZERO)
            .arguments(Indicators.owner(e), sum, total).build());
      }
    }
    return out;
  }

  /**
   * In a project that prints weights, each indicator whose weight is not printed or cannot be read:
   * the sum is made without it, so a finding (or its absence) says less than it seems.
   */
  @Override
  public List<NotChecked> notChecked(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<NotChecked> out = new ArrayList<>();
    for (int gi = 0; gi < d.goals().size(); gi++) {
      PerformanceGoal g = d.goals().get(gi);
      if (weightSum(g.indicators()).isEmpty()) {
        continue;
      }
      String check = "the weights of " + Indicators.owner(g) + " sum to the expected total";
      for (int ii = 0; ii < g.indicators().size(); ii++) {
        Indicator i = g.indicators().get(ii);
        if (i.weight().flatMap(Cell::value).isPresent()) {
          continue;
        }
        boolean printed = i.weight().filter(c -> !c.printed().isBlank()).isPresent();
        out.add(NotChecked.of(id(), printed ? NotChecked.Reason.VALUE_UNREADABLE : NotChecked.Reason.VALUE_MISSING,
            check, "权重 of " + i.name().strip() + (printed ? " «" + i.weight().get().printed() + "»" : ""),
            Indicators.at(Indicators.goalLocation(gi, g), ii, i)));
      }
    }
    return out;
  }

  /** The budget-execution 分值 of a self-evaluation: the first funding line's 分值 cell. */
  static Optional<BigDecimal> executionWeight(SelfEvaluation e) {
    return fundingCell(e, "分值");
  }

  static Optional<BigDecimal> fundingCell(SelfEvaluation e, String labelPart) {
    for (LabelledAmounts l : e.funding()) {
      for (Map.Entry<String, Cell> c : l.cells().entrySet()) {
        if (c.getKey().contains(labelPart) && c.getValue().hasValue()) {
          return c.getValue().value();
        }
      }
    }
    return Optional.empty();
  }
}
