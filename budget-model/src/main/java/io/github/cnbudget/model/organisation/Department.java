package io.github.cnbudget.model.organisation;

import io.github.cnbudget.model.InvalidValueException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A department (部门 / 主管部门) and the budget units it consists of. A single-unit issuer (e.g. a
 * 事业单位 publishing alone) is a department with one unit or none.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Department {
  Department() {}

  /**
   * The printed name, e.g. {@code 深圳市医疗保障局}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The printed department code.
   *
   * @return the code, or empty
   */
  public abstract Optional<String> code();

  /**
   * The budget units, in printed order.
   *
   * @return the units
   */
  public abstract List<BudgetUnit> units();

  /**
   * A unit by its printed name.
   *
   * @param name the printed name
   * @return the unit, or empty
   */
  public Optional<BudgetUnit> unit(String name) {
    return units().stream().filter(u -> u.name().equals(name)).findFirst();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidValueException("Department name must not be blank");
    }
    long distinct = units().stream().map(BudgetUnit::name).distinct().count();
    if (distinct != units().size()) {
      throw new InvalidValueException("Duplicate unit names in department " + name());
    }
  }

  /**
   * A department without units.
   *
   * @param name the printed name
   * @return the department
   */
  public static Department of(String name) {
    return builder().name(name).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Department}s. */
  public static final class Builder extends ImmutableDepartment.Builder {
    Builder() {}
  }
}
