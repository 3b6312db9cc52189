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
 * The annotated text is a readable target value (目标值 / 指标值) as {@code Target.parse} reads it:
 * {@code ≥90%}, {@code ≤5 个工作日}, {@code 2023年12月31日前}, {@code 及时}. OCR damage such as {@code ^100%} is invalid.
 * {@code null} is valid.
 */
@Documented
// validators are registered as services (META-INF/services), so this package names none of them
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface TargetText {
  /**
   * The message template.
   *
   * @return the key in the {@code ValidationMessages} bundles
   */
  String message() default "{io.github.cnbudget.validation.TargetText.message}";

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
