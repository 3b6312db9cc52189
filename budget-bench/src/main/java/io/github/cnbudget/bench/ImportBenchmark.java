package io.github.cnbudget.bench;

import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.io.text.ImportResult;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text import (文本导入) of each seed disclosure, in documents per second, beside a baseline that
 * only cuts the same text into lines and fields (tab- or space-separated): what any reader of the
 * text must do before it can recognise a single table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ImportBenchmark {

  /** The seed's number, 0 to 3. */
  @Param({"0", "1", "2", "3"})
  public int seed;

  String text;
  DisclosureImporter importer;

  /** Reads the seed's text from the benchmark jar. */
  @Setup(Level.Trial)
  public void setUp() {
    text = seedText(seed);
    importer = DisclosureImporter.defaults();
  }

  /** One document imported from its text, with its import report. */
  @Benchmark
  public ImportResult importText() {
    return importer.importText(text);
  }

  /** Baseline: the text cut into lines and fields (runs of tabs or of two or more spaces), counted. */
  @Benchmark
  public int baselineSplitFields() {
    return fields(text);
  }

  static int fields(String s) {
    int fields = 0;
    boolean inField = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean separator = c == '\n' || c == '\r' || c == '\t'
          || (c == ' ' && i + 1 < n && s.charAt(i + 1) == ' ');
      if (separator) {
        inField = false;
      } else if (!inField) {
        inField = true;
        fields++;
      }
    }
    return fields;
  }

  /** A seed's text as shipped in {@code examples/data/} (copied into the jar by the build). */
  static String seedText(int number) {
    String name = "seeds/" + SeedDocuments.sourceFile(number);
    try (InputStream in = ImportBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("seed text " + name + " is not in the benchmark jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
