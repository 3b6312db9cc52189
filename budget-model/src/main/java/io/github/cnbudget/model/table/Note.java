package io.github.cnbudget.model.table;

import io.github.cnbudget.model.InvalidValueException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A printed note (注：…, 备注) attached to a table or a document, with its source line.
 *
 * <p>Immutable and thread-safe.
 */
public final class Note {
  private final String text;
  private final int line;

  private Note(String text, int line) {
    this.text = text;
    this.line = line;
  }

  /**
   * A note without a known source line.
   *
   * @param text the printed text, including any 注： prefix
   * @return the note
   */
  public static Note of(String text) {
    return new Note(Objects.requireNonNull(text, "text"), 0);
  }

  /**
   * A note with its source line.
   *
   * @param text the printed text
   * @param line the one-based source line
   * @return the note
   */
  public static Note of(String text, int line) {
    if (line < 1) {
      throw new InvalidValueException("line must be >= 1: " + line);
    }
    return new Note(Objects.requireNonNull(text, "text"), line);
  }

  /**
   * The printed text.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Where the note was printed.
   *
   * @return the one-based source line, or empty when unknown
   */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Note && ((Note) o).text.equals(text) && ((Note) o).line == line;
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + line;
  }

  @Override
  public String toString() {
    return text;
  }
}
