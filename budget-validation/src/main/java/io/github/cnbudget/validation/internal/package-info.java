/**
 * The constraint validators (约束校验器) of the constraints of {@code io.github.cnbudget.validation}:
 * registered as {@code jakarta.validation.ConstraintValidator} services, instantiated by Hibernate
 * Validator, not for direct use.
 */
@NullMarked
package io.github.cnbudget.validation.internal;

import org.jspecify.annotations.NullMarked;
