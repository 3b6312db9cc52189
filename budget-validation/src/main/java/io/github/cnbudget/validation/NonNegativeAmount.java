package io.github.cnbudget.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated amount (金额) is not negative: a {@link java.math.BigDecimal}, or a printed
 * {@code Cell} whose value, when it has one, is not negative. {@code null} and cells without a
 * value are valid.
 */
@Documented
// validators are registered as services (META-INF/services), so this package names none of them
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NonNegativeAmount {
  /**
   * The message template.
   *
   * @return the key in the {@code ValidationMessages} bundles
   */
  String message() default "{io.github.cnbudget.validation.NonNegativeAmount.message}";

  /**
   * Validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
