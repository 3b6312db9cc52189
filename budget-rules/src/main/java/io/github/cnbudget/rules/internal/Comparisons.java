package io.github.cnbudget.rules.internal;

import io.github.cnbudget.rules.arithmetic.Tolerance;
import io.github.cnbudget.rules.arithmetic.Verdict;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns one arithmetic comparison into at most one finding: nothing when equal, INFO marked
 * rounding-level within the tolerance, the rule's severity beyond it. The builder (with its
 * message arguments) is only made when there is something to report.
 */
final class Comparisons {
  private Comparisons() {}

  static void compare(List<Finding> out, Supplier<Finding.Builder> builder, Severity mismatchSeverity, Tolerance tol,
      Location location, BigDecimal expected, BigDecimal actual, int terms) {
    Verdict v = tol.judge(expected, actual, Math.max(1, terms));
    if (v == Verdict.EQUAL) {
      return;
    }
    Finding f = builder.get().location(location).values(expected, actual).tolerance(tol.bound(Math.max(1, terms)))
        .withinRounding(v == Verdict.ROUNDING).build();
    out.add(v == Verdict.ROUNDING ? f.withSeverity(Severity.INFO) : f.withSeverity(mismatchSeverity));
  }
}
