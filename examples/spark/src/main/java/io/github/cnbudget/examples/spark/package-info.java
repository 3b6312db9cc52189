/**
 * A Spark job (Spark 作业示例) that validates a folder of published disclosures with
 * {@link io.github.cnbudget.spark.BudgetSpark} and writes the tables as Parquet; see
 * {@code docs/spark.md}.
 */
@NullMarked
package io.github.cnbudget.examples.spark;

import org.jspecify.annotations.NullMarked;
