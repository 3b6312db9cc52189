package io.github.cnbudget.model.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A performance target value (绩效目标值 / 指标值), read from its printed text: {@code ≥90%},
 * {@code 约 8000 个}, {@code 532 人（±3%）}, {@code 4次/月}, {@code 各 1 次}, {@code 2023年12月31日前},
 * {@code 90%≤预算执行率≤100%}, qualitative {@code 是} or {@code 有效提高}. The language and what is
 * rejected are described in the {@linkplain io.github.cnbudget.model.target package documentation}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the canonical text and
 * {@code Target.parse(t.toString()).equals(t)} holds for every target. The text as printed is kept
 * in {@link #printed()} but is <em>not</em> part of {@link #equals(Object)} or {@link #hashCode()}:
 * {@code ≥ 90 %}, {@code ≧90%} and {@code 不低于90%} are one target printed three ways, and a
 * target must equal the one read back from its canonical text. Numbers keep their printed scale, so
 * {@code 100%} and {@code 100.0%} are different targets (as {@link BigDecimal#equals} says).
 */
public final class Target {

  /** What kind of value a target states (目标值类型). */
  public enum Kind {
    /** A number with an optional comparator and unit (定量): {@code ≥322.5 万人}, {@code 100%}. */
    QUANTITATIVE,
    /** A number between two bounds: {@code 90%≤预算执行率≤100%}. */
    RANGE,
    /** A date by which something is done (时限): {@code 2023年12月31日前}, {@code 2023 年底完成}. */
    DEADLINE,
    /** A phrase (定性): {@code 是}, {@code 及时}, {@code 有效提高}, {@code 优良中差}. */
    QUALITATIVE
  }

  private final Kind kind;
  private final @Nullable Relation comparator;
  private final @Nullable BigDecimal number;
  private final @Nullable String unit;
  private final boolean eachOf;
  private final @Nullable BigDecimal tolerance;
  private final @Nullable String toleranceUnit;
  private final @Nullable String period;
  private final @Nullable Relation upperRelation;
  private final @Nullable BigDecimal upperNumber;
  private final @Nullable String upperUnit;
  private final @Nullable LocalDate deadline;
  private final @Nullable ChronoUnit deadlinePrecision;
  private final @Nullable String qualifier;
  private final @Nullable String text;
  private final String printed;

  private Target(TargetParser.Parts p, String printed) {
    this.kind = p.kind;
    this.comparator = p.comparator;
    this.number = p.number;
    this.unit = p.unit;
    this.eachOf = p.eachOf;
    this.tolerance = p.tolerance;
    this.toleranceUnit = p.toleranceUnit;
    this.period = p.period;
    this.upperRelation = p.upperRelation;
    this.upperNumber = p.upperNumber;
    this.upperUnit = p.upperUnit;
    this.deadline = p.deadline;
    this.deadlinePrecision = p.deadlinePrecision;
    this.qualifier = p.qualifier;
    this.text = p.text;
    this.printed = printed;
  }

  /**
   * Reads a printed target value (目标值 / 年度指标值 / 实际完成值).
   *
   * @param text the printed text
   * @return the target
   * @throws TargetParseException with the index of the first unreadable character, e.g. of an
   *     OCR-garbled comparator ({@code ^100%} fails at 0)
   */
  public static Target parse(CharSequence text) {
    String s = text.toString();
    TargetParser parser = new TargetParser(s);
    return new Target(parser.readTarget(0, s.length(), true), s);
  }

  /**
   * Reads the split form of a target (seed 003): 指标性质 (a comparator such as {@code ≥ ≤ =}, or
   * {@code 定性} for a phrase, or {@code 定量} / empty for a plain number), 指标值 and 度量单位.
   *
   * <p>The nature is read on its own and must be exactly one comparator (then the value is a plain
   * number), {@code 定性} (then the value is a phrase or a deadline), {@code 定量} (a plain number
   * without comparator) or blank (the value and unit are read like a whole text): OCR damage such as {@code 2}, {@code ^}, {@code Ш} or {@code <u>≥</u>} is rejected, never
   * guessed. {@link #printed()} and any exception's text are the three parts joined by tabs, as
   * printed in a tab-separated row.
   *
   * @param nature 指标性质 as printed
   * @param value 指标值 as printed
   * @param unit 度量单位 as printed, empty when none
   * @return the target
   * @throws TargetParseException when a part cannot be read: the index points into
   *     {@code nature + "\t" + value + "\t" + unit}; a garbled nature fails at its first character
   */
  public static Target ofParts(String nature, String value, String unit) {
    String joined = nature + "\t" + value + "\t" + unit;
    TargetParser parser = new TargetParser(joined);
    int natureAt = parser.skipWs(0, nature.length());
    String n = nature.strip();
    int valueStart = nature.length() + 1;
    int valueAt = parser.skipWs(valueStart, joined.length());
    if (value.isBlank()) {
      throw new TargetParseException(joined, valueStart, "value (指标值) is empty");
    }
    TargetParser.Parts parts;
    if (n.isEmpty() || n.equals("定量")) {
      parts = parser.readTarget(valueStart, joined.length(), true);
      if (n.equals("定量") && (parts.kind != Kind.QUANTITATIVE || parts.comparator != null || parts.text != null)) {
        throw new TargetParseException(joined, valueAt, "quantitative nature (定量) needs a plain number");
      }
    } else if (n.equals("定性")) {
      parts = parser.readTarget(valueStart, joined.length(), true);
      if (parts.kind != Kind.QUALITATIVE && parts.kind != Kind.DEADLINE) {
        throw new TargetParseException(joined, valueAt, "qualitative nature (定性) with a quantitative value");
      }
    } else {
      Relation c = TargetParser.natureComparator(n);
      if (c == null) {
        throw new TargetParseException(joined, natureAt, "unreadable nature (指标性质): garbled comparator");
      }
      parts = parser.readTarget(valueStart, joined.length(), true);
      if (parts.kind != Kind.QUANTITATIVE || parts.comparator != null || parts.eachOf || parts.text != null) {
        throw new TargetParseException(joined, valueAt, "a comparator nature needs a plain number as value");
      }
      parts.comparator = c;
    }
    return new Target(parts, joined);
  }

  /**
   * The kind of value.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The comparator (比较符). For a {@link Kind#RANGE} it is the lower bound's, seen from the
   * indicator: {@code 90%≤X≤100%} has {@link Relation#GE}.
   *
   * @return the comparator, or empty when none was printed (a bare {@code 100%}) or for phrases and
   *     deadlines
   */
  public Optional<Relation> relation() {
    return Optional.ofNullable(comparator);
  }

  /**
   * The number, with its printed scale ({@code 322.5}, {@code 100}); the lower bound of a range.
   *
   * @return the number, or empty for phrases and deadlines
   */
  public Optional<BigDecimal> number() {
    return Optional.ofNullable(number);
  }

  /**
   * The unit of measure (度量单位) after the number, spaces removed and {@code ％} read as {@code %}:
   * {@code %}, {@code 万人}, {@code 个工作日}, {@code 个工作日内}. Any word is accepted; words such as
   * 内 or 以上 stay part of the unit as printed.
   *
   * @return the unit, or empty when the number has none
   */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Whether the target applies to each of several things (各): {@code 各 1 次}.
   *
   * @return true when printed with 各
   */
  public boolean eachOf() {
    return eachOf;
  }

  /**
   * The allowed deviation (允许偏差) printed as {@code （±3%）}.
   *
   * @return the tolerance's number, or empty
   */
  public Optional<BigDecimal> tolerance() {
    return Optional.ofNullable(tolerance);
  }

  /**
   * The tolerance's unit: {@code %} in {@code 532 人（±3%）}.
   *
   * @return the unit, or empty when the tolerance has none or there is no tolerance
   */
  public Optional<String> toleranceUnit() {
    return Optional.ofNullable(toleranceUnit);
  }

  /**
   * The period a count is per (频次): {@code 月} in {@code 4次/月}.
   *
   * @return the period word, or empty
   */
  public Optional<String> period() {
    return Optional.ofNullable(period);
  }

  /**
   * The upper bound's comparator of a {@link Kind#RANGE} ({@code ≤} or {@code <}).
   *
   * @return the comparator, or empty for other kinds
   */
  public Optional<Relation> upperRelation() {
    return Optional.ofNullable(upperRelation);
  }

  /**
   * The upper bound of a {@link Kind#RANGE}.
   *
   * @return the number with its printed scale, or empty for other kinds
   */
  public Optional<BigDecimal> upperNumber() {
    return Optional.ofNullable(upperNumber);
  }

  /**
   * The upper bound's unit of a {@link Kind#RANGE}.
   *
   * @return the unit, or empty
   */
  public Optional<String> upperUnit() {
    return Optional.ofNullable(upperUnit);
  }

  /**
   * The last day of a {@link Kind#DEADLINE} (截止日期): the day printed, the month's last day for
   * {@code 2020 年 12 月}, 31 December for {@code 2023 年底} / {@code 2023 年年底} / {@code 2023 年}.
   *
   * @return the date, or empty for other kinds
   */
  public Optional<LocalDate> deadline() {
    return Optional.ofNullable(deadline);
  }

  /**
   * How precisely the deadline was printed: {@link ChronoUnit#DAYS}, {@link ChronoUnit#MONTHS} or
   * {@link ChronoUnit#YEARS} (a year or its end: 年, 年底, 年末).
   *
   * @return the precision, or empty for other kinds
   */
  public Optional<ChronoUnit> deadlinePrecision() {
    return Optional.ofNullable(deadlinePrecision);
  }

  /**
   * The words after a deadline's date, spaces removed: {@code 前}, {@code 完成}, {@code 前投入使用}.
   *
   * @return the words, or empty
   */
  public Optional<String> qualifier() {
    return Optional.ofNullable(qualifier);
  }

  /**
   * The words of the target: the whole phrase of a {@link Kind#QUALITATIVE} target (ends trimmed),
   * the label before a bracketed value ({@code 及时} in {@code 及时（2023 年 12 月 31 日前投入使用）}), or
   * the subject between a range's bounds ({@code 预算执行率}).
   *
   * @return the words, or empty
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /**
   * The text as it was printed (and read): the argument of {@link #parse(CharSequence)}, or the parts
   * of {@link #ofParts(String, String, String)} joined by tabs. Not part of equality.
   *
   * @return the printed text
   */
  public String printed() {
    return printed;
  }

  /**
   * Two targets are equal when they mean the same: every part except {@link #printed()}.
   *
   * @param o the other object
   * @return whether it is an equal target
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Target)) {
      return false;
    }
    Target t = (Target) o;
    return kind == t.kind && comparator == t.comparator && Objects.equals(number, t.number)
        && Objects.equals(unit, t.unit) && eachOf == t.eachOf && Objects.equals(tolerance, t.tolerance)
        && Objects.equals(toleranceUnit, t.toleranceUnit) && Objects.equals(period, t.period)
        && upperRelation == t.upperRelation && Objects.equals(upperNumber, t.upperNumber)
        && Objects.equals(upperUnit, t.upperUnit) && Objects.equals(deadline, t.deadline)
        && deadlinePrecision == t.deadlinePrecision && Objects.equals(qualifier, t.qualifier)
        && Objects.equals(text, t.text);
  }

  /**
   * A hash of every part except {@link #printed()}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, comparator, number, unit, eachOf, tolerance, toleranceUnit, period,
        upperRelation, upperNumber, upperUnit, deadline, deadlinePrecision, qualifier, text);
  }

  /**
   * The canonical text: no spaces, half-width signs ({@code ≥90%}, {@code 约8000个},
   * {@code 532人（±3%）}, {@code 4次/月}, {@code 各1次}, {@code 90%≤预算执行率≤100%},
   * {@code 2023年12月31日前}, {@code 2023年底完成}, {@code 及时（2023年12月31日前投入使用）}); a phrase
   * as printed.
   *
   * @return the canonical text, which {@link #parse(CharSequence)} reads back to an equal target
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    switch (kind) {
      case QUALITATIVE:
        return Objects.requireNonNull(text);
      case RANGE:
        b.append(Objects.requireNonNull(number).toPlainString()).append(orEmpty(unit));
        b.append(comparator == Relation.GE ? "≤" : "<").append(orEmpty(text));
        b.append(Objects.requireNonNull(upperRelation).symbol());
        b.append(Objects.requireNonNull(upperNumber).toPlainString()).append(orEmpty(upperUnit));
        return b.toString();
      case DEADLINE:
        LocalDate d = Objects.requireNonNull(deadline);
        b.append(d.getYear()).append('年');
        if (deadlinePrecision == ChronoUnit.YEARS) {
          b.append('底');
        } else {
          b.append(d.getMonthValue()).append('月');
          if (deadlinePrecision == ChronoUnit.DAYS) {
            b.append(d.getDayOfMonth()).append('日');
          }
        }
        b.append(orEmpty(qualifier));
        break;
      default:
        if (eachOf) {
          b.append('各');
        }
        if (comparator != null) {
          b.append(comparator.symbol());
        }
        b.append(Objects.requireNonNull(number).toPlainString()).append(orEmpty(unit));
        if (period != null) {
          b.append('/').append(period);
        }
        if (tolerance != null) {
          b.append("（±").append(tolerance.toPlainString()).append(orEmpty(toleranceUnit)).append('）');
        }
        break;
    }
    return text == null ? b.toString() : text + "（" + b + "）";
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
