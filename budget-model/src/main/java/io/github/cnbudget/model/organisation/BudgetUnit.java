package io.github.cnbudget.model.organisation;

import io.github.cnbudget.model.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget unit (预算单位): the department's own level (本级) or a subordinate unit (下属单位), with its
 * printed name and, where printed, its unit code (e.g. {@code 335001}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetUnit {
  BudgetUnit() {}

  /**
   * The printed name, e.g. {@code 深圳市医疗保险基金管理中心}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The role within the department.
   *
   * @return 本级 or 下属单位
   */
  @Value.Parameter
  public abstract UnitRole role();

  /**
   * The printed unit code.
   *
   * @return the code, or empty when none was printed
   */
  public abstract Optional<String> code();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidValueException("Budget unit name must not be blank");
    }
  }

  /**
   * A unit without a code.
   *
   * @param name the printed name
   * @param role its role
   * @return the unit
   */
  public static BudgetUnit of(String name, UnitRole role) {
    return ImmutableBudgetUnit.of(name, role);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BudgetUnit}s. */
  public static final class Builder extends ImmutableBudgetUnit.Builder {
    Builder() {}
  }
}
