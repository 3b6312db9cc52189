/** Validation rules for budget disclosures (预算公开校验规则). */
module io.github.cnbudget.rules {
  requires transitive io.github.cnbudget.model;
  requires static org.jspecify;
}
