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
 * The annotated text is an economic classification code (支出经济分类科目编码): 3 or 5 digits starting
 * with 3 (部门预算) or 5 (政府预算), as {@code EconomicCode.parse} reads it ({@code 30101}).
 * {@code null} is valid.
 */
@Documented
// validators are registered as services (META-INF/services), so this package names none of them
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface EconomicClassificationCode {
  /**
   * The message template.
   *
   * @return the key in the {@code ValidationMessages} bundles
   */
  String message() default "{io.github.cnbudget.validation.EconomicClassificationCode.message}";

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
