package io.github.cnbudget.rules.compare;

import io.github.cnbudget.model.table.TableKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One table compared between two disclosures (报表对比): the tables of one kind in the older and the
 * newer document, and the change of each amount they print.
 *
 * @param kind the table kind
 * @param olderTitle the older document's title of the table; empty when it has no such table
 * @param newerTitle the newer document's title; empty when it has no such table
 * @param amounts each amount of a matched row and column, in the newer table's order, then what
 *     only the older one prints
 * @param addedRows the rows (codes, or labels of rows without a code) only the newer table prints
 * @param removedRows the rows only the older table prints
 * @param addedColumns the columns (printed headers) only the newer table prints: their amounts are
 *     not compared
 * @param removedColumns the columns only the older table prints
 */
public record TableComparison(TableKind kind, Optional<String> olderTitle, Optional<String> newerTitle,
    List<AmountChange> amounts, List<String> addedRows, List<String> removedRows, List<String> addedColumns,
    List<String> removedColumns) {

  /** Checks and copies the parts. */
  public TableComparison {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(olderTitle, "olderTitle");
    Objects.requireNonNull(newerTitle, "newerTitle");
    if (olderTitle.isEmpty() && newerTitle.isEmpty()) {
      throw new IllegalArgumentException("a table comparison needs an older or a newer table: " + kind);
    }
    amounts = List.copyOf(amounts);
    addedRows = List.copyOf(addedRows);
    removedRows = List.copyOf(removedRows);
    addedColumns = List.copyOf(addedColumns);
    removedColumns = List.copyOf(removedColumns);
  }

  /**
   * Whether both documents print the table.
   *
   * @return true when the table is in both
   */
  public boolean inBoth() {
    return olderTitle.isPresent() && newerTitle.isPresent();
  }

  /**
   * The amounts that changed, appeared or vanished.
   *
   * @return the amounts whose status is not {@link AmountChange.Status#UNCHANGED}
   */
  public List<AmountChange> changes() {
    return amounts.stream().filter(a -> a.status() != AmountChange.Status.UNCHANGED).collect(Collectors.toList());
  }
}
