package io.github.cnbudget.rules;

import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.finding.Location;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a scoped rule reports (规则适用范围): tables of some kinds, some budget units, a range of
 * codes. A scoped rule keeps only the findings located inside its scope.
 *
 * <p>Immutable and thread-safe.
 */
public final class Scope {
  private final String description;
  private final Predicate<Location> test;

  private Scope(String description, Predicate<Location> test) {
    this.description = description;
    this.test = test;
  }

  /**
   * Tables of some kinds.
   *
   * @param first a kind
   * @param more more kinds
   * @return the scope
   */
  public static Scope tableKinds(TableKind first, TableKind... more) {
    Set<TableKind> kinds = EnumSet.of(first, more);
    return new Scope("tables " + kinds, l -> l.tableKind().isPresent() && kinds.contains(l.tableKind().get()));
  }

  /**
   * Some budget units, by printed name.
   *
   * @param names the unit names
   * @return the scope
   */
  public static Scope units(String... names) {
    List<String> list = List.of(names);
    return new Scope("units " + list, l -> l.unit().isPresent() && list.contains(l.unit().get()));
  }

  /**
   * Rows whose code lies in a range, compared digit by digit as printed: {@code codes("210", "210")}
   * covers 210 and every code under it.
   *
   * @param from the lowest code, inclusive
   * @param to the highest code, inclusive (codes under it included)
   * @return the scope
   */
  public static Scope codes(String from, String to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return new Scope("codes " + from + ".." + to, l -> {
      if (l.code().isEmpty()) {
        return false;
      }
      String c = l.code().get();
      return c.compareTo(from) >= 0 && (c.compareTo(to) <= 0 || c.startsWith(to));
    });
  }

  /**
   * Both scopes.
   *
   * @param other another scope
   * @return the intersection
   */
  public Scope and(Scope other) {
    return new Scope(description + " and " + other.description, test.and(other.test));
  }

  /**
   * Whether a location lies in this scope.
   *
   * @param location a finding's location
   * @return true when inside
   */
  public boolean contains(Location location) {
    return test.test(location);
  }

  @Override
  public String toString() {
    return description;
  }
}
