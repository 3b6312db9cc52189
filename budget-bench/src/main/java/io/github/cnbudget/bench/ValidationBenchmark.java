package io.github.cnbudget.bench;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.rules.RuleSet;
import io.github.cnbudget.rules.Rules;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full default rule set against a hand-written loop that checks only parent = Σ children in
 * every table: the cheapest useful check, over the same documents.
 */
public class ValidationBenchmark extends CorpusBenchmark {
  RuleSet rules;

  /** Builds the corpus once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    loadCorpus();
    rules = Rules.defaults();
  }

  /** The full default rule set. */
  @Benchmark
  public void fullRuleSet(Blackhole bh) {
    for (Disclosure d : data.documents) {
      bh.consume(rules.validate(d));
    }
  }

  /** Baseline: parent = Σ children, per table, unit section and column, nothing else. */
  @Benchmark
  public int baselineRollupLoop() {
    int mismatches = 0;
    for (Disclosure d : data.documents) {
      for (DisclosureTable t : d.tables()) {
        mismatches += rollupMismatches(t);
      }
    }
    return mismatches;
  }

  static int rollupMismatches(DisclosureTable t) {
    Map<String, BigDecimal> childSums = new HashMap<>();
    for (Row r : t.rows()) {
      if (r.code().isEmpty()) {
        continue;
      }
      ClassificationCode code = r.code().get();
      if (code.parent().isEmpty()) {
        continue;
      }
      String prefix = r.unit().orElse("") + '|' + code.parent().get().digits() + '|';
      for (Map.Entry<String, Cell> c : r.cells().entrySet()) {
        childSums.merge(prefix + c.getKey(), c.getValue().valueOrZero(), BigDecimal::add);
      }
    }
    int mismatches = 0;
    for (Row r : t.rows()) {
      if (r.code().isEmpty()) {
        continue;
      }
      String prefix = r.unit().orElse("") + '|' + r.code().get().digits() + '|';
      for (Map.Entry<String, Cell> c : r.cells().entrySet()) {
        BigDecimal sum = childSums.get(prefix + c.getKey());
        if (sum != null && sum.compareTo(c.getValue().valueOrZero()) != 0) {
          mismatches++;
        }
      }
    }
    return mismatches;
  }
}
