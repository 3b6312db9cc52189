package io.github.cnbudget.model.table;

import io.github.cnbudget.model.Amounts;
import io.github.cnbudget.model.TextParseException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One printed cell of a disclosure table (表格单元格): its value as an exact {@link BigDecimal} with
 * the printed scale, what was printed, and whether the value had to be repaired from damaged text.
 *
 * <p>Immutable and thread-safe. Cells with a value are created by {@link #of(BigDecimal)} (printed
 * text is the canonical plain number) or {@link #printed(String)} (kept exactly as printed, e.g.
 * {@code 2,958}); {@link #repaired(BigDecimal, String)} records OCR damage that was read through,
 * e.g. {@code 461. 49} → 461.49.
 */
public final class Cell {
  private static final Cell BLANK = new Cell(null, null, CellMark.BLANK, false);

  // null rather than Optional: a document holds up to millions of cells, and an Optional per cell
  // would cost 16 bytes each; value() wraps it
  private final @Nullable BigDecimal value;
  // null when the printed text is exactly the canonical plain string of the value (saves memory)
  private final @Nullable String printed;
  private final CellMark mark;
  private final boolean repaired;
  // null for text input and cells built in code; place() wraps it (one reference per cell, as above)
  private final @Nullable PagePlace place;

  private Cell(@Nullable BigDecimal value, @Nullable String printed, CellMark mark, boolean repaired) {
    this(value, printed, mark, repaired, null);
  }

  private Cell(@Nullable BigDecimal value, @Nullable String printed, CellMark mark, boolean repaired,
      @Nullable PagePlace place) {
    this.value = value;
    this.printed = printed;
    this.mark = mark;
    this.repaired = repaired;
    this.place = place;
  }

  /**
   * A cell holding an amount printed in canonical form.
   *
   * @param value the amount, with its printed scale
   * @return the cell
   */
  public static Cell of(BigDecimal value) {
    return new Cell(Objects.requireNonNull(value, "value"), null, CellMark.AMOUNT, false);
  }

  /**
   * A cell holding an amount printed in canonical form.
   *
   * @param value the amount as plain decimal text, e.g. {@code "0.50"}
   * @return the cell
   */
  public static Cell of(String value) {
    return of(new BigDecimal(value));
  }

  /**
   * A cell holding an amount printed differently from its canonical form (e.g. with thousands
   * separators).
   *
   * @param value the amount
   * @param printed the text as printed
   * @return the cell
   */
  public static Cell of(BigDecimal value, String printed) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(printed, "printed");
    return new Cell(value, printed.equals(value.toPlainString()) ? null : printed, CellMark.AMOUNT, false);
  }

  /**
   * A cell read from printed text: a number (separators and full-width digits allowed), blank,
   * a dash, or other text.
   *
   * @param text the printed text
   * @return the cell; never throws for text that is not a number: such text becomes a TEXT cell
   */
  public static Cell printed(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.isEmpty()) {
      return text.isEmpty() ? BLANK : new Cell(null, text, CellMark.BLANK, false);
    }
    if (isDash(t)) {
      return new Cell(null, text, CellMark.DASH, false);
    }
    try {
      BigDecimal v = Amounts.parse(t);
      return new Cell(v, text.equals(v.toPlainString()) ? null : text, CellMark.AMOUNT, false);
    } catch (TextParseException e) {
      return new Cell(null, text, CellMark.TEXT, false);
    }
  }

  /**
   * A cell whose printed text was damaged (OCR) and whose value was read through the damage.
   *
   * @param value the repaired value
   * @param printed the damaged text exactly as printed
   * @return the cell, marked as repaired
   */
  public static Cell repaired(BigDecimal value, String printed) {
    return new Cell(Objects.requireNonNull(value, "value"), Objects.requireNonNull(printed, "printed"), CellMark.AMOUNT, true);
  }

  /**
   * An empty printed cell.
   *
   * @return the blank cell
   */
  public static Cell blank() {
    return BLANK;
  }

  /**
   * A dash cell ({@code -}).
   *
   * @return a cell printed as {@code -}
   */
  public static Cell dash() {
    return new Cell(null, "-", CellMark.DASH, false);
  }

  /**
   * A text cell.
   *
   * @param text the printed text
   * @return a TEXT cell
   */
  public static Cell text(String text) {
    return new Cell(null, Objects.requireNonNull(text, "text"), CellMark.TEXT, false);
  }

  private static boolean isDash(String t) {
    return t.equals("-") || t.equals("—") || t.equals("－") || t.equals("--") || t.equals("——") || t.equals("–");
  }

  /**
   * The amount.
   *
   * @return the exact value with the printed scale, or empty when no number was printed
   */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(value);
  }

  /**
   * The amount, treating blank and dash as zero (for arithmetic over printed tables).
   *
   * @return the value, or {@link BigDecimal#ZERO} when none was printed
   */
  public BigDecimal valueOrZero() {
    return value == null ? BigDecimal.ZERO : value;
  }

  /**
   * Whether the cell holds a number.
   *
   * @return true for AMOUNT cells
   */
  public boolean hasValue() {
    return value != null;
  }

  /**
   * The text as printed.
   *
   * @return the printed text (the canonical plain number when it was printed that way)
   */
  public String printed() {
    if (printed != null) {
      return printed;
    }
    return value == null ? "" : value.toPlainString();
  }

  /**
   * Whether the printed text differs from the canonical form of the value.
   *
   * @return true when {@link #printed()} is not the plain number
   */
  public boolean hasDistinctPrintedText() {
    return printed != null;
  }

  /**
   * What kind of thing was printed.
   *
   * @return the mark
   */
  public CellMark mark() {
    return mark;
  }

  /**
   * Whether the value was read through damaged text (OCR repair), as opposed to printed cleanly.
   *
   * @return true for repaired cells
   */
  public boolean isRepaired() {
    return repaired;
  }

  /**
   * Where the cell was printed in a PDF: its page and the box of the cell (its borders in a ruled
   * table, else its text's box).
   *
   * @return the place, or empty for text input or when unknown
   */
  public Optional<PagePlace> place() {
    return Optional.ofNullable(place);
  }

  /**
   * This cell placed on a page of a PDF, everything else kept.
   *
   * @param at the page and box
   * @return the changed copy, or this when it is already placed there
   */
  public Cell withPlace(PagePlace at) {
    Objects.requireNonNull(at, "at");
    return Objects.equals(at, place) ? this : new Cell(value, printed, mark, repaired, at);
  }

  /**
   * This cell without a place, everything else kept (for comparing what was printed, wherever it was).
   *
   * @return the cell without a place, or this when it has none
   */
  public Cell withoutPlace() {
    return place == null ? this : new Cell(value, printed, mark, repaired, null);
  }

  /**
   * This cell with another value, keeping nothing of the printed text or place: used by test mutations.
   *
   * @param newValue the new amount
   * @return a canonical cell, or this when the value and form are unchanged
   */
  public Cell withValue(BigDecimal newValue) {
    if (newValue.equals(value) && printed == null && !repaired && place == null) {
      return this;
    }
    return of(newValue);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Cell)) {
      return false;
    }
    Cell c = (Cell) o;
    return mark == c.mark && repaired == c.repaired && Objects.equals(value, c.value) && Objects.equals(printed, c.printed)
        && Objects.equals(place, c.place);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, printed, mark, repaired, place);
  }

  @Override
  public String toString() {
    String p = printed();
    // a repaired cell always has its value (repaired(...) requires it)
    return repaired && value != null ? p + " (repaired: " + value.toPlainString() + ")" : p;
  }
}
