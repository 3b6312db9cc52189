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
    Map<String, Deque<String>> actual = new HashMap<>();
    Map<String, Integer> actualKinds = new HashMap<>();
    for (DisclosureTable t : actualDoc.tables()) {
      String tk = tableKey(t, actualKinds);
      for (Map.Entry<String, String> e : cells(tk, t).entrySet()) {
        actual.computeIfAbsent(e.getKey(), k -> new ArrayDeque<>()).add(e.getValue());
      }
    }
    Map<String, Integer> expectedKinds = new HashMap<>();
    for (DisclosureTable t : expectedDoc.tables()) {
      String tk = tableKey(t, expectedKinds);
      for (Map.Entry<String, String> e : cells(tk, t).entrySet()) {
        a.expected++;
        Deque<String> got = actual.get(e.getKey());
        String value = got == null ? null : got.poll();
        if (value != null && value.equals(e.getValue())) {
          a.correct++;
        } else {
          a.misses.add(e.getKey() + " expected " + e.getValue() + " got " + value);
        }
      }
    }
    for (Map.Entry<String, Deque<String>> e : actual.entrySet()) {
      for (String v : e.getValue()) {
        a.extras.add(e.getKey() + " = " + v);
      }
    }
    if (indicators) {
      a.indicators(expectedDoc, actualDoc);
    }
    return a;
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

  private static String indicatorText(Indicator i) {
    return squeeze(i.level1Text()) + "/" + squeeze(i.level2Text()) + "|" + squeeze(i.effectiveTargetText().orElse(""))
        + "|" + i.weight().flatMap(Cell::value).map(BigDecimal::toPlainString).orElse("");
  }

  private static String tableKey(DisclosureTable t, Map<String, Integer> seen) {
    String base = t.kind() == TableKind.OTHER ? "OTHER:" + squeeze(t.title()) : t.kind().name();
    int n = seen.merge(base, 1, Integer::sum);
    return base + "#" + n;
  }

  private static Map<String, String> cells(String tableKey, DisclosureTable t) {
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
        String header = c == null ? e.getKey() : squeeze(String.join("/", c.header()));
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
}
