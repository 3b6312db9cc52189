package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.arithmetic.Tolerance;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.scoring.Grade;
import io.github.cnbudget.rules.scoring.ScoringEngine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Self-evaluation scores (绩效自评得分): each printed 得分 agrees with the
 * {@link ScoringEngine} recomputation within one unit of its last printed digit (which admits
 * both rounding and truncation: 3035 / 6504 × 10 = 4.666… printed 4.66); the printed 总分 equals
 * the sum of the printed scores within rounding; the printed grade is the grade of the printed
 * total.
 */
final class ScoreRule extends AbstractRule {
  static final String SCORE = "score-mismatch";
  static final String TOTAL = "total-score-mismatch";
  static final String GRADE = "grade-mismatch";

  ScoreRule() {
    super("self-evaluation-score", java.util.Set.of(SCORE, TOTAL, GRADE), java.util.Set.of("performance", "scoring"),
        "Printed self-evaluation scores, totals and grades agree with the scoring rules");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    ScoringEngine engine = ScoringEngine.defaults();
    for (int ei = 0; ei < d.selfEvaluations().size(); ei++) {
      SelfEvaluation e = d.selfEvaluations().get(ei);
      Location el = Indicators.evaluationLocation(ei, e).withCode(Indicators.owner(e));
      List<BigDecimal> printedScores = new ArrayList<>();
      Optional<BigDecimal> printedExecution = engine.printedExecutionScore(e);
      printedExecution.ifPresent(printedScores::add);
      Optional<BigDecimal> execution = engine.executionScore(e);
      if (execution.isPresent() && printedExecution.isPresent()) {
        compareScore(ctx, el.child("funding").child(0), "预算执行率", execution.get(), printedExecution.get(), out);
      }
      for (int ii = 0; ii < e.indicators().size(); ii++) {
        Indicator i = e.indicators().get(ii);
        Optional<BigDecimal> printed = i.score().flatMap(Cell::value);
        if (printed.isEmpty()) {
          continue;
        }
        printedScores.add(printed.get());
        Optional<BigDecimal> recomputed = engine.score(i);
        // an exceeded ceiling scored by deduction of the overrun rate follows the other convention in use
        Optional<BigDecimal> deduction = engine.overrunDeductionScore(i);
        if (recomputed.isPresent() && (deduction.isEmpty() || !matches(ctx, deduction.get(), printed.get()))) {
          compareScore(ctx, Indicators.at(Indicators.evaluationLocation(ei, e), ii, i), i.name().strip(),
              recomputed.get(), printed.get(), out);
        }
      }
      Optional<BigDecimal> total = e.totalScore().flatMap(Cell::value);
      if (total.isPresent() && !printedScores.isEmpty()) {
        BigDecimal sum = printedScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> operands = new ArrayList<>(printedScores);
        operands.add(total.get());
        Tolerance tol = Tables.scaleTolerance(ctx, operands);
        Comparisons.compare(out, () -> finding(TOTAL, Severity.ERROR).arguments(Indicators.owner(e), total.get(), sum),
            Severity.ERROR, tol, el.child("totalScore"), sum, total.get(), printedScores.size());
      }
      if (total.isPresent() && e.grade().isPresent()) {
        Optional<Grade> printedGrade = Grade.fromText(e.grade().get());
        Grade expected = Grade.of(total.get());
        if (printedGrade.isPresent() && printedGrade.get() != expected) {
          out.add(finding(GRADE, Severity.ERROR).location(el.child("grade"))
              .arguments(Indicators.owner(e), e.grade().get(), total.get(), expected.chinese()).build());
        }
      }
    }
    return out;
  }

  /**
   * Printed indicator scores that are not recomputed because the target cannot be read (OCR damage,
   * a placeholder {@code -}) or no actual value (实际完成值) is printed. Targets the scoring rules do not
   * cover (ranges, phrases without a verdict, actual values in another unit) are not listed: for
   * them there is no rule to check against.
   */
  @Override
  public List<NotChecked> notChecked(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<NotChecked> out = new ArrayList<>();
    for (int ei = 0; ei < d.selfEvaluations().size(); ei++) {
      SelfEvaluation e = d.selfEvaluations().get(ei);
      for (int ii = 0; ii < e.indicators().size(); ii++) {
        Indicator i = e.indicators().get(ii);
        if (i.score().flatMap(Cell::value).isEmpty() || i.weight().flatMap(Cell::value).isEmpty()) {
          continue;
        }
        Optional<String> target = i.effectiveTargetText();
        String check = "得分 of " + i.name().strip();
        Location at = Indicators.at(Indicators.evaluationLocation(ei, e), ii, i);
        if (target.isPresent() && i.target().isEmpty()) {
          out.add(NotChecked.of(id(), NotChecked.Reason.VALUE_UNREADABLE, check, "目标值 «" + target.get() + "»", at));
        } else if (target.isEmpty() != i.actual().isEmpty()) {
          // neither printed: an indicator scored by criteria (评分标准), which no rule recomputes
          out.add(NotChecked.of(id(), NotChecked.Reason.VALUE_MISSING, check, target.isEmpty() ? "目标值" : "实际完成值",
              at));
        }
      }
    }
    return out;
  }

  /** Whether a printed score is a recomputed one as printed: equal at its scale, or within one unit of its last digit. */
  private static boolean matches(RuleContext ctx, BigDecimal recomputed, BigDecimal printed) {
    BigDecimal bound = BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale())).multiply(ctx.toleranceFactor());
    return printed.subtract(recomputed).abs().compareTo(bound) <= 0;
  }

  private void compareScore(RuleContext ctx, Location at, String name, BigDecimal recomputed, BigDecimal printed,
      List<Finding> out) {
    BigDecimal h = BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale()));
    BigDecimal bound = h.multiply(ctx.toleranceFactor());
    BigDecimal expected = recomputed.setScale(Math.max(2, printed.scale()), RoundingMode.HALF_UP);
    BigDecimal diff = printed.subtract(recomputed).abs();
    if (diff.signum() == 0 || printed.compareTo(expected) == 0) {
      return;
    }
    boolean within = diff.compareTo(bound) <= 0;
    out.add(finding(SCORE, within ? Severity.INFO : Severity.WARNING).location(at).values(expected, printed)
        .tolerance(bound).withinRounding(within).arguments(name, printed, expected).build());
  }
}
