package io.github.cnbudget.model.target;

/**
 * The relation a target value states (指标性质 / 比较符): at least, at most, more than, less than,
 * exactly, or about.
 *
 * <p>Printed documents use many forms of the same sign; {@link Target#parse(CharSequence)} reads the
 * half-width and full-width signs and their variants ({@code ≥ ≧ ⩾ >= ＞＝ ≥=}, {@code ≤ ≦ ⩽ <= ＜＝ ≤=},
 * {@code > ＞}, {@code < ＜}, {@code = ＝ ==}, {@code 约 ≈}), the words 不低于, 不少于, 不小于, 大于等于, 达到
 * (at least), 不高于, 不超过, 不大于, 不多于, 小于等于 (at most), 大于, 高于, 超过, 多于 (more than), 小于,
 * 低于, 少于 (less than), 等于 before a number, and 以上 (at least), 以下, 以内 (at most), 左右 (about) after
 * the value. {@link #symbol()} is the one canonical sign.
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum Relation {
  /** At least (大于等于, {@code ≥}). */
  GE("≥"),
  /** At most (小于等于, {@code ≤}). */
  LE("≤"),
  /** More than (大于, {@code >}). */
  GT(">"),
  /** Less than (小于, {@code <}). */
  LT("<"),
  /** Exactly (等于, {@code =}). */
  EQ("="),
  /** About (约): an estimate, not a bound. */
  APPROX("约");

  private final String symbol;

  Relation(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The canonical sign, as {@link Target#toString()} prints it.
   *
   * @return {@code ≥}, {@code ≤}, {@code >}, {@code <}, {@code =} or {@code 约}
   */
  public String symbol() {
    return symbol;
  }
}
