package io.github.cnbudget.model.narrative;

import io.github.cnbudget.model.classification.FunctionalCode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A fact read from the narrative (说明中陈述的事实): what is spoken of, and what is said of it — an amount,
 * a comparison with an earlier year, a share of a whole, a completion rate — with the sentence it was
 * read from.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Fact {
  Fact() {}

  /**
   * The index of the paragraph in {@link Narrative#paragraphs()}.
   *
   * @return the zero-based paragraph index
   */
  public abstract int paragraph();

  /**
   * The sentence the fact was read from, as normalised for reading (blanks inside numbers removed).
   *
   * @return the sentence
   */
  public abstract String sentence();

  /**
   * The words naming what the amount is of, as printed (2025年收入预算, 卫生健康支出（类）).
   *
   * @return the subject, possibly empty when the sentence names nothing
   */
  public abstract String subject();

  /**
   * What the subject names, or what the paragraph's heading names when the subject is only a year
   * and a basis (2023年预算数).
   *
   * @return the topic
   */
  public abstract Topic topic();

  /**
   * The year the subject names (2022年当年预算执行数 → 2022).
   *
   * @return the year, or empty
   */
  public abstract OptionalInt year();

  /**
   * What kind of figure the subject names (预算, 执行数, 决算…).
   *
   * @return the basis, or empty
   */
  public abstract Optional<Basis> basis();

  /**
   * The functional classification code printed with the subject (卫生健康支出（210类）), if any.
   *
   * @return the code, or empty
   */
  public abstract Optional<FunctionalCode> code();

  /**
   * The printed names of a functional 类, 款 and 项 path (社会保障和就业支出（类）…（项）, or
   * “一般公共服务支出-…-行政运行”), from the 类 down.
   *
   * @return the names, empty when the subject is not a classification
   */
  public abstract List<String> classificationNames();

  /**
   * The amount stated.
   *
   * @return the amount, or empty (a comparison of an amount stated before)
   */
  public abstract Optional<StatedAmount> amount();

  /**
   * The comparison with an earlier year.
   *
   * @return the comparison, or empty
   */
  public abstract Optional<Comparison> comparison();

  /**
   * The share of a whole (占 Z%).
   *
   * @return the share, or empty
   */
  public abstract Optional<Percent> share();

  /**
   * The whole the share names (占本年支出合计的 → 本年支出合计), when printed.
   *
   * @return the whole, or empty
   */
  public abstract Optional<String> shareOf();

  /**
   * The completion rate (完成年初预算的 W%).
   *
   * @return the rate, or empty
   */
  public abstract Optional<Percent> completion();

  /**
   * What the completion is measured against (年初预算, 全年预算数), as printed.
   *
   * @return the basis text, or empty
   */
  public abstract Optional<String> completionOf();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Fact}s. */
  public static final class Builder extends ImmutableFact.Builder {
    Builder() {}
  }
}
