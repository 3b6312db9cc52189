package io.github.cnbudget.rules.compare;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Two disclosures of one department compared (部门预决算年度对比): two years' budgets, or a budget and
 * its final account. Each table kind printed by either document is compared row by row and column by
 * column ({@link TableComparison}); each change the newer narrative states against the older year is
 * checked against the older document's figure ({@link StatedChange}).
 *
 * <pre>{@code
 * DisclosureComparison c = DisclosureComparison.of(budget2023, budget2024);
 * for (TableComparison t : c.tables()) {
 *   for (AmountChange a : t.changes()) {
 *     System.out.println(t.kind() + " " + a.row() + " " + a.columnLabel() + ": " + a.change() + " " + a.percent());
 *   }
 * }
 * c.statedChanges().stream().filter(s -> s.verdict() == StatedChange.Verdict.DIFFERS).forEach(System.out::println);
 * }</pre>
 *
 * <p>Tables are matched by kind (several of one kind in order; {@link TableKind#OTHER} tables by their
 * title without its year). The documents are not checked to be of one department: {@link
 * #sameDepartment()} says whether they name the same one. Immutable and thread-safe.
 */
public final class DisclosureComparison {
  private final Disclosure older;
  private final Disclosure newer;
  private final List<TableComparison> tables;
  private final List<StatedChange> statedChanges;

  private DisclosureComparison(Disclosure older, Disclosure newer, List<TableComparison> tables,
      List<StatedChange> statedChanges) {
    this.older = older;
    this.newer = newer;
    this.tables = List.copyOf(tables);
    this.statedChanges = List.copyOf(statedChanges);
  }

  /**
   * Compares two disclosures.
   *
   * @param older the older document (the earlier year, or the budget of a final account)
   * @param newer the newer document
   * @return the comparison
   */
  public static DisclosureComparison of(Disclosure older, Disclosure newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    Map<String, DisclosureTable> o = byKey(older);
    Map<String, DisclosureTable> n = byKey(newer);
    List<TableComparison> tables = new ArrayList<>();
    for (Map.Entry<String, DisclosureTable> e : n.entrySet()) {
      DisclosureTable ot = o.get(e.getKey());
      tables.add(ot == null ? TableMatch.alone(newer, e.getValue(), true) : TableMatch.compare(older, ot, newer, e.getValue()));
    }
    for (Map.Entry<String, DisclosureTable> e : o.entrySet()) {
      if (!n.containsKey(e.getKey())) {
        tables.add(TableMatch.alone(older, e.getValue(), false));
      }
    }
    return new DisclosureComparison(older, newer, tables, StatedChanges.check(older, newer));
  }

  /** The tables by the key they are matched by: kind, ordinal among tables of that kind, title for OTHER. */
  private static Map<String, DisclosureTable> byKey(Disclosure d) {
    Map<String, DisclosureTable> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (DisclosureTable t : d.tables()) {
      String key = t.kind() == TableKind.OTHER
          ? "OTHER:" + t.title().replaceAll("\\d{4}年(度)?|\\s", "") : t.kind().name();
      int count = seen.merge(key, 1, Integer::sum);
      out.put(count == 1 ? key : key + "#" + count, t);
    }
    return out;
  }

  /**
   * The older document.
   *
   * @return the older document
   */
  public Disclosure older() {
    return older;
  }

  /**
   * The newer document.
   *
   * @return the newer document
   */
  public Disclosure newer() {
    return newer;
  }

  /**
   * Whether both documents name the same department.
   *
   * @return true when the department names are equal
   */
  public boolean sameDepartment() {
    return older.department().name().equals(newer.department().name());
  }

  /**
   * Each table kind printed by either document: the newer document's tables in its order, then those
   * only the older prints.
   *
   * @return the table comparisons
   */
  public List<TableComparison> tables() {
    return tables;
  }

  /**
   * The changes the newer narrative states against the older year, each checked.
   *
   * @return the stated changes, in narrative order
   */
  public List<StatedChange> statedChanges() {
    return statedChanges;
  }

  /**
   * The stated changes the older figures do not bear out.
   *
   * @return the stated changes whose verdict is {@link StatedChange.Verdict#DIFFERS}
   */
  public List<StatedChange> differing() {
    return statedChanges.stream().filter(s -> s.verdict() == StatedChange.Verdict.DIFFERS).collect(Collectors.toList());
  }
}
