package io.github.cnbudget.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every corpus benchmark shares (JMH reads them from the superclass): average time
 * per operation over the whole corpus, one fork with a 2 GB heap, and the corpus size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public abstract class CorpusBenchmark {

  /** Line items in the corpus. */
  @Param("200000")
  public long lineItems;

  BenchData data;

  /** Builds the corpus and its encodings. */
  void loadCorpus() {
    data = BenchData.of(lineItems);
  }
}
