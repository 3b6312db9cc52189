package io.github.cnbudget.rules.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The change of one amount (金额变动) between two disclosures: one cell of a table, found in the older
 * and the newer document by table kind, row and column. Amounts are in yuan (元), converted exactly
 * from the unit each table prints.
 *
 * @param row the row: its classification code, else what it means (合计, a label)
 * @param label the row's printed label (the newer document's where both print it)
 * @param unit the unit the row belongs to, for tables printed per unit; empty for department rows
 * @param column the column's key
 * @param columnLabel the column's printed header, levels joined by {@code " / "}
 * @param older the older document's amount in yuan; empty when it does not print the cell
 * @param newer the newer document's amount in yuan; empty when it does not print the cell
 */
public record AmountChange(String row, String label, Optional<String> unit, String column, String columnLabel,
    Optional<BigDecimal> older, Optional<BigDecimal> newer) {

  /** What happened to the amount (变动类型). */
  public enum Status {
    /** Printed in both, equal. */
    UNCHANGED,
    /** Printed in both, different. */
    CHANGED,
    /** Printed only in the newer document (新增). */
    ADDED,
    /** Printed only in the older document (取消). */
    REMOVED
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException when neither document prints the amount
   */
  public AmountChange {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(columnLabel, "columnLabel");
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    if (older.isEmpty() && newer.isEmpty()) {
      throw new IllegalArgumentException("an amount change needs an older or a newer amount: " + row + " " + column);
    }
  }

  /**
   * What happened to the amount.
   *
   * @return the status
   */
  public Status status() {
    if (older.isEmpty()) {
      return Status.ADDED;
    }
    if (newer.isEmpty()) {
      return Status.REMOVED;
    }
    return older.get().compareTo(newer.get()) == 0 ? Status.UNCHANGED : Status.CHANGED;
  }

  /**
   * The change in yuan: newer minus older.
   *
   * @return the change, or empty when one document does not print the amount
   */
  public Optional<BigDecimal> change() {
    return older.isPresent() && newer.isPresent() ? Optional.of(newer.get().subtract(older.get())) : Optional.empty();
  }

  /**
   * The change in percent of the older amount, rounded half up to two decimals (增长率).
   *
   * @return the percent, or empty when an amount is missing or the older one is zero
   */
  public Optional<BigDecimal> percent() {
    if (older.isEmpty() || newer.isEmpty() || older.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(newer.get().subtract(older.get()).movePointRight(2).divide(older.get(), 2, RoundingMode.HALF_UP));
  }
}
