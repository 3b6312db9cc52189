package io.github.cnbudget.rules.finding;

import io.github.cnbudget.model.table.TableKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a finding is (问题位置): a JSON-pointer-like path into the document (e.g.
 * {@code /tables/3/rows/12/cells/total}, {@code /goals/0/indicators/4}) plus the parts a reader
 * looks for: table title and kind, budget unit, row code or label, column key, and the source line
 * when the document was read from text.
 *
 * <p>Immutable and thread-safe; the {@code with…} methods return changed copies.
 */
public final class Location {
  // absent parts are empty Optionals, never null: the accessors hand them out as they are
  private static final Location DOCUMENT =
      new Location("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 0);

  private final String pointer;
  private final Optional<String> table;
  private final Optional<TableKind> tableKind;
  private final Optional<String> unit;
  private final Optional<String> code;
  private final Optional<String> column;
  private final int line;
  private final int page;

  private Location(String pointer, Optional<String> table, Optional<TableKind> tableKind, Optional<String> unit,
      Optional<String> code, Optional<String> column, int line, int page) {
    this.pointer = pointer;
    this.table = table;
    this.tableKind = tableKind;
    this.unit = unit;
    this.code = code;
    this.column = column;
    this.line = line;
    this.page = page;
  }

  /**
   * The whole document.
   *
   * @return the location with the empty pointer
   */
  public static Location document() {
    return DOCUMENT;
  }

  /**
   * A location with a pointer only.
   *
   * @param pointer a JSON-pointer-like path, empty or starting with {@code /}
   * @return the location
   */
  public static Location at(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("pointer must be empty or start with '/': " + pointer);
    }
    return new Location(pointer, DOCUMENT.table, DOCUMENT.tableKind, DOCUMENT.unit, DOCUMENT.code, DOCUMENT.column, 0, 0);
  }

  /**
   * This location with a segment appended to the pointer ({@code ~} and {@code /} escaped as in
   * RFC 6901).
   *
   * @param segment the segment, e.g. {@code rows} or {@code 12}
   * @return the deeper location
   */
  public Location child(Object segment) {
    String s = String.valueOf(segment);
    // most segments (indexes, field names, column keys) need no escaping
    if (s.indexOf('~') >= 0 || s.indexOf('/') >= 0) {
      s = s.replace("~", "~0").replace("/", "~1");
    }
    return new Location(pointer + "/" + s, table, tableKind, unit, code, column, line, page);
  }

  /**
   * This location with a table title and kind.
   *
   * @param title the printed title
   * @param kind the kind
   * @return the changed copy
   */
  public Location withTable(String title, TableKind kind) {
    return new Location(pointer, Optional.of(title), Optional.of(kind), unit, code, column, line, page);
  }

  /**
   * This location with a budget unit.
   *
   * @param unitName the printed unit name
   * @return the changed copy
   */
  public Location withUnit(String unitName) {
    return new Location(pointer, table, tableKind, Optional.of(unitName), code, column, line, page);
  }

  /**
   * This location without a budget unit (a department-level place).
   *
   * @return the changed copy
   */
  public Location withoutUnit() {
    return new Location(pointer, table, tableKind, Optional.empty(), code, column, line, page);
  }

  /**
   * This location with a row code or label.
   *
   * @param codeOrLabel the classification code digits or the printed label
   * @return the changed copy
   */
  public Location withCode(String codeOrLabel) {
    return new Location(pointer, table, tableKind, unit, Optional.of(codeOrLabel), column, line, page);
  }

  /**
   * This location with a column.
   *
   * @param columnKey the column key
   * @return the changed copy
   */
  public Location withColumn(String columnKey) {
    return new Location(pointer, table, tableKind, unit, code, Optional.of(columnKey), line, page);
  }

  /**
   * This location with a source line.
   *
   * @param sourceLine the one-based line
   * @return the changed copy
   */
  public Location withLine(int sourceLine) {
    if (sourceLine < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + sourceLine);
    }
    return new Location(pointer, table, tableKind, unit, code, column, sourceLine, page);
  }

  /**
   * This location without a source line.
   *
   * @return the changed copy
   */
  public Location withoutLine() {
    return new Location(pointer, table, tableKind, unit, code, column, 0, page);
  }

  /**
   * This location on a page of a PDF.
   *
   * @param pdfPage the one-based page
   * @return the changed copy
   */
  public Location withPage(int pdfPage) {
    if (pdfPage < 1) {
      throw new IllegalArgumentException("page must be >= 1: " + pdfPage);
    }
    return new Location(pointer, table, tableKind, unit, code, column, line, pdfPage);
  }

  /**
   * The page of a PDF where the value was printed.
   *
   * @return the one-based page, or empty when the document did not come from a PDF
   */
  public OptionalInt page() {
    return page == 0 ? OptionalInt.empty() : OptionalInt.of(page);
  }

  /**
   * The JSON-pointer-like path.
   *
   * @return the path, empty for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The printed title of the table.
   *
   * @return the title, or empty outside tables
   */
  public Optional<String> table() {
    return table;
  }

  /**
   * The kind of the table.
   *
   * @return the kind, or empty outside tables
   */
  public Optional<TableKind> tableKind() {
    return tableKind;
  }

  /**
   * The budget unit (预算单位).
   *
   * @return the printed unit name, or empty for department-level places
   */
  public Optional<String> unit() {
    return unit;
  }

  /**
   * The row's classification code, or its printed label.
   *
   * @return the code or label, or empty
   */
  public Optional<String> code() {
    return code;
  }

  /**
   * The column key.
   *
   * @return the key, or empty
   */
  public Optional<String> column() {
    return column;
  }

  /**
   * The source line.
   *
   * @return the one-based line, or empty when the document did not come from text
   */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Location)) {
      return false;
    }
    Location l = (Location) o;
    return pointer.equals(l.pointer) && table.equals(l.table) && tableKind.equals(l.tableKind)
        && unit.equals(l.unit) && code.equals(l.code) && column.equals(l.column) && line == l.line && page == l.page;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, table, tableKind, unit, code, column, line, page);
  }

  /** The pointer, then the readable parts, e.g. {@code /tables/2/rows/5 [支出总表 | 本级 | 2101501 | total] line 120}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(pointer.isEmpty() ? "/" : pointer);
    StringBuilder parts = new StringBuilder();
    for (Optional<String> p : List.of(table, unit, code, column)) {
      p.ifPresent(s -> parts.append(parts.length() == 0 ? "" : " | ").append(s));
    }
    if (parts.length() > 0) {
      b.append(" [").append(parts).append(']');
    }
    if (page != 0) {
      b.append(" page ").append(page);
    }
    if (line != 0) {
      b.append(" line ").append(line);
    }
    return b.toString();
  }
}
