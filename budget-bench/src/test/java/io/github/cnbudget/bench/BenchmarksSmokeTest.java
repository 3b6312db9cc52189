package io.github.cnbudget.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs every benchmark method once on a tiny corpus: proves they work, measures nothing (timings
 * live in BENCHMARKS.md, never in tests).
 */
class BenchmarksSmokeTest {
  private static final Blackhole BH = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void jsonBenchmarks_runAndAgreeWithTheirBaselines() throws Exception {
    JsonBenchmark b = new JsonBenchmark();
    b.lineItems = 3_000;
    b.setUp();
    b.decodeDocuments(BH);
    b.baselineDatabindRecords(BH);
    assertThat(b.baselineTokenWalk()).isPositive();
    assertThat(b.records).hasSameSizeAs(b.data.documents);
    assertThat(b.encodeDocuments()).isEqualTo(b.data.jsonLines.length);
    assertThat(b.baselineDatabindWrite()).isPositive();
  }

  @Test
  void csvBenchmarks_run() throws Exception {
    CsvBenchmark b = new CsvBenchmark();
    b.lineItems = 3_000;
    b.setUp();
    b.decodeTidy(BH);
    b.encodeTidy(BH);
    assertThat(b.baselineFastCsvRead()).isPositive();
    assertThat(b.baselineFastCsvWrite()).isPositive();
  }

  @Test
  void importBenchmark_importsEverySeedAndTheBaselineCountsFields() {
    for (int n = 0; n < 4; n++) {
      ImportBenchmark b = new ImportBenchmark();
      b.seed = n;
      b.setUp();
      assertThat(b.importText().disclosure().tables()).as("seed %d", n).isNotEmpty();
      assertThat(b.baselineSplitFields()).isGreaterThan(b.text.split("\n").length / 2);
    }
    assertThat(ImportBenchmark.fields("a\tb  c d\n\ne")).isEqualTo(4);
  }

  @Test
  void parallelSpeedup_ratioIsExactToTwoDecimals() {
    assertThat(ParallelSpeedup.ratio(3_000_000L, 2_000_000L)).isEqualByComparingTo("1.50");
    assertThat(ParallelSpeedup.ratio(2L, 3L)).hasToString("0.67");
  }

  @Test
  void validationBenchmarks_runAndTheBaselineFindsNothingInConsistentDocuments() {
    ValidationBenchmark b = new ValidationBenchmark();
    b.lineItems = 3_000;
    b.setUp();
    b.fullRuleSet(BH);
    assertThat(b.baselineRollupLoop()).isZero();
  }

  @Test
  void streamingValidation_readsEveryDocumentOfAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("corpus.jsonl");
    long[] stats = CorpusFile.write(file, 5_000, 1);
    assertThat(Files.size(file)).isPositive();
    StreamingValidation.Result r = StreamingValidation.run(file, 2);
    assertThat(r.documents).isEqualTo(stats[0]);
    assertThat(r.lineItems).isEqualTo(stats[1]);
  }

  @Test
  void parallelValidation_oneAndTwoThreadsFindTheSame() throws Exception {
    long[] found = new long[4];
    for (int threads = 1; threads <= 2; threads++) {
      ParallelValidationBenchmark b = new ParallelValidationBenchmark();
      b.lineItems = 20_000;
      b.threads = threads;
      b.setUp();
      try {
        found[2 * threads - 2] = b.preDecoded();
        found[2 * threads - 1] = b.fromJsonLines();
      } finally {
        b.tearDown();
      }
    }
    assertThat(found[0]).isPositive().isEqualTo(found[1]).isEqualTo(found[2]).isEqualTo(found[3]);
  }
}
