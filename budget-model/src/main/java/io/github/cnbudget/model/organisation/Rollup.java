package io.github.cnbudget.model.organisation;

import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rollup of a per-unit table in one column (部门汇总与单位合计): the department figure (the
 * table's {@link RowKind#TOTAL TOTAL} row) against the sum of its units' figures (the
 * {@link RowKind#UNIT UNIT} rows), and the difference, all exact.
 *
 * <p>Blank and dash cells count as zero, as everywhere in table arithmetic ({@link Cell#valueOrZero()}).
 * The view only computes; whether a difference is a rounding difference or an error is for the rules
 * to judge with the document's precision. Immutable and thread-safe.
 *
 * <pre>{@code
 * Rollup r = Rollup.of(expenditureTable, "total");
 * if (r.difference().map(d -> d.signum() != 0).orElse(false)) { ... }
 * }</pre>
 */
public final class Rollup {
  private final String columnKey;
  private final Optional<BigDecimal> department;
  private final Map<String, BigDecimal> units;
  private final BigDecimal unitSum;

  private Rollup(String columnKey, Optional<BigDecimal> department, Map<String, BigDecimal> units, BigDecimal unitSum) {
    this.columnKey = columnKey;
    this.department = department;
    this.units = units;
    this.unitSum = unitSum;
  }

  /**
   * Computes the rollup of one column of a per-unit table.
   *
   * @param table a per-unit table: one TOTAL row for the department, one UNIT row per unit
   * @param columnKey the key of the column to add up
   * @return the rollup
   * @throws IllegalArgumentException if the table has no column with that key
   */
  public static Rollup of(DisclosureTable table, String columnKey) {
    Objects.requireNonNull(columnKey, "columnKey");
    if (table.column(columnKey).isEmpty()) {
      throw new IllegalArgumentException("Table '" + table.title() + "' has no column '" + columnKey + "'");
    }
    Optional<BigDecimal> department = Optional.empty();
    Map<String, BigDecimal> units = new LinkedHashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Row r : table.rows()) {
      BigDecimal v = r.cell(columnKey).map(Cell::valueOrZero).orElse(BigDecimal.ZERO);
      if (r.kind() == RowKind.TOTAL && department.isEmpty()) {
        department = Optional.of(v);
      } else if (r.kind() == RowKind.UNIT) {
        // A unit printed twice (a section split across pages) counts once per printed row: the
        // sum is what the printed rows say, and the duplicate shows up as a difference.
        String name = r.unit().orElse(r.label());
        units.merge(name, v, BigDecimal::add);
        sum = sum.add(v);
      }
    }
    return new Rollup(columnKey, department, Collections.unmodifiableMap(units), sum);
  }

  /**
   * The column added up.
   *
   * @return the column key
   */
  public String columnKey() {
    return columnKey;
  }

  /**
   * The department figure: the first TOTAL row's cell in the column.
   *
   * @return the figure, or empty when the table has no TOTAL row
   */
  public Optional<BigDecimal> department() {
    return department;
  }

  /**
   * Each unit's figure, by unit name (the row's unit, else its label), in printed order.
   *
   * @return the unit figures
   */
  public Map<String, BigDecimal> units() {
    return units;
  }

  /**
   * The sum of the UNIT rows' figures (单位合计之和).
   *
   * @return the exact sum, zero when there are no UNIT rows
   */
  public BigDecimal unitSum() {
    return unitSum;
  }

  /**
   * The department figure minus the sum of the units' figures.
   *
   * @return the exact difference, or empty when the table has no TOTAL row
   */
  public Optional<BigDecimal> difference() {
    return department.map(d -> d.subtract(unitSum));
  }

  /**
   * Whether the department figure equals the sum of the units exactly (numerically, whatever the
   * scales).
   *
   * @return true when there is a TOTAL row and the difference is zero
   */
  public boolean isBalanced() {
    return difference().map(d -> d.signum() == 0).orElse(false);
  }

  @Override
  public String toString() {
    return "Rollup[" + columnKey + ": department=" + department.map(BigDecimal::toPlainString).orElse("none")
        + ", units=" + unitSum.toPlainString() + "]";
  }
}
