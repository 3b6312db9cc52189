package io.github.cnbudget.rules.compare;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.narrative.Basis;
import io.github.cnbudget.model.narrative.Comparison;
import io.github.cnbudget.model.narrative.Direction;
import io.github.cnbudget.model.narrative.Fact;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.narrative.StatedAmount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the changes the newer document's narrative states against the older year: a fact of the
 * newer year with a comparison (比2023年预算减少876.75万元) whose year and basis are the older
 * document's is checked against the older figure of its subject ({@link OlderFigures}). The stated
 * change must equal newer minus older and the stated percent the change over the older figure, each
 * within the rounding of every printed figure involved (half a unit of the last printed digit of each):
 * the amounts' rounding errors add up, and the percent is bounded over the extremes of both rounded
 * figures.
 */
final class StatedChanges {
  private static final MathContext MC = MathContext.DECIMAL64;

  private StatedChanges() {}

  static List<StatedChange> check(Disclosure older, Disclosure newer) {
    List<StatedChange> out = new ArrayList<>();
    List<Paragraph> paragraphs = newer.narrative().paragraphs();
    for (Fact f : newer.narrative().reading().facts()) {
      if (f.amount().isEmpty() || f.comparison().isEmpty() || !statesSomething(f.comparison().get())) {
        continue;
      }
      if (f.year().isPresent() && f.year().getAsInt() != newer.year().value()) {
        continue;
      }
      Comparison c = f.comparison().get();
      int year = c.year().orElse(sameYearBasis(newer, c) ? newer.year().value() : newer.year().value() - 1);
      if (year != older.year().value()) {
        continue;
      }
      String where = f.paragraph() >= 0 && f.paragraph() < paragraphs.size() ? paragraphs.get(f.paragraph()).position() : "";
      StatedChange.Verdict verdict;
      Optional<BigDecimal> figure = Optional.empty();
      String source = "";
      String why;
      if (!basisOf(older, c)) {
        verdict = StatedChange.Verdict.NOT_CHECKED;
        why = "states the " + year + " " + basisName(c.basis().get()) + "; the older document is a "
            + older.stage().documentTerm() + " and does not print it";
      } else {
        List<OlderFigures.Figure> figures = OlderFigures.of(older, f);
        if (figures.isEmpty()) {
          verdict = StatedChange.Verdict.NOT_CHECKED;
          why = "the older document prints no figure of " + f.subject() + " this comparison can find";
        } else {
          OlderFigures.Figure agreeing = null;
          String first = "";
          for (OlderFigures.Figure g : figures) {
            String differs = differs(f.amount().get(), c, g);
            if (differs.isEmpty()) {
              agreeing = g;
              break;
            }
            first = first.isEmpty() ? differs : first;
          }
          OlderFigures.Figure g = agreeing != null ? agreeing : figures.get(0);
          figure = Optional.of(g.yuan());
          source = g.source();
          if (agreeing != null && percentOnly(c) && g.yuan().subtract(g.halfYuan()).signum() <= 0) {
            // 0.00万元 → 25.00万元 “增加100.00%”: a percent of nothing states nothing to check
            verdict = StatedChange.Verdict.NOT_CHECKED;
            why = "states only a percent, of an older figure of " + g.yuan().toPlainString() + " yuan";
          } else {
            verdict = agreeing != null ? StatedChange.Verdict.AGREES : StatedChange.Verdict.DIFFERS;
            why = agreeing != null ? "" : first;
          }
        }
      }
      out.add(new StatedChange(f.paragraph(), where, f.sentence(), f.subject(), f.topic(), f.amount().get(), c, verdict,
          figure, source, why));
    }
    return out;
  }

  /** A statement of a percent alone: no change amount, no base, no direction of its own. */
  private static boolean percentOnly(Comparison c) {
    return c.percent().isPresent() && c.change().isEmpty() && c.base().isEmpty() && c.direction().isEmpty();
  }

  private static boolean statesSomething(Comparison c) {
    return c.direction().isPresent() || c.change().isPresent() || c.percent().isPresent() || c.base().isPresent();
  }

  /** A final account compares with its own year's budget (比年初预算) when it names no year. */
  private static boolean sameYearBasis(Disclosure newer, Comparison c) {
    return newer.stage() == Stage.FINAL_ACCOUNT && c.basis().filter(b -> b == Basis.BUDGET || b == Basis.INITIAL_BUDGET
        || b == Basis.ADJUSTED_BUDGET).isPresent();
  }

  /** Whether the older document prints the basis the statement compares with: a budget its 预算, a final account its 决算. */
  private static boolean basisOf(Disclosure older, Comparison c) {
    if (c.basis().isEmpty()) {
      return true;
    }
    Basis b = c.basis().get();
    return older.stage() == Stage.BUDGET ? b == Basis.BUDGET || b == Basis.INITIAL_BUDGET
        : b == Basis.FINAL || b == Basis.EXECUTION;
  }

  private static String basisName(Basis b) {
    switch (b) {
      case BUDGET:
        return "预算 (budget)";
      case INITIAL_BUDGET:
        return "年初预算 (initial budget)";
      case ADJUSTED_BUDGET:
        return "调整预算 (adjusted budget)";
      case EXECUTION:
        return "预算执行数 (execution)";
      default:
        return "决算 (final account)";
    }
  }

  /**
   * What in the statement the older figure does not bear out, or empty text when it bears out all of
   * it: the stated change, the stated percent, the stated base and the direction.
   */
  static String differs(StatedAmount amount, Comparison c, OlderFigures.Figure older) {
    BigDecimal n = amount.inYuan();
    BigDecimal hn = amount.halfUlpInYuan();
    BigDecimal o = older.yuan();
    BigDecimal ho = older.halfYuan();
    BigDecimal change = n.subtract(o);
    BigDecimal slack = hn.add(ho);
    Optional<Direction> direction = c.direction();
    if (c.change().isPresent()) {
      StatedAmount s = c.change().get();
      BigDecimal stated = direction.filter(d -> d == Direction.DECREASE).isPresent() ? s.inYuan().negate() : s.inYuan();
      if (stated.subtract(change).abs().compareTo(slack.add(s.halfUlpInYuan())) > 0) {
        return "stated change " + signed(stated) + " yuan, but " + amount.printed() + " − " + o.toPlainString() + " yuan = "
            + signed(change) + " yuan";
      }
    } else if (direction.isPresent() && !direction(direction.get(), change, slack)) {
      return "stated " + direction.get().name().toLowerCase(java.util.Locale.ROOT) + ", but " + amount.printed() + " − "
          + o.toPlainString() + " yuan = " + signed(change) + " yuan";
    }
    if (c.base().isPresent()) {
      StatedAmount b = c.base().get();
      if (b.inYuan().subtract(o).abs().compareTo(ho.add(b.halfUlpInYuan())) > 0) {
        return "stated base " + b.printed() + ", but the older figure is " + o.toPlainString() + " yuan";
      }
    }
    if (c.percent().isPresent()) {
      Optional<Direction> pd = c.percentDirection().or(() -> direction);
      BigDecimal p = c.percent().get().value();
      BigDecimal stated = pd.filter(d -> d == Direction.DECREASE).isPresent() ? p.abs().negate() : p;
      BigDecimal hp = BigDecimal.ONE.movePointLeft(Math.max(0, p.scale())).divide(BigDecimal.valueOf(2));
      BigDecimal low = o.subtract(ho);
      if (low.signum() <= 0) {
        // a percent of nothing: 0.00万元 → 25.00万元 "增加100.00%" has no base to be a percent of
        return o.signum() == 0 ? "" : "stated " + c.percent().get().printed() + " of an older figure too small to bear a percent";
      }
      BigDecimal min = null;
      BigDecimal max = null;
      for (BigDecimal nn : List.of(n.subtract(hn), n.add(hn))) {
        for (BigDecimal oo : List.of(low, o.add(ho))) {
          BigDecimal pct = nn.subtract(oo).multiply(BigDecimal.valueOf(100)).divide(oo, MC);
          min = min == null || pct.compareTo(min) < 0 ? pct : min;
          max = max == null || pct.compareTo(max) > 0 ? pct : max;
        }
      }
      if (stated.add(hp).compareTo(min) < 0 || stated.subtract(hp).compareTo(max) > 0) {
        return "stated " + signed(stated) + "%, but " + amount.printed() + " against " + o.toPlainString() + " yuan is "
            + signed(change.movePointRight(2).divide(o, 2, java.math.RoundingMode.HALF_UP)) + "%";
      }
    }
    return "";
  }

  private static boolean direction(Direction d, BigDecimal change, BigDecimal slack) {
    switch (d) {
      case INCREASE:
        return change.add(slack).signum() > 0;
      case DECREASE:
        return change.subtract(slack).signum() < 0;
      default:
        return change.abs().compareTo(slack) <= 0;
    }
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }
}
