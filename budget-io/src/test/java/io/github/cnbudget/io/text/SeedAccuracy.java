package io.github.cnbudget.io.text;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures how much of a hand-verified disclosure an import reproduced: every numeric cell of every
 * table, addressed by (table, side, unit, code, printed label, printed column header) so that the
 * measure does not depend on column keys; and, when asked, every performance indicator (name,
 * target, weight).
 */
final class SeedAccuracy {
  final List<String> misses = new ArrayList<>();
  final List<String> extras = new ArrayList<>();
  int expected;
  int correct;

  static SeedAccuracy measure(Disclosure expectedDoc, Disclosure actualDoc, boolean indicators) {
    SeedAccuracy a = new SeedAccuracy();
    Map<String, DisclosureTable> actualTables = new LinkedHashMap<>();
    Map<String, Integer> actualKinds = new HashMap<>();
    for (DisclosureTable t : actualDoc.tables()) {
      actualTables.put(tableKey(t, actualKinds), t);
    }
    Map<String, Integer> expectedKinds = new HashMap<>();
    for (DisclosureTable t : expectedDoc.tables()) {
      String tk = tableKey(t, expectedKinds);
      DisclosureTable actualTable = actualTables.remove(tk);
      Map<String, Deque<String>> actual = new HashMap<>();
      Map<String, String> columnMap = Map.of();
      if (actualTable != null) {
        columnMap = columnMap(t, actualTable);
        for (Map.Entry<String, String> e : cells(tk, actualTable, Map.of()).entrySet()) {
          actual.computeIfAbsent(e.getKey(), k -> new ArrayDeque<>()).add(e.getValue());
        }
      }
      for (Map.Entry<String, String> e : cells(tk, t, columnMap).entrySet()) {
        a.expected++;
        Deque<String> got = actual.get(e.getKey());
        String value = got == null ? null : got.poll();
        if (value != null && value.equals(e.getValue())) {
          a.correct++;
        } else {
          a.misses.add(e.getKey() + " expected " + e.getValue() + " got " + value);
        }
      }
      for (Map.Entry<String, Deque<String>> e : actual.entrySet()) {
        for (String v : e.getValue()) {
          a.extras.add(e.getKey() + " = " + v);
        }
      }
    }
    for (Map.Entry<String, DisclosureTable> e : actualTables.entrySet()) {
      for (Map.Entry<String, String> c : cells(e.getKey(), e.getValue(), Map.of()).entrySet()) {
        a.extras.add(c.getKey() + " = " + c.getValue());
      }
    }
    if (indicators) {
      a.indicators(expectedDoc, actualDoc);
    }
    return a;
  }

  /**
   * Which printed column of the import is which expected column: the same printed header path,
   * else the only column with the same innermost header, else the same standard concept in the
   * same order. Maps an expected column key to the header text the actual cells are keyed by.
   */
  private static Map<String, String> columnMap(DisclosureTable expected, DisclosureTable actual) {
    Map<String, String> out = new HashMap<>();
    List<Column> expectedValues = valueColumns(expected);
    List<Column> actualValues = valueColumns(actual);
    for (Column c : expected.columns()) {
      String path = header(c);
      Column match = null;
      for (Column a : actual.columns()) {
        if (header(a).equals(path) && a.side() == c.side()) {
          match = a;
        }
      }
      if (match == null && expectedValues.size() == actualValues.size() && expectedValues.contains(c)) {
        // headers unreadable (OCR) but the same number of value columns: the nth is the nth
        match = actualValues.get(expectedValues.indexOf(c));
      }
      if (match == null) {
        List<Column> sameLeaf = new ArrayList<>();
        for (Column a : actual.columns()) {
          if (squeeze(a.label()).equals(squeeze(c.label())) && a.side() == c.side()) {
            sameLeaf.add(a);
          }
        }
        if (sameLeaf.size() == 1) {
          match = sameLeaf.get(0);
        }
      }
      if (match == null && c.concept() != io.github.cnbudget.model.table.Concept.OTHER) {
        int index = 0;
        for (Column e : expected.columns()) {
          if (e == c) {
            break;
          }
          if (e.concept() == c.concept() && e.side() == c.side()) {
            index++;
          }
        }
        int seen = 0;
        for (Column a : actual.columns()) {
          if (a.concept() == c.concept() && a.side() == c.side() && seen++ == index) {
            match = a;
            break;
          }
        }
      }
      if (match != null) {
        out.put(c.key(), header(match));
      }
    }
    return out;
  }

  /** The columns holding at least one value, in printed order (per side). */
  private static List<Column> valueColumns(DisclosureTable t) {
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Row r : t.rows()) {
      for (Map.Entry<String, Cell> e : r.cells().entrySet()) {
        if (e.getValue().hasValue()) {
          used.add(e.getKey());
        }
      }
    }
    List<Column> out = new ArrayList<>();
    for (Column c : t.columns()) {
      if (used.contains(c.key())) {
        out.add(c);
      }
    }
    return out;
  }

  private static String header(Column c) {
    return squeeze(String.join("/", c.header()));
  }

  private void indicators(Disclosure expectedDoc, Disclosure actualDoc) {
    Map<String, Deque<String>> actual = new HashMap<>();
    for (PerformanceGoal g : actualDoc.goals()) {
      for (Indicator i : g.indicators()) {
        actual.computeIfAbsent(squeeze(i.name()), k -> new ArrayDeque<>()).add(indicatorText(i));
      }
    }
    for (PerformanceGoal g : expectedDoc.goals()) {
      for (Indicator i : g.indicators()) {
        expected++;
        Deque<String> got = actual.get(squeeze(i.name()));
        String value = got == null ? null : got.poll();
        if (indicatorText(i).equals(value)) {
          correct++;
        } else {
          misses.add("indicator " + i.name() + " (line " + i.line() + ") expected " + indicatorText(i) + " got " + value);
        }
      }
    }
  }

  // the row of an indicator: its target and weight (一级/二级 are printed once per merged block and
  // are not part of the row)
  private static String indicatorText(Indicator i) {
    return squeeze(i.effectiveTargetText().orElse("")) + "|"
        + i.weight().flatMap(Cell::value).map(BigDecimal::toPlainString).orElse("");
  }

  private static String tableKey(DisclosureTable t, Map<String, Integer> seen) {
    String base = t.kind() == TableKind.OTHER ? "OTHER:" + squeeze(t.title()) : t.kind().name();
    int n = seen.merge(base, 1, Integer::sum);
    return base + "#" + n;
  }

  private static Map<String, String> cells(String tableKey, DisclosureTable t, Map<String, String> columnMap) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Column> columns = new HashMap<>();
    for (Column c : t.columns()) {
      columns.put(c.key(), c);
    }
    Map<String, Integer> repeats = new HashMap<>();
    for (Row r : t.rows()) {
      String rowKey = tableKey + " | " + r.side() + " | " + r.unit().map(SeedAccuracy::squeeze).orElse("") + " | "
          + r.code().map(Object::toString).orElse("") + " | " + squeeze(r.label());
      int n = repeats.merge(rowKey, 1, Integer::sum);
      for (Map.Entry<String, Cell> e : r.cells().entrySet()) {
        Optional<BigDecimal> v = e.getValue().value();
        if (v.isEmpty()) {
          continue;
        }
        Column c = columns.get(e.getKey());
        String header = columnMap.getOrDefault(e.getKey(), c == null ? e.getKey() : header(c));
        out.put(rowKey + (n > 1 ? " #" + n : "") + " | " + header, v.get().toPlainString());
      }
    }
    return out;
  }

  static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000]", "").replace('(', '（').replace(')', '）');
  }

  double share() {
    return expected == 0 ? 1.0 : (double) correct / expected;
  }

  String summary(String name) {
    return String.format("%s: %d of %d cells correct (%.2f %%), %d misses, %d cells not in the expectation",
        name, correct, expected, 100.0 * share(), misses.size(), extras.size());
  }

  /** The ERRORs and WARNINGs the rules raise on a document, by severity and rule, sorted: what a reader is alarmed by. */
  static List<String> alarms(io.github.cnbudget.model.Disclosure d) {
    return io.github.cnbudget.rules.Rules.defaults().validate(d).findings().stream()
        .filter(f -> f.severity() != io.github.cnbudget.model.Severity.INFO)
        .map(f -> f.severity() + " " + f.ruleId()).sorted().toList();
  }
}
