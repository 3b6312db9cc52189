package io.github.cnbudget.model.performance;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.table.Cell;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A performance self-evaluation (绩效自评表) of a project or of the department as a whole: funding
 * lines with the budget-execution score (分值 × 执行率), expected goal and what was achieved, the
 * indicators with actual values and scores, and the printed total and grade.
 *
 * <p>Printed scores are kept as printed; the scoring engine of the rules recomputes them.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SelfEvaluation {
  SelfEvaluation() {}

  /**
   * Department-wide or project.
   *
   * @return the scope
   */
  @Value.Default
  public GoalScope scope() {
    return GoalScope.PROJECT;
  }

  /**
   * The project name (项目名称).
   *
   * @return the name, or empty for a department-wide evaluation
   */
  public abstract Optional<String> project();

  /**
   * The project amount (项目金额).
   *
   * @return the printed amount, or empty
   */
  public abstract Optional<Cell> projectAmount();

  /**
   * The supervising department (主管部门).
   *
   * @return the printed name, or empty
   */
  public abstract Optional<String> department();

  /**
   * The implementing unit (实施单位).
   *
   * @return the printed name, or empty
   */
  public abstract Optional<String> implementingUnit();

  /**
   * The unit amounts are printed in (self-evaluations often use 元).
   *
   * @return the unit, or empty to use the document's
   */
  public abstract Optional<AmountUnit> amountUnit();

  /**
   * Funding lines (年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金); the first carries the
   * budget-execution 分值, 执行率 and 得分.
   *
   * @return the lines
   */
  public abstract List<LabelledAmounts> funding();

  /**
   * The expected goal (预期目标).
   *
   * @return the text, or empty
   */
  public abstract Optional<String> expectedGoal();

  /**
   * What was achieved (实际完成情况).
   *
   * @return the text, or empty
   */
  public abstract Optional<String> achievement();

  /**
   * The indicators with actual values and scores.
   *
   * @return the indicators
   */
  public abstract List<Indicator> indicators();

  /**
   * The printed total weight (总分 row, 分值 column; normally 100).
   *
   * @return the printed value, or empty
   */
  public abstract Optional<Cell> totalWeight();

  /**
   * The printed total score (总分 row, 得分 column).
   *
   * @return the printed value, or empty
   */
  public abstract Optional<Cell> totalScore();

  /**
   * The printed grade (优 / 良 / 中 / 差, 优秀…).
   *
   * @return the grade text, or empty
   */
  public abstract Optional<String> grade();

  /**
   * Where the table began.
   *
   * @return the one-based source line, or empty
   */
  public abstract OptionalInt line();

  /**
   * This table with other indicators, everything else kept.
   *
   * @param elements the indicators
   * @return the changed copy
   */
  public abstract SelfEvaluation withIndicators(Iterable<? extends Indicator> elements);

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SelfEvaluation}s. */
  public static final class Builder extends ImmutableSelfEvaluation.Builder {
    Builder() {}
  }
}
