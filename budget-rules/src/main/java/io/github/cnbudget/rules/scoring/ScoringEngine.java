package io.github.cnbudget.rules.scoring;

import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.target.Relation;
import io.github.cnbudget.model.target.Target;
import io.github.cnbudget.model.target.TargetParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes performance self-evaluation scores (绩效自评得分复核) by the usual scoring rules.
 *
 * <p>Targets and actual values are read by the model's {@link Target} (the one target-value
 * language of the library, also used by the importer and the rules), so every comparator word means
 * here what it means there: 不低于 / 不少于 / 不小于 / 达到 / 以上 are "at least", 不高于 / 不超过 /
 * 不大于 / 以下 / 以内 "at most", 约 / 左右 "about". An unreadable target, or an actual value that is
 * not a number (in the target's unit and period when both print one), gives no score.
 *
 * <ul>
 *   <li>quantitative, "at least" targets ({@code ≥322.5 万人}, plain {@code 88 家}, {@code 约 60000 单}):
 *       proportional, {@code 分值 × min(1, 实际 / 目标)}: ≥322.5 万人, actual 305.63 万人, weight 10 → 9.48;
 *   <li>"at most" targets ({@code ≤5 个工作日}, and cost targets — 成本指标, names with 成本 or 费用 —
 *       printed without a comparison): inverse, {@code 分值 × min(1, 目标 / 实际)};
 *   <li>ranges ({@code 90%≤预算执行率≤100%}) and actual values in another unit than the target's
 *       ({@code 12 万} against {@code 116460 元}) are not recomputed;
 *   <li>"exactly" targets ({@code =1 家}): {@code 分值 × min(实际 / 目标, 目标 / 实际)};
 *   <li>qualitative targets ({@code 及时}, {@code 是}): full marks when the actual value states the
 *       target was met; graded actual values 优/良/中/差 score 100 / 80 / 60 / 0 %; an actual value that
 *       says the target was not met (未, 没有, 否, 不) is scored by judgment within a band and is not
 *       recomputed, nor is any other phrase;
 *   <li>budget execution (预算执行率, a percentage with or without the % sign): {@code 分值 × 执行率},
 *       capped at 分值;
 *   <li>total = execution + Σ indicator scores; grade from {@link Grade}.
 * </ul>
 *
 * <p>Ratios are computed to {@value #SCALE} decimals (half up); everything else is exact.
 * Immutable and thread-safe.
 */
public final class ScoringEngine {
  /** Decimals kept in ratios. */
  public static final int SCALE = 10;

  private static final ScoringEngine STANDARD = new ScoringEngine();

  private ScoringEngine() {}

  /**
   * The engine with the standard rules described above.
   *
   * @return the shared engine
   */
  public static ScoringEngine defaults() {
    return STANDARD;
  }

  /**
   * Recomputes one indicator's score from its weight, target and actual value.
   *
   * @param indicator a self-evaluation indicator
   * @return the exact score, or empty when weight, target or actual is missing or the rule does not
   *     determine the score
   */
  public Optional<BigDecimal> score(Indicator indicator) {
    Optional<BigDecimal> weight = indicator.weight().flatMap(Cell::value);
    Optional<String> target = indicator.effectiveTargetText();
    Optional<String> actual = indicator.actual();
    if (weight.isEmpty() || target.isEmpty() || actual.isEmpty()) {
      return Optional.empty();
    }
    Optional<Target> read = indicator.target();
    if (read.isEmpty()) {
      // an unreadable target (target-unparseable) gives no score, not a guessed one
      return Optional.empty();
    }
    // A cost target printed without a comparison is a ceiling (成本指标: spend at most the budget).
    boolean cost = indicator.level2Text().contains("成本") || indicator.name().contains("成本")
        || indicator.name().contains("费用");
    return ratio(read.get(), target.get(), actual.get(), cost).map(r -> weight.get().multiply(r));
  }

  /**
   * The score under the other convention in use for a ceiling that was exceeded (an "at most" or cost
   * target): deduction by the overrun rate, {@code 分值 × max(0, 1 − (实际 − 目标) / 目标)}, where
   * {@link #score(Indicator)} gives the inverse ratio {@code 分值 × 目标 / 实际}. Seed 002 scores a cost
   * of 513.4 万 against 432 万 with weight 6.25 as 5.07 by deduction (the inverse ratio gives 5.26):
   * both are proportional scoring, so a printed score that follows either is not a defect.
   *
   * @param indicator a self-evaluation indicator
   * @return the deduction score, or empty when the indicator is not an exceeded ceiling
   */
  public Optional<BigDecimal> overrunDeductionScore(Indicator indicator) {
    Optional<BigDecimal> weight = indicator.weight().flatMap(Cell::value);
    Optional<Target> t = indicator.target();
    Optional<Target> a = indicator.actual().flatMap(ScoringEngine::quantity);
    if (weight.isEmpty() || t.isEmpty() || a.isEmpty() || t.get().kind() != Target.Kind.QUANTITATIVE
        || !sameUnit(t.get().unit(), a.get().unit()) || !t.get().period().equals(a.get().period())) {
      return Optional.empty();
    }
    boolean cost = indicator.level2Text().contains("成本") || indicator.name().contains("成本")
        || indicator.name().contains("费用");
    Relation c = t.get().relation().orElse(cost ? Relation.LE : Relation.GE);
    BigDecimal tv = t.get().number().orElseThrow();
    BigDecimal av = a.get().number().orElseThrow();
    if ((c != Relation.LE && c != Relation.LT) || av.compareTo(tv) <= 0 || tv.signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal kept = BigDecimal.valueOf(2).subtract(av.divide(tv, SCALE, RoundingMode.HALF_UP)).max(BigDecimal.ZERO);
    return Optional.of(weight.get().multiply(kept));
  }

  /**
   * The share of the weight earned (得分率) for a target and an actual value.
   *
   * @param target the printed target (年度指标值), read by {@link Target#parse(CharSequence)}
   * @param actual the printed actual value (实际完成值)
   * @return a ratio between 0 and 1, or empty when the target cannot be read or the rule does not
   *     determine the ratio
   */
  Optional<BigDecimal> ratio(String target, String actual) {
    Target t;
    try {
      t = Target.parse(target);
    } catch (TargetParseException e) {
      return Optional.empty();
    }
    return ratio(t, target, actual, false);
  }

  private static Optional<BigDecimal> ratio(Target t, String targetText, String actualText, boolean ceiling) {
    switch (t.kind()) {
      case RANGE:
        // 90%≤预算执行率≤100% has no single scoring direction.
        return Optional.empty();
      case QUANTITATIVE:
        break;
      default:
        return qualitative(targetText, actualText);
    }
    Optional<Target> a = quantity(actualText);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    if (!sameUnit(t.unit(), a.get().unit()) || !t.period().equals(a.get().period())) {
      // 12 万 against 116460 元, 1 次/月 against 1 月/次: no conversion is guessed.
      return Optional.empty();
    }
    BigDecimal tv = t.number().orElseThrow();
    BigDecimal av = a.get().number().orElseThrow();
    Relation c = t.relation().orElse(ceiling ? Relation.LE : Relation.GE);
    switch (c) {
      case LE:
      case LT:
        if (av.compareTo(tv) <= 0) {
          return Optional.of(BigDecimal.ONE);
        }
        return Optional.of(av.signum() == 0 ? BigDecimal.ONE : tv.divide(av, SCALE, RoundingMode.HALF_UP));
      case EQ:
        if (av.compareTo(tv) == 0) {
          return Optional.of(BigDecimal.ONE);
        }
        if (av.signum() == 0 || tv.signum() == 0) {
          return Optional.of(BigDecimal.ZERO);
        }
        return Optional.of(av.compareTo(tv) < 0 ? av.divide(tv, SCALE, RoundingMode.HALF_UP)
            : tv.divide(av, SCALE, RoundingMode.HALF_UP));
      default:
        // at least, more than, about (约 8000 个: reaching the estimate is meeting it)
        if (av.compareTo(tv) >= 0 || tv.signum() == 0) {
          return Optional.of(BigDecimal.ONE);
        }
        return Optional.of(av.signum() <= 0 ? BigDecimal.ZERO : av.divide(tv, SCALE, RoundingMode.HALF_UP));
    }
  }

  /** Units compare when both are printed; a bare number takes the other's unit. */
  private static boolean sameUnit(Optional<String> a, Optional<String> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /** An actual value read as a quantity, or empty when it is a phrase, a range or unreadable. */
  private static Optional<Target> quantity(String text) {
    try {
      Target a = Target.parse(text);
      return a.kind() == Target.Kind.QUANTITATIVE ? Optional.of(a) : Optional.empty();
    } catch (TargetParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<BigDecimal> qualitative(String target, String actual) {
    String t = target.replaceAll("[\\s\\u3000]", "");
    String a = actual.replaceAll("[\\s\\u3000]", "");
    if (a.equals(t)) {
      // The target restated as the result, whatever its words (及时, 不适用, 有效提高): met.
      return Optional.of(BigDecimal.ONE);
    }
    Optional<Grade> graded = Grade.fromText(a);
    if (graded.isPresent()) {
      switch (graded.get()) {
        case EXCELLENT:
          return Optional.of(BigDecimal.ONE);
        case GOOD:
          return Optional.of(new BigDecimal("0.8"));
        case FAIR:
          return Optional.of(new BigDecimal("0.6"));
        default:
          return Optional.of(BigDecimal.ZERO);
      }
    }
    if (a.contains("未") || a.contains("没有") || a.contains("否") || a.contains("不")) {
      // A target not (or not fully) met scores by judgment within a band (财预〔2020〕10号: partly met
      // 80–60 %, not met 60–0 %), so no single score is recomputed.
      return Optional.empty();
    }
    if (a.equals(t) || a.equals("是") || a.contains("已完成") || a.contains("达到") || a.contains("达成")
        || a.contains("实现") || a.contains("达标") || a.contains("符合")) {
      return Optional.of(BigDecimal.ONE);
    }
    return Optional.empty();
  }

  /**
   * The budget-execution score: 分值 × 执行率 (the printed 执行率, else 全年执行数 / 全年预算数), capped at 分值.
   *
   * @param evaluation the self-evaluation
   * @return the score, or empty when 分值 or the rate cannot be read
   */
  public Optional<BigDecimal> executionScore(SelfEvaluation evaluation) {
    if (evaluation.funding().isEmpty()) {
      return Optional.empty();
    }
    LabelledAmounts line = evaluation.funding().get(0);
    Optional<BigDecimal> weight = cell(line, "分值").flatMap(Cell::value);
    Optional<BigDecimal> rate = cell(line, "执行率").flatMap(ScoringEngine::rate);
    if (rate.isEmpty()) {
      Optional<BigDecimal> executed = cell(line, "执行数").flatMap(Cell::value);
      Optional<BigDecimal> budget = cell(line, "全年预算").flatMap(Cell::value);
      if (executed.isPresent() && budget.isPresent() && budget.get().signum() != 0) {
        rate = Optional.of(executed.get().divide(budget.get(), SCALE, RoundingMode.HALF_UP));
      }
    }
    if (weight.isEmpty() || rate.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal r = rate.get().min(BigDecimal.ONE);
    return Optional.of(weight.get().multiply(r));
  }

  private static Optional<BigDecimal> rate(Cell c) {
    String p = c.printed();
    if (p.contains("%") || p.contains("％")) {
      return quantity(p).flatMap(Target::number).map(n -> n.movePointLeft(2));
    }
    // 执行率 is a percentage whether or not the % sign was printed (57% or 57.00).
    return c.value().map(v -> v.movePointLeft(2));
  }

  private static Optional<Cell> cell(LabelledAmounts line, String labelPart) {
    for (Map.Entry<String, Cell> e : line.cells().entrySet()) {
      if (e.getKey().contains(labelPart)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The printed budget-execution score (得分 of the first funding line).
   *
   * @param evaluation the self-evaluation
   * @return the printed score, or empty
   */
  public Optional<BigDecimal> printedExecutionScore(SelfEvaluation evaluation) {
    return evaluation.funding().isEmpty() ? Optional.empty()
        : cell(evaluation.funding().get(0), "得分").flatMap(Cell::value);
  }

  /**
   * Recomputes a whole self-evaluation.
   *
   * @param evaluation the self-evaluation
   * @return the scores, total and grade
   */
  public ScoreCard recompute(SelfEvaluation evaluation) {
    List<IndicatorScore> scores = new ArrayList<>();
    Optional<BigDecimal> execution = executionScore(evaluation);
    BigDecimal total = execution.or(() -> printedExecutionScore(evaluation)).orElse(BigDecimal.ZERO);
    boolean complete = true;
    for (Indicator i : evaluation.indicators()) {
      IndicatorScore s = new IndicatorScore(i, score(i));
      scores.add(s);
      Optional<BigDecimal> v = s.recomputed().or(s::printed);
      if (v.isPresent()) {
        total = total.add(v.get());
      } else if (i.weight().flatMap(Cell::value).isPresent()) {
        complete = false;
      }
    }
    return new ScoreCard(scores, execution, complete ? Optional.of(total) : Optional.empty());
  }
}
