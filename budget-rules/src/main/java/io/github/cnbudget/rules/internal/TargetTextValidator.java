package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.target.Target;
import io.github.cnbudget.model.target.TargetParseException;
import io.github.cnbudget.rules.validation.TargetText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@code TargetText} on text. Stateless and thread-safe. */
public final class TargetTextValidator
    implements ConstraintValidator<TargetText, CharSequence> {
  /** Creates the validator (Hibernate Validator instantiates it reflectively). */
  public TargetTextValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      Target.parse(value);
      return true;
    } catch (TargetParseException e) {
      return false;
    }
  }
}
