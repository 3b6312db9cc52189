package io.github.cnbudget.model.classification;

import java.util.Objects;
import java.util.Optional;

/**
 * A classification code as printed, with the name printed beside it (印刷的科目编码与名称), e.g.
 * {@code [2101501]行政运行}. The printed name may differ from the catalog's name for the document's
 * year (a stale name, a typo): both are kept, the rules compare them.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is {@code [digits]name} (or {@code [digits]}
 * when no name was printed), which {@link #parse} reads back to an equal value.
 */
public final class PrintedCode {
  private final ClassificationCode code;
  private final String name;

  private PrintedCode(ClassificationCode code, String name) {
    this.code = code;
    this.name = name;
  }

  /**
   * A code with its printed name.
   *
   * @param code the code
   * @param name the printed name, possibly empty; blanks around it are removed
   * @return the printed code
   */
  public static PrintedCode of(ClassificationCode code, String name) {
    return new PrintedCode(Objects.requireNonNull(code, "code"), trim(Objects.requireNonNull(name, "name")));
  }

  // One notion of a blank for of() and for the reader (Java whitespace plus the blanks of printed
  // text, NBSP and the ideographic space), so that parse(p.toString()) equals p for every name.
  private static String trim(String s) {
    int begin = 0;
    int end = s.length();
    while (begin < end && isBlank(s.charAt(begin))) {
      begin++;
    }
    while (end > begin && isBlank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(begin, end);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || CodeText.isBlank(c);
  }

  /**
   * Parses a printed code with an optional name, in the given scheme.
   *
   * @param text e.g. {@code [2101501]行政运行}, {@code 2101501 行政运行}, {@code 208 01 09 行政运行}
   * @param scheme the scheme to read the digits in
   * @return the printed code
   * @throws CodeParseException when the digits are not a code of the scheme
   */
  public static PrintedCode parse(CharSequence text, Scheme scheme) {
    String s = text.toString();
    CodeText.Result r = CodeText.read(s, true);
    ClassificationCode code = scheme == Scheme.FUNCTIONAL
        ? FunctionalCode.ofDigits(s, r)
        : EconomicCode.ofDigits(s, r);
    if (code.scheme() != scheme) {
      throw new CodeParseException(s, r.digitsStart, "code of scheme " + code.scheme() + ", expected " + scheme);
    }
    return of(code, r.name);
  }

  /**
   * Parses a printed functional code with an optional name.
   *
   * @param text the printed text
   * @return the printed code
   * @throws CodeParseException when the text does not start with a functional code
   */
  public static PrintedCode parse(CharSequence text) {
    return parse(text, Scheme.FUNCTIONAL);
  }

  /**
   * The code.
   *
   * @return the code
   */
  public ClassificationCode code() {
    return code;
  }

  /**
   * The name printed beside the code.
   *
   * @return the name, or empty when none was printed
   */
  public Optional<String> name() {
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrintedCode && ((PrintedCode) o).code.equals(code) && ((PrintedCode) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return "[" + code.digits() + "]" + name;
  }
}
