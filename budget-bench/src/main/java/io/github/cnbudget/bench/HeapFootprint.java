package io.github.cnbudget.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.cnbudget.io.json.DisclosureJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the heap that decoded documents keep per line item: our model against plain databind
 * records of the same JSON, each measured as the used heap after full collections with the decoded
 * list held, minus the used heap before.
 *
 * <p>Usage: {@code java -Xmx4g -cp benchmarks.jar io.github.cnbudget.bench.HeapFootprint [LINE_ITEMS]}.
 */
public final class HeapFootprint {
  private HeapFootprint() {}

  /**
   * Entry point.
   *
   * @param args optional line items (default 1 000 000)
   * @throws Exception if the corpus cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    long target = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    Path file = Files.createTempFile("cn-budget-heap", ".jsonl");
    try {
      long[] stats = CorpusFile.write(file, target, BenchData.SEED);
      long items = stats[1];
      long model = heldBytes(file, true);
      long records = heldBytes(file, false);
      BigDecimal n = BigDecimal.valueOf(items);
      System.out.println("documents=" + stats[0] + " lineItems=" + items
          + " modelBytesPerItem=" + BigDecimal.valueOf(model).divide(n, 1, RoundingMode.HALF_UP)
          + " recordBytesPerItem=" + BigDecimal.valueOf(records).divide(n, 1, RoundingMode.HALF_UP)
          + " ratio=" + BigDecimal.valueOf(model).divide(BigDecimal.valueOf(records), 2, RoundingMode.HALF_UP));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Heap held by the decoded corpus, in bytes. */
  static long heldBytes(Path file, boolean model) throws IOException {
    long before = usedAfterGc();
    List<Object> held = new ArrayList<>();
    DisclosureJson json = DisclosureJson.defaults();
    ObjectReader reader = new ObjectMapper().readerFor(Records.Doc.class);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        held.add(model ? json.readString(line) : reader.readValue(line));
      }
    }
    long after = usedAfterGc();
    if (held.isEmpty()) {
      throw new IllegalStateException("nothing decoded");
    }
    held.clear();
    return after - before;
  }

  static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
