package io.github.cnbudget.io;

import java.util.Objects;
import java.util.Optional;

/**
 * Where in an input a codec problem is (输入位置): a JSON pointer and a line/column for JSON, a file
 * name, physical row and field for CSV. Every part is optional; lines, columns, rows and fields are
 * one-based, 0 meaning unknown.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourcePosition {
  private static final SourcePosition UNKNOWN = new SourcePosition(false, "", "", 0, 0);

  private final boolean json;
  private final String file;
  private final String pointer;
  private final long line;
  private final long column;

  private SourcePosition(boolean json, String file, String pointer, long line, long column) {
    this.json = json;
    this.file = file;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /**
   * A position in a JSON text.
   *
   * @param pointer the JSON pointer (RFC 6901) of the offending value, e.g. {@code /tables/0/rows/3}
   * @param line one-based line, 0 when unknown
   * @param column one-based column, 0 when unknown
   * @return the location
   */
  public static SourcePosition ofJson(String pointer, long line, long column) {
    return new SourcePosition(true, "", Objects.requireNonNull(pointer, "pointer"), Math.max(0, line), Math.max(0, column));
  }

  /**
   * A position in a CSV file: the physical row (line where the record starts) and field.
   *
   * @param file the file name, e.g. {@code line_items.csv}
   * @param row one-based physical row, 0 when unknown
   * @param field one-based field, 0 when the whole row is meant
   * @return the location
   */
  public static SourcePosition ofCsv(String file, long row, long field) {
    return new SourcePosition(false, Objects.requireNonNull(file, "file"), "", Math.max(0, row), Math.max(0, field));
  }

  /**
   * An unknown position.
   *
   * @return the empty location
   */
  public static SourcePosition unknown() {
    return UNKNOWN;
  }

  /**
   * This location inside a named file (e.g. a JSON Lines file).
   *
   * @param name the file name
   * @return a copy with the file set
   */
  public SourcePosition withFile(String name) {
    return new SourcePosition(json, Objects.requireNonNull(name, "name"), pointer, line, column);
  }

  /**
   * The file name.
   *
   * @return the file, or empty
   */
  public Optional<String> file() {
    return file.isEmpty() ? Optional.empty() : Optional.of(file);
  }

  /**
   * The JSON pointer.
   *
   * @return the pointer ({@code ""} is the document root), or empty for CSV and unknown locations
   */
  public Optional<String> pointer() {
    return json ? Optional.of(pointer) : Optional.empty();
  }

  /**
   * The one-based line (JSON) or physical row (CSV).
   *
   * @return the line, 0 when unknown
   */
  public long line() {
    return line;
  }

  /**
   * The one-based column (JSON) or field (CSV).
   *
   * @return the column, 0 when unknown
   */
  public long column() {
    return column;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SourcePosition)) {
      return false;
    }
    SourcePosition l = (SourcePosition) o;
    return json == l.json && file.equals(l.file) && pointer.equals(l.pointer) && line == l.line && column == l.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, pointer, line, column);
  }

  /** For example {@code line_items.csv row 12 field 7} or {@code /tables/0/title (line 3, column 14)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (!json) {
      b.append(file.isEmpty() ? "(input)" : file);
      if (line > 0) {
        b.append(" row ").append(line);
      }
      if (column > 0) {
        b.append(" field ").append(column);
      }
      return b.toString();
    }
    if (!file.isEmpty()) {
      b.append(file).append(' ');
    }
    b.append(pointer.isEmpty() ? "/" : pointer);
    if (line > 0) {
      b.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return b.toString();
  }
}
