/**
 * Jakarta Bean Validation constraints for budget data (字段级约束): {@link
 * io.github.cnbudget.rules.validation.FunctionalClassificationCode}, {@link
 * io.github.cnbudget.rules.validation.EconomicClassificationCode}, {@link
 * io.github.cnbudget.rules.validation.NonNegativeAmount}, {@link io.github.cnbudget.rules.validation.BudgetName},
 * {@link io.github.cnbudget.rules.validation.TargetText},
 * usable on users' own beans, and {@link io.github.cnbudget.rules.validation.BudgetValidation}, which
 * bootstraps Hibernate Validator for accessor-style getters and turns violations into findings.
 *
 * <p>Every constraint accepts {@code null}; combine with {@code @NotNull} where a value is required.
 */
@NullMarked
package io.github.cnbudget.rules.validation;

import org.jspecify.annotations.NullMarked;
