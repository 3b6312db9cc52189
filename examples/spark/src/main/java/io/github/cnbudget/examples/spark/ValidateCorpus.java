package io.github.cnbudget.examples.spark;

import io.github.cnbudget.spark.BudgetSpark;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Validates a folder of published disclosures on Spark (在 Spark 上校验一批公开文件): imports every PDF
 * and disclosure text, and writes the findings, the line items, what could not be checked and the
 * import problems as Parquet, partitioned by year.
 *
 * <p>From the repository root, in local mode on two threads:
 * {@code java -cp … io.github.cnbudget.examples.spark.ValidateCorpus examples/data target/corpus local[2]};
 * on a cluster, {@code spark-submit} with the job jar (see {@code docs/spark.md}).
 */
public final class ValidateCorpus {
  private ValidateCorpus() {}

  /**
   * Runs the job.
   *
   * @param spark the session
   * @param input a folder, file or glob of PDFs and disclosure texts
   * @param output the folder that receives one Parquet folder per table (replaced if present)
   * @return the rows written, by table
   */
  public static Map<String, Long> run(SparkSession spark, String input, String output) {
    // every table is made from the documents: import them once, not once per table
    Dataset<Row> documents = BudgetSpark.importFiles(spark, input).cache();
    try {
      Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
      tables.put("findings", BudgetSpark.validate(documents));
      tables.put("line_items", BudgetSpark.lineItems(documents));
      tables.put("not_checked", BudgetSpark.notChecked(documents));
      tables.put("import_problems", BudgetSpark.importProblems(documents));
      Map<String, Long> written = new LinkedHashMap<>();
      for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
        Dataset<Row> table = t.getValue().cache();
        try {
          table.write().mode(SaveMode.Overwrite).partitionBy("year").parquet(output + "/" + t.getKey());
          written.put(t.getKey(), table.count());
        } finally {
          table.unpersist();
        }
      }
      return written;
    } finally {
      documents.unpersist();
    }
  }

  /**
   * Validates the folder named by the first argument into the folder named by the second.
   *
   * @param args input, output, and optionally the master (e.g. {@code local[2]}; spark-submit sets it)
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ValidateCorpus <input folder or glob> <output folder> [master]");
      System.exit(2);
    }
    SparkSession.Builder builder = SparkSession.builder().appName("cn-budget validate corpus");
    if (args.length > 2) {
      builder = builder.master(args[2]);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      run(spark, args[0], args[1]).forEach((table, rows) -> System.out.println(table + ": " + rows + " rows"));
    } finally {
      spark.stop();
    }
  }
}
