package io.github.cnbudget.model.table;

import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.TextParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where something was printed in a PDF (页面位置): the one-based page and a box on it, in points
 * from the page's top-left corner as it is displayed, to a tenth of a point. Its text form is
 * {@code page:x0,y0,x1,y1}, e.g. {@code 6:56.6,120.0,300.2,134.5}.
 *
 * <p>Immutable and thread-safe; {@code parse(p.toString()).equals(p)} for every place.
 */
public final class PagePlace {
  private static final Pattern TEXT = Pattern.compile(
      "([1-9]\\d{0,6}):(-?\\d{1,6}(?:\\.\\d)?),(-?\\d{1,6}(?:\\.\\d)?),(-?\\d{1,6}(?:\\.\\d)?),(-?\\d{1,6}(?:\\.\\d)?)");

  private final int page;
  private final BigDecimal x0;
  private final BigDecimal y0;
  private final BigDecimal x1;
  private final BigDecimal y1;

  private PagePlace(int page, BigDecimal x0, BigDecimal y0, BigDecimal x1, BigDecimal y1) {
    this.page = page;
    this.x0 = x0;
    this.y0 = y0;
    this.x1 = x1;
    this.y1 = y1;
  }

  /**
   * A place from its page and corners (rounded to a tenth of a point; corners put in order).
   *
   * @param page the one-based page
   * @param x0 one horizontal edge
   * @param y0 one vertical edge
   * @param x1 the other horizontal edge
   * @param y1 the other vertical edge
   * @return the place
   * @throws InvalidValueException when the page is below 1
   */
  public static PagePlace of(int page, BigDecimal x0, BigDecimal y0, BigDecimal x1, BigDecimal y1) {
    if (page < 1) {
      throw new InvalidValueException("page must be >= 1: " + page);
    }
    BigDecimal a = tenth(x0);
    BigDecimal b = tenth(y0);
    BigDecimal c = tenth(x1);
    BigDecimal d = tenth(y1);
    return new PagePlace(page, a.min(c), b.min(d), a.max(c), b.max(d));
  }

  /**
   * Reads the text form {@code page:x0,y0,x1,y1}.
   *
   * @param text the text
   * @return the place
   * @throws TextParseException when the text is not a place
   */
  public static PagePlace parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new TextParseException(text, 0, "not a page place (page:x0,y0,x1,y1)");
    }
    return of(Integer.parseInt(m.group(1)), new BigDecimal(m.group(2)), new BigDecimal(m.group(3)),
        new BigDecimal(m.group(4)), new BigDecimal(m.group(5)));
  }

  private static BigDecimal tenth(BigDecimal v) {
    BigDecimal t = Objects.requireNonNull(v, "coordinate").setScale(1, RoundingMode.HALF_UP);
    return t.signum() == 0 ? t.abs() : t;
  }

  /**
   * The page.
   *
   * @return the one-based page
   */
  public int page() {
    return page;
  }

  /**
   * The left edge.
   *
   * @return points from the left of the page
   */
  public BigDecimal x0() {
    return x0;
  }

  /**
   * The top edge.
   *
   * @return points from the top of the page
   */
  public BigDecimal y0() {
    return y0;
  }

  /**
   * The right edge.
   *
   * @return points from the left of the page
   */
  public BigDecimal x1() {
    return x1;
  }

  /**
   * The bottom edge.
   *
   * @return points from the top of the page
   */
  public BigDecimal y1() {
    return y1;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PagePlace)) {
      return false;
    }
    PagePlace p = (PagePlace) o;
    return page == p.page && x0.equals(p.x0) && y0.equals(p.y0) && x1.equals(p.x1) && y1.equals(p.y1);
  }

  @Override
  public int hashCode() {
    return Objects.hash(page, x0, y0, x1, y1);
  }

  /** The canonical text {@code page:x0,y0,x1,y1}. */
  @Override
  public String toString() {
    return page + ":" + x0.toPlainString() + "," + y0.toPlainString() + "," + x1.toPlainString() + ","
        + y1.toPlainString();
  }
}
