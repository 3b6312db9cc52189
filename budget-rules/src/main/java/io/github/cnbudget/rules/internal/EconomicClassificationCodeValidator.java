package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.classification.CodeParseException;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.rules.validation.EconomicClassificationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@code EconomicClassificationCode} on text. Stateless and thread-safe. */
public final class EconomicClassificationCodeValidator
    implements ConstraintValidator<EconomicClassificationCode, CharSequence> {
  /** Creates the validator (Hibernate Validator instantiates it reflectively). */
  public EconomicClassificationCodeValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      EconomicCode.parse(value);
      return true;
    } catch (CodeParseException e) {
      return false;
    }
  }
}
