package io.github.cnbudget.bench;

import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.RuleSet;
import io.github.cnbudget.rules.Rules;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntToLongFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of many documents on 1 and on N threads in the same run: the speed-up is the ratio of
 * the two scores. The documents are the corpus's, either already decoded ({@link #preDecoded}) or
 * decoded from their JSON lines on the same threads ({@link #fromJsonLines}, as {@code budget
 * validate} does). Each thread takes the next document from a shared counter, so a thread that draws
 * small documents takes more of them; the benchmark thread is one of the N, so 1 thread is the
 * plain loop with no hand-off.
 *
 * <p>A larger, fixed heap than the other benchmarks, so that collections stay a small share of the
 * time (check with {@code -prof gc}), and more warm-up, so that compilation is over before
 * measuring: on 2 cores the JIT's threads would otherwise take the second core.
 */
@Warmup(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ParallelValidationBenchmark extends CorpusBenchmark {
  /** Threads that validate, the benchmark thread included. */
  @Param({"1", "2"})
  public int threads;

  RuleSet rules;
  DisclosureJson json;
  int[] lineStarts;
  int[] lineEnds;
  ExecutorService pool;

  /** Builds the corpus, its line offsets and the helper threads once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    loadCorpus();
    rules = Rules.defaults();
    json = DisclosureJson.defaults();
    byte[] bytes = data.jsonLines;
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    lineStarts = lines.stream().mapToInt(l -> l[0]).toArray();
    lineEnds = lines.stream().mapToInt(l -> l[1]).toArray();
    if (lineStarts.length != data.documents.size()) {
      throw new IllegalStateException(lineStarts.length + " lines for " + data.documents.size() + " documents");
    }
    pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1) : null;
  }

  /** Stops the helper threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /**
   * Validates every decoded document.
   *
   * @return the number of findings
   * @throws InterruptedException if interrupted
   * @throws ExecutionException if a helper fails
   */
  @Benchmark
  public long preDecoded() throws InterruptedException, ExecutionException {
    List<Disclosure> documents = data.documents;
    return onAllThreads(documents.size(), i -> rules.validate(documents.get(i)).findings().size());
  }

  /**
   * Decodes every JSON line and validates the document.
   *
   * @return the number of findings
   * @throws InterruptedException if interrupted
   * @throws ExecutionException if a helper fails
   */
  @Benchmark
  public long fromJsonLines() throws InterruptedException, ExecutionException {
    byte[] bytes = data.jsonLines;
    return onAllThreads(lineStarts.length, i -> {
      Disclosure d = json.read(new ByteArrayInputStream(bytes, lineStarts[i], lineEnds[i] - lineStarts[i]));
      return rules.validate(d).findings().size();
    });
  }

  /** Runs {@code work} for 0 … n-1 on the benchmark thread and the helpers; sums the results. */
  private long onAllThreads(int n, IntToLongFunction work) throws InterruptedException, ExecutionException {
    AtomicInteger next = new AtomicInteger();
    List<Future<Long>> helpers = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      helpers.add(pool.submit(() -> drain(next, n, work)));
    }
    long sum = drain(next, n, work);
    for (Future<Long> f : helpers) {
      sum += f.get();
    }
    return sum;
  }

  private static long drain(AtomicInteger next, int n, IntToLongFunction work) {
    long sum = 0;
    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
      sum += work.applyAsLong(i);
    }
    return sum;
  }
}
