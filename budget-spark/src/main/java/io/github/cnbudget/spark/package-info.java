/**
 * The national corpus on Apache Spark (Spark 上的全国预算公开语料): {@link io.github.cnbudget.spark.BudgetSpark}
 * imports published files and JSON Lines into a table of documents, and turns it into tables of
 * findings, unchecked items, import problems and tidy line items for Spark SQL. Everything else in
 * this package is internal.
 */
@NullMarked
package io.github.cnbudget.spark;

import org.jspecify.annotations.NullMarked;
