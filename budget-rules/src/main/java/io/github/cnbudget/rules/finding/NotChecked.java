package io.github.cnbudget.rules.finding;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A check a rule could not make on a document, and why (未校验项): the table it needs is absent or
 * was not read, a column is missing, a value is missing or unreadable. A report without findings
 * means "clean" only for what was checked: these items say what was not.
 *
 * <p>The {@link Reason} codes are stable, like finding codes. Immutable and thread-safe.
 */
public final class NotChecked {

  /** Why a check could not be made (未校验原因), with a stable kebab-case code. */
  public enum Reason {
    /** The table the check needs is not in the document (表格缺失). */
    TABLE_ABSENT("table-absent"),
    /**
     * The table is in the document but none of its rows was read (表格未读取): a title without
     * rows, and no statement that it is empty.
     */
    TABLE_NOT_READ("table-not-read"),
    /** The table has no column for the quantity (列缺失). */
    COLUMN_MISSING("column-missing"),
    /** The row or cell of the quantity prints nothing (数值缺失): a blank cell is not 0. */
    VALUE_MISSING("value-missing"),
    /** What is printed cannot be read as a value (数值无法读取): OCR damage, a placeholder. */
    VALUE_UNREADABLE("value-unreadable");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /**
     * The stable code.
     *
     * @return e.g. {@code table-not-read}
     */
    public String code() {
      return code;
    }
  }

  private final String ruleId;
  private final Reason reason;
  private final String check;
  private final String subject;
  private final Location location;

  private NotChecked(String ruleId, Reason reason, String check, String subject, Location location) {
    if (!Finding.isKebab(Objects.requireNonNull(ruleId, "ruleId"))) {
      throw new IllegalArgumentException("ruleId must be kebab-case: " + ruleId);
    }
    this.ruleId = ruleId;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.check = Objects.requireNonNull(check, "check");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.location = Objects.requireNonNull(location, "location");
  }

  /**
   * An item.
   *
   * @param ruleId the rule that could not check, kebab-case
   * @param reason why
   * @param check what was not checked, in the document's words: {@code 收支总表 本年支出合计 = 支出总表 合计}
   * @param subject what is absent, missing or unreadable: a table title or kind, a column, a printed text
   * @param location where: the table or cell concerned, or the document
   * @return the item
   */
  public static NotChecked of(String ruleId, Reason reason, String check, String subject, Location location) {
    return new NotChecked(ruleId, reason, check, subject, location);
  }

  /**
   * The rule that could not check.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Why.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * What was not checked.
   *
   * @return the check, in the document's words
   */
  public String check() {
    return check;
  }

  /**
   * What is absent, missing or unreadable.
   *
   * @return a table, column or printed text
   */
  public String subject() {
    return subject;
  }

  /**
   * Where.
   *
   * @return the location
   */
  public Location location() {
    return location;
  }

  /**
   * The message in a locale, from the bundles' key {@code not-checked.<reason code>}.
   *
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @return the message
   */
  public String message(Locale locale) {
    return Messages.render("not-checked." + reason.code(), List.of(check, subject), locale);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NotChecked)) {
      return false;
    }
    NotChecked n = (NotChecked) o;
    return ruleId.equals(n.ruleId) && reason == n.reason && check.equals(n.check) && subject.equals(n.subject)
        && location.equals(n.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, reason, check, subject, location);
  }

  /** {@code NOT-CHECKED table-not-read cross-table /tables/2 [支出总表]: check (subject)}. */
  @Override
  public String toString() {
    return "NOT-CHECKED " + reason.code() + " " + ruleId + " " + location + ": " + check + " (" + subject + ")";
  }
}
