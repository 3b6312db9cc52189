package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.classification.CodeParseException;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.rules.validation.FunctionalClassificationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@code FunctionalClassificationCode} on text. Stateless and thread-safe. */
public final class FunctionalClassificationCodeValidator
    implements ConstraintValidator<FunctionalClassificationCode, CharSequence> {
  /** Creates the validator (Hibernate Validator instantiates it reflectively). */
  public FunctionalClassificationCodeValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      FunctionalCode.parse(value);
      return true;
    } catch (CodeParseException e) {
      return false;
    }
  }
}
