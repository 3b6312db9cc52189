package io.github.cnbudget.bench;

import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.RuleSet;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.ValidationReport;
import io.github.cnbudget.testkit.Corpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams a JSON Lines corpus through the default rule set with a fixed number of worker threads,
 * holding only the documents in flight; prints throughput and peak heap.
 *
 * <p>Usage: {@code java -Xmx512m -Xlog:gc:gc.log -cp benchmarks.jar
 * io.github.cnbudget.bench.StreamingValidation CORPUS.jsonl THREADS}; THREADS 0 validates on the
 * reading thread (one core), 1 or more validate on that many workers beside the reading thread.
 */
public final class StreamingValidation {
  private StreamingValidation() {}

  /**
   * Entry point.
   *
   * @param args the corpus file and the number of threads
   * @throws Exception if reading or validating fails
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    Result r = run(file, threads);
    System.out.printf("threads=%d documents=%d lineItems=%d findings=%d seconds=%.2f lineItemsPerSecond=%.0f "
            + "peakHeapMiB=%.1f maxHeapMiB=%.1f%n",
        threads, r.documents, r.lineItems, r.findings, r.nanos / 1e9, r.lineItems / (r.nanos / 1e9),
        peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  /** What one run measured. */
  static final class Result {
    long documents;
    long lineItems;
    long findings;
    long nanos;
  }

  static Result run(Path file, int threads) throws IOException, InterruptedException, ExecutionException {
    RuleSet rules = Rules.defaults();
    AtomicLong findings = new AtomicLong();
    AtomicLong items = new AtomicLong();
    // At most 2 × threads documents in flight; the reading thread waits instead of validating, so
    // the thread count is exactly the number of validating threads.
    // threads = 0 validates on the reading thread: the single-core reference for the speed-up
    ExecutorService pool = threads == 0 ? null : Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(Math.max(1, threads * 2));
    Result r = new Result();
    long start = System.nanoTime();
    DisclosureJson json = DisclosureJson.defaults();
    // the reading thread only splits lines; decoding and validation both run on the workers
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Future<?> last = null;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        r.documents++;
        String text = line;
        if (pool == null) {
          Disclosure d = json.readString(text);
          findings.addAndGet(rules.validate(d).findings().size());
          items.addAndGet(Corpus.lineItems(d));
          continue;
        }
        inFlight.acquire();
        last = pool.submit(() -> {
          try {
            Disclosure d = json.readString(text);
            ValidationReport report = rules.validate(d);
            findings.addAndGet(report.findings().size());
            items.addAndGet(Corpus.lineItems(d));
          } finally {
            inFlight.release();
          }
        });
      }
      if (pool != null) {
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
      }
      if (last != null) {
        last.get();
      }
    }
    r.nanos = System.nanoTime() - start;
    r.findings = findings.get();
    r.lineItems = items.get();
    return r;
  }

  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
