package io.github.cnbudget.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.cnbudget.io.json.DisclosureJson;
import java.io.BufferedReader;
import java.io.IOException;
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
      double model = perItem(file, items, true);
      double records = perItem(file, items, false);
      System.out.printf("documents=%d lineItems=%d modelBytesPerItem=%.1f recordBytesPerItem=%.1f ratio=%.2f%n",
          stats[0], items, model, records, model / records);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  static double perItem(Path file, long items, boolean model) throws IOException {
    long before = usedAfterGc();
    List<Object> held = new ArrayList<>();
    DisclosureJson json = DisclosureJson.create();
    ObjectReader reader = new ObjectMapper().readerFor(Records.Doc.class);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        held.add(model ? json.readString(line) : reader.readValue(line));
      }
    }
    long after = usedAfterGc();
    double perItem = (after - before) / (double) items;
    if (held.isEmpty()) {
      throw new IllegalStateException("nothing decoded");
    }
    held.clear();
    return perItem;
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
