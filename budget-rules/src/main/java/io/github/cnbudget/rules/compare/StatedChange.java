package io.github.cnbudget.rules.compare;

import io.github.cnbudget.model.narrative.Comparison;
import io.github.cnbudget.model.narrative.StatedAmount;
import io.github.cnbudget.model.narrative.Topic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A change the newer document's narrative states against the older year (说明中的增减变动), checked
 * against the older document's figure: {@code 财政拨款收入15621.11万元，比2023年预算减少876.75万元} against
 * the 2023 budget's 财政拨款收入.
 *
 * @param paragraph the index of the narrative paragraph that states it
 * @param where where the paragraph is printed ({@code p.3}, {@code l.94}), or empty text
 * @param sentence the sentence
 * @param subject what the sentence is about (财政拨款收入)
 * @param topic the topic of the subject
 * @param amount the newer amount the sentence states
 * @param statement the change it states: direction, amount, percent, the year and basis it compares with
 * @param verdict whether the older document's figure bears the statement out
 * @param older the older document's figure in yuan, when found
 * @param olderSource where the older figure is printed (table, row and column, or a sentence of the
 *     older narrative), or empty text
 * @param explanation why the statement differs or was not checked; empty text when it agrees
 */
public record StatedChange(int paragraph, String where, String sentence, String subject, Topic topic,
    StatedAmount amount, Comparison statement, Verdict verdict, Optional<BigDecimal> older, String olderSource,
    String explanation) {

  /** The outcome of checking a stated change (核对结论). */
  public enum Verdict {
    /** The older figure gives the stated change, within the rounding of the printed figures. */
    AGREES,
    /** The older figure gives another change than the one stated, beyond rounding. */
    DIFFERS,
    /** No older figure to check against: the older document does not print it, or states another basis. */
    NOT_CHECKED
  }

  /** Checks the parts. */
  public StatedChange {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(olderSource, "olderSource");
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * The change the figures give: the stated newer amount minus the older figure, in yuan.
   *
   * @return the change, or empty without an older figure
   */
  public Optional<BigDecimal> computedChange() {
    return older.map(o -> amount.inYuan().subtract(o));
  }

  /**
   * The percent change the figures give, rounded half up to two decimals.
   *
   * @return the percent, or empty without an older figure or when it is zero
   */
  public Optional<BigDecimal> computedPercent() {
    return older.filter(o -> o.signum() != 0)
        .map(o -> amount.inYuan().subtract(o).movePointRight(2).divide(o, 2, RoundingMode.HALF_UP));
  }

  /**
   * The statement as the narrative words it, rebuilt from its parts: {@code 比2023年预算减少876.75万元}.
   *
   * @return the statement
   */
  public String statementText() {
    StringBuilder s = new StringBuilder("比");
    statement.year().ifPresent(y -> s.append(y).append('年'));
    statement.basis().ifPresent(b -> s.append(basisWord(b)));
    statement.direction().ifPresent(d -> s.append(directionWord(d)));
    statement.change().ifPresent(c -> s.append(c.printed()));
    statement.percent().ifPresent(p -> {
      if (statement.change().isPresent() || statement.direction().isEmpty()) {
        s.append(statement.percentDirection().map(StatedChange::percentWord).orElse(""));
      }
      s.append(p.printed());
    });
    return s.toString();
  }

  private static String basisWord(io.github.cnbudget.model.narrative.Basis b) {
    switch (b) {
      case BUDGET:
        return "预算";
      case INITIAL_BUDGET:
        return "年初预算";
      case ADJUSTED_BUDGET:
        return "调整预算";
      case EXECUTION:
        return "预算执行数";
      default:
        return "决算";
    }
  }

  private static String directionWord(io.github.cnbudget.model.narrative.Direction d) {
    switch (d) {
      case INCREASE:
        return "增加";
      case DECREASE:
        return "减少";
      default:
        return "持平";
    }
  }

  private static String percentWord(io.github.cnbudget.model.narrative.Direction d) {
    switch (d) {
      case INCREASE:
        return "增长";
      case DECREASE:
        return "下降";
      default:
        return "";
    }
  }
}
