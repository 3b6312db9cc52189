package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.Side;

/**
 * A code's digits within a unit section and side of a table: the key under which the table rules
 * look rows up. Replaces keys concatenated per row ({@code unit + side + digits}): the parts are
 * strings the model already holds, with their hashes cached. Immutable.
 */
final class CodeKey {
  private final String unit;
  private final Side side;
  private final String digits;
  private final int hash;

  CodeKey(String unit, Side side, String digits) {
    this.unit = unit;
    this.side = side;
    this.digits = digits;
    // the side's ordinal: an enum's hashCode is its identity hash, a native call
    this.hash = (unit.hashCode() * 31 + side.ordinal()) * 31 + digits.hashCode();
  }

  /** The key of some digits in a row's unit section (no unit: the department's) and side. */
  static CodeKey of(Row r, String digits) {
    return new CodeKey(r.unit().orElse(""), r.side(), digits);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CodeKey)) {
      return false;
    }
    CodeKey k = (CodeKey) o;
    return hash == k.hash && side == k.side && digits.equals(k.digits) && unit.equals(k.unit);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return unit + "/" + side + "/" + digits;
  }
}
