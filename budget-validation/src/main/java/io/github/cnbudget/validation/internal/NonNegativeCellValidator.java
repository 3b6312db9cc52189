package io.github.cnbudget.validation.internal;

import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.validation.NonNegativeAmount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@code NonNegativeAmount} on a printed {@link Cell}. Stateless and thread-safe. */
public final class NonNegativeCellValidator implements ConstraintValidator<NonNegativeAmount, Cell> {
  /** Creates the validator (Hibernate Validator instantiates it reflectively). */
  public NonNegativeCellValidator() {}

  @Override
  public boolean isValid(@Nullable Cell value, ConstraintValidatorContext context) {
    return value == null || value.valueOrZero().signum() >= 0;
  }
}
