package io.github.cnbudget.model;

import java.math.BigDecimal;

/**
 * Reads printed amounts (金额) into exact {@link BigDecimal}s that keep the printed scale:
 * {@code 2,958} is {@code 2958} (scale 0), {@code 0.50} stays {@code 0.50} (scale 2).
 *
 * <p>Accepts thousands separators between digit groups, full-width digits and signs, a leading
 * minus; rejects anything else with the failing index. It never repairs OCR damage: that is the
 * importer's job, which records the repair.
 */
public final class Amounts {
  private Amounts() {}

  /** Longest number accepted, in characters: longer text is refused rather than parsed. */
  public static final int MAX_LENGTH = 64;

  /**
   * Parses a printed amount.
   *
   * @param text the printed text, optionally surrounded by blanks
   * @return the exact value with the printed scale
   * @throws TextParseException if the text is not a plain decimal amount
   */
  public static BigDecimal parse(CharSequence text) {
    String s = text.toString();
    int n = s.length();
    int i = 0;
    while (i < n && isBlank(s.charAt(i))) {
      i++;
    }
    int end = n;
    while (end > i && isBlank(s.charAt(end - 1))) {
      end--;
    }
    if (i == end) {
      throw new TextParseException(s, i, "no amount");
    }
    if (end - i > MAX_LENGTH) {
      throw new TextParseException(s, i + MAX_LENGTH, "amount longer than " + MAX_LENGTH + " characters");
    }
    StringBuilder b = new StringBuilder(end - i);
    char first = normalise(s.charAt(i));
    if (first == '-' || first == '+') {
      if (first == '-') {
        b.append('-');
      }
      i++;
    }
    int digitsInGroup = 0;
    boolean anyDigit = false;
    boolean sawSeparator = false;
    boolean sawPoint = false;
    for (; i < end; i++) {
      char c = normalise(s.charAt(i));
      if (c >= '0' && c <= '9') {
        if (sawSeparator && !sawPoint && digitsInGroup == 3) {
          // report the fourth digit of a thousands group where it stands, not at the end
          throw new TextParseException(s, i, "thousands group longer than three digits");
        }
        b.append(c);
        digitsInGroup++;
        anyDigit = true;
      } else if (c == ',' && !sawPoint && anyDigit && (!sawSeparator || digitsInGroup == 3)
          && (sawSeparator || digitsInGroup <= 3)) {
        sawSeparator = true;
        digitsInGroup = 0;
      } else if (c == '.' && !sawPoint && anyDigit && (!sawSeparator || digitsInGroup == 3)) {
        sawPoint = true;
        b.append('.');
        digitsInGroup = 0;
        sawSeparator = false;
      } else {
        throw new TextParseException(s, i, "unexpected character '" + s.charAt(i) + "' in amount");
      }
    }
    if (!anyDigit || b.charAt(b.length() - 1) == '.' ) {
      throw new TextParseException(s, end, "amount ends without digits");
    }
    if (sawSeparator && digitsInGroup != 3) {
      throw new TextParseException(s, end, "thousands group without three digits");
    }
    return new BigDecimal(b.toString());
  }

  /**
   * The canonical printed form: plain digits, no separators, the scale kept ({@code 2958},
   * {@code 0.50}).
   *
   * @param value an amount
   * @return its plain string
   */
  public static String format(BigDecimal value) {
    return value.toPlainString();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
  }

  static char normalise(char c) {
    if (c >= '\uff10' && c <= '\uff19') {
      return (char) ('0' + (c - '\uff10'));
    }
    switch (c) {
      case '\uff0c': // full-width comma
        return ',';
      case '\uff0e': // full-width full stop
        return '.';
      case '\uff0d': // full-width hyphen-minus
      case '\u2212': // minus sign
        return '-';
      case '\uff0b':
        return '+';
      default:
        return c;
    }
  }
}
