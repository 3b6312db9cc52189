package io.github.cnbudget.io.csv;

import io.github.cnbudget.io.internal.Cells;

/**
 * Formula-injection defence (OWASP "CSV injection"): text a spreadsheet would evaluate gets a
 * leading {@code '}. The escape is reversible, so the tidy set stays lossless: text that already
 * starts with apostrophes before such a character gets one more, and {@link #restore} removes
 * exactly one where {@link #neutralise} added one.
 */
final class Spreadsheets {
  private Spreadsheets() {}

  static boolean isDangerous(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        || c == '\uff1d' || c == '\uff0b' || c == '\uff0d' || c == '\uff20';
  }

  /**
   * Whether text is escaped on writing: after any leading apostrophes it starts with a formula
   * character, and it is neither a number (amounts stay numbers) nor only dashes: {@code -} and
   * {@code －} are the printed form of dash cells, common in every table, and a formula needs
   * something after its sign.
   */
  static boolean needsEscape(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '\'') {
      i++;
    }
    return isDangerous(s.substring(i)) && !Cells.isDecimal(s) && !onlyDashes(s);
  }

  private static boolean onlyDashes(String s) {
    return s.chars().allMatch(c -> c == '-' || c == '\uff0d');
  }

  /** The text with a leading apostrophe when a spreadsheet would run it as a formula. */
  static String neutralise(String s) {
    return needsEscape(s) ? "'" + s : s;
  }

  /** The text {@link #neutralise} was given: one leading apostrophe dropped where it added one. */
  static String restore(String s) {
    return !s.isEmpty() && s.charAt(0) == '\'' && needsEscape(s.substring(1)) ? s.substring(1) : s;
  }
}
