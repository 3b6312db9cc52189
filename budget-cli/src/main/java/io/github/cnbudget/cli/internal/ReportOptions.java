package io.github.cnbudget.cli.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * What a validation report shows (报告选项): its language, the least serious findings it lists,
 * whether rounding-level differences are listed one by one, and whether import problems are listed
 * or only counted. Findings below the threshold are still counted in the summary and the exit code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locale the language of labels and messages: Chinese for any {@code zh} locale, English otherwise
 * @param minSeverity the least serious severity listed: {@code ERROR}, {@code WARNING} or {@code INFO}
 *     (checks not made are listed with INFO)
 * @param expandRounding whether the text report lists each rounding-level difference instead of one
 *     line per table
 * @param verbose whether the text report lists each import problem instead of their count
 */
public record ReportOptions(Locale locale, String minSeverity, boolean expandRounding, boolean verbose) {

  /**
   * Checks the components.
   *
   * @param locale the locale
   * @param minSeverity the threshold
   * @param expandRounding whether rounding is expanded
   * @param verbose whether import problems are listed
   */
  public ReportOptions {
    Objects.requireNonNull(locale, "locale");
    if (!minSeverity.equals(FindingView.ERROR) && !minSeverity.equals(FindingView.WARNING)
        && !minSeverity.equals(FindingView.INFO)) {
      throw new IllegalArgumentException("minSeverity must be ERROR, WARNING or INFO: " + minSeverity);
    }
  }

  /**
   * Everything listed, in a language.
   *
   * @param locale the locale
   * @return the options
   */
  public static ReportOptions all(Locale locale) {
    return new ReportOptions(locale, FindingView.INFO, false, false);
  }

  /**
   * Whether a finding of a severity is listed.
   *
   * @param severity the finding's severity
   * @return true when it is at least {@link #minSeverity()}
   */
  public boolean lists(String severity) {
    return FindingView.rank(severity) >= FindingView.rank(minSeverity);
  }

  /**
   * Whether the report is in Chinese.
   *
   * @return true for a {@code zh} locale
   */
  public boolean chinese() {
    return "zh".equals(locale.getLanguage());
  }
}
