package io.github.cnbudget.rules.internal;

import io.github.cnbudget.rules.arithmetic.Tolerance;
import io.github.cnbudget.rules.arithmetic.Verdict;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.Severity;
import java.math.BigDecimal;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
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

  /**
   * Compares a printed total of a table with the sum of its printed parts, as an ERROR beyond the
   * table's tolerance. Parts that print nothing say nothing (some tables print a column at 类 level
   * only), so there is no comparison without terms; a total printed blank over non-zero parts is
   * compared as zero.
   *
   * @param builder makes the finding from (actual, expected)
   */
  static void compareSum(List<Finding> out, Disclosure d, DisclosureTable t, RuleContext ctx, Location location,
      Optional<BigDecimal> printed, Sum parts, BiFunction<BigDecimal, BigDecimal, Finding.Builder> builder) {
    if (parts.terms() == 0 || (printed.isEmpty() && parts.total().signum() == 0)) {
      return;
    }
    BigDecimal actual = printed.orElse(BigDecimal.ZERO);
    List<BigDecimal> operands = new ArrayList<>(parts.operands());
    operands.add(actual);
    compare(out, () -> builder.apply(actual, parts.total()), Severity.ERROR, Tables.tolerance(d, t, ctx, operands),
        location, parts.total(), actual, parts.terms());
  }
}
