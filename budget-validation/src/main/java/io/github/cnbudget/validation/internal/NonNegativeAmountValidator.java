package io.github.cnbudget.validation.internal;

import io.github.cnbudget.validation.NonNegativeAmount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Validates {@code NonNegativeAmount} on a {@link BigDecimal}. Stateless and thread-safe. */
public final class NonNegativeAmountValidator implements ConstraintValidator<NonNegativeAmount, BigDecimal> {
  /** Creates the validator (Hibernate Validator instantiates it reflectively). */
  public NonNegativeAmountValidator() {}

  @Override
  public boolean isValid(@Nullable BigDecimal value, ConstraintValidatorContext context) {
    return value == null || value.signum() >= 0;
  }
}
