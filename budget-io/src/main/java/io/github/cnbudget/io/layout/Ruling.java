package io.github.cnbudget.io.layout;

/**
 * A ruling line (表格线) drawn on the page: horizontal or vertical, at {@code at} (y for a horizontal
 * line, x for a vertical one) from {@code from} to {@code to} along it.
 *
 * @param horizontal whether the line runs left to right
 * @param at its position across
 * @param from its start along
 * @param to its end along
 */
public record Ruling(boolean horizontal, double at, double from, double to) {
  /** Builds a ruling, normalising from ≤ to. */
  public Ruling {
    if (to < from) {
      double t = from;
      from = to;
      to = t;
    }
  }

  public double length() {
    return to - from;
  }

  /** Whether this line covers at least {@code share} of the span [a, b] along it. */
  boolean covers(double a, double b, double share) {
    double overlap = Math.min(to, b) - Math.max(from, a);
    return overlap >= share * (b - a);
  }
}
