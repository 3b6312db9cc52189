package io.github.cnbudget.model.performance;

import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.target.Target;
import io.github.cnbudget.model.target.TargetParseException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A third-level performance indicator (三级指标) with its place in the hierarchy (一级/二级, as printed
 * and as recognised), its target value (目标值 / 年度指标值, whole or in the split form 指标性质 + 指标值
 * + 度量单位), weight (权重 / 分值), and for self-evaluations the actual value (实际完成值), score (得分)
 * and the explanation of deviations (偏差原因分析及改进措施).
 *
 * <p>Everything is kept as printed; {@code Target.parse} reads the target text. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Indicator {
  Indicator() {}

  /**
   * The first level as printed.
   *
   * @return e.g. {@code 产出指标}
   */
  public abstract String level1Text();

  /**
   * The second level as printed.
   *
   * @return e.g. {@code 数量指标}, possibly empty where a document leaves it out
   */
  @Value.Default
  public String level2Text() {
    return "";
  }

  /**
   * The third-level indicator name (free text).
   *
   * @return e.g. {@code 参保人满意度}
   */
  public abstract String name();

  /**
   * The whole target text as printed (目标值 / 年度指标值), e.g. {@code ≥90%}.
   *
   * @return the text, or empty when the target was printed in split form only
   */
  public abstract Optional<String> targetText();

  /**
   * 指标性质 of the split form, as printed (≥, ≤, =, 定性…).
   *
   * @return the nature, or empty
   */
  public abstract Optional<String> nature();

  /**
   * 指标值 of the split form, as printed.
   *
   * @return the value, or empty
   */
  public abstract Optional<String> value();

  /**
   * 度量单位 of the split form, as printed.
   *
   * @return the unit, or empty
   */
  public abstract Optional<String> measureUnit();

  /**
   * 指标方向性 as printed (正向 / 反向…).
   *
   * @return the direction, or empty
   */
  public abstract Optional<String> direction();

  /**
   * Weight (权重 / 分值).
   *
   * @return the printed weight, or empty
   */
  public abstract Optional<Cell> weight();

  /**
   * Actual value (实际完成值), self-evaluations only.
   *
   * @return the printed text, or empty
   */
  public abstract Optional<String> actual();

  /**
   * Score (得分), self-evaluations only.
   *
   * @return the printed score, or empty
   */
  public abstract Optional<Cell> score();

  /**
   * Deviation analysis (偏差原因分析及改进措施), self-evaluations only.
   *
   * @return the text, or empty
   */
  public abstract Optional<String> deviation();

  /**
   * Values of earlier years printed beside the target, keyed by printed column label
   * (e.g. {@code 2021年指标值}).
   *
   * @return the history in printed order
   */
  public abstract Map<String, String> history();

  /**
   * Where the indicator was printed.
   *
   * @return the one-based source line, or empty
   */
  public abstract OptionalInt line();

  /**
   * Where the indicator row was printed in a PDF: its page and the band of its first line.
   *
   * @return the place, or empty for text input or when unknown
   */
  public abstract Optional<PagePlace> place();

  /**
   * This indicator row placed on a page of a PDF, everything else kept.
   *
   * @param value the page and box
   * @return the changed copy
   */
  public abstract Indicator withPlace(PagePlace value);

  /**
   * The recognised first level.
   *
   * @return the level, or empty when the printed text is outside the vocabulary
   */
  public Optional<Level1> level1() {
    return Level1.fromText(level1Text());
  }

  /**
   * The recognised second level.
   *
   * @return the level, or empty when the printed text is outside the vocabulary
   */
  public Optional<Level2> level2() {
    return Level2.fromText(level2Text());
  }

  /**
   * The target text to read: the whole text when printed, else the split parts joined
   * (指标性质 + 指标值 + 度量单位).
   *
   * @return the text, or empty when no target was printed
   */
  public Optional<String> effectiveTargetText() {
    if (targetText().isPresent()) {
      return targetText();
    }
    if (value().isEmpty()) {
      return Optional.empty();
    }
    String nature = nature().orElse("");
    String prefix = nature.equals("≥") || nature.equals("≤") || nature.equals("=") || nature.equals(">")
        || nature.equals("<") || nature.equals("＝") || nature.equals("≧") || nature.equals("≦") ? nature : "";
    return Optional.of(prefix + value().get() + measureUnit().orElse(""));
  }

  /**
   * The target value read (目标值): {@link Target#parse(CharSequence)} of the whole text when one was
   * printed, else {@link Target#ofParts(String, String, String)} of 指标性质, 指标值 and 度量单位.
   *
   * <p>The split form is read part by part rather than through {@link #effectiveTargetText()},
   * because that text leaves out a nature it does not recognise: an OCR-garbled {@code 2} or
   * {@code ^} in front of {@code 100 %} must make the target unreadable, not turn it into a bare
   * {@code 100%}.
   *
   * @return the target, or empty when none was printed or the printed one cannot be read (call
   *     {@code Target.parse} / {@code Target.ofParts} directly to learn where it fails)
   */
  public Optional<Target> target() {
    try {
      if (targetText().isPresent()) {
        return Optional.of(Target.parse(targetText().get()));
      }
      if (value().isPresent()) {
        return Optional.of(Target.ofParts(nature().orElse(""), value().get(), measureUnit().orElse("")));
      }
      return Optional.empty();
    } catch (TargetParseException e) {
      // Unreadable text is data, not a structural error: the printed text stays available and the
      // rules report it.
      return Optional.empty();
    }
  }

  /**
   * This indicator with another weight, everything else kept.
   *
   * @param optional the weight, or empty
   * @return the changed copy
   */
  public abstract Indicator withWeight(Optional<? extends Cell> optional);

  /**
   * This indicator with another score, everything else kept.
   *
   * @param optional the score, or empty
   * @return the changed copy
   */
  public abstract Indicator withScore(Optional<? extends Cell> optional);

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidValueException("Indicator name must not be blank");
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Indicator}s. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
