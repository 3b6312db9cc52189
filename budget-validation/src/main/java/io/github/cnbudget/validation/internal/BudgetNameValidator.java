package io.github.cnbudget.validation.internal;

import io.github.cnbudget.validation.BudgetName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@code BudgetName}. Stateless and thread-safe. */
public final class BudgetNameValidator implements ConstraintValidator<BudgetName, CharSequence> {
  /** Creates the validator (Hibernate Validator instantiates it reflectively). */
  public BudgetNameValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    boolean content = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        return false;
      }
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        content = true;
      }
    }
    return content;
  }
}
