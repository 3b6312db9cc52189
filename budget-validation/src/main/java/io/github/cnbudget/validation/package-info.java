/**
 * Jakarta Bean Validation constraints for budget data (字段级约束): {@link
 * io.github.cnbudget.validation.FunctionalClassificationCode}, {@link
 * io.github.cnbudget.validation.EconomicClassificationCode}, {@link
 * io.github.cnbudget.validation.NonNegativeAmount}, {@link io.github.cnbudget.validation.BudgetName},
 * {@link io.github.cnbudget.validation.TargetText},
 * usable on users' own beans, and {@link io.github.cnbudget.validation.BudgetValidation}, which
 * bootstraps Hibernate Validator for accessor-style getters and turns violations into findings.
 *
 * <p>Every constraint accepts {@code null}; combine with {@code @NotNull} where a value is required.
 *
 * <p>The constraints name no validator: the validators are registered as services of {@code
 * jakarta.validation.ConstraintValidator} (in {@code META-INF/services} and the module
 * descriptor), which Hibernate Validator reads whichever way it is bootstrapped, so {@code
 * Validation.buildDefaultValidatorFactory()} checks them too. Their messages are in the {@code
 * ValidationMessages} bundles (English, and {@code _zh} for Chinese).
 */
@NullMarked
package io.github.cnbudget.validation;

import org.jspecify.annotations.NullMarked;
