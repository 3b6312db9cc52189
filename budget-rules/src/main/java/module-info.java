/**
 * Validation rules for budget disclosures (预算公开校验规则): the rule engine, the built-in rule
 * catalog, findings and reports, rounding-aware arithmetic, Bean Validation constraints and
 * performance scoring.
 */
module io.github.cnbudget.rules {
  requires transitive io.github.cnbudget.model;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.jspecify;

  exports io.github.cnbudget.rules;
  exports io.github.cnbudget.rules.finding;
  exports io.github.cnbudget.rules.arithmetic;
  exports io.github.cnbudget.rules.scoring;
  exports io.github.cnbudget.rules.validation;
  exports io.github.cnbudget.rules.compare;

  // Hibernate Validator instantiates the constraint validators reflectively.
  opens io.github.cnbudget.rules.internal to org.hibernate.validator;
}
