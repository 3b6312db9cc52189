package io.github.cnbudget.rules.finding;

import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One thing a rule found in a document (校验发现): a stable kebab-case code, the rule that emitted
 * it, severity, location, the expected and actual values with their difference and the tolerance
 * that was applied, and a message key with arguments rendered from the zh_CN and en bundles.
 *
 * <p>Codes are never renamed once released: callers filter and count by them. Immutable and
 * thread-safe.
 */
public final class Finding {
  static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String code;
  private final String ruleId;
  private final Severity severity;
  private final Location location;
  private final Optional<BigDecimal> expected;
  private final Optional<BigDecimal> actual;
  private final Optional<BigDecimal> tolerance;
  private final boolean withinRounding;
  private final String messageKey;
  private final List<String> arguments;
  private final List<Finding> cells;

  private Finding(Builder b) {
    this.code = requireKebab(b.code, "code");
    this.ruleId = requireKebab(b.ruleId, "ruleId");
    this.severity = Objects.requireNonNull(b.severity, "severity");
    this.location = b.location;
    this.expected = b.expected;
    this.actual = b.actual;
    this.tolerance = b.tolerance;
    this.withinRounding = b.withinRounding;
    this.messageKey = b.messageKey;
    this.arguments = List.copyOf(b.arguments);
    this.cells = List.copyOf(b.cells);
  }

  private static String requireKebab(String s, String what) {
    if (s == null || !isKebab(s)) {
      throw new IllegalArgumentException(what + " must be kebab-case: " + s);
    }
    return s;
  }

  /** As {@code KEBAB.matcher(s).matches()}, without a matcher: every finding checks two strings. */
  static boolean isKebab(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    boolean afterDash = false;
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (afterDash) {
          return false;
        }
        afterDash = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterDash = false;
      } else {
        return false;
      }
    }
    return !afterDash;
  }

  /**
   * A builder.
   *
   * @param code the finding code, kebab-case, e.g. {@code rollup-mismatch}
   * @param ruleId the id of the emitting rule, kebab-case
   * @param severity the severity
   * @return a new builder; the message key defaults to the code
   */
  public static Builder builder(String code, String ruleId, Severity severity) {
    return new Builder(code, ruleId, severity);
  }

  /**
   * The stable finding code (问题代码), e.g. {@code rollup-mismatch}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The id of the rule that emitted this finding.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * The severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Where the finding is.
   *
   * @return the location
   */
  public Location location() {
    return location;
  }

  /**
   * The value the rule expected (期望值), e.g. the sum of the children.
   *
   * @return the expected value, or empty for non-numeric findings
   */
  public Optional<BigDecimal> expected() {
    return expected;
  }

  /**
   * The printed value (实际值).
   *
   * @return the actual value, or empty for non-numeric findings
   */
  public Optional<BigDecimal> actual() {
    return actual;
  }

  /**
   * {@code actual − expected} (差额).
   *
   * @return the difference, or empty unless both values are present
   */
  public Optional<BigDecimal> difference() {
    return expected.isEmpty() || actual.isEmpty() ? Optional.empty()
        : Optional.of(actual.get().subtract(expected.get()));
  }

  /**
   * The tolerance that was applied (容差): differences up to it are rounding-level.
   *
   * @return the tolerance, or empty when none applies
   */
  public Optional<BigDecimal> tolerance() {
    return tolerance;
  }

  /**
   * Whether the difference is within the rounding tolerance (尾数误差): such findings are INFO.
   *
   * @return true for rounding-level differences
   */
  public boolean isWithinRounding() {
    return withinRounding;
  }

  /**
   * The message key in the bundles.
   *
   * @return the key, by default the code
   */
  public String messageKey() {
    return messageKey;
  }

  /**
   * The message arguments, as text ({0}, {1}… in the bundles).
   *
   * @return the arguments
   */
  public List<String> arguments() {
    return arguments;
  }

  /**
   * The per-cell findings of a grouped rounding finding: a table's rounding-level differences of one
   * code are reported once ({@link #isRoundingGroup()}), with each cell's own finding (location,
   * expected, actual, tolerance) here.
   *
   * @return the cells in document order; empty for a finding about one place
   */
  public List<Finding> cells() {
    return cells;
  }

  /**
   * Whether this finding groups a table's rounding-level differences of one code.
   *
   * @return true when {@link #cells()} is not empty
   */
  public boolean isRoundingGroup() {
    return !cells.isEmpty();
  }

  /**
   * The message rendered in a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale
   * @return the message
   */
  public String message(Locale locale) {
    return Messages.render(messageKey, arguments, locale);
  }

  /**
   * The Chinese message.
   *
   * @return the message rendered from {@code messages_zh_CN.properties}
   */
  public String messageZh() {
    return message(Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * The English message.
   *
   * @return the message rendered from {@code messages.properties}
   */
  public String messageEn() {
    return message(Locale.ENGLISH);
  }

  /**
   * This finding with another severity.
   *
   * @param newSeverity the severity
   * @return a changed copy, or this when unchanged
   */
  public Finding withSeverity(Severity newSeverity) {
    if (newSeverity == severity) {
      return this;
    }
    Builder b = toBuilder();
    b.severity = newSeverity;
    return b.build();
  }

  private Builder toBuilder() {
    Builder b = builder(code, ruleId, severity).location(location).messageKey(messageKey)
        .withinRounding(withinRounding);
    b.expected = expected;
    b.actual = actual;
    b.tolerance = tolerance;
    b.arguments.addAll(arguments);
    b.cells.addAll(cells);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return code.equals(f.code) && ruleId.equals(f.ruleId) && severity == f.severity && location.equals(f.location)
        && expected.equals(f.expected) && actual.equals(f.actual)
        && tolerance.equals(f.tolerance) && withinRounding == f.withinRounding
        && messageKey.equals(f.messageKey) && arguments.equals(f.arguments) && cells.equals(f.cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, location, expected, actual);
  }

  /** {@code ERROR rollup-mismatch at /tables/2/rows/5 […]: expected 12, actual 13}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(severity).append(' ').append(code).append(" at ").append(location);
    if (expected.isPresent() || actual.isPresent()) {
      b.append(": expected ").append(expected.map(BigDecimal::toPlainString).orElse("-"))
          .append(", actual ").append(actual.map(BigDecimal::toPlainString).orElse("-"));
      if (tolerance.isPresent()) {
        b.append(" (tolerance ").append(tolerance.get().toPlainString()).append(')');
      }
    }
    return b.toString();
  }

  /** Builds {@link Finding}s; not thread-safe. */
  public static final class Builder {
    private final String code;
    private final String ruleId;
    private Severity severity;
    private Location location = Location.document();
    private Optional<BigDecimal> expected = Optional.empty();
    private Optional<BigDecimal> actual = Optional.empty();
    private Optional<BigDecimal> tolerance = Optional.empty();
    private boolean withinRounding;
    private String messageKey;
    private final List<String> arguments = new ArrayList<>();
    private final List<Finding> cells = new ArrayList<>();

    // the message key is the code unless messageKey(...) says otherwise
    private Builder(String code, String ruleId, Severity severity) {
      this.code = code;
      this.ruleId = ruleId;
      this.severity = severity;
      this.messageKey = code;
    }

    /**
     * Sets the per-cell findings this one groups (see {@link Finding#cells()}).
     *
     * @param values the cells' findings
     * @return this builder
     */
    public Builder cells(List<Finding> values) {
      cells.clear();
      cells.addAll(values);
      return this;
    }

    /**
     * Sets the location.
     *
     * @param value the location
     * @return this builder
     */
    public Builder location(Location value) {
      this.location = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Sets the expected and actual values.
     *
     * @param expectedValue what the rule expected
     * @param actualValue what was printed
     * @return this builder
     */
    public Builder values(BigDecimal expectedValue, BigDecimal actualValue) {
      this.expected = Optional.of(expectedValue);
      this.actual = Optional.of(actualValue);
      return this;
    }

    /**
     * Sets the applied tolerance.
     *
     * @param value the tolerance
     * @return this builder
     */
    public Builder tolerance(BigDecimal value) {
      this.tolerance = Optional.of(value);
      return this;
    }

    /**
     * Marks the difference as rounding-level.
     *
     * @param value true when within the tolerance
     * @return this builder
     */
    public Builder withinRounding(boolean value) {
      this.withinRounding = value;
      return this;
    }

    /**
     * Sets the message key (default: the code).
     *
     * @param value the key in the bundles
     * @return this builder
     */
    public Builder messageKey(String value) {
      this.messageKey = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Appends message arguments; amounts are rendered as plain strings.
     *
     * @param values the arguments
     * @return this builder
     */
    public Builder arguments(Object... values) {
      for (Object v : values) {
        arguments.add(v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : String.valueOf(v));
      }
      return this;
    }

    /**
     * Builds the finding.
     *
     * @return the finding
     */
    public Finding build() {
      return new Finding(this);
    }
  }
}
