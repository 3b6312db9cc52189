package io.github.cnbudget.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The speed-up of {@link ParallelValidationBenchmark} measured in pairs: each round runs the 1-thread
 * and the 2-thread operation back to back (in alternating order), so that both see the same load
 * from other processes, and reports the ratio per round. On a shared machine the load drifts over
 * the minutes between JMH's separate runs of each thread count; within a pair it barely changes.
 * Also reports the process CPU time per operation, which shows what the second thread costs.
 *
 * <p>Usage: {@code java -Xms3g -Xmx3g -cp benchmarks.jar io.github.cnbudget.bench.ParallelSpeedup
 * [LINE_ITEMS [WARMUP_ROUNDS [ROUNDS]]]}.
 */
public final class ParallelSpeedup {
  private ParallelSpeedup() {}

  /**
   * Entry point.
   *
   * @param args line items, warm-up rounds, measured rounds
   * @throws Exception if validation fails
   */
  public static void main(String[] args) throws Exception {
    long items = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    ParallelValidationBenchmark one = state(items, 1);
    ParallelValidationBenchmark two = state(items, 2);
    try {
      pairs("preDecoded", one::preDecoded, two::preDecoded, warmup, rounds);
      pairs("fromJsonLines", one::fromJsonLines, two::fromJsonLines, warmup, rounds);
    } finally {
      one.tearDown();
      two.tearDown();
    }
  }

  private static ParallelValidationBenchmark state(long items, int threads) {
    ParallelValidationBenchmark b = new ParallelValidationBenchmark();
    b.lineItems = items;
    b.threads = threads;
    b.setUp();
    return b;
  }

  private static void pairs(String name, Callable<Long> one, Callable<Long> two, int warmup, int rounds) throws Exception {
    for (int i = 0; i < warmup; i++) {
      one.call();
      two.call();
    }
    List<BigDecimal> ratios = new ArrayList<>();
    long wall1 = 0;
    long wall2 = 0;
    long cpu1 = 0;
    long cpu2 = 0;
    for (int i = 0; i < rounds; i++) {
      long[] a;
      long[] b;
      if (i % 2 == 0) {
        a = time(one);
        b = time(two);
      } else {
        b = time(two);
        a = time(one);
      }
      wall1 += a[0];
      wall2 += b[0];
      cpu1 += a[1];
      cpu2 += b[1];
      ratios.add(ratio(a[0], b[0]));
      System.out.printf("%s round %d: 1 thread %d ms (cpu %d ms), 2 threads %d ms (cpu %d ms), speed-up %s, load %s%n",
          name, i + 1, ms(a[0]), ms(a[1]), ms(b[0]), ms(b[1]), ratio(a[0], b[0]), load());
    }
    Collections.sort(ratios);
    System.out.printf("%s: speed-up median %s, range %s–%s over %d pairs; total wall %s; cpu per op 1 thread %d ms,"
            + " 2 threads %d ms%n",
        name, ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1), rounds,
        ratio(wall1, wall2), ms(cpu1 / rounds), ms(cpu2 / rounds));
  }

  /** A ratio of two durations to two decimals, in exact arithmetic like every figure of the project. */
  static BigDecimal ratio(long numerator, long denominator) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_EVEN);
  }

  private static long ms(long nanos) {
    return (nanos + 500_000L) / 1_000_000L;
  }

  /** Wall and process CPU nanoseconds of one operation. */
  private static long[] time(Callable<Long> op) throws Exception {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    op.call();
    return new long[] {System.nanoTime() - start, os.getProcessCpuTime() - cpu};
  }

  private static String load() {
    return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
