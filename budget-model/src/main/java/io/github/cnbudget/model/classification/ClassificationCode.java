package io.github.cnbudget.model.classification;

import java.util.List;
import java.util.Optional;

/**
 * A code of one of the expenditure classifications (支出分类科目编码): functional
 * ({@link FunctionalCode}) or economic ({@link EconomicCode}).
 *
 * <p>Implementations are immutable value types; their {@code toString()} is the plain digits.
 */
public sealed interface ClassificationCode permits FunctionalCode, EconomicCode {

  /**
   * The digits of the code.
   *
   * @return e.g. {@code 2101501}
   */
  String digits();

  /**
   * The level, from the number of digits.
   *
   * @return 类, 款 or 项
   */
  CodeLevel level();

  /**
   * The code one level up (its prefix).
   *
   * @return the parent, or empty for a 类
   */
  Optional<? extends ClassificationCode> parent();

  /**
   * All codes above this one, nearest first.
   *
   * @return the ancestors, empty for a 类
   */
  List<? extends ClassificationCode> ancestors();

  /**
   * Whether this code is a proper prefix of another code of the same scheme.
   *
   * @param other another code
   * @return true when {@code other} lies below this code
   */
  boolean isAncestorOf(ClassificationCode other);

  /**
   * The scheme this code belongs to.
   *
   * @return the scheme
   */
  Scheme scheme();
}
