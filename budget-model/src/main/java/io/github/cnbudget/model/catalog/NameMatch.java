package io.github.cnbudget.model.catalog;

/**
 * How a printed name compares with the catalog's name for its code in the document's year (科目名称比对结果).
 */
public enum NameMatch {
  /** The printed name is the catalog name of the code in that year (after normalising blanks and brackets). */
  MATCHES,
  /** The printed name is the code's name in other years only: a stale or premature name (e.g. 医疗卫生与计划生育支出 in 2020). */
  OTHER_YEAR,
  /**
   * The printed name is the year's name cut short: what a narrow cell kept of it
   * (机关事业单位基本养老保险缴) or a part of it (基本养老保险), three characters at least.
   */
  SHORTENED,
  /** The code is in the catalog for that year, but the printed name was never its name. */
  MISMATCH,
  /** The code is not in the catalog for that year. */
  UNKNOWN_CODE;

  /**
   * Whether the printed name is a name the code has had in some year.
   *
   * @return true for {@link #MATCHES}, {@link #SHORTENED} and {@link #OTHER_YEAR}
   */
  public boolean isKnownName() {
    return this == MATCHES || this == SHORTENED || this == OTHER_YEAR;
  }
}
