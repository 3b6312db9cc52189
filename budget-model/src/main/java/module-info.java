/**
 * The cn-budget model (预算公开数据模型): immutable, null-free types for classification codes and
 * catalogs, departments and units, disclosure tables, projects and performance targets.
 */
module io.github.cnbudget.model {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.cnbudget.model;
  exports io.github.cnbudget.model.classification;
  exports io.github.cnbudget.model.catalog;
  exports io.github.cnbudget.model.organisation;
  exports io.github.cnbudget.model.table;
  exports io.github.cnbudget.model.project;
  exports io.github.cnbudget.model.performance;
  exports io.github.cnbudget.model.target;
  exports io.github.cnbudget.model.narrative;
}
