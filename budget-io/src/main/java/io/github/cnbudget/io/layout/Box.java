package io.github.cnbudget.io.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rectangle on a page (版面区域) in points, with the origin at the top-left corner of the page as
 * it is displayed and y growing downwards.
 *
 * @param x0 left edge
 * @param y0 top edge
 * @param x1 right edge
 * @param y1 bottom edge
 */
public record Box(double x0, double y0, double x1, double y1) {
  /** Builds a box, normalising the corners so that x0 ≤ x1 and y0 ≤ y1. */
  public Box {
    if (x1 < x0) {
      double t = x0;
      x0 = x1;
      x1 = t;
    }
    if (y1 < y0) {
      double t = y0;
      y0 = y1;
      y1 = t;
    }
  }

  public double width() {
    return x1 - x0;
  }

  public double height() {
    return y1 - y0;
  }

  public double centerX() {
    return (x0 + x1) / 2;
  }


  /** The smallest box holding this one and another. */
  public Box union(Box o) {
    return new Box(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
  }


  /**
   * The box as printed in provenance: four numbers in points with one decimal,
   * {@code "x0,y0,x1,y1"} (positions, not money: a tenth of a point is finer than any printed stroke).
   */
  public String toText() {
    return round(x0) + "," + round(y0) + "," + round(x1) + "," + round(y1);
  }

  private static String round(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
