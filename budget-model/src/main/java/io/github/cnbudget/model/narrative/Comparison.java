package io.github.cnbudget.model.narrative;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A comparison stated in the narrative (比上年增减): “比2024年预算增加3,355.65万元，增长21.5%”. Each part
 * is kept as printed and may be absent: the year compared with (empty for 上年), the basis (预算 or
 * 执行数), the direction word of the amount and of the percentage, the change and the percentage.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Comparison {
  Comparison() {}

  /**
   * The year compared with, as printed (比2022年…); empty when the sentence says 上年 or names none.
   *
   * @return the year, or empty
   */
  public abstract OptionalInt year();

  /**
   * What the earlier year's figure is (比2022年预算执行数 → execution), when printed.
   *
   * @return the basis, or empty
   */
  public abstract Optional<Basis> basis();

  /**
   * The direction word printed with the change amount, or alone (持平).
   *
   * @return the direction, or empty
   */
  public abstract Optional<Direction> direction();

  /**
   * The change, as printed (always without sign; the direction word gives it).
   *
   * @return the change, or empty
   */
  public abstract Optional<StatedAmount> change();

  /**
   * The earlier year's figure when the sentence prints it (比上年决算数149.77万元增加…).
   *
   * @return the earlier figure, or empty
   */
  public abstract Optional<StatedAmount> base();

  /**
   * The percentage of change, as printed.
   *
   * @return the percentage, or empty
   */
  public abstract Optional<Percent> percent();

  /**
   * The direction word printed with the percentage (增长 / 下降).
   *
   * @return the direction, or empty
   */
  public abstract Optional<Direction> percentDirection();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Comparison}s. */
  public static final class Builder extends ImmutableComparison.Builder {
    Builder() {}
  }
}
