package io.github.cnbudget.model.catalog;

/**
 * How well a catalog entry is attested (条目可信度): whether its code and name were seen together in
 * an official source, in published documents, or only inferred. Rules accuse a document only on the
 * strength of entries at least {@link #PRINTED}.
 */
public enum Trust {
  /** The code was inferred: its name was printed without it (a 类 list by ordinal, a software column list). */
  INFERRED,
  /** Code and name printed together in published disclosures or finance-system records. */
  PRINTED,
  /** Printed in an official catalog or template issued by a finance department (e.g. a 公开样张). */
  OFFICIAL;

  /**
   * Whether this level is as good as another or better.
   *
   * @param other a level
   * @return true when this level is {@code other} or stronger
   */
  public boolean isAtLeast(Trust other) {
    return compareTo(other) >= 0;
  }
}
