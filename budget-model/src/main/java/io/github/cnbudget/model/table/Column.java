package io.github.cnbudget.model.table;

import io.github.cnbudget.model.InvalidValueException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A column of a disclosure table (表格列): a key unique within the table, its standard meaning, the
 * printed header (one entry per header row, outermost first), and its place in the column tree.
 *
 * <p>A column with children (e.g. 一般公共预算拨款 over 小计 / 基本支出拨款 / 项目拨款) equals the sum of
 * the children that are not marked {@link #partOf() 其中}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Column {
  Column() {}

  /**
   * Key unique within the table, used to address cells, e.g. {@code total}, {@code gpb.basic}.
   *
   * @return the key
   */
  public abstract String key();

  /**
   * The standard meaning.
   *
   * @return the concept, {@link Concept#OTHER} when outside the vocabulary
   */
  @Value.Default
  public Concept concept() {
    return Concept.OTHER;
  }

  /**
   * The printed header, outermost first, e.g. {@code [政府预算拨款, 一般公共预算拨款, 小计]}.
   *
   * @return the header texts
   */
  public abstract List<String> header();

  /**
   * The key of the column group this column belongs to.
   *
   * @return the parent column's key, or empty for a top-level column
   */
  public abstract Optional<String> parent();

  /**
   * Whether this column is an "of which" (其中) part of its parent rather than one of the parts
   * that add up to it.
   *
   * @return true for 其中 columns
   */
  @Value.Default
  public boolean partOf() {
    return false;
  }

  /**
   * The side of a two-sided table this column belongs to.
   *
   * @return the side, {@link Side#SINGLE} in one-sided tables
   */
  @Value.Default
  public Side side() {
    return Side.SINGLE;
  }

  /**
   * The printed column number (栏次) of final-account tables.
   *
   * @return the number, or empty
   */
  public abstract Optional<String> number();

  /**
   * The innermost printed header.
   *
   * @return the last header text, or the key when no header was printed
   */
  public String label() {
    List<String> h = header();
    return h.isEmpty() ? key() : h.get(h.size() - 1);
  }

  @Value.Check
  void check() {
    if (key().isBlank()) {
      throw new InvalidValueException("Column key must not be blank");
    }
    if (parent().isPresent() && parent().get().equals(key())) {
      throw new InvalidValueException("Column '" + key() + "' cannot be its own parent");
    }
  }

  /**
   * A top-level column.
   *
   * @param key the key
   * @param concept the standard meaning
   * @param header the printed header, outermost first
   * @return the column
   */
  public static Column of(String key, Concept concept, String... header) {
    return builder().key(key).concept(concept).addHeader(header).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Column}s. */
  public static final class Builder extends ImmutableColumn.Builder {
    Builder() {}
  }
}
