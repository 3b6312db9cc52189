package io.github.cnbudget.rules.finding;

import io.github.cnbudget.model.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The findings of one validation (校验报告), sorted in a stable document order (by pointer, with
 * numeric segments compared as numbers, then code, severity and values), with counts by severity,
 * and what the rules could not check ({@link #notChecked()}): a report without findings is clean
 * only for what was checked.
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationReport {
  /** Document order: pointer (numerically), then code, severity, and the rest for a total order. */
  public static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.location().pointer(), ValidationReport::comparePointers)
      .thenComparing(Finding::code)
      .thenComparing(Finding::severity)
      .thenComparing(f -> f.location().toString())
      .thenComparing(f -> f.actual().map(Object::toString).orElse(""))
      .thenComparing(f -> f.expected().map(Object::toString).orElse(""))
      .thenComparing(f -> String.join("\u0000", f.arguments()));

  /** Document order of the items not checked: pointer (numerically), then rule, reason and check. */
  private static final Comparator<NotChecked> NOT_CHECKED_ORDER = Comparator
      .comparing((NotChecked n) -> n.location().pointer(), ValidationReport::comparePointers)
      .thenComparing(NotChecked::ruleId)
      .thenComparing(NotChecked::reason)
      .thenComparing(NotChecked::check)
      .thenComparing(NotChecked::subject);

  private final List<Finding> findings;
  private final boolean truncated;
  private final Map<Severity, Integer> counts;
  private final List<NotChecked> notChecked;

  private ValidationReport(List<Finding> findings, boolean truncated) {
    this(findings, truncated, List.of());
  }

  private ValidationReport(List<Finding> findings, boolean truncated, List<NotChecked> notChecked) {
    this.findings = findings;
    this.truncated = truncated;
    this.notChecked = notChecked;
    Map<Severity, Integer> c = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      c.put(s, 0);
    }
    for (Finding f : findings) {
      c.merge(f.severity(), 1, Integer::sum);
    }
    this.counts = c;
  }

  /**
   * A report of findings, sorted.
   *
   * @param findings the findings in any order
   * @return the report
   */
  public static ValidationReport of(Collection<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    return new ValidationReport(List.copyOf(sorted), false);
  }

  /**
   * A report of at most {@code limit} findings: the first ones in document order, the most serious
   * kept first when the limit cuts.
   *
   * @param findings the findings in any order
   * @param limit the maximum number kept
   * @return the report, {@link #isTruncated() truncated} when findings were left out
   */
  public static ValidationReport of(Collection<Finding> findings, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
    if (findings.size() <= limit) {
      return of(findings);
    }
    List<Finding> bySeverity = new ArrayList<>(findings);
    bySeverity.sort(Comparator.comparing(Finding::severity).thenComparing(ORDER));
    List<Finding> kept = new ArrayList<>(bySeverity.subList(0, limit));
    kept.sort(ORDER);
    return new ValidationReport(List.copyOf(kept), true);
  }

  /**
   * This report with more findings (e.g. Bean Validation violations).
   *
   * @param more the findings to add
   * @return a new sorted report
   */
  public ValidationReport plus(Collection<Finding> more) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(more);
    List<Finding> sorted = new ArrayList<>(all);
    sorted.sort(ORDER);
    return new ValidationReport(List.copyOf(sorted), truncated, notChecked);
  }

  /**
   * This report with what the rules could not check (a limit on findings never cuts these).
   *
   * @param items the items in any order; duplicates are kept once
   * @return a new report, its items in document order
   */
  public ValidationReport withNotChecked(Collection<NotChecked> items) {
    List<NotChecked> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(items));
    sorted.sort(NOT_CHECKED_ORDER);
    return new ValidationReport(findings, truncated, List.copyOf(sorted));
  }

  /**
   * What the rules could not check, and why, in document order.
   *
   * @return the items; empty when every rule could check everything it needs
   */
  public List<NotChecked> notChecked() {
    return notChecked;
  }

  /**
   * The findings in document order.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings of a severity.
   *
   * @param severity the severity
   * @return those findings, in document order
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The findings with a code.
   *
   * @param code the finding code
   * @return those findings, in document order
   */
  public List<Finding> findings(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * How many findings of a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return counts.getOrDefault(severity, 0);
  }

  /**
   * Whether any finding is an ERROR.
   *
   * @return true when the document has errors
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * Whether a limit left findings out.
   *
   * @return true when truncated
   */
  public boolean isTruncated() {
    return truncated;
  }

  /**
   * Compares JSON-pointer-like paths segment by segment, numeric segments as numbers, so that
   * {@code /tables/10} sorts after {@code /tables/9}.
   *
   * @param a a pointer
   * @param b another pointer
   * @return the comparison
   */
  static int comparePointers(String a, String b) {
    // segment by segment in place: sorting compares n log n pairs, so no arrays or substrings
    // The segments of a common prefix (/tables/3/rows/) are equal whether read as numbers or as
    // text: comparing starts at the segment where the two pointers first differ.
    int n = Math.min(a.length(), b.length());
    int k = 0;
    while (k < n && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    if (k == a.length() && k == b.length()) {
      return 0;
    }
    int start = a.lastIndexOf('/', k - 1) + 1;
    int i = start;
    int j = start;
    while (true) {
      int ea = a.indexOf('/', i);
      if (ea < 0) {
        ea = a.length();
      }
      int eb = b.indexOf('/', j);
      if (eb < 0) {
        eb = b.length();
      }
      int c = compareSegment(a, i, ea, b, j, eb);
      if (c != 0) {
        return c;
      }
      boolean lastA = ea == a.length();
      boolean lastB = eb == b.length();
      if (lastA || lastB) {
        return lastA && lastB ? 0 : lastA ? -1 : 1;
      }
      i = ea + 1;
      j = eb + 1;
    }
  }

  /** As String.compareTo on the segments, numbers (up to 9 digits) first and by value. */
  private static int compareSegment(String s, int sFrom, int sTo, String t, int tFrom, int tTo) {
    boolean sn = isNumber(s, sFrom, sTo);
    boolean tn = isNumber(t, tFrom, tTo);
    if (sn && tn) {
      int c = Integer.compare(sTo - sFrom, tTo - tFrom);
      return c != 0 ? c : compareText(s, sFrom, sTo, t, tFrom, tTo);
    }
    if (sn != tn) {
      return sn ? -1 : 1;
    }
    return compareText(s, sFrom, sTo, t, tFrom, tTo);
  }

  private static int compareText(String s, int sFrom, int sTo, String t, int tFrom, int tTo) {
    int n = Math.min(sTo - sFrom, tTo - tFrom);
    for (int k = 0; k < n; k++) {
      char x = s.charAt(sFrom + k);
      char y = t.charAt(tFrom + k);
      if (x != y) {
        return x - y;
      }
    }
    return (sTo - sFrom) - (tTo - tFrom);
  }

  private static boolean isNumber(String s, int from, int to) {
    if (from == to || to - from > 9) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }


  /** A summary line: {@code 3 errors, 1 warning, 5 infos, 2 not checked}. */
  @Override
  public String toString() {
    return count(Severity.ERROR) + " errors, " + count(Severity.WARNING) + " warnings, " + count(Severity.INFO)
        + " infos" + (notChecked.isEmpty() ? "" : ", " + notChecked.size() + " not checked")
        + (truncated ? " (truncated)" : "");
  }
}
