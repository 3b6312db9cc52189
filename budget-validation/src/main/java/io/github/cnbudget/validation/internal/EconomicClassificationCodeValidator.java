package io.github.cnbudget.validation.internal;

import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.validation.EconomicClassificationCode;

/** Validates {@code EconomicClassificationCode}: the text reads as an economic classification code. Stateless and thread-safe. */
public final class EconomicClassificationCodeValidator extends ParsingValidator<EconomicClassificationCode> {
  /** Creates the validator (Hibernate Validator instantiates it reflectively). */
  public EconomicClassificationCodeValidator() {}

  @Override
  void parse(CharSequence text) {
    EconomicCode.parse(text);
  }
}
