package io.github.cnbudget.rules.arithmetic;

/**
 * The outcome of comparing a printed value with the one computed from other printed values
 * (比较结论).
 */
public enum Verdict {
  /** Exactly equal. */
  EQUAL,
  /** Different, but within the rounding tolerance (尾数误差): INFO at most. */
  ROUNDING,
  /** Different beyond the tolerance. */
  MISMATCH
}
