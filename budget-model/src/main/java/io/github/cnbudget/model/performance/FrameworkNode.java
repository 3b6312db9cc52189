package io.github.cnbudget.model.performance;

import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.table.Cell;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A node of an evaluation framework (共性指标体系): an indicator at level 1, 2 or 3 with its reference
 * score (参考分值), explanation texts and children. Children's scores should add up to the parent's;
 * the rules check that, the model does not.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FrameworkNode {
  FrameworkNode() {}

  /**
   * The level, 1 to 3.
   *
   * @return the level
   */
  public abstract int level();

  /**
   * The printed name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The reference score (参考分值).
   *
   * @return the printed score, or empty
   */
  public abstract Optional<Cell> referenceScore();

  /**
   * Explanations printed with the node (指标解释, 评分标准…), in printed order.
   *
   * @return the texts
   */
  public abstract List<String> descriptions();

  /**
   * The child indicators.
   *
   * @return the children in printed order
   */
  public abstract List<FrameworkNode> children();

  /**
   * Where the node was printed.
   *
   * @return the one-based source line, or empty
   */
  public abstract OptionalInt line();

  @Value.Check
  void check() {
    if (level() < 1 || level() > 3) {
      throw new InvalidValueException("Framework level must be 1..3: " + level());
    }
    for (FrameworkNode c : children()) {
      if (c.level() != level() + 1) {
        throw new InvalidValueException("Child '" + c.name() + "' of level " + c.level()
            + " under '" + name() + "' of level " + level());
      }
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

  /** Builds {@link FrameworkNode}s. */
  public static final class Builder extends ImmutableFrameworkNode.Builder {
    Builder() {}
  }
}
