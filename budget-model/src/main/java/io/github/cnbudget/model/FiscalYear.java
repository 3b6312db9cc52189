package io.github.cnbudget.model;

import java.io.Serializable;

/**
 * A fiscal year (预算年度 / 会计年度). China's fiscal year is the calendar year.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the four-digit year and
 * {@code parse(y.toString()).equals(y)} holds for every value.
 */
public final class FiscalYear implements Comparable<FiscalYear>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The earliest year accepted: the first year of the People's Republic's budgets. */
  public static final int MIN_VALUE = 1949;

  /** The latest year accepted. */
  public static final int MAX_VALUE = 2999;

  /** The calendar year. */
  private final int value;

  private FiscalYear(int value) {
    this.value = value;
  }

  /**
   * Obtains a fiscal year.
   *
   * @param year the calendar year, from {@value #MIN_VALUE} to {@value #MAX_VALUE}
   * @return the fiscal year
   * @throws InvalidValueException if the year is out of range
   */
  public static FiscalYear of(int year) {
    if (year < MIN_VALUE || year > MAX_VALUE) {
      throw new InvalidValueException("Fiscal year out of range " + MIN_VALUE + ".." + MAX_VALUE + ": " + year);
    }
    return new FiscalYear(year);
  }

  /**
   * Parses a year as printed: {@code 2023}, {@code 2023年}, {@code 2023 年度}, surrounded by blanks.
   *
   * @param text the printed year
   * @return the fiscal year
   * @throws TextParseException if the text is not a year
   */
  public static FiscalYear parse(CharSequence text) {
    String s = text.toString();
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    int start = i;
    int year = 0;
    while (i < s.length() && i - start < 4 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      year = year * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (i - start != 4) {
      throw new TextParseException(s, i, "expected a four-digit year");
    }
    int end = i;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (s.startsWith("年度", i)) {
      i += 2;
    } else if (s.startsWith("年", i)) {
      i += 1;
    } else if (i != s.length() && i == end) {
      throw new TextParseException(s, i, "unexpected character after year");
    }
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i != s.length()) {
      throw new TextParseException(s, i, "unexpected text after year");
    }
    if (year < MIN_VALUE || year > MAX_VALUE) {
      throw new TextParseException(s, start, "year out of range");
    }
    return new FiscalYear(year);
  }

  /**
   * The calendar year.
   *
   * @return the year, e.g. 2023
   */
  public int value() {
    return value;
  }

  /**
   * The year after or before this one.
   *
   * @param years how many years to add (may be negative)
   * @return the shifted year
   * @throws InvalidValueException if the result is out of range
   */
  public FiscalYear plusYears(int years) {
    if (years == 0) {
      return this;
    }
    // long arithmetic: an int overflow must end in the documented range error, not ArithmeticException
    long shifted = (long) value + years;
    if (shifted < MIN_VALUE || shifted > MAX_VALUE) {
      throw new InvalidValueException("Fiscal year out of range " + MIN_VALUE + ".." + MAX_VALUE + ": " + shifted);
    }
    return new FiscalYear((int) shifted);
  }

  /**
   * The previous fiscal year (上年).
   *
   * @return this year minus one
   */
  public FiscalYear previous() {
    return plusYears(-1);
  }

  /**
   * Tests whether this year is before another.
   *
   * @param other the year to compare with
   * @return true when strictly earlier
   */
  public boolean isBefore(FiscalYear other) {
    return value < other.value;
  }

  /**
   * Tests whether this year is after another.
   *
   * @param other the year to compare with
   * @return true when strictly later
   */
  public boolean isAfter(FiscalYear other) {
    return value > other.value;
  }

  @Override
  public int compareTo(FiscalYear o) {
    return Integer.compare(value, o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FiscalYear && ((FiscalYear) o).value == value;
  }

  @Override
  public int hashCode() {
    return value;
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
