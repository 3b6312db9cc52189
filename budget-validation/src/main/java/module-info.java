import io.github.cnbudget.validation.internal.BudgetNameValidator;
import io.github.cnbudget.validation.internal.EconomicClassificationCodeValidator;
import io.github.cnbudget.validation.internal.FunctionalClassificationCodeValidator;
import io.github.cnbudget.validation.internal.NonNegativeAmountValidator;
import io.github.cnbudget.validation.internal.NonNegativeCellValidator;
import io.github.cnbudget.validation.internal.TargetTextValidator;

/**
 * Bean Validation for budget data (预算数据字段级校验): Jakarta Bean Validation constraints for users'
 * own beans (classification codes, amounts, names, target values), their validators, zh and en
 * messages, and the conversion of violations into the findings of {@code io.github.cnbudget.rules}.
 */
module io.github.cnbudget.validation {
  requires transitive io.github.cnbudget.rules;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.jspecify;

  exports io.github.cnbudget.validation;

  // Hibernate Validator finds the validators as services, then instantiates them by their public
  // constructors: an export to it alone, no deep reflection.
  exports io.github.cnbudget.validation.internal to org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      BudgetNameValidator,
      EconomicClassificationCodeValidator,
      FunctionalClassificationCodeValidator,
      NonNegativeAmountValidator,
      NonNegativeCellValidator,
      TargetTextValidator;
}
