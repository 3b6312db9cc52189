package io.github.cnbudget.model.performance;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.PagePlace;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A performance target table (绩效目标表) of a department (整体支出绩效目标) or a project (项目绩效目标):
 * who it belongs to, the budget, the main tasks, long-term and annual goals, and the indicators.
 *
 * <p>Weights that do not sum to 100, indicators under the wrong 一级 and unreadable target texts all
 * load; the rules report them. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PerformanceGoal {
  PerformanceGoal() {}

  /**
   * Department-wide or project.
   *
   * @return the scope
   */
  public abstract GoalScope scope();

  /**
   * The printed title of the table.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * The budget unit (部门名称 / 单位名称) as printed.
   *
   * @return the unit, or empty
   */
  public abstract Optional<String> unit();

  /**
   * The supervising department (主管部门) as printed.
   *
   * @return the department, or empty
   */
  public abstract Optional<String> department();

  /**
   * The project name, for project goals.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> project();

  /**
   * The budget of the project or unit (预算数 / 金额合计).
   *
   * @return the printed budget, or empty
   */
  public abstract Optional<Cell> budget();

  /**
   * The unit amounts are printed in.
   *
   * @return the unit, or empty to use the document's
   */
  public abstract Optional<AmountUnit> amountUnit();

  /**
   * Main tasks (年度主要任务) with their amounts.
   *
   * @return the task lines
   */
  public abstract List<LabelledAmounts> tasks();

  /**
   * The long-term goal (长期目标).
   *
   * @return the text, or empty
   */
  public abstract Optional<String> longTermGoal();

  /**
   * The annual goal (年度目标 / 年度总体目标).
   *
   * @return the text, or empty
   */
  public abstract Optional<String> annualGoal();

  /**
   * The indicators, in printed order.
   *
   * @return the indicators
   */
  public abstract List<Indicator> indicators();

  /**
   * Where the table began.
   *
   * @return the one-based source line, or empty
   */
  public abstract OptionalInt line();

  /**
   * Where the target table or form was printed in a PDF: its page and the band of its first line.
   *
   * @return the place, or empty for text input or when unknown
   */
  public abstract Optional<PagePlace> place();

  /**
   * This target table or form placed on a page of a PDF, everything else kept.
   *
   * @param value the page and box
   * @return the changed copy
   */
  public abstract PerformanceGoal withPlace(PagePlace value);

  /**
   * This goal with another budget, everything else kept.
   *
   * @param optional the budget, or empty
   * @return the changed copy
   */
  public abstract PerformanceGoal withBudget(Optional<? extends Cell> optional);

  /**
   * This table with other indicators, everything else kept.
   *
   * @param elements the indicators
   * @return the changed copy
   */
  public abstract PerformanceGoal withIndicators(Iterable<? extends Indicator> elements);

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PerformanceGoal}s. */
  public static final class Builder extends ImmutablePerformanceGoal.Builder {
    Builder() {}
  }
}
