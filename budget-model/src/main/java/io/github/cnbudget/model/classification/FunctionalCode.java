package io.github.cnbudget.model.classification;

import io.github.cnbudget.model.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A functional classification code (支出功能分类科目编码): 类 (3 digits, {@code 210} 卫生健康支出),
 * 款 (5, {@code 21015} 医疗保障管理事务) or 项 (7, {@code 2101501} 行政运行). The parent of a code is its
 * prefix.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the plain digits and
 * {@code parse(c.toString()).equals(c)} holds. A code means something only together with a catalog
 * year: see {@code ClassificationCatalog}.
 */
public final class FunctionalCode implements ClassificationCode, Comparable<FunctionalCode> {
  private final String digits;
  /**
   * The parent, made on first use: rules ask for it per row and column. A racy cache of an
   * immutable value (at worst made twice), not part of equality.
   */
  private transient volatile @org.jspecify.annotations.Nullable Optional<FunctionalCode> parent;

  private FunctionalCode(String digits) {
    this.digits = digits;
  }

  /**
   * A 类 code.
   *
   * @param clazz the 类 number, 100 to 999
   * @return the code
   */
  public static FunctionalCode of(int clazz) {
    checkRange(clazz, 100, 999, "类");
    return new FunctionalCode(Integer.toString(clazz));
  }

  /**
   * A 款 code.
   *
   * @param clazz the 类 number, 100 to 999
   * @param section the 款 number within it, 0 to 99
   * @return the code
   */
  public static FunctionalCode of(int clazz, int section) {
    checkRange(clazz, 100, 999, "类");
    checkRange(section, 0, 99, "款");
    return new FunctionalCode(clazz + two(section));
  }

  /**
   * A 项 code: {@code of(210, 15, 1)} is {@code 2101501}.
   *
   * @param clazz the 类 number, 100 to 999
   * @param section the 款 number, 0 to 99
   * @param item the 项 number, 0 to 99
   * @return the code
   */
  public static FunctionalCode of(int clazz, int section, int item) {
    checkRange(clazz, 100, 999, "类");
    checkRange(section, 0, 99, "款");
    checkRange(item, 0, 99, "项");
    return new FunctionalCode(clazz + two(section) + two(item));
  }

  /**
   * Parses a printed functional code in any form found in published documents: {@code 2101501},
   * {@code [2101501]}, split columns {@code 210 | 15 | 01}, {@code 208 01 09} or tab-separated.
   * Text after the code (a printed name such as {@code [2101501]行政运行}) is refused: read it with
   * {@link PrintedCode#parse(CharSequence)}, which keeps the name.
   *
   * @param text the printed code
   * @return the code
   * @throws CodeParseException with the failing index when the text is not a functional code
   */
  public static FunctionalCode parse(CharSequence text) {
    String s = text.toString();
    CodeText.Result r = CodeText.read(s, true);
    if (r.name.length() > 0) {
      throw new CodeParseException(s, r.nameStart, "unexpected text after code");
    }
    return ofDigits(s, r);
  }

  static FunctionalCode ofDigits(String s, CodeText.Result r) {
    String d = r.digits;
    if (d.length() != 3 && d.length() != 5 && d.length() != 7) {
      throw new CodeParseException(s, r.digitsEnd, "a functional code has 3, 5 or 7 digits, found " + d.length());
    }
    if (d.charAt(0) == '0') {
      throw new CodeParseException(s, r.digitsStart, "a functional code does not start with 0");
    }
    return new FunctionalCode(d);
  }

  private static void checkRange(int v, int min, int max, String what) {
    if (v < min || v > max) {
      throw new InvalidValueException(what + " number out of range " + min + ".." + max + ": " + v);
    }
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  @Override
  public String digits() {
    return digits;
  }

  @Override
  public CodeLevel level() {
    return CodeLevel.ofDigits(digits.length());
  }

  @Override
  public Scheme scheme() {
    return Scheme.FUNCTIONAL;
  }

  /**
   * The 类 number, the first three digits.
   *
   * @return e.g. 210
   */
  public int classNumber() {
    return Integer.parseInt(digits.substring(0, 3));
  }

  @Override
  public Optional<FunctionalCode> parent() {
    Optional<FunctionalCode> p = parent;
    if (p == null) {
      p = digits.length() == 3 ? Optional.empty() : Optional.of(new FunctionalCode(digits.substring(0, digits.length() - 2)));
      parent = p;
    }
    return p;
  }

  @Override
  public List<FunctionalCode> ancestors() {
    if (digits.length() == 3) {
      return List.of();
    }
    List<FunctionalCode> out = new ArrayList<>(2);
    for (int len = digits.length() - 2; len >= 3; len -= 2) {
      out.add(new FunctionalCode(digits.substring(0, len)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The ancestor (or this code) at a level.
   *
   * @param level a level at or above this code's
   * @return the truncated code
   * @throws IllegalArgumentException if {@code level} is below this code's level
   */
  public FunctionalCode truncatedTo(CodeLevel level) {
    if (level.digits() > digits.length()) {
      throw new IllegalArgumentException(level + " is below " + level());
    }
    return level.digits() == digits.length() ? this : new FunctionalCode(digits.substring(0, level.digits()));
  }

  @Override
  public boolean isAncestorOf(ClassificationCode other) {
    return other instanceof FunctionalCode
        && other.digits().length() > digits.length()
        && other.digits().startsWith(digits);
  }

  @Override
  public int compareTo(FunctionalCode o) {
    return digits.compareTo(o.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FunctionalCode && ((FunctionalCode) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return digits;
  }
}
