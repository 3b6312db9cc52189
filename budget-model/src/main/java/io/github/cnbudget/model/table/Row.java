package io.github.cnbudget.model.table;

import io.github.cnbudget.model.classification.ClassificationCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A row of a disclosure table (表格行): what it stands for (a code, a labelled item, a unit's
 * subtotal, a project), the printed label, the unit it belongs to, and its cells by column key.
 *
 * <p>A row keeps the name printed beside its code even where it differs from the catalog's. In a
 * two-sided table each printed line becomes one row per side, with the same source line.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Row {
  Row() {}

  /**
   * What the row stands for.
   *
   * @return the kind
   */
  public abstract RowKind kind();

  /**
   * The classification code of a CODE row (and of ITEM rows whose label the importer resolved to a
   * code, e.g. 收支总表's 「九、卫生健康支出」 → 210).
   *
   * @return the code, or empty
   */
  public abstract Optional<ClassificationCode> code();

  /**
   * The printed label or name, exactly as printed (with any ordinal), e.g. {@code 行政运行},
   * {@code 九、卫生健康支出}, {@code 本年收入合计}, {@code 2023年}.
   *
   * @return the printed text, possibly empty
   */
  @Value.Default
  public String label() {
    return "";
  }

  /**
   * The standard meaning of a labelled row (ITEM rows).
   *
   * @return the concept, or empty when the row is not a standard item
   */
  public abstract Optional<Concept> concept();

  /**
   * The name of the budget unit whose section the row belongs to, in per-unit tables.
   *
   * @return the unit name as printed, or empty for department-level rows
   */
  public abstract Optional<String> unit();

  /**
   * The side of a two-sided table.
   *
   * @return the side
   */
  @Value.Default
  public Side side() {
    return Side.SINGLE;
  }

  /**
   * The printed line number (行次) of final-account tables.
   *
   * @return the number, or empty
   */
  public abstract Optional<String> number();

  /**
   * The cells of the row by column key, in column order; columns with nothing printed may be absent.
   *
   * @return the cells
   */
  public abstract Map<String, Cell> cells();

  /**
   * Values the row prints that could not be placed under a column (未归位的数值): printed without
   * column positions (text whose blank cells were dropped), where neither the layout nor the
   * table's arithmetic settles which columns they belong to. Kept in printed order rather than
   * dropped or guessed; a column without a cell in such a row is unknown, not blank
   * ({@link #isUnknown}).
   *
   * @return the values, usually none
   */
  public abstract List<Cell> unplaced();

  /**
   * Whether a column's value is unknown: the row prints values not placed under a column and has
   * no value in this one, which may be among them.
   *
   * @param columnKey the column key
   * @return true when unknown
   */
  public boolean isUnknown(String columnKey) {
    if (unplaced().isEmpty()) {
      return false;
    }
    Cell c = cells().get(columnKey);
    return c == null || c.mark() == CellMark.BLANK;
  }

  /**
   * Where the row was printed.
   *
   * @return the one-based source line, or empty when unknown
   */
  public abstract OptionalInt line();

  /**
   * Where the row was printed in a PDF: its page and the band of its cells.
   *
   * @return the place, or empty for text input or when unknown
   */
  public abstract Optional<PagePlace> place();

  /**
   * The cell of a column.
   *
   * @param columnKey the column key
   * @return the cell, or empty when the row has none for that column
   */
  public Optional<Cell> cell(String columnKey) {
    return Optional.ofNullable(cells().get(columnKey));
  }

  /**
   * The value of a column.
   *
   * @param columnKey the column key
   * @return the amount, or empty when nothing numeric was printed
   */
  public Optional<BigDecimal> value(String columnKey) {
    Cell c = cells().get(columnKey);
    return c == null ? Optional.empty() : c.value();
  }

  /**
   * The ordinal printed before the label ({@code 九、} → 9).
   *
   * @return the ordinal, or empty
   */
  public OptionalInt ordinal() {
    return Ordinal.of(label());
  }

  /**
   * This row with other cells, everything else kept.
   *
   * @param entries the cells by column key
   * @return the changed copy
   */
  public abstract Row withCells(Map<String, ? extends Cell> entries);

  /**
   * This row with other unplaced values, everything else kept.
   *
   * @param elements the values printed without a column, in printed order
   * @return the changed copy
   */
  public abstract Row withUnplaced(Iterable<? extends Cell> elements);

  /**
   * This row with another printed label, everything else kept.
   *
   * @param value the label
   * @return the changed copy
   */
  public abstract Row withLabel(String value);

  /**
   * This row placed on a page of a PDF, everything else kept.
   *
   * @param value the page and box
   * @return the changed copy
   */
  public abstract Row withPlace(PagePlace value);

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Row}s. */
  public static final class Builder extends ImmutableRow.Builder {
    Builder() {}
  }
}
