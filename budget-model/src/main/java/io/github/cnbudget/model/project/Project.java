package io.github.cnbudget.model.project;

import io.github.cnbudget.model.table.Cell;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A project (项目) as disclosed: name, code (e.g. 21 digits), executing unit, category, attribute,
 * years, amounts by funding source (keyed by the printed column label, in printed order), total,
 * and the text goal (绩效目标).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Project {
  Project() {}

  /**
   * The printed name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The printed project code.
   *
   * @return the code, or empty
   */
  public abstract Optional<String> code();

  /**
   * The executing unit's printed name.
   *
   * @return the unit, or empty
   */
  public abstract Optional<String> unit();

  /**
   * The category.
   *
   * @return 人员类, 运转类 or 特定目标类, or empty when not printed
   */
  public abstract Optional<ProjectCategory> category();

  /**
   * The attribute.
   *
   * @return 持续性 or 一次性, or empty when not printed
   */
  public abstract Optional<ProjectAttribute> attribute();

  /**
   * The first year.
   *
   * @return the start year, or empty
   */
  public abstract OptionalInt startYear();

  /**
   * The last year.
   *
   * @return the end year, or empty
   */
  public abstract OptionalInt endYear();

  /**
   * The project's total amount (预算数 / 合计).
   *
   * @return the total cell, or empty
   */
  public abstract Optional<Cell> total();

  /**
   * Amounts by funding source, keyed by printed label (e.g. {@code 一般公共预算拨款}).
   *
   * @return the amounts in printed order
   */
  public abstract Map<String, Cell> amounts();

  /**
   * The text goal (绩效目标), joined across wrapped lines.
   *
   * @return the goal, or empty
   */
  public abstract Optional<String> goal();

  /**
   * Where the project was printed.
   *
   * @return the one-based source line, or empty
   */
  public abstract OptionalInt line();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("Project name must not be blank");
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

  /** Builds {@link Project}s. */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
