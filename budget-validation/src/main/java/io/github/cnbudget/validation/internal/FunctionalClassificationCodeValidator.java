package io.github.cnbudget.validation.internal;

import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.validation.FunctionalClassificationCode;

/** Validates {@code FunctionalClassificationCode}: the text reads as a functional classification code. Stateless and thread-safe. */
public final class FunctionalClassificationCodeValidator extends ParsingValidator<FunctionalClassificationCode> {
  /** Creates the validator (Hibernate Validator instantiates it reflectively). */
  public FunctionalClassificationCodeValidator() {}

  @Override
  void parse(CharSequence text) {
    FunctionalCode.parse(text);
  }
}
