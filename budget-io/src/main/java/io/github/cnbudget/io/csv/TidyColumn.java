package io.github.cnbudget.io.csv;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One column of a tidy file (列): its wire name, how the writer takes its text from the record
 * being written, how the reader gives its value to the builder, and what the data package's Table
 * Schema says of it. {@link Columns} declares every column of a file once, in written order;
 * {@link TidyWriter}, {@link TidyReader}, {@link Records} and the data package's
 * {@link TableSchemas} follow the declarations.
 *
 * <p>The schema details and flags are set while the declarations initialise and only read after
 * that.
 *
 * @param <M> the value a record of the file is written from
 * @param <B> what the reader fills from a record (a builder or a parts holder)
 */
final class TidyColumn<M, B> {
  /** Takes the column's text from the value being written and the indices of its parents. */
  @FunctionalInterface
  interface Writing<M> {
    String write(Parents at, M value);
  }

  /** Gives the column's value (at its ordinal in the record) to what the reader fills. */
  @FunctionalInterface
  interface Reading<B> {
    void read(Rec record, int column, B into);
  }

  final String name;
  /** The position in the file's header as written. */
  final int ordinal;
  final Writing<M> writing;
  /** Null for columns the reader takes otherwise: indices (joins), derived columns, a cell's companions. */
  final @Nullable Reading<B> reading;
  /** Repeats facts of other files for analysis; never read. */
  boolean derived;
  /** Added after the first version of the set: files written before it read without it. */
  boolean optional;
  /** The key a column of indices or owners is declared by; null for the other columns. */
  Columns.@Nullable Key key;
  /** An amount parsed from the parser's buffer while reading (the cell of a line item or an amount). */
  boolean amount;
  /** Table Schema type: string, integer, number, boolean, year, array or object. */
  String type = "string";
  /** Always filled, so the schema may say {@code required}. */
  boolean required;
  /** The enum constants the column may hold; empty when any text may. */
  List<String> values = List.of();
  String zh = "";
  String en = "";

  TidyColumn(String name, int ordinal, Writing<M> writing, @Nullable Reading<B> reading) {
    this.name = name;
    this.ordinal = ordinal;
    this.writing = writing;
    this.reading = reading;
  }

  /** The data package's description, Chinese then English. */
  TidyColumn<M, B> describe(String chinese, String english) {
    this.zh = chinese;
    this.en = english;
    return this;
  }

  /** The Table Schema type, and whether the column is always filled. */
  TidyColumn<M, B> typed(String schemaType, boolean alwaysFilled) {
    this.type = schemaType;
    this.required = alwaysFilled;
    return this;
  }

  /** The enum constants the column may hold. */
  TidyColumn<M, B> values(Class<? extends Enum<?>> type) {
    this.values = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    return this;
  }

  /** Added after the first version of the set. */
  TidyColumn<M, B> optional() {
    this.optional = true;
    return this;
  }

  /** Repeats facts of other files; the reader skips it. */
  TidyColumn<M, B> derived() {
    this.derived = true;
    return this;
  }
}
