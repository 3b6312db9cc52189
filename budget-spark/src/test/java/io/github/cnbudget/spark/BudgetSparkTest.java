package io.github.cnbudget.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.io.json.JsonLines;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.Rule;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.RuleSet;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.rules.finding.ValidationReport;
import io.github.cnbudget.testkit.Corpus;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark tables against the library run on the same documents in this JVM: one local session
 * on two threads for the whole class (starting Spark costs seconds).
 */
class BudgetSparkTest {
  private static SparkSession spark;
  private static Path data;

  private static long startNanos;

  @BeforeAll
  static void start() {
    startNanos = System.nanoTime();
    spark = SparkSession.builder().master("local[2]").appName("budget-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    data = examplesData();
  }

  @AfterAll
  static void stop() {
    spark.stop();
    // wall time depends on what else the machine runs; the CPU time of this JVM does much less
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      System.out.printf(Locale.ROOT, "budget-spark tests: %.1f s wall, %.1f s CPU of this JVM%n",
          (System.nanoTime() - startNanos) / 1e9, ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e9);
    }
  }

  /** The shipped seed texts and PDFs, found by walking up from the working directory. */
  private static Path examplesData() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples/data"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("examples/data above the working directory").isNotNull();
    return dir.resolve("examples/data");
  }

  @Test
  void importFiles_seedsAndPdfs_findingsAndNotCheckedEqualTheLibrarysRowForRow() {
    Dataset<Row> documents = BudgetSpark.importFiles(spark, data.toUri().toString()).cache();
    try {
      List<Row> docs = documents.collectAsList();
      assertThat(docs).extracting(r -> name(r.getAs("source"))).containsExactlyInAnyOrderElementsOf(files());
      assertThat(docs).allSatisfy(r -> assertThat((String) r.getAs("error")).isNull());
      Map<String, List<List<Object>>> findings = bySource(BudgetSpark.validate(documents), "finding",
          BudgetSparkTest::findingTuple);
      Map<String, List<List<Object>>> notChecked = bySource(BudgetSpark.notChecked(documents), "item",
          BudgetSparkTest::notCheckedTuple);
      int total = 0;
      for (Row r : docs) {
        // the same documents: those the job imported, as its JSON carries them
        ValidationReport report = Rules.defaults().validate(DisclosureJson.defaults().readString(r.getAs("json")));
        String file = name(r.getAs("source"));
        total += report.findings().size();
        assertThat(findings.getOrDefault(file, List.of())).as(file).containsExactlyElementsOf(
            report.findings().stream().map(BudgetSparkTest::expected).collect(Collectors.toList()));
        assertThat(notChecked.getOrDefault(file, List.of())).as(file).containsExactlyElementsOf(
            report.notChecked().stream().map(BudgetSparkTest::expected).collect(Collectors.toList()));
      }
      // real documents with real defects: the comparison is not one of empty lists
      assertThat(total).isGreaterThan(10);
      assertThat(findings.keySet()).anyMatch(n -> n.endsWith(".pdf")).anyMatch(n -> n.endsWith(".txt"));
    } finally {
      documents.unpersist();
    }
  }

  @Test
  void importFiles_documentsAndImportProblems_equalTheImportersOnTheSameFiles() {
    // the seed texts and one PDF: importing every PDF twice would only repeat the importer's own tests
    String pdf = "putuo-wanli-street-2023-budget.pdf";
    List<String> files = new ArrayList<>(files().stream().filter(n -> n.endsWith(".txt")).collect(Collectors.toList()));
    files.add(pdf);
    String paths = files.stream().map(n -> data.resolve(n).toString()).collect(Collectors.joining(","));
    Dataset<Row> documents = BudgetSpark.importFiles(spark, paths);
    Map<String, List<List<Object>>> problems = bySource(BudgetSpark.importProblems(documents), "problem",
        BudgetSparkTest::problemTuple);
    List<Row> docs = documents.collectAsList();
    assertThat(docs).hasSize(files.size());
    for (Row r : docs) {
      String file = name(r.getAs("source"));
      ImportResult local = DisclosureImporter.defaults().importFile(data.resolve(file));
      Disclosure d = local.disclosure();
      assertThat(DisclosureJson.defaults().readString(r.getAs("json"))).as(file).isEqualTo(d);
      assertThat(Arrays.asList(r.getAs("department"), r.getAs("year"), r.getAs("stage"), r.getAs("document_id")))
          .containsExactly(d.department().name(), d.year().value(), d.stage().name(), r.getAs("source"));
      assertThat(problems.getOrDefault(file, List.of())).as(file).containsExactlyElementsOf(
          local.report().problems().stream().map(BudgetSparkTest::expected).collect(Collectors.toList()));
    }
    assertThat(problems.get(pdf)).as("a PDF's problems name their page").isNotEmpty()
        .allSatisfy(p -> assertThat(p.get(1)).isNotNull());
  }

  private static List<String> files() {
    try (Stream<Path> files = Files.list(data)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void lineItems_seeds_areTheTidyLineItemsOfEachPrintedCell() {
    Dataset<Row> documents = BudgetSpark.importFiles(spark, data.resolve("000_ff2a909ca0d0a799.txt").toString());
    List<Row> items = BudgetSpark.lineItems(documents).orderBy("table", "row", "column").collectAsList();
    Disclosure d = DisclosureImporter.defaults().importText(data.resolve("000_ff2a909ca0d0a799.txt")).disclosure();
    List<List<Object>> expected = new ArrayList<>();
    for (int t = 0; t < d.tables().size(); t++) {
      for (int r = 0; r < d.tables().get(t).rows().size(); r++) {
        io.github.cnbudget.model.table.Row row = d.tables().get(t).rows().get(r);
        for (Map.Entry<String, io.github.cnbudget.model.table.Cell> c : new TreeMap<>(row.cells()).entrySet()) {
          expected.add(Arrays.asList(t + 1, r + 1, row.code().map(x -> x.digits()).orElse(null), row.label(), c.getKey(),
              c.getValue().value().orElse(null), c.getValue().printed(), c.getValue().mark().name()));
        }
      }
    }
    assertThat(items).hasSize((int) Corpus.lineItems(d));
    assertThat(items.stream().map(r -> Arrays.<Object>asList(r.getAs("table"), r.getAs("row"), r.getAs("code"),
        r.getAs("name"), r.getAs("column"), exact(r.getAs("value"), r.getAs("scale")), r.getAs("printed"),
        r.getAs("mark"))).collect(Collectors.toList())).containsExactlyElementsOf(expected);
    // 单位资金 is printed as 2958 in the summary table: the published amount, at its published scale
    assertThat(items).anySatisfy(r -> assertThat(exact(r.getAs("value"), r.getAs("scale"))).isEqualTo(new BigDecimal("2958")));
  }

  @Test
  void importFiles_corruptedFile_givesOneErrorRowInEachTableAndTheOthersAllTheirRows(@TempDir Path dir)
      throws IOException {
    Files.copy(data.resolve("000_ff2a909ca0d0a799.txt"), dir.resolve("000.txt"));
    byte[] broken = ("%PDF-1.7\n" + "1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage\n").getBytes(StandardCharsets.US_ASCII);
    Files.write(dir.resolve("broken.pdf"), broken);
    Dataset<Row> documents = BudgetSpark.importFiles(spark, dir.toString());

    List<Row> findings = BudgetSpark.validate(documents).collectAsList();
    List<Row> failed = findings.stream().filter(r -> name(r.getAs("source")).equals("broken.pdf")).collect(Collectors.toList());
    assertThat(failed).hasSize(1);
    assertThat((String) failed.get(0).getAs("error")).startsWith("PdfImportException").contains("broken.pdf")
        .doesNotContain("cn-budget-");
    assertThat((String) failed.get(0).getAs("finding_code")).isNull();
    ValidationReport good = Rules.defaults().validate(
        DisclosureImporter.defaults().importText(data.resolve("000_ff2a909ca0d0a799.txt")).disclosure());
    assertThat(findings.size() - 1).isEqualTo(good.findings().size()).isPositive();

    assertThat(BudgetSpark.lineItems(documents).where("error IS NOT NULL").count()).isEqualTo(1);
    assertThat(BudgetSpark.importProblems(documents).where("error IS NOT NULL").count()).isEqualTo(1);
    assertThat(BudgetSpark.notChecked(documents).where("error IS NOT NULL").count()).isEqualTo(1);
  }

  /** Builds of the rule set, counted in this JVM: a local session is one executor. */
  static final AtomicInteger BUILDS = new AtomicInteger();

  @Test
  void validate_ruleThatThrowsOnOneDocument_failsOnlyItsRows_ruleSetBuiltOncePerExecutor(@TempDir Path dir) {
    Path file = dir.resolve("seeds.jsonl");
    writeLines(file, seeds());
    Dataset<Row> documents = BudgetSpark.readJsonLines(spark, file.toString()).repartition(4);
    String victim = SeedDocuments.seed(2).department().name();
    BUILDS.set(0);
    List<Row> rows = BudgetSpark.validate(documents, () -> {
      BUILDS.incrementAndGet();
      List<Rule> rules = new ArrayList<>(Rules.defaults().rules());
      rules.add(new Throwing(victim));
      return RuleSet.of("with-a-broken-rule", rules);
    }).collectAsList();

    assertThat(BUILDS.get()).isEqualTo(1);
    List<Row> failed = rows.stream().filter(r -> r.getAs("error") != null).collect(Collectors.toList());
    assertThat(failed).singleElement().satisfies(r -> {
      assertThat((String) r.getAs("department")).isEqualTo(victim);
      assertThat((String) r.getAs("error")).isEqualTo("IllegalStateException: this rule cannot read " + victim);
    });
    for (int i = 0; i < SeedDocuments.count(); i++) {
      Disclosure seed = SeedDocuments.seed(i);
      if (!seed.department().name().equals(victim)) {
        assertThat(rows.stream().filter(r -> seed.department().name().equals(r.getAs("department")))
            .sorted(java.util.Comparator.comparing(r -> (Integer) r.getAs("finding"))).map(BudgetSparkTest::findingTuple))
            .containsExactlyElementsOf(Rules.defaults().validate(seed).findings().stream().map(BudgetSparkTest::expected)
                .collect(Collectors.toList()));
      }
    }
  }

  @Test
  void readJsonLines_brokenAndBlankLines_oneErrorRowForTheBrokenLineOnly(@TempDir Path dir) throws IOException {
    DisclosureJson json = DisclosureJson.defaults();
    String good = json.writeString(SeedDocuments.seed(0));
    String broken = "{\"department\": {\"name\": \"x\"}, \"year\": ";
    byte[] content = (good + "\n\n" + broken + "\r\n" + json.writeString(SeedDocuments.seed(1)) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("three.jsonl");
    Files.write(file, content);

    List<Row> docs = BudgetSpark.readJsonLines(spark, file.toString()).orderBy("document_id").collectAsList();
    assertThat(docs).hasSize(3);
    long brokenOffset = good.getBytes(StandardCharsets.UTF_8).length + 2;
    assertThat(docs).filteredOn(r -> r.getAs("error") != null).singleElement().satisfies(r -> {
      assertThat((String) r.getAs("document_id")).endsWith("three.jsonl@" + brokenOffset);
      assertThat((String) r.getAs("json")).isNull();
      assertThat((String) r.getAs("error")).startsWith("CodecException");
    });
    assertThat(docs).filteredOn(r -> r.getAs("error") == null)
        .extracting(r -> json.readString(r.getAs("json")))
        .containsExactlyInAnyOrder(SeedDocuments.seed(0), SeedDocuments.seed(1));
  }

  @Test
  void generatedCorpus_100000LineItems_lineItemsAndFindingsEqualTheLibrarys(@TempDir Path dir) throws IOException {
    long t0 = System.nanoTime();
    List<Disclosure> corpus = Corpus.of(20261206L, 100_000).stream().collect(Collectors.toList());
    long lineItems = corpus.stream().mapToLong(Corpus::lineItems).sum();
    assertThat(lineItems).isGreaterThanOrEqualTo(100_000);
    Path file = dir.resolve("corpus.jsonl");
    writeLines(file, corpus);
    long t1 = System.nanoTime();
    Map<String, Long> expected = new TreeMap<>();
    for (Disclosure d : corpus) {
      for (Finding f : Rules.defaults().validate(d).findings()) {
        expected.merge(f.severity().name(), 1L, Long::sum);
      }
    }
    long t2 = System.nanoTime();

    Dataset<Row> documents = BudgetSpark.readJsonLines(spark, file.toString()).cache();
    try {
      assertThat(documents.where("error IS NULL").count()).isEqualTo(corpus.size());
      long t3 = System.nanoTime();
      assertThat(BudgetSpark.lineItems(documents).where("error IS NULL").count()).isEqualTo(lineItems);
      long t4 = System.nanoTime();
      Map<String, Long> bySeverity = new TreeMap<>();
      for (Row r : BudgetSpark.validate(documents).groupBy("severity").count().collectAsList()) {
        bySeverity.put(r.getString(0), r.getLong(1));
      }
      long t5 = System.nanoTime();
      assertThat(bySeverity).isEqualTo(expected);
      System.out.printf(Locale.ROOT, "budget-spark: %d documents (%d bytes), %d line items, %s findings;"
          + " generate+write %.2f s, local validate %.2f s, read %.2f s, line items %.2f s, validate %.2f s (local[2])%n",
          corpus.size(), Files.size(file), lineItems, bySeverity, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
          (t4 - t3) / 1e9, (t5 - t4) / 1e9);
    } finally {
      documents.unpersist();
    }
  }

  private static List<Disclosure> seeds() {
    List<Disclosure> out = new ArrayList<>();
    for (int i = 0; i < SeedDocuments.count(); i++) {
      out.add(SeedDocuments.seed(i));
    }
    return out;
  }

  private static void writeLines(Path file, List<Disclosure> documents) {
    try (OutputStream out = Files.newOutputStream(file); JsonLines.DocumentWriter w = JsonLines.writer(out)) {
      for (Disclosure d : documents) {
        w.write(d);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A rule that cannot read one department's document. */
  private static final class Throwing implements Rule, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String department;

    Throwing(String department) {
      this.department = department;
    }

    @Override
    public String id() {
      return "throwing";
    }

    @Override
    public Set<String> codes() {
      return Set.of();
    }

    @Override
    public String description() {
      return "throws on one department's document";
    }

    @Override
    public List<Finding> check(Subject subject, RuleContext context) {
      if (subject.document().department().name().equals(department)) {
        throw new IllegalStateException("this rule cannot read " + department);
      }
      return List.of();
    }
  }

  private static String name(String source) {
    return source.substring(source.lastIndexOf('/') + 1);
  }

  private static BigDecimal exact(BigDecimal value, Integer scale) {
    return value == null ? null : value.setScale(scale);
  }

  private static Map<String, List<List<Object>>> bySource(Dataset<Row> table, String position,
      java.util.function.Function<Row, List<Object>> tuple) {
    Map<String, List<List<Object>>> out = new LinkedHashMap<>();
    for (Row r : table.orderBy("source", position).collectAsList()) {
      assertThat((String) r.getAs("error")).isNull();
      out.computeIfAbsent(name(r.getAs("source")), k -> new ArrayList<>()).add(tuple.apply(r));
    }
    return out;
  }

  private static List<Object> findingTuple(Row r) {
    return Arrays.asList(r.getAs("rule"), r.getAs("finding_code"), r.getAs("severity"), r.getAs("pointer"),
        r.getAs("table"), r.getAs("unit"), r.getAs("code"), r.getAs("column"), r.getAs("expected"),
        r.getAs("actual"), r.getAs("difference"), r.getAs("message_en"), r.getAs("page"), r.getAs("line"));
  }

  private static List<Object> expected(Finding f) {
    Location l = f.location();
    return Arrays.asList(f.ruleId(), f.code(), f.severity().name(), l.pointer(), l.table().orElse(null),
        l.unit().orElse(null), l.code().orElse(null), l.column().orElse(null), plain(f.expected()),
        plain(f.actual()), plain(f.difference()), f.message(Locale.ENGLISH), orNull(l.page()),
        l.page().isPresent() ? null : orNull(l.line()));
  }

  private static List<Object> notCheckedTuple(Row r) {
    return Arrays.asList(r.getAs("rule"), r.getAs("reason"), r.getAs("check"), r.getAs("subject"),
        r.getAs("pointer"), r.getAs("message_zh"), r.getAs("page"));
  }

  private static List<Object> expected(NotChecked n) {
    return Arrays.asList(n.ruleId(), n.reason().code(), n.check(), n.subject(), n.location().pointer(),
        n.message(Locale.SIMPLIFIED_CHINESE), orNull(n.location().page()));
  }

  private static List<Object> problemTuple(Row r) {
    return Arrays.asList(r.getAs("severity"), r.getAs("page"), r.getAs("line"), r.getAs("box"), r.getAs("what"),
        r.getAs("why"));
  }

  private static List<Object> expected(ReadProblem p) {
    return Arrays.asList(p.severity().name(), orNull(p.page()), p.line() > 0 ? p.line() : null, p.box().orElse(null),
        p.what(), p.why());
  }

  private static String plain(Optional<BigDecimal> v) {
    return v.map(BigDecimal::toPlainString).orElse(null);
  }

  private static Integer orNull(OptionalInt v) {
    return v.isPresent() ? v.getAsInt() : null;
  }

}
