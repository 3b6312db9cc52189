package io.github.cnbudget.rules.compare;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matches the rows and columns of two tables of one kind and lists the change of each amount. Rows are
 * matched by side, unit and classification code, or, without a code, by the concept the row carries
 * (合计, 一般公共预算拨款) or its label without numbering; columns by key, else by a concept that one
 * column only carries on that side in each table (a 合计 column keyed {@code c3.total} in one year and
 * {@code c4.total} in the next).
 */
final class TableMatch {
  /** Numbering before a label: 1. / 一、 / （一） / (1). */
  private static final Pattern NUMBERING = Pattern.compile("^(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十\\d]+[、.．])");

  private TableMatch() {}

  /** One row of a table, with the key it is matched by. */
  private record Keyed(String key, String name, Row row) {}

  static TableComparison compare(Disclosure older, DisclosureTable o, Disclosure newer, DisclosureTable n) {
    Map<String, Keyed> oldRows = keyed(o);
    Map<String, Keyed> newRows = keyed(n);
    Map<String, String> columns = matchColumns(o, n);
    List<String> addedColumns = new ArrayList<>();
    for (String key : usedColumns(n)) {
      if (!columns.containsKey(key)) {
        addedColumns.add(n.column(key).map(Column::label).orElse(key));
      }
    }
    List<String> removedColumns = new ArrayList<>();
    for (String key : usedColumns(o)) {
      if (!columns.containsValue(key)) {
        removedColumns.add(o.column(key).map(Column::label).orElse(key));
      }
    }
    AmountUnit ou = o.amountUnit().orElse(older.precision().unit());
    AmountUnit nu = n.amountUnit().orElse(newer.precision().unit());
    List<AmountChange> amounts = new ArrayList<>();
    List<String> addedRows = new ArrayList<>();
    List<String> removedRows = new ArrayList<>();
    for (Keyed nk : newRows.values()) {
      Keyed ok = oldRows.get(nk.key());
      if (ok == null) {
        addedRows.add(nk.name());
      }
      for (Map.Entry<String, String> c : columns.entrySet()) {
        Optional<BigDecimal> nv = yuan(nk.row(), c.getKey(), nu);
        Optional<BigDecimal> ov = ok == null ? Optional.empty() : yuan(ok.row(), c.getValue(), ou);
        if (listed(ov, nv)) {
          amounts.add(new AmountChange(nk.name(), nk.row().label(), nk.row().unit(), c.getKey(), header(n, c.getKey()), ov, nv));
        }
      }
    }
    for (Keyed ok : oldRows.values()) {
      if (newRows.containsKey(ok.key())) {
        continue;
      }
      removedRows.add(ok.name());
      for (Map.Entry<String, String> c : columns.entrySet()) {
        Optional<BigDecimal> ov = yuan(ok.row(), c.getValue(), ou);
        if (listed(ov, Optional.empty())) {
          amounts.add(new AmountChange(ok.name(), ok.row().label(), ok.row().unit(), c.getKey(), header(n, c.getKey()), ov,
              Optional.empty()));
        }
      }
    }
    return new TableComparison(n.kind(), Optional.of(o.title()), Optional.of(n.title()), amounts, addedRows, removedRows,
        addedColumns, removedColumns);
  }

  /** A table only one document prints: every row appears or vanishes. */
  static TableComparison alone(Disclosure d, DisclosureTable t, boolean newer) {
    AmountUnit unit = t.amountUnit().orElse(d.precision().unit());
    List<AmountChange> amounts = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (Keyed k : keyed(t).values()) {
      rows.add(k.name());
      for (String c : usedColumns(t)) {
        Optional<BigDecimal> v = yuan(k.row(), c, unit);
        if (listed(v, Optional.empty())) {
          amounts.add(new AmountChange(k.name(), k.row().label(), k.row().unit(), c, header(t, c),
              newer ? Optional.empty() : v, newer ? v : Optional.empty()));
        }
      }
    }
    List<String> columns = usedColumns(t).stream().map(c -> t.column(c).map(Column::label).orElse(c)).toList();
    return newer
        ? new TableComparison(t.kind(), Optional.empty(), Optional.of(t.title()), amounts, rows, List.of(), columns, List.of())
        : new TableComparison(t.kind(), Optional.of(t.title()), Optional.empty(), amounts, List.of(), rows, List.of(), columns);
  }

  /**
   * Whether an amount is worth a line: printed on both sides, or on one side and not zero. One year
   * prints 0 where the other leaves the cell blank (万里街道 2024 / 2023, 一般公共预算基本支出表): that is
   * no amount appearing or vanishing.
   */
  private static boolean listed(Optional<BigDecimal> older, Optional<BigDecimal> newer) {
    if (older.isPresent() && newer.isPresent()) {
      return true;
    }
    return older.or(() -> newer).filter(v -> v.signum() != 0).isPresent();
  }

  /** The amount of a cell in yuan, exactly. */
  private static Optional<BigDecimal> yuan(Row r, String column, AmountUnit unit) {
    Cell c = r.cells().get(column);
    return c == null || !c.hasValue() ? Optional.empty() : Optional.of(unit.convert(c.valueOrZero(), AmountUnit.YUAN));
  }

  private static String header(DisclosureTable t, String key) {
    return t.column(key).map(c -> String.join(" / ", c.header())).filter(h -> !h.isEmpty()).orElse(key);
  }

  /** The rows by key, in table order; a key met again (a row printed twice) gets its ordinal. */
  private static Map<String, Keyed> keyed(DisclosureTable t) {
    Map<String, Keyed> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < t.rows().size(); i++) {
      Row r = t.rows().get(i);
      String key = r.side() + "|" + r.unit().orElse("") + "|" + rowKey(r);
      int n = seen.merge(key, 1, Integer::sum);
      String name = name(r, i);
      if (n > 1) {
        key = key + "#" + n;
        name = name + " #" + n;
      }
      out.put(key, new Keyed(key, r.unit().map(u -> u + " ").orElse("") + name, r));
    }
    return out;
  }

  private static String rowKey(Row r) {
    if (r.code().isPresent()) {
      return r.code().get().scheme() + ":" + r.code().get().digits();
    }
    if (r.concept().isPresent() && r.concept().get() != Concept.OTHER) {
      return "concept:" + r.concept().get();
    }
    return "label:" + label(r);
  }

  private static String label(Row r) {
    return NUMBERING.matcher(r.label().replaceAll("\\s", "")).replaceFirst("");
  }

  /** A row as a reader names it: its code and label, else its label, else its concept, else its place. */
  private static String name(Row r, int index) {
    String label = r.label().strip();
    if (r.code().isPresent()) {
      return label.isEmpty() ? r.code().get().digits() : r.code().get().digits() + " " + label;
    }
    return label.isEmpty() ? r.concept().map(Concept::chinese).orElse("row " + (index + 1)) : label;
  }

  /** The keys of the columns that hold a cell of some row, in the table's column order. */
  private static List<String> usedColumns(DisclosureTable t) {
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Row r : t.rows()) {
      used.addAll(r.cells().keySet());
    }
    List<String> out = new ArrayList<>();
    for (Column c : t.columns()) {
      if (used.remove(c.key())) {
        out.add(c.key());
      }
    }
    // cells keyed by a column the table does not declare are still amounts of the table
    used.stream().sorted().forEach(out::add);
    return out;
  }

  /** Newer column key → older column key, in the newer table's order. */
  private static Map<String, String> matchColumns(DisclosureTable o, DisclosureTable n) {
    List<String> oldKeys = usedColumns(o);
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : usedColumns(n)) {
      if (oldKeys.contains(key)) {
        out.put(key, key);
        continue;
      }
      Optional<Column> c = n.column(key);
      if (c.isEmpty() || c.get().concept() == Concept.OTHER) {
        continue;
      }
      Optional<String> nu = only(n, usedColumns(n), c.get().concept(), c.get().side());
      Optional<String> ou = only(o, oldKeys, c.get().concept(), c.get().side());
      if (nu.isPresent() && ou.isPresent() && !out.containsValue(ou.get()) && !usedColumns(n).contains(ou.get())) {
        out.put(key, ou.get());
      }
    }
    return out;
  }

  /** The one used column of a concept on a side, when exactly one carries it. */
  private static Optional<String> only(DisclosureTable t, List<String> used, Concept concept, Side side) {
    String found = null;
    for (String key : used) {
      Optional<Column> c = t.column(key);
      if (c.isPresent() && c.get().concept() == concept && c.get().side() == side) {
        if (found != null) {
          return Optional.empty();
        }
        found = key;
      }
    }
    return Optional.ofNullable(found);
  }
}
