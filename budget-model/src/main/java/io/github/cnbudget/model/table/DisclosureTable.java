package io.github.cnbudget.model.table;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A disclosure table (公开报表) exactly as printed: its kind, printed number and title, columns, rows,
 * notes, and an explicit empty marker with its statement (本表无数据 / 本年度无发生额).
 *
 * <p>Accounting identities are <em>not</em> checked here: a table whose total does not add up
 * loads fine and the rules report it. Structural facts are: column keys are unique and every cell
 * addresses a declared column. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DisclosureTable {
  DisclosureTable() {}

  /**
   * The standard kind.
   *
   * @return the kind, {@link TableKind#OTHER} when unrecognised
   */
  public abstract TableKind kind();

  /**
   * The printed number, e.g. {@code 表3}, {@code 公开01表}.
   *
   * @return the number, or empty
   */
  public abstract Optional<String> number();

  /**
   * The printed title, e.g. {@code 支出总表}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The issuer printed above the table (部门名称 / 单位名称).
   *
   * @return the printed issuer, or empty
   */
  public abstract Optional<String> issuer();

  /**
   * The unit amounts are printed in, when the table states its own.
   *
   * @return the unit, or empty to use the document's
   */
  public abstract Optional<AmountUnit> amountUnit();

  /**
   * The columns, in printed order.
   *
   * @return the columns
   */
  public abstract List<Column> columns();

  /**
   * The rows, in printed order (pages joined).
   *
   * @return the rows
   */
  public abstract List<Row> rows();

  /**
   * Notes printed with the table (注：…).
   *
   * @return the notes
   */
  public abstract List<Note> notes();

  /**
   * The statement printed instead of data when the table is empty, e.g. {@code 本表无数据}.
   *
   * @return the statement, or empty when the table has data (or is empty without a statement)
   */
  public abstract Optional<String> emptyStatement();

  /**
   * Where the table's title was printed.
   *
   * @return the one-based source line, or empty
   */
  public abstract OptionalInt line();

  /**
   * Where the table's title was printed in a PDF.
   *
   * @return the page and box, or empty for text input or when unknown
   */
  public abstract Optional<PagePlace> place();

  /**
   * Whether the table has no rows with any amount.
   *
   * @return true when no cell holds a non-zero value, placed under a column or not
   *     ({@link Row#unplaced()})
   */
  public boolean isEmpty() {
    for (Row r : rows()) {
      for (Cell c : r.unplaced()) {
        if (c.hasValue() && c.valueOrZero().signum() != 0) {
          return false;
        }
      }
      for (Cell c : r.cells().values()) {
        if (c.hasValue() && c.valueOrZero().signum() != 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The column with a key.
   *
   * @param key the key
   * @return the column, or empty
   */
  public Optional<Column> column(String key) {
    for (Column c : columns()) {
      if (c.key().equals(key)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The first column with a concept on a side.
   *
   * @param concept the concept
   * @return the column, or empty
   */
  public Optional<Column> column(Concept concept) {
    for (Column c : columns()) {
      if (c.concept() == concept) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The direct children of a column.
   *
   * @param key the parent's key
   * @return the child columns in printed order
   */
  public List<Column> children(String key) {
    Map<String, List<Column>> byParent = childrenByParent;
    if (byParent == null) {
      byParent = childrenByParent();
      childrenByParent = byParent;
    }
    return byParent.getOrDefault(key, List.of());
  }

  /**
   * The children of every parent key, computed once: rules ask for children per row and column.
   * Not an attribute (not in equals, hashCode or the builder); a racy cache of an immutable value,
   * so at worst computed twice.
   */
  private transient volatile @org.jspecify.annotations.Nullable Map<String, List<Column>> childrenByParent;

  private Map<String, List<Column>> childrenByParent() {
    Map<String, List<Column>> byParent = new LinkedHashMap<>();
    for (Column c : columns()) {
      if (c.parent().isPresent()) {
        byParent.computeIfAbsent(c.parent().get(), k -> new java.util.ArrayList<>()).add(c);
      }
    }
    Map<String, List<Column>> frozen = new java.util.HashMap<>();
    byParent.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Map.copyOf(frozen);
  }

  /**
   * The rows of a unit's section (per-unit tables).
   *
   * @param unitName the printed unit name
   * @return the rows
   */
  public List<Row> rowsOf(String unitName) {
    return rows().stream()
        .filter(r -> r.unit().isPresent() && r.unit().get().equals(unitName))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The names of the units with a section in this table, in printed order.
   *
   * @return the unit names
   */
  public List<String> units() {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (Row r : rows()) {
      r.unit().ifPresent(u -> seen.put(u, Boolean.TRUE));
    }
    return List.copyOf(seen.keySet());
  }

  /**
   * This table with other rows, everything else kept.
   *
   * @param elements the rows
   * @return the changed copy
   */
  public abstract DisclosureTable withRows(Iterable<? extends Row> elements);

  /**
   * This table placed on a page of a PDF (where its title is printed), everything else kept.
   *
   * @param value the page and box
   * @return the changed copy
   */
  public abstract DisclosureTable withPlace(PagePlace value);

  @Value.Check
  void check() {
    Map<String, Column> byKey = new LinkedHashMap<>();
    for (Column c : columns()) {
      if (byKey.put(c.key(), c) != null) {
        throw new InvalidValueException("Duplicate column key '" + c.key() + "' in table " + title());
      }
    }
    for (Column c : columns()) {
      if (c.parent().isPresent() && !byKey.containsKey(c.parent().get())) {
        throw new InvalidValueException(
            "Column '" + c.key() + "' names unknown parent '" + c.parent().get() + "' in table " + title());
      }
    }
    // a column tree must be a tree: rules walk it from parents to children, and a cycle
    // (a → b → a) would make every walk endless. A walk up longer than the column count is a cycle.
    for (Column c : columns()) {
      Column at = c;
      for (int steps = 0; at.parent().isPresent(); steps++) {
        if (steps >= byKey.size()) {
          throw new InvalidValueException("Column '" + c.key() + "' is its own ancestor (a cycle of parents) in table " + title());
        }
        // every parent was found in byKey above
        at = Objects.requireNonNull(byKey.get(at.parent().get()));
      }
    }
    for (Row r : rows()) {
      for (String k : r.cells().keySet()) {
        if (!byKey.containsKey(k)) {
          throw new InvalidValueException("Row '" + r.label() + "' has a cell for unknown column '" + k
              + "' in table " + title());
        }
      }
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DisclosureTable}s. */
  public static final class Builder extends ImmutableDisclosureTable.Builder {
    Builder() {}
  }
}
