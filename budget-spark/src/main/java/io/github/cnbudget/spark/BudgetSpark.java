package io.github.cnbudget.spark;

import io.github.cnbudget.rules.RuleSet;
import io.github.cnbudget.rules.Rules;
import java.io.Serializable;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Disclosures on Apache Spark (Spark 上的预算公开校验): a national corpus of published files or JSON
 * Lines read into a table of documents, and the tables Spark SQL can query made from it —
 * validation findings, what the rules could not check, import problems and tidy line items.
 *
 * <pre>{@code
 * Dataset<Row> documents = BudgetSpark.importFiles(spark, "hdfs:///disclosures/2024/*.pdf").cache();
 * BudgetSpark.validate(documents).write().parquet("out/findings");
 * BudgetSpark.lineItems(documents).write().partitionBy("year").parquet("out/line_items");
 * }</pre>
 *
 * <p><b>Documents table</b> ({@link #documentsSchema()}): one row per document, {@code source}
 * (the file), {@code document_id} (the file, or {@code file@offset} for a line of JSON Lines, the
 * line's byte offset), {@code department}, {@code year}, {@code stage} ({@code BUDGET} or
 * {@code FINAL_ACCOUNT}…), {@code json} (the document in the canonical JSON of
 * {@link io.github.cnbudget.io.json.DisclosureJson}: documents travel between stages in our stable
 * format, never as Java-serialised objects), {@code import_problems} (what the importer could not
 * read: severity, page, line, box, what, why), and {@code error}.
 *
 * <p><b>One broken document never fails the job.</b> A file or line that cannot be read is a row of
 * the documents table with only {@code source}, {@code document_id} and {@code error} (the
 * exception and its message) set; and every table made from documents gives such a document, or one
 * whose work fails (a rule that throws, a value a column cannot hold exactly), exactly one row with
 * the document's columns and {@code error} set, every other column null. Rows with a null
 * {@code error} are complete.
 *
 * <p>Every derived table starts with the document's {@code source, document_id, department, year,
 * stage} and ends with {@code error}; see each method for its own columns and
 * {@code docs/spark.md} for the whole reference. Positions are one-based; {@code page} is the PDF
 * page, and {@code line} the source text line (null for a PDF, whose laid-out lines mean nothing to a
 * reader).
 *
 * <p>Stateless; the tables are lazy Spark plans, evaluated when written or collected. Each derived
 * table decodes the documents' JSON again: {@code cache()} the documents table when several tables
 * are made from it.
 */
public final class BudgetSpark {
  private BudgetSpark() {}

  /**
   * Builds the job's {@link RuleSet} where it runs (规则集工厂). A rule set is not serialisable — its
   * rules are code and its context may hold a catalog — so a job ships this recipe instead: it is
   * serialised to each executor once, and each executor builds the set once and shares it between
   * its tasks (a rule set is immutable and thread-safe). A lambda or method reference is enough:
   * {@code () -> Rules.defaults().skip("catalog")}. What it captures must be serialisable.
   */
  @FunctionalInterface
  public interface RuleSetFactory extends Serializable {
    /**
     * Builds the rule set.
     *
     * @return the rule set
     */
    RuleSet create();
  }

  /**
   * The documents table's columns: {@code source STRING NOT NULL, document_id STRING NOT NULL,
   * department STRING, year INT, stage STRING, json STRING, import_problems ARRAY<STRUCT<severity
   * STRING, page INT, line INT, box STRING, what STRING, why STRING>> NOT NULL, error STRING}.
   *
   * @return a new copy of the schema
   */
  public static StructType documentsSchema() {
    return Schemas.documents();
  }

  /**
   * The findings table's columns (校验发现表): the document's five; {@code finding INT} (the position
   * in the document's report, in report order); {@code rule}, {@code finding_code} (the stable
   * kebab-case code), {@code severity} ({@code ERROR}, {@code WARNING}, {@code INFO}), {@code pointer}
   * (the JSON pointer into the document), {@code table}, {@code table_kind}, {@code unit},
   * {@code code} (the row's classification code or label), {@code column}; {@code expected},
   * {@code actual}, {@code difference}, {@code tolerance} as exact decimal text (cast in SQL when
   * needed: a finding's arithmetic may carry more digits than a fixed DECIMAL column holds);
   * {@code within_rounding BOOLEAN}; {@code rounding_cells INT} (the cells of a rounding-level group,
   * else null); {@code message_zh}, {@code message_en}; {@code page INT}, {@code line INT};
   * {@code error}. All but the document's {@code source} and {@code document_id} are nullable.
   *
   * @return a new copy of the schema
   */
  public static StructType findingsSchema() {
    return Schemas.findings();
  }

  /**
   * The not-checked table's columns (未校验项表): the document's five; {@code item INT}, {@code rule},
   * {@code reason} (a stable code such as {@code table-absent}), {@code check}, {@code subject},
   * {@code pointer}, {@code table}, {@code unit}, {@code code}, {@code column}, {@code message_zh},
   * {@code message_en}, {@code page INT}, {@code line INT}; {@code error}.
   *
   * @return a new copy of the schema
   */
  public static StructType notCheckedSchema() {
    return Schemas.notChecked();
  }

  /**
   * The import-problems table's columns (导入问题表): the document's five; {@code problem INT},
   * {@code severity} ({@code ERROR}, {@code WARNING}, {@code INFO}), {@code page INT}, {@code line
   * INT}, {@code box}, {@code what}, {@code why}; {@code error}.
   *
   * @return a new copy of the schema
   */
  public static StructType importProblemsSchema() {
    return Schemas.importProblems();
  }

  /**
   * The line-items table's columns (明细数据表), one printed cell per row as in the tidy CSV's
   * {@code line_items.csv}: the document's five; {@code table INT} (position in the document),
   * {@code table_kind}, {@code table_title}, {@code row INT}, {@code unit_code}, {@code unit_name},
   * {@code code} (classification code digits), {@code name} (the row's label), {@code column} (the
   * column key); {@code value DECIMAL(38, 18)} (null for blank, dash and text cells) and
   * {@code scale INT} (the published scale: {@code value} at that scale is the amount as printed);
   * {@code printed}, {@code mark}, {@code repaired BOOLEAN}; {@code page INT}, {@code line INT};
   * {@code error}.
   *
   * @return a new copy of the schema
   */
  public static StructType lineItemsSchema() {
    return Schemas.lineItems();
  }

  /**
   * Imports published files (导入公开文件): PDFs (recognised by their {@code %PDF-} header) and
   * disclosure texts, one document per file, with the importer's problems; files of our JSON
   * ({@code .json}) and JSON Lines ({@code .jsonl}) are read too, as {@code Disclosures.read} reads them.
   *
   * @param spark the session
   * @param path a file, a folder (its files, not its sub-folders) or a glob, in any file system
   *     Spark reads; comma-separated for several
   * @return the documents table, partitioned by bytes over the default parallelism
   */
  public static Dataset<Row> importFiles(SparkSession spark, String path) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = jsc.binaryFiles(Objects.requireNonNull(path, "path"), jsc.defaultParallelism())
        .flatMap(file -> DocumentRows.imported(file._1(), file._2()).iterator());
    return spark.createDataFrame(rows, Schemas.documents());
  }

  /**
   * Reads JSON Lines of our canonical JSON (读取 JSON Lines), one document per line. Files are split
   * at line ends, so a large file is read by many tasks; gzip files are read whole. A line that is
   * not a document is a row with its error.
   *
   * @param spark the session
   * @param path a file, folder or glob of {@code .jsonl} files
   * @return the documents table, without import problems
   */
  @SuppressWarnings("unchecked")
  public static Dataset<Row> readJsonLines(SparkSession spark, String path) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    // the byte offset of each line names its document: stable across runs, and known to each split
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
        Objects.requireNonNull(path, "path"), TextInputFormat.class, LongWritable.class, Text.class, conf);
    JavaRDD<Row> rows = lines.mapPartitionsWithInputSplit(
        (split, it) -> DocumentRows.jsonLines(((FileSplit) split).getPath().toString(), it), false);
    return spark.createDataFrame(rows, Schemas.documents());
  }

  /**
   * Validates documents with the default rules ({@link Rules#defaults()}).
   *
   * @param documents a documents table
   * @return the findings table ({@link #findingsSchema()})
   */
  public static Dataset<Row> validate(Dataset<Row> documents) {
    return validate(documents, Rules::defaults);
  }

  /**
   * Validates documents (校验): per document the findings of {@code rules.validate(document)}, in
   * report order.
   *
   * @param documents a documents table
   * @param rules builds the rule set, once per executor
   * @return the findings table ({@link #findingsSchema()})
   */
  public static Dataset<Row> validate(Dataset<Row> documents, RuleSetFactory rules) {
    return withRules(documents, rules, DerivedRows::findings, Schemas.findings());
  }

  /**
   * What the default rules could not check.
   *
   * @param documents a documents table
   * @return the not-checked table ({@link #notCheckedSchema()})
   */
  public static Dataset<Row> notChecked(Dataset<Row> documents) {
    return notChecked(documents, Rules::defaults);
  }

  /**
   * What the rules could not check (未校验项), per document as {@code rules.validate(document).notChecked()}.
   *
   * @param documents a documents table
   * @param rules builds the rule set, once per executor
   * @return the not-checked table ({@link #notCheckedSchema()})
   */
  public static Dataset<Row> notChecked(Dataset<Row> documents, RuleSetFactory rules) {
    return withRules(documents, rules, DerivedRows::notChecked, Schemas.notChecked());
  }

  /**
   * The importer's problems, one row each (导入问题).
   *
   * @param documents a documents table
   * @return the import-problems table ({@link #importProblemsSchema()})
   */
  public static Dataset<Row> importProblems(Dataset<Row> documents) {
    return documents.flatMap((FlatMapFunction<Row, Row>) DerivedRows::importProblems,
        Encoders.row(Schemas.importProblems()));
  }

  /**
   * The tidy line items (明细数据): one row per printed cell of every table.
   *
   * @param documents a documents table
   * @return the line-items table ({@link #lineItemsSchema()})
   */
  public static Dataset<Row> lineItems(Dataset<Row> documents) {
    return documents.flatMap((FlatMapFunction<Row, Row>) DerivedRows::lineItems, Encoders.row(Schemas.lineItems()));
  }

  /** Each document's rows made with the rule set, which is broadcast as its recipe and built once per executor. */
  private static Dataset<Row> withRules(Dataset<Row> documents, RuleSetFactory rules, DerivedRows.WithRules rows,
      StructType schema) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(documents.sparkSession().sparkContext());
    Broadcast<RuleSetHolder> holder = jsc.broadcast(new RuleSetHolder(Objects.requireNonNull(rules, "rules")));
    return documents.flatMap((FlatMapFunction<Row, Row>) d -> rows.rows(d, holder.value().rules()), Encoders.row(schema));
  }
}
