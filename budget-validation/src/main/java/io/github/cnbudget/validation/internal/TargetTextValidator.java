package io.github.cnbudget.validation.internal;

import io.github.cnbudget.model.target.Target;
import io.github.cnbudget.validation.TargetText;

/** Validates {@code TargetText}: the text reads as a target value. Stateless and thread-safe. */
public final class TargetTextValidator extends ParsingValidator<TargetText> {
  /** Creates the validator (Hibernate Validator instantiates it reflectively). */
  public TargetTextValidator() {}

  @Override
  void parse(CharSequence text) {
    Target.parse(text);
  }
}
