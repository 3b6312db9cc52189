/**
 * Validation rules for budget disclosures (预算公开校验规则): the rule engine, the built-in rule
 * catalog, findings and reports, rounding-aware arithmetic and performance scoring. Bean Validation
 * constraints are in the module {@code io.github.cnbudget.validation} (artifact budget-validation).
 */
module io.github.cnbudget.rules {
  requires transitive io.github.cnbudget.model;
  requires static org.jspecify;

  exports io.github.cnbudget.rules;
  exports io.github.cnbudget.rules.finding;
  exports io.github.cnbudget.rules.arithmetic;
  exports io.github.cnbudget.rules.scoring;
  exports io.github.cnbudget.rules.compare;
}
