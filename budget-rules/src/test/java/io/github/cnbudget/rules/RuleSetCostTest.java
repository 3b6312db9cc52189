package io.github.cnbudget.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.finding.ValidationReport;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation cost grows linearly with the number of line items. */
class RuleSetCostTest {
  /** A consistent function table with {@code classes × 10 × 10} items in two copies (支出总表, 一般公共预算支出表). */
  private static Disclosure large(int classes) {
    List<Row> rows = new ArrayList<>();
    rows.add(Fixtures.total("total", 100L * classes, "basic", 100L * classes));
    for (int c = 0; c < classes; c++) {
      int clazz = 100 + c;
      rows.add(Fixtures.code(FunctionalCode.of(clazz), "类", "total", 100, "basic", 100));
      for (int s = 0; s < 10; s++) {
        rows.add(Fixtures.code(FunctionalCode.of(clazz, s), "款", "total", 10, "basic", 10));
        for (int i = 0; i < 10; i++) {
          rows.add(Fixtures.code(FunctionalCode.of(clazz, s, i), "项", "total", 1, "basic", 1));
        }
      }
    }
    List<DisclosureTable> tables = new ArrayList<>();
    for (TableKind k : List.of(TableKind.EXPENDITURE, TableKind.GENERAL_PUBLIC_BY_FUNCTION)) {
      tables.add(DisclosureTable.builder().kind(k).title(k.chinese())
          .addColumns(Fixtures.col("total", Concept.TOTAL), Fixtures.col("basic", Concept.BASIC)).addAllRows(rows)
          .build());
    }
    return Fixtures.copy(Fixtures.consistent(), tables, List.of(), List.of());
  }

  /**
   * The least CPU time of this thread over five runs: CPU time, not wall time, so that other
   * processes on a loaded machine do not count; the least, because JIT and GC still add noise.
   */
  private static long cpuNanos(Disclosure d, RuleSet set) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t0 = threads.getCurrentThreadCpuTime();
      ValidationReport r = set.validate(d);
      best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
      assertThat(r.findings("rollup-mismatch")).isEmpty();
    }
    return best;
  }

  @Test
  void validate_costGrowsLinearlyWithLineItems() {
    RuleSet set = Rules.defaults().skip("catalog-codes", "required-tables", "announced-tables");
    Disclosure small = large(10);
    Disclosure big = large(80);
    cpuNanos(small, set); // warm up both sizes: compilation is not what is measured
    cpuNanos(big, set);
    long ts = cpuNanos(small, set);
    long tb = cpuNanos(big, set);
    // 8× the rows: a linear rule set takes about 8× as long; a quadratic join would take 64×.
    assertThat(tb).isLessThan(Math.max(ts, 1_000_000L) * 24);
  }
}
