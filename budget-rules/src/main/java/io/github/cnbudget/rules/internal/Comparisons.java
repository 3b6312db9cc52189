package io.github.cnbudget.rules.internal;

import io.github.cnbudget.rules.arithmetic.Tolerance;
import io.github.cnbudget.rules.arithmetic.Verdict;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Turns one arithmetic comparison into at most one finding: nothing when equal, INFO marked
 * rounding-level within the tolerance, the rule's severity beyond it. The builder (with its
 * message arguments) is only made when there is something to report.
 */
final class Comparisons {
  private Comparisons() {}

  static void compare(List<Finding> out, Supplier<Finding.Builder> builder, Severity mismatchSeverity, Tolerance tol,
      Location location, BigDecimal expected, BigDecimal actual, int terms) {
    compare(out, builder, mismatchSeverity, tol, () -> location, expected, actual, terms);
  }

  /** As above, the location made only for a finding: building it costs more than most comparisons. */
  static void compare(List<Finding> out, Supplier<Finding.Builder> builder, Severity mismatchSeverity, Tolerance tol,
      Supplier<Location> location, BigDecimal expected, BigDecimal actual, int terms) {
    Verdict v = tol.judge(expected, actual, Math.max(1, terms));
    if (v == Verdict.EQUAL) {
      return;
    }
    Finding f = builder.get().location(location.get()).values(expected, actual).tolerance(tol.bound(Math.max(1, terms)))
        .withinRounding(v == Verdict.ROUNDING).build();
    out.add(v == Verdict.ROUNDING ? f.withSeverity(Severity.INFO) : f.withSeverity(mismatchSeverity));
  }

  /**
   * Whether {@link #compareSum} would find nothing for a printed value (null when blank) and the
   * sum of {@code terms} printed parts (null when none): lets callers add up cells without making
   * a {@link Sum}, and make one only when there is something to report.
   */
  static boolean agrees(@Nullable BigDecimal printed, @Nullable BigDecimal total, int terms) {
    // no terms, no total: nothing was summed
    if (terms == 0 || total == null) {
      return true;
    }
    return printed == null ? total.signum() == 0 : printed.compareTo(total) == 0;
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
    compareSum(out, d, t, ctx, () -> location, printed, parts, builder);
  }

  /** As above, the location made only for a finding. */
  static void compareSum(List<Finding> out, Disclosure d, DisclosureTable t, RuleContext ctx,
      Supplier<Location> location, Optional<BigDecimal> printed, Sum parts,
      BiFunction<BigDecimal, BigDecimal, Finding.Builder> builder) {
    if (parts.terms() == 0 || (printed.isEmpty() && parts.total().signum() == 0)) {
      return;
    }
    BigDecimal actual = printed.orElse(BigDecimal.ZERO);
    BigDecimal expected = parts.total();
    if (actual.compareTo(expected) == 0) {
      // equal: no tolerance can make a finding of it (Tolerance.judge answers EQUAL)
      return;
    }
    List<BigDecimal> operands = new ArrayList<>(parts.operands());
    operands.add(actual);
    compare(out, () -> builder.apply(actual, expected), Severity.ERROR, Tables.tolerance(d, t, ctx, operands),
        location, expected, actual, parts.terms());
  }
}
