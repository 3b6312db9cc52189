package io.github.cnbudget.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCorpusTest {
  private static final String SEED = "000_ff2a909ca0d0a799.txt";
  private static final String PDF = "putuo-gov-office-2025-budget.pdf";

  private static Path examplesData() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples/data"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("examples/data above the working directory").isNotNull();
    return dir.resolve("examples/data");
  }

  @Test
  void run_seedAndPdf_writesEveryFindingAndLineItemAsParquet(@TempDir Path dir) throws IOException {
    Path data = examplesData();
    Path input = Files.createDirectory(dir.resolve("in"));
    Files.copy(data.resolve(SEED), input.resolve(SEED));
    Files.copy(data.resolve(PDF), input.resolve(PDF));
    SparkSession spark = SparkSession.builder().master("local[2]").appName("validate-corpus-test")
        .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    try {
      String out = dir.resolve("out").toString();
      Map<String, Long> written = ValidateCorpus.run(spark, input.toString(), out);

      long findings = 0;
      for (String f : List.of(SEED, PDF)) {
        ValidationReport r = Rules.defaults().validate(DisclosureImporter.defaults().importFile(data.resolve(f)).disclosure());
        findings += r.findings().size();
      }
      assertThat(written).containsOnlyKeys("findings", "line_items", "not_checked", "import_problems");
      assertThat(written.get("findings")).isEqualTo(findings);
      assertThat(spark.read().parquet(out + "/findings").count()).isEqualTo(findings);
      assertThat(spark.read().parquet(out + "/line_items").count()).isEqualTo(written.get("line_items")).isPositive();
      // the seed's typo, read back from Parquet: 单位资金 printed as 2958 where its items add up to 2985
      List<Row> typo = spark.read().parquet(out + "/findings")
          .where("severity = 'ERROR' AND actual = '2958' AND expected = '2985'").collectAsList();
      assertThat(typo).isNotEmpty().allSatisfy(r -> assertThat((String) r.getAs("source")).endsWith(SEED));
      assertThat(spark.read().parquet(out + "/line_items").where("error IS NOT NULL").count()).isZero();
      // the amounts are decimals Spark SQL adds up exactly
      BigDecimal total = spark.read().parquet(out + "/line_items").selectExpr("sum(value)").first().getDecimal(0);
      assertThat(total.compareTo(BigDecimal.ZERO)).isPositive();
    } finally {
      spark.stop();
    }
  }
}
