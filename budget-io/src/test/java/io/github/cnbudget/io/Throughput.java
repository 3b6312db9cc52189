package io.github.cnbudget.io;

import io.github.cnbudget.io.csv.TidyCsv;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Prints read and write throughput of the JSON and tidy CSV codecs over generated documents, in MB
 * per second of this process's CPU time (no assertions: numbers for docs/json-format.md). Run from budget-io after {@code mvn test-compile}:
 * {@code java -cp target/test-classes:target/classes:<deps> io.github.cnbudget.io.Throughput}.
 */
public final class Throughput {
  private Throughput() {}

  public static void main(String[] args) {
    List<Disclosure> generated = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < 400; i++) {
      generated.add(TestDocuments.documents().generate(r));
    }
    List<Disclosure> seeds = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      seeds.add(io.github.cnbudget.testkit.seeds.SeedDocuments.seed(i % 4));
    }
    System.out.println("generated documents (small, every field):");
    measure(generated);
    System.out.println("the four seed documents (real, 40-100 KB of JSON each):");
    measure(seeds);
  }

  private static void measure(List<Disclosure> docs) {
    DisclosureJson json = DisclosureJson.defaults();
    TidyCsv csv = TidyCsv.defaults();
    for (int round = 0; round < 3; round++) {
      long bytes = 0;
      long t0 = cpu();
      List<byte[]> written = new ArrayList<>();
      for (int rep = 0; rep < 10; rep++) {
        for (Disclosure d : docs) {
          byte[] b = json.writeBytes(d);
          bytes += b.length;
          if (rep == 0) {
            written.add(b);
          }
        }
      }
      long t1 = cpu();
      long readBytes = 0;
      for (int rep = 0; rep < 10; rep++) {
        for (byte[] b : written) {
          json.readBytes(b);
          readBytes += b.length;
        }
      }
      long t2 = cpu();
      Map<String, byte[]> files = null;
      long csvBytes = 0;
      for (int rep = 0; rep < 10; rep++) {
        files = csv.write(docs);
      }
      for (byte[] b : files.values()) {
        csvBytes += b.length * 10L;
      }
      long t3 = cpu();
      for (int rep = 0; rep < 10; rep++) {
        csv.read(files);
      }
      long t4 = cpu();
      System.out.printf("  round %d: JSON write %.1f MB per CPU-s, JSON read %.1f MB per CPU-s, CSV write %.1f MB per CPU-s, CSV read %.1f MB per CPU-s%n",
          round, mbps(bytes, t1 - t0), mbps(readBytes, t2 - t1), mbps(csvBytes, t3 - t2), mbps(csvBytes, t4 - t3));
    }
  }

  /** CPU time of this process (GC and JIT included): the machine is shared, so wall time would measure the neighbours. */
  private static long cpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }

  private static double mbps(long bytes, long nanos) {
    return bytes / 1048576.0 / (nanos / 1e9);
  }
}
