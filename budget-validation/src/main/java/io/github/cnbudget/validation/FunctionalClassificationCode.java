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
 * The annotated text is a functional classification code (支出功能分类科目编码): 3, 5 or 7 digits, not
 * starting with 0, as {@code FunctionalCode.parse} reads it ({@code 2101501}, {@code [2101501]}).
 * {@code null} is valid.
 */
@Documented
// validators are registered as services (META-INF/services), so this package names none of them
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface FunctionalClassificationCode {
  /**
   * The message template.
   *
   * @return the key in the {@code ValidationMessages} bundles
   */
  String message() default "{io.github.cnbudget.validation.FunctionalClassificationCode.message}";

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
