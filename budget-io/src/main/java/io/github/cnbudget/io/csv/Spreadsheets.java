package io.github.cnbudget.io.csv;

/** Formula-injection defence (OWASP "CSV injection"): text a spreadsheet would evaluate gets a leading '. */
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

  /** The text with a leading apostrophe when a spreadsheet would run it as a formula. */
  static String neutralise(String s) {
    // a negative amount is a number, not a formula: amounts stay numbers
    return isDangerous(s) && !io.github.cnbudget.io.internal.Cells.isDecimal(s) ? "'" + s : s;
  }
}
