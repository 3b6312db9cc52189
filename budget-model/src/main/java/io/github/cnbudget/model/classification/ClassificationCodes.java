package io.github.cnbudget.model.classification;

/**
 * Reads a printed code of any scheme (科目编码识别): 7-digit and 5/3-digit codes starting 1 or 2 are
 * functional; 3/5-digit codes starting 3 are departmental economic, starting 5 government economic.
 *
 * <p>Functional 类 codes run 201–299 in the current catalog, economic 类 codes 301–399 and 501–599,
 * so the first digit decides without ambiguity for real codes. Seven digits are always functional
 * (economic codes have no 项); a 3- or 5-digit code starting 3 or 5 is read as economic.
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
    return isEconomic(r) ? EconomicCode.ofDigits(s, r) : FunctionalCode.ofDigits(s, r);
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
    ClassificationCode code = isEconomic(r) ? EconomicCode.ofDigits(s, r) : FunctionalCode.ofDigits(s, r);
    return PrintedCode.of(code, r.name);
  }

  // Economic codes have no 项 level: seven digits are functional whatever the first digit, so that
  // every FunctionalCode.of(...) value reads back as itself.
  private static boolean isEconomic(CodeText.Result r) {
    char first = r.digits.charAt(0);
    return (first == '3' || first == '5') && r.digits.length() < CodeLevel.ITEM.digits();
  }
}
