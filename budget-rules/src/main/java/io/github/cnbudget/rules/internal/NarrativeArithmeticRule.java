package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.narrative.Basis;
import io.github.cnbudget.model.narrative.Comparison;
import io.github.cnbudget.model.narrative.Direction;
import io.github.cnbudget.model.narrative.Fact;
import io.github.cnbudget.model.narrative.Percent;
import io.github.cnbudget.model.narrative.StatedAmount;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.internal.Narratives.Agreement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The percentages of the narrative follow from its own amounts (说明中的百分比): a rate of change is
 * the change over the earlier year's figure — the figure the sentence itself states (2022年当年预算执行数
 * 为1.48万元), else the amount less its change — a share is the part over its whole, a completion rate
 * the final figure over the budget the sentence names. Each is judged with the rounding of its printed
 * digits: within it agrees, one unit of the last digit off is INFO, farther is an ERROR, and an ERROR
 * says so when the printed figure is the change over the new amount instead (the wrong base). The
 * direction words must agree with each other and with the amounts; an earlier figure below zero is an
 * ERROR, a rate printed from a zero base a WARNING (it is undefined, not 100%). Where the sentence
 * states both years' figures and the change, the change is their difference.
 */
final class NarrativeArithmeticRule extends AbstractRule {
  static final String PERCENT = "narrative-percent-mismatch";
  static final String WRONG_BASE = "narrative-percent-wrong-base";
  static final String ROUNDING = "narrative-percent-rounding";
  static final String DIRECTION = "narrative-direction-mismatch";
  static final String WORDS = "narrative-direction-words";
  static final String CHANGE = "narrative-change-mismatch";
  static final String NEGATIVE_BASE = "narrative-negative-base";
  static final String ZERO_BASE = "narrative-zero-base";
  static final String SHARE = "narrative-share-mismatch";
  static final String UNSIGNED = "narrative-share-without-sign";
  static final String COMPLETION = "narrative-completion-mismatch";
  static final String COMPLETION_BASE = "narrative-completion-wrong-base";

  NarrativeArithmeticRule() {
    super("narrative-arithmetic", Set.of(PERCENT, WRONG_BASE, ROUNDING, DIRECTION, WORDS, CHANGE, NEGATIVE_BASE, ZERO_BASE,
        SHARE, UNSIGNED, COMPLETION, COMPLETION_BASE), Set.of("narrative", "arithmetic"),
        "Rates of change, shares and completion rates in the narrative follow from its amounts");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    List<Fact> facts = Narratives.facts(d);
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      if (f.comparison().isPresent()) {
        comparison(d, facts, i, f.comparison().get(), out);
      }
      if (f.share().isPresent()) {
        share(d, facts, i, f.share().get(), out);
      }
      if (f.completion().isPresent()) {
        completion(d, facts, i, f.completion().get(), out);
      }
    }
    return out;
  }

  private Finding.Builder at(String code, Severity s, Disclosure d, Fact f) {
    return finding(code, s).location(Narratives.location(d, f.paragraph()));
  }

  private void comparison(Disclosure d, List<Fact> facts, int i, Comparison c, List<Finding> out) {
    Fact f = facts.get(i);
    String quote = Narratives.quote(f.sentence());
    if (c.direction().isPresent() && c.percentDirection().isPresent() && c.direction().get() != Direction.SAME
        && c.direction().get() != c.percentDirection().get()) {
      out.add(at(WORDS, Severity.ERROR, d, f).arguments(quote, word(c.direction().get()),
          word(c.percentDirection().get())).build());
      return;
    }
    Optional<StatedAmount> now = Narratives.amountOf(facts, i);
    Optional<StatedAmount> stated = statedBase(facts, i, c);
    BigDecimal nowYuan;
    BigDecimal base;
    BigDecimal baseHalf;
    String unit;
    if (now.isEmpty()) {
      return;
    }
    nowYuan = now.get().inYuan();
    unit = now.get().unit();
    Optional<Direction> direction = c.direction().or(c::percentDirection);
    if (stated.isPresent()) {
      base = stated.get().inYuan();
      baseHalf = stated.get().halfUlpInYuan();
      int sign = nowYuan.compareTo(base);
      if (direction.isPresent() && contradicts(direction.get(), sign, nowYuan.subtract(base).abs(),
          baseHalf.add(now.get().halfUlpInYuan()))) {
        out.add(at(DIRECTION, Severity.ERROR, d, f).values(base, nowYuan).arguments(quote,
            stated.get().printed(), now.get().printed(), word(direction.get())).build());
        return;
      }
      if (c.change().isPresent()) {
        BigDecimal expected = nowYuan.subtract(base).abs();
        BigDecimal printed = c.change().get().inYuan();
        BigDecimal tolerance = baseHalf.add(now.get().halfUlpInYuan()).add(c.change().get().halfUlpInYuan());
        if (expected.subtract(printed).abs().compareTo(tolerance) > 0) {
          out.add(at(CHANGE, Severity.ERROR, d, f).values(expected, printed).arguments(quote,
              now.get().printed(), stated.get().printed(), Narratives.inUnit(expected, unit),
              c.change().get().printed()).build());
          return;
        }
      }
    } else if (c.change().isPresent() && direction.isPresent() && direction.get() != Direction.SAME) {
      BigDecimal change = c.change().get().inYuan();
      base = direction.get() == Direction.INCREASE ? nowYuan.subtract(change) : nowYuan.add(change);
      baseHalf = c.change().get().halfUlpInYuan().add(now.get().halfUlpInYuan());
      if (base.compareTo(baseHalf.negate()) < 0) {
        out.add(at(NEGATIVE_BASE, Severity.ERROR, d, f).values(BigDecimal.ZERO, base).arguments(quote,
            now.get().printed(), word(direction.get()), c.change().get().printed(), Narratives.inUnit(base, unit))
            .build());
        return;
      }
    } else if (direction.isPresent() && direction.get() == Direction.SAME) {
      if (c.change().filter(ch -> ch.value().signum() != 0).isPresent()
          || c.percent().filter(p -> p.value().signum() != 0).isPresent()) {
        out.add(at(WORDS, Severity.ERROR, d, f).arguments(quote, word(Direction.SAME),
            c.change().map(StatedAmount::printed).or(() -> c.percent().map(Percent::printed)).orElse("")).build());
      }
      return;
    } else {
      return;
    }
    if (c.percent().isEmpty()) {
      return;
    }
    Percent p = c.percent().get();
    BigDecimal delta = nowYuan.subtract(base).abs();
    BigDecimal deltaHalf = c.change().isPresent() && stated.isEmpty() ? c.change().get().halfUlpInYuan()
        : baseHalf.add(now.get().halfUlpInYuan());
    if (stated.isEmpty() && c.change().isPresent()) {
      delta = c.change().get().inYuan();
    }
    if (base.abs().compareTo(baseHalf) <= 0) {
      if (p.value().signum() != 0) {
        out.add(at(ZERO_BASE, Severity.WARNING, d, f).arguments(quote, p.printed()).build());
      }
      return;
    }
    Agreement a = Narratives.agreement(delta, deltaHalf, base, baseHalf, p);
    if (a == Agreement.AGREES) {
      return;
    }
    BigDecimal expected = Narratives.ratio(delta, base);
    String deltaText = Narratives.inUnit(delta, unit);
    String baseText = Narratives.inUnit(base, unit);
    if (a == Agreement.ROUNDING) {
      out.add(at(ROUNDING, Severity.INFO, d, f).values(expected, p.value().abs()).arguments(quote, deltaText,
          baseText, Narratives.percentText(expected, p), p.printed()).build());
      return;
    }
    if (Narratives.agreement(delta, deltaHalf, nowYuan, now.get().halfUlpInYuan(), p) != Agreement.DIFFERS) {
      out.add(at(WRONG_BASE, Severity.ERROR, d, f).values(expected, p.value().abs()).arguments(quote, deltaText,
          baseText, Narratives.percentText(expected, p), p.printed(), now.get().printed(),
          Narratives.percentText(Narratives.ratio(delta, nowYuan), p)).build());
      return;
    }
    out.add(at(PERCENT, Severity.ERROR, d, f).values(expected, p.value().abs()).arguments(quote, deltaText,
        baseText, Narratives.percentText(expected, p), p.printed()).build());
  }

  /**
   * The earlier year's figure as the paragraph states it: a fact before this one, of the year and
   * basis the comparison names (2022年当年预算执行数为1.48万元 … 比2022年预算执行数增加77.70%).
   */
  private static Optional<StatedAmount> statedBase(List<Fact> facts, int i, Comparison c) {
    if (c.base().isPresent()) {
      return c.base();
    }
    if (c.year().isEmpty()) {
      return Optional.empty();
    }
    Fact f = facts.get(i);
    for (int k = i - 1; k >= 0 && facts.get(k).paragraph() == f.paragraph(); k--) {
      Fact o = facts.get(k);
      if (o.amount().isPresent() && o.year().equals(c.year()) && o.comparison().isEmpty()
          && Narratives.key(o.subject()).isEmpty() && (c.basis().isEmpty() || o.basis().equals(c.basis()))) {
        return o.amount();
      }
    }
    return Optional.empty();
  }

  private static boolean contradicts(Direction d, int sign, BigDecimal gap, BigDecimal tolerance) {
    boolean equal = gap.compareTo(tolerance) <= 0;
    switch (d) {
      case INCREASE:
        return sign < 0 && !equal;
      case DECREASE:
        return sign > 0 && !equal;
      default:
        return !equal;
    }
  }

  private static String word(Direction d) {
    switch (d) {
      case INCREASE:
        return "增加/增长";
      case DECREASE:
        return "减少/下降";
      default:
        return "持平";
    }
  }

  private void share(Disclosure d, List<Fact> facts, int i, Percent p, List<Finding> out) {
    Fact f = facts.get(i);
    String quote = Narratives.quote(f.sentence());
    if (!p.signed()) {
      out.add(at(UNSIGNED, Severity.WARNING, d, f).arguments(quote, p.printed()).build());
    }
    Optional<Fact> whole = whole(facts, i);
    if (f.amount().isEmpty() || whole.isEmpty()) {
      return;
    }
    StatedAmount part = f.amount().get();
    StatedAmount w = whole.get().amount().get();
    if (w.inYuan().signum() <= 0 || w.inYuan().compareTo(part.inYuan()) < 0) {
      // a whole smaller than its part is not the whole the share is of
      return;
    }
    Agreement a = Narratives.agreement(part.inYuan(), part.halfUlpInYuan(), w.inYuan(), w.halfUlpInYuan(), p);
    if (a == Agreement.AGREES) {
      return;
    }
    BigDecimal expected = Narratives.ratio(part.inYuan(), w.inYuan());
    out.add(at(a == Agreement.ROUNDING ? ROUNDING : SHARE, a == Agreement.ROUNDING ? Severity.INFO : Severity.ERROR, d,
        f).values(expected, p.value()).arguments(quote, part.printed(), w.printed(),
            Narratives.percentText(expected, p), p.printed()).build());
  }

  /**
   * The whole of a share: the fact its words name (占本年支出合计的), else the first amount of the
   * same sentence (其中：基本支出 410.89 万元，占 89.04%), else the amount a list in the same paragraph
   * opened with (一般公共预算财政拨款支出 307.82 万元，主要用于以下方面：…).
   */
  private static Optional<Fact> whole(List<Fact> facts, int i) {
    Fact f = facts.get(i);
    if (f.shareOf().isPresent()) {
      String named = Narratives.key(f.shareOf().get());
      for (int k = i - 1; k >= 0 && facts.get(k).paragraph() >= f.paragraph() - 2; k--) {
        Fact o = facts.get(k);
        if (o.amount().isPresent() && !named.isEmpty() && Narratives.key(o.subject()).endsWith(named)) {
          return Optional.of(o);
        }
      }
      return Optional.empty();
    }
    for (int k = 0; k < i; k++) {
      Fact o = facts.get(k);
      if (o.paragraph() == f.paragraph() && o.amount().isPresent() && o.share().isEmpty()
          && f.sentence().startsWith(o.sentence().substring(0, Math.min(o.sentence().length(), f.sentence().length())))) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  private void completion(Disclosure d, List<Fact> facts, int i, Percent p, List<Finding> out) {
    Fact f = facts.get(i);
    Optional<Fact> doneFact = outturn(facts, i);
    if (doneFact.isEmpty()) {
      return;
    }
    String named = f.completionOf().orElse("");
    Optional<Basis> wanted = named.contains("年初") ? Optional.of(Basis.INITIAL_BUDGET)
        : named.contains("全年") || named.contains("调整") ? Optional.of(Basis.ADJUSTED_BUDGET) : Optional.empty();
    List<Fact> budgets = new ArrayList<>();
    for (Fact o : facts) {
      if (o.paragraph() == f.paragraph() && o != doneFact.get() && o.amount().isPresent() && o.basis().isPresent()
          && o.basis().get() != Basis.FINAL && o.basis().get() != Basis.EXECUTION) {
        budgets.add(o);
      }
    }
    StatedAmount done = doneFact.get().amount().get();
    if (wanted.isEmpty() && budgets.stream().anyMatch(o -> o.amount().get().inYuan().signum() > 0
        && Narratives.agreement(done.inYuan(), done.halfUlpInYuan(), o.amount().get().inYuan(),
            o.amount().get().halfUlpInYuan(), p) == Agreement.AGREES)) {
      // 完成预算的 W% names no budget: any budget the sentence states will do
      return;
    }
    Optional<Fact> base = budgets.stream().filter(o -> wanted.isEmpty() || o.basis().equals(wanted)).findFirst();
    if (base.isEmpty()) {
      return;
    }
    String quote = Narratives.quote(f.sentence());
    StatedAmount b = base.get().amount().get();
    Agreement a = b.inYuan().signum() > 0
        ? Narratives.agreement(done.inYuan(), done.halfUlpInYuan(), b.inYuan(), b.halfUlpInYuan(), p) : Agreement.DIFFERS;
    if (a == Agreement.AGREES) {
      return;
    }
    for (Fact other : budgets) {
      StatedAmount ob = other.amount().get();
      if (other != base.get() && ob.inYuan().signum() > 0 && Narratives.agreement(done.inYuan(), done.halfUlpInYuan(),
          ob.inYuan(), ob.halfUlpInYuan(), p) == Agreement.AGREES) {
        out.add(at(COMPLETION_BASE, Severity.ERROR, d, f).arguments(quote, done.printed(),
            base.get().subject(), b.printed(), p.printed(), other.subject(), ob.printed()).build());
        return;
      }
    }
    if (b.inYuan().signum() <= 0) {
      out.add(at(ZERO_BASE, Severity.WARNING, d, f).arguments(quote, p.printed()).build());
      return;
    }
    BigDecimal expected = Narratives.ratio(done.inYuan(), b.inYuan());
    out.add(at(a == Agreement.ROUNDING ? ROUNDING : COMPLETION, a == Agreement.ROUNDING ? Severity.INFO : Severity.ERROR,
        d, f).values(expected, p.value()).arguments(quote, done.printed(), b.printed(),
            Narratives.percentText(expected, p), p.printed()).build());
  }

  /**
   * The figure a completion rate measures: the fact carrying it when that is an outturn (支出决算为
   * 307.82万元，完成年初预算的95.89%), else the outturn the same paragraph states before it (“三公”经费支出
   * 1.74万元，全年预算数为2.04万元，完成预算的85.29%).
   */
  private static Optional<Fact> outturn(List<Fact> facts, int i) {
    Fact f = facts.get(i);
    if (f.amount().isPresent() && !isBudget(f)) {
      return Optional.of(f);
    }
    for (int k = i - 1; k >= 0 && facts.get(k).paragraph() == f.paragraph(); k--) {
      if (facts.get(k).amount().isPresent() && !isBudget(facts.get(k))) {
        return Optional.of(facts.get(k));
      }
    }
    return Optional.empty();
  }

  private static boolean isBudget(Fact f) {
    return f.basis().filter(b -> b != Basis.FINAL && b != Basis.EXECUTION).isPresent();
  }
}
