package io.github.cnbudget.model.classification;

import io.github.cnbudget.model.InvalidValueException;

/**
 * The level of a classification code (科目级次): 类, 款 or 项, fixed by the number of digits.
 */
public enum CodeLevel {
  /** 类: 3 digits. */
  CLASS("类", 3),
  /** 款: 5 digits. */
  SECTION("款", 5),
  /** 项: 7 digits (functional classification only). */
  ITEM("项", 7);

  private final String chinese;
  private final int digits;

  CodeLevel(String chinese, int digits) {
    this.chinese = chinese;
    this.digits = digits;
  }

  /**
   * The Chinese name of the level.
   *
   * @return 类, 款 or 项
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Number of digits a code of this level has.
   *
   * @return 3, 5 or 7
   */
  public int digits() {
    return digits;
  }

  /**
   * The level of a code with this many digits.
   *
   * @param digits 3, 5 or 7
   * @return the level
   * @throws InvalidValueException for any other length
   */
  public static CodeLevel ofDigits(int digits) {
    switch (digits) {
      case 3:
        return CLASS;
      case 5:
        return SECTION;
      case 7:
        return ITEM;
      default:
        throw new InvalidValueException("No code level has " + digits + " digits");
    }
  }
}
