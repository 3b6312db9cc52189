package io.github.cnbudget.testkit;

import io.github.cnbudget.model.Disclosure;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The result of one targeted mutation (定向变异): the mutated document and exactly where and how it
 * differs from the original, so that a test can assert a rule reports that place.
 *
 * <p>Table mutations fill {@link #tableIndex()}, {@link #tableTitle()}, {@link #rowIndex()} (the index in
 * the <em>original</em> table's rows) and, for cell changes, {@link #columnKey()}; performance mutations
 * fill {@link #goalIndex()} or {@link #selfEvaluationIndex()} and {@link #indicatorIndex()}. Immutable
 * and thread-safe.
 */
public final class Mutation {
  private final Mutations.Kind kind;
  private final Disclosure original;
  private final Disclosure document;
  private final int tableIndex;
  private final @Nullable String tableTitle;
  private final int rowIndex;
  private final @Nullable String rowLabel;
  private final @Nullable String columnKey;
  private final int goalIndex;
  private final int selfEvaluationIndex;
  private final int indicatorIndex;
  private final String before;
  private final String after;
  private final @Nullable BigDecimal oldValue;
  private final @Nullable BigDecimal newValue;

  Mutation(Builder b) {
    this.kind = b.kind;
    this.original = b.original;
    this.document = b.document;
    this.tableIndex = b.tableIndex;
    this.tableTitle = b.tableTitle;
    this.rowIndex = b.rowIndex;
    this.rowLabel = b.rowLabel;
    this.columnKey = b.columnKey;
    this.goalIndex = b.goalIndex;
    this.selfEvaluationIndex = b.selfEvaluationIndex;
    this.indicatorIndex = b.indicatorIndex;
    this.before = b.before;
    this.after = b.after;
    this.oldValue = b.oldValue;
    this.newValue = b.newValue;
  }

  /**
   * What kind of mutation was applied.
   *
   * @return the kind
   */
  public Mutations.Kind kind() {
    return kind;
  }

  /**
   * The document before the mutation.
   *
   * @return the original
   */
  public Disclosure original() {
    return original;
  }

  /**
   * The mutated document.
   *
   * @return the document with exactly one change
   */
  public Disclosure document() {
    return document;
  }

  /**
   * The index of the changed table in {@link Disclosure#tables()}.
   *
   * @return the index, or empty for performance mutations
   */
  public OptionalInt tableIndex() {
    return opt(tableIndex);
  }

  /**
   * The title of the changed table.
   *
   * @return the title, or empty for performance mutations
   */
  public Optional<String> tableTitle() {
    return Optional.ofNullable(tableTitle);
  }

  /**
   * The index of the changed (or dropped) row in the original table.
   *
   * @return the index, or empty
   */
  public OptionalInt rowIndex() {
    return opt(rowIndex);
  }

  /**
   * The printed label of the changed row, as it was before the mutation.
   *
   * @return the label, or empty
   */
  public Optional<String> rowLabel() {
    return Optional.ofNullable(rowLabel);
  }

  /**
   * The key of the changed cell's column.
   *
   * @return the key, or empty when no cell was changed
   */
  public Optional<String> columnKey() {
    return Optional.ofNullable(columnKey);
  }

  /**
   * The index of the changed goal in {@link Disclosure#goals()}.
   *
   * @return the index, or empty
   */
  public OptionalInt goalIndex() {
    return opt(goalIndex);
  }

  /**
   * The index of the changed self-evaluation in {@link Disclosure#selfEvaluations()}.
   *
   * @return the index, or empty
   */
  public OptionalInt selfEvaluationIndex() {
    return opt(selfEvaluationIndex);
  }

  /**
   * The index of the changed indicator within its goal or self-evaluation.
   *
   * @return the index, or empty
   */
  public OptionalInt indicatorIndex() {
    return opt(indicatorIndex);
  }

  /**
   * What was printed before (a cell's printed text, a label, or the dropped row's label).
   *
   * @return the text before
   */
  public String before() {
    return before;
  }

  /**
   * What is printed after (empty for a dropped row).
   *
   * @return the text after
   */
  public String after() {
    return after;
  }

  /**
   * The amount before, for amount changes.
   *
   * @return the old value, or empty
   */
  public Optional<BigDecimal> oldValue() {
    return Optional.ofNullable(oldValue);
  }

  /**
   * The amount after, for amount changes.
   *
   * @return the new value, or empty
   */
  public Optional<BigDecimal> newValue() {
    return Optional.ofNullable(newValue);
  }

  /**
   * Where the mutation is, as the JSON pointer a finding about that place carries: the changed cell
   * ({@code /tables/2/rows/5/cells/total}), the changed or removed row ({@code /tables/2/rows/5}, in
   * the original's numbering), or the changed indicator ({@code /goals/1/indicators/3},
   * {@code /selfEvaluations/0/indicators/2}).
   *
   * @return the pointer
   */
  public String pointer() {
    StringBuilder b = new StringBuilder();
    if (tableIndex >= 0) {
      b.append("/tables/").append(tableIndex);
      if (rowIndex >= 0) {
        b.append("/rows/").append(rowIndex);
      }
      if (columnKey != null) {
        b.append("/cells/").append(columnKey);
      }
    } else if (goalIndex >= 0) {
      b.append("/goals/").append(goalIndex);
    } else if (selfEvaluationIndex >= 0) {
      b.append("/selfEvaluations/").append(selfEvaluationIndex);
    }
    if (indicatorIndex >= 0) {
      b.append("/indicators/").append(indicatorIndex);
    }
    return b.toString();
  }

  /**
   * A one-line description for test failure messages.
   *
   * @return e.g. {@code CHANGE_AMOUNT table 2 '支出总表' row 5 '行政运行' column total: 120 -> 245}
   */
  public String description() {
    StringBuilder b = new StringBuilder(kind.name());
    if (tableIndex >= 0) {
      b.append(" table ").append(tableIndex).append(" '").append(tableTitle).append('\'');
    }
    if (goalIndex >= 0) {
      b.append(" goal ").append(goalIndex);
    }
    if (selfEvaluationIndex >= 0) {
      b.append(" self-evaluation ").append(selfEvaluationIndex);
    }
    if (rowIndex >= 0) {
      b.append(" row ").append(rowIndex).append(" '").append(rowLabel).append('\'');
    }
    if (indicatorIndex >= 0) {
      b.append(" indicator ").append(indicatorIndex);
    }
    if (columnKey != null) {
      b.append(" column ").append(columnKey);
    }
    return b.append(": ").append(before).append(" -> ").append(after).toString();
  }

  @Override
  public String toString() {
    return description();
  }

  private static OptionalInt opt(int i) {
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  static final class Builder {
    Mutations.Kind kind;
    Disclosure original;
    Disclosure document;
    int tableIndex = -1;
    @Nullable String tableTitle;
    int rowIndex = -1;
    @Nullable String rowLabel;
    @Nullable String columnKey;
    int goalIndex = -1;
    int selfEvaluationIndex = -1;
    int indicatorIndex = -1;
    String before = "";
    String after = "";
    @Nullable BigDecimal oldValue;
    @Nullable BigDecimal newValue;

    Builder(Mutations.Kind kind, Disclosure original, Disclosure document) {
      this.kind = kind;
      this.original = original;
      this.document = document;
    }
  }
}
