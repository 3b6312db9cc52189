package io.github.cnbudget.io.internal;

import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds a {@link Cell} from the parts both wire formats carry (value, printed text, mark,
 * repaired flag), refusing combinations no {@code Cell} can have, so that reading a written cell
 * gives back an equal one. Stateless and thread-safe.
 */
public final class Cells {
  private Cells() {}

  /**
   * Whether text is a plain decimal as the wire formats write amounts.
   *
   * @param text the text
   * @return true for e.g. {@code 0.50}, {@code -12}, false for {@code 1e3}, {@code +1}, {@code .5}
   */
  public static boolean isDecimal(String text) {
    // by hand rather than a regex: this runs once per amount read
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    i++;
    int fraction = 0;
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      fraction++;
    }
    return fraction > 0 && i == n;
  }

  /**
   * Parses a plain decimal (as {@link #isDecimal(String)} accepts) straight from a parser's
   * character buffer, without building a string: this runs once per amount read.
   *
   * @param text the characters
   * @param off where the text starts
   * @param len its length
   * @return the amount, equal in value and scale to {@code new BigDecimal(text)}; null when the
   *     text is not a plain decimal
   */
  public static @Nullable BigDecimal parseDecimal(char[] text, int off, int len) {
    int end = off + len;
    int i = off;
    boolean negative = len > 0 && text[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int significant = 0;
    while (i < end && text[i] >= '0' && text[i] <= '9') {
      unscaled = unscaled * 10 + (text[i] - '0');
      if (unscaled != 0) {
        significant++;
      }
      i++;
      digits++;
    }
    if (digits == 0) {
      return null;
    }
    int scale = 0;
    if (i < end) {
      if (text[i] != '.') {
        return null;
      }
      i++;
      while (i < end && text[i] >= '0' && text[i] <= '9') {
        unscaled = unscaled * 10 + (text[i] - '0');
        if (unscaled != 0) {
          significant++;
        }
        i++;
        scale++;
      }
      if (scale == 0 || i != end) {
        return null;
      }
    }
    if (significant > 18) {
      // beyond a long's exact range: let BigDecimal parse it
      return new BigDecimal(text, off, len);
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /**
   * As {@link #parseDecimal(char[], int, int)}, over a whole string.
   *
   * @param text the text
   * @return the amount, equal in value and scale to {@code new BigDecimal(text)}; null when the
   *     text is not a plain decimal
   */
  public static @Nullable BigDecimal parseDecimal(String text) {
    // one parser for both readers; the copy is as short as the amount
    return parseDecimal(text.toCharArray(), 0, text.length());
  }

  /**
   * The cell with these parts.
   *
   * @param value the amount (AMOUNT cells only)
   * @param printed the printed text when it differs from the canonical value text
   * @param mark what was printed
   * @param repaired whether the value was read through damaged text
   * @return the cell
   * @throws InvalidValueException naming the inconsistency
   */
  public static Cell of(@Nullable BigDecimal value, @Nullable String printed, CellMark mark, boolean repaired) {
    if (mark != CellMark.AMOUNT) {
      if (value != null) {
        throw new InvalidValueException("a " + mark + " cell has no value");
      }
      if (repaired) {
        throw new InvalidValueException("only AMOUNT cells can be repaired");
      }
    }
    switch (mark) {
      case AMOUNT:
        if (value == null) {
          throw new InvalidValueException("an AMOUNT cell needs a value");
        }
        if (repaired) {
          if (printed == null) {
            throw new InvalidValueException("a repaired cell needs its printed text");
          }
          return Cell.repaired(value, printed);
        }
        return printed == null ? Cell.of(value) : Cell.of(value, printed);
      case BLANK:
        if (printed == null || printed.isEmpty()) {
          return Cell.blank();
        }
        return expect(Cell.printed(printed), CellMark.BLANK);
      case DASH:
        return expect(Cell.printed(printed == null ? "-" : printed), CellMark.DASH);
      case TEXT:
        if (printed == null) {
          throw new InvalidValueException("a TEXT cell needs its printed text");
        }
        return Cell.text(printed);
      default:
        throw new InvalidValueException("unknown mark " + mark);
    }
  }

  private static Cell expect(Cell c, CellMark mark) {
    if (c.mark() != mark || c.isRepaired()) {
      throw new InvalidValueException("printed text '" + c.printed() + "' is not a " + mark + " cell");
    }
    return c;
  }
}
