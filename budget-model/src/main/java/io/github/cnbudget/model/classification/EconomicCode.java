package io.github.cnbudget.model.classification;

import io.github.cnbudget.model.InvalidValueException;
import java.util.List;
import java.util.Optional;

/**
 * An economic classification code (支出经济分类科目编码): 类 (3 digits) or 款 (5 digits) of the
 * departmental scheme (部门预算支出经济分类, {@code 301} 工资福利支出, {@code 30101} 基本工资) or of the
 * government scheme (政府预算支出经济分类, {@code 501} 机关工资福利支出). The scheme follows from the
 * first digit: 3 departmental, 5 government.
 *
 * <p>Immutable and thread-safe; {@code parse(c.toString()).equals(c)} holds.
 */
public final class EconomicCode implements ClassificationCode, Comparable<EconomicCode> {
  private final String digits;
  /**
   * The parent, made on first use: rules ask for it per row and column. A racy cache of an
   * immutable value (at worst made twice), not part of equality.
   */
  private transient volatile @org.jspecify.annotations.Nullable Optional<EconomicCode> parent;

  private EconomicCode(String digits) {
    this.digits = digits;
  }

  /**
   * A 类 code.
   *
   * @param clazz 300 to 399 (departmental) or 500 to 599 (government)
   * @return the code
   */
  public static EconomicCode of(int clazz) {
    checkClass(clazz);
    return new EconomicCode(Integer.toString(clazz));
  }

  /**
   * A 款 code: {@code of(301, 1)} is {@code 30101}.
   *
   * @param clazz 300 to 399 or 500 to 599
   * @param section 0 to 99
   * @return the code
   */
  public static EconomicCode of(int clazz, int section) {
    checkClass(clazz);
    if (section < 0 || section > 99) {
      throw new InvalidValueException("款 number out of range 0..99: " + section);
    }
    return new EconomicCode(clazz + (section < 10 ? "0" : "") + section);
  }

  private static void checkClass(int clazz) {
    if (!(clazz >= 300 && clazz <= 399) && !(clazz >= 500 && clazz <= 599)) {
      throw new InvalidValueException("economic 类 must be 300..399 or 500..599: " + clazz);
    }
  }

  /**
   * Parses a printed economic code: {@code 30101}, {@code [30101]}, {@code 301 01}.
   *
   * @param text the printed code
   * @return the code
   * @throws CodeParseException with the failing index when the text is not an economic code
   */
  public static EconomicCode parse(CharSequence text) {
    String s = text.toString();
    CodeText.Result r = CodeText.read(s, true);
    if (r.name.length() > 0) {
      throw new CodeParseException(s, r.nameStart, "unexpected text after code");
    }
    return ofDigits(s, r);
  }

  static EconomicCode ofDigits(String s, CodeText.Result r) {
    String d = r.digits;
    if (d.length() != 3 && d.length() != 5) {
      throw new CodeParseException(s, r.digitsEnd, "an economic code has 3 or 5 digits, found " + d.length());
    }
    if (d.charAt(0) != '3' && d.charAt(0) != '5') {
      throw new CodeParseException(s, r.digitsStart, "an economic code starts with 3 or 5");
    }
    return new EconomicCode(d);
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
    return digits.charAt(0) == '3' ? Scheme.DEPARTMENTAL_ECONOMIC : Scheme.GOVERNMENT_ECONOMIC;
  }

  @Override
  public Optional<EconomicCode> parent() {
    Optional<EconomicCode> p = parent;
    if (p == null) {
      p = digits.length() == 3 ? Optional.empty() : Optional.of(new EconomicCode(digits.substring(0, 3)));
      parent = p;
    }
    return p;
  }

  @Override
  public List<EconomicCode> ancestors() {
    return digits.length() == 3 ? List.of() : List.of(new EconomicCode(digits.substring(0, 3)));
  }

  @Override
  public boolean isAncestorOf(ClassificationCode other) {
    return other instanceof EconomicCode
        && other.digits().length() > digits.length()
        && other.digits().startsWith(digits);
  }

  @Override
  public int compareTo(EconomicCode o) {
    return digits.compareTo(o.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EconomicCode && ((EconomicCode) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode() * 31 + 7;
  }

  @Override
  public String toString() {
    return digits;
  }
}
