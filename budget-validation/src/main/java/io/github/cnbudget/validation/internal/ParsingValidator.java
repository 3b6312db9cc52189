package io.github.cnbudget.validation.internal;

import io.github.cnbudget.model.TextParseException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;

/**
 * A constraint validator for text that one of the model's parsers must read: valid when the parser
 * returns, invalid when it throws its {@link TextParseException}. {@code null} is valid. Stateless.
 *
 * @param <A> the constraint annotation
 */
abstract class ParsingValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {
  /** Reads the text, throwing the parser's exception when it cannot. */
  abstract void parse(CharSequence text);

  @Override
  public final boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      parse(value);
      return true;
    } catch (TextParseException e) {
      return false;
    }
  }
}
