package io.github.cnbudget.model.classification;

/**
 * Reads a printed code of any scheme (科目编码识别): 7-digit and 5/3-digit codes starting 1 or 2 are
 * functional; 3/5-digit codes starting 3 are departmental economic, starting 5 government economic.
 *
 * <p>Functional 类 codes run 201–299 in the current catalog, economic 类 codes 301–399 and 501–599,
 * so the first digit decides without ambiguity.
 */
public final class ClassificationCodes {
  private ClassificationCodes() {}

  /**
   * Parses a printed code of any scheme, in any printed form.
   *
   * @param text the printed code (no name)
   * @return a functional or economic code
   * @throws CodeParseException with the failing index
   */
  public static ClassificationCode parse(CharSequence text) {
    String s = text.toString();
    CodeText.Result r = CodeText.read(s, false);
    char first = r.digits.charAt(0);
    if (first == '3' || first == '5') {
      return EconomicCode.ofDigits(s, r);
    }
    return FunctionalCode.ofDigits(s, r);
  }

  /**
   * Parses a printed code with an optional name after it, of any scheme.
   *
   * @param text e.g. {@code [30101]基本工资}
   * @return the printed code
   * @throws CodeParseException with the failing index
   */
  public static PrintedCode parsePrinted(CharSequence text) {
    String s = text.toString();
    CodeText.Result r = CodeText.read(s, true);
    char first = r.digits.charAt(0);
    ClassificationCode code = first == '3' || first == '5' ? EconomicCode.ofDigits(s, r) : FunctionalCode.ofDigits(s, r);
    return PrintedCode.of(code, r.name);
  }
}
