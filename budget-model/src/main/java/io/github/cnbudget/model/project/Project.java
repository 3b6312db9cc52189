package io.github.cnbudget.model.project;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.PagePlace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A project (项目) as disclosed: name, code (e.g. 21 digits), supervising department, executing unit,
 * category, attribute, years, amounts by funding source (keyed by the printed label, in printed
 * order), total and annual budget, the cost lines (支出明细测算) and purchase lines (采购) of a project
 * form, and the text goal (绩效目标). The indicators of a project form are its {@code PerformanceGoal}
 * of project scope, named by this project's name.
 *
 * <p>Personal data printed in project forms (项目负责人, 联系电话, 填报人) has no place here.
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
   * The supervising department (主管部门) as printed.
   *
   * @return the department, or empty
   */
  public abstract Optional<String> department();

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
   * This year's budget of the project (当年预算, 年度资金申请总额), when printed beside its total.
   *
   * @return the annual budget cell, or empty
   */
  public abstract Optional<Cell> annualBudget();

  /**
   * The unit the project's amounts are printed in, when the form says (项目资金（元）): a project form
   * may print 元 in a document of 万元 tables.
   *
   * @return the unit, or empty when the project's amounts are in the unit of the table that lists it
   */
  public abstract Optional<AmountUnit> amountUnit();

  /**
   * Amounts by funding source, keyed by printed label (e.g. {@code 一般公共预算拨款}).
   *
   * @return the amounts in printed order
   */
  public abstract Map<String, Cell> amounts();

  /**
   * The cost lines (支出明细测算): each labelled by its economic class or item as printed, the basis of
   * the estimate (测算依据) as its description, cells keyed by printed column label.
   *
   * @return the cost lines in printed order
   */
  public abstract List<LabelledAmounts> costs();

  /**
   * The purchase lines (政府采购): each labelled by its item (采购品目), cells keyed by printed column
   * label (数量, 金额…).
   *
   * @return the purchase lines in printed order
   */
  public abstract List<LabelledAmounts> purchases();

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

  /**
   * Where the project form was printed in a PDF: its page and the band of its first line.
   *
   * @return the place, or empty for text input or when unknown
   */
  public abstract Optional<PagePlace> place();

  /**
   * This project form placed on a page of a PDF, everything else kept.
   *
   * @param value the page and box
   * @return the changed copy
   */
  public abstract Project withPlace(PagePlace value);

  /**
   * This project with another total, everything else kept.
   *
   * @param optional the total, or empty
   * @return the changed copy
   */
  public abstract Project withTotal(Optional<? extends Cell> optional);

  /**
   * This project with another annual budget, everything else kept.
   *
   * @param optional the annual budget, or empty
   * @return the changed copy
   */
  public abstract Project withAnnualBudget(Optional<? extends Cell> optional);

  /**
   * This project with other money lines, everything else kept.
   *
   * @param entries the amounts by label, in printed order
   * @return the changed copy
   */
  public abstract Project withAmounts(Map<String, ? extends Cell> entries);

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidValueException("Project name must not be blank");
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
