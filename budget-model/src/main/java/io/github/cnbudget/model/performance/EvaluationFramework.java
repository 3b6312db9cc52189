package io.github.cnbudget.model.performance;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An evaluation framework (绩效评价共性指标体系框架): a tree of indicators with 参考分值 at every level.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationFramework {
  EvaluationFramework() {}

  /**
   * The printed title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The first-level nodes.
   *
   * @return the roots in printed order
   */
  public abstract List<FrameworkNode> roots();

  /**
   * Where the framework began.
   *
   * @return the one-based source line, or empty
   */
  public abstract OptionalInt line();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EvaluationFramework}s. */
  public static final class Builder extends ImmutableEvaluationFramework.Builder {
    Builder() {}
  }
}
