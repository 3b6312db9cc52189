package io.github.cnbudget.io;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in the input a read problem is (输入位置): a JSON pointer with line and column for JSON and
 * JSON Lines, a file name with physical row and field for CSV, a line (and column) for disclosure
 * text, a page and a box (and the line of the page's laid-out text) for PDF. Every part is optional;
 * lines, columns, rows, fields and pages are one-based, 0 meaning unknown.
 *
 * <p>Distinct from the rules' {@code Location} (问题位置), which points into the <em>model</em> (a
 * table, a unit, a row code); a source position points into the <em>input</em> the model was read
 * from.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourcePosition {
  /** What kind of input the position points into; decides the canonical text. */
  private enum Form {
    UNKNOWN, JSON, CSV, TEXT
  }

  private static final SourcePosition UNKNOWN = new SourcePosition(Form.UNKNOWN, "", "", 0, 0, 0, "");

  private final Form form;
  private final String file;
  private final String pointer;
  private final long line;
  private final long column;
  private final int page;
  private final String box;

  private SourcePosition(Form form, String file, String pointer, long line, long column, int page, String box) {
    this.form = form;
    this.file = file;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.page = page;
    this.box = box;
  }

  /**
   * A position in a JSON text.
   *
   * @param pointer the JSON pointer (RFC 6901) of the offending value, e.g. {@code /tables/0/rows/3}
   * @param line one-based line, 0 when unknown
   * @param column one-based column, 0 when unknown
   * @return the position
   */
  public static SourcePosition ofJson(String pointer, long line, long column) {
    return new SourcePosition(Form.JSON, "", Objects.requireNonNull(pointer, "pointer"), Math.max(0, line),
        Math.max(0, column), 0, "");
  }

  /**
   * A position in a CSV file: the physical row (line where the record starts) and field.
   *
   * @param file the file name, e.g. {@code line_items.csv}
   * @param row one-based physical row, 0 when unknown
   * @param field one-based field, 0 when the whole row is meant
   * @return the position
   */
  public static SourcePosition ofCsv(String file, long row, long field) {
    return new SourcePosition(Form.CSV, Objects.requireNonNull(file, "file"), "", Math.max(0, row),
        Math.max(0, field), 0, "");
  }

  /**
   * A position in a disclosure text (or in the text laid out from a PDF page).
   *
   * @param line one-based line, 0 for the whole text
   * @param column one-based column, 0 when the whole line is meant
   * @return the position
   */
  public static SourcePosition ofText(long line, long column) {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ", " + column);
    }
    return new SourcePosition(Form.TEXT, "", "", line, column, 0, "");
  }

  /**
   * A box on a page of a PDF.
   *
   * @param page the one-based page
   * @param box the box on the page, {@code "x0,y0,x1,y1"} in points from the top-left corner
   * @return the position
   */
  public static SourcePosition ofPdf(int page, String box) {
    return ofText(0, 0).atPage(page, box);
  }

  /**
   * An unknown position.
   *
   * @return the empty position
   */
  public static SourcePosition unknown() {
    return UNKNOWN;
  }

  /**
   * This position inside a named file (e.g. a JSON Lines file).
   *
   * @param name the file name
   * @return a copy with the file set
   */
  public SourcePosition withFile(String name) {
    return new SourcePosition(form, Objects.requireNonNull(name, "name"), pointer, line, column, page, box);
  }

  /**
   * This position placed on a page of a PDF (the line stays the line of the page's laid-out text).
   *
   * @param newPage the one-based page
   * @param newBox the box on the page, {@code "x0,y0,x1,y1"} in points from the top-left corner
   * @return a copy with the page and box set
   */
  public SourcePosition atPage(int newPage, String newBox) {
    if (newPage < 1) {
      throw new IllegalArgumentException("page must be >= 1: " + newPage);
    }
    return new SourcePosition(form, file, pointer, line, column, newPage, Objects.requireNonNull(newBox, "newBox"));
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
   * @return the pointer ({@code ""} is the document root), or empty for other inputs
   */
  public Optional<String> pointer() {
    return form == Form.JSON ? Optional.of(pointer) : Optional.empty();
  }

  /**
   * The one-based line (JSON, text, PDF) or physical row (CSV).
   *
   * @return the line, 0 when unknown
   */
  public long line() {
    return line;
  }

  /**
   * The one-based column (JSON, text) or field (CSV).
   *
   * @return the column, 0 when unknown
   */
  public long column() {
    return column;
  }

  /**
   * The page of a PDF.
   *
   * @return the one-based page, or empty for other inputs
   */
  public OptionalInt page() {
    return page > 0 ? OptionalInt.of(page) : OptionalInt.empty();
  }

  /**
   * Where on its page.
   *
   * @return {@code "x0,y0,x1,y1"} in points from the top-left corner, or empty when unknown
   */
  public Optional<String> box() {
    return box.isEmpty() ? Optional.empty() : Optional.of(box);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SourcePosition)) {
      return false;
    }
    SourcePosition l = (SourcePosition) o;
    return form == l.form && file.equals(l.file) && pointer.equals(l.pointer) && line == l.line && column == l.column
        && page == l.page && box.equals(l.box);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, pointer, line, column, page, box);
  }

  /**
   * The canonical text, for example {@code line_items.csv row 12 field 7},
   * {@code /tables/0/title (line 3, column 14)}, {@code line 40}, {@code page 3} or {@code page 3 line 40}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    switch (form) {
      case JSON:
        if (!file.isEmpty()) {
          b.append(file).append(' ');
        }
        b.append(pointer.isEmpty() ? "/" : pointer);
        if (line > 0) {
          b.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        return b.toString();
      case TEXT:
        if (!file.isEmpty()) {
          b.append(file).append(' ');
        }
        if (page > 0) {
          b.append("page ").append(page);
          if (line == 0) {
            return b.toString();
          }
          b.append(' ');
        }
        b.append("line ").append(line);
        if (column > 0) {
          b.append(", column ").append(column);
        }
        return b.toString();
      default:
        b.append(file.isEmpty() ? "(input)" : file);
        if (line > 0) {
          b.append(" row ").append(line);
        }
        if (column > 0) {
          b.append(" field ").append(column);
        }
        return b.toString();
    }
  }
}
