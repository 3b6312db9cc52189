package io.github.cnbudget.rules.internal;

import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups rounding-level differences (尾数差异汇总): one INFO per table (or self-evaluation) and
 * finding code, with the count and the cells, instead of one finding per cell. The documents
 * announce them (「本套报表金额单位转换时可能存在尾数误差」): a reader wants to know that a table has
 * twelve of them and where, not to read twelve lines. Each cell's own finding stays in
 * {@link Finding#cells()}.
 */
public final class RoundingGroups {
  static final String KEY = "rounding-group";

  private RoundingGroups() {}

  /**
   * The findings with the rounding-level INFOs grouped.
   *
   * @param findings the findings of one document, in any order
   * @return the other findings unchanged, then one grouped finding per (table, code)
   */
  public static List<Finding> group(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    Map<List<String>, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f.severity() == Severity.INFO && f.isWithinRounding() && !f.isRoundingGroup()) {
        groups.computeIfAbsent(List.of(owner(f.location().pointer()), f.code()), k -> new ArrayList<>()).add(f);
      } else {
        out.add(f);
      }
    }
    for (Map.Entry<List<String>, List<Finding>> e : groups.entrySet()) {
      List<Finding> cells = new ArrayList<>(e.getValue());
      cells.sort(ValidationReport.ORDER);
      out.add(grouped(e.getKey().get(0), cells));
    }
    return out;
  }

  private static Finding grouped(String owner, List<Finding> cells) {
    Finding first = cells.get(0);
    Location l = Location.at(owner);
    if (first.location().table().isPresent() && first.location().tableKind().isPresent()) {
      l = l.withTable(first.location().table().get(), first.location().tableKind().get());
      // the group is found where its first cell is printed
      if (first.location().page().isPresent()) {
        l = l.withPage(first.location().page().getAsInt());
      }
    } else if (owner.startsWith("/selfEvaluations") || owner.startsWith("/goals")) {
      // a self-evaluation or goal is named by its project, which its findings carry as their code
      l = l.withCode(first.location().code().orElse(owner));
    }
    StringBuilder where = new StringBuilder();
    BigDecimal largest = BigDecimal.ZERO;
    for (Finding c : cells) {
      where.append(where.length() == 0 ? "" : "; ").append(describe(c));
      largest = largest.max(c.difference().map(BigDecimal::abs).orElse(BigDecimal.ZERO));
    }
    String name = l.table().or(() -> first.location().code()).orElse(owner);
    return Finding.builder(first.code(), first.ruleId(), Severity.INFO).location(l).withinRounding(true)
        .messageKey(KEY).arguments(name, cells.size(), first.code(), largest, where).cells(cells).build();
  }

  /** {@code 210 | total line 380: 15095 → 15096}. */
  private static String describe(Finding c) {
    Location l = c.location();
    StringBuilder b = new StringBuilder();
    String row = l.code().orElse(l.pointer());
    // a unit's total row is labelled with the unit's name: say it once
    l.unit().filter(u -> !u.equals(row)).ifPresent(u -> b.append(u).append(" | "));
    b.append(row);
    l.column().ifPresent(col -> b.append(" | ").append(col));
    // a PDF's cells are found by their page; a text's by their line
    if (l.page().isPresent()) {
      b.append(" page ").append(l.page().getAsInt());
    } else if (l.line().isPresent()) {
      b.append(" line ").append(l.line().getAsInt());
    }
    if (c.expected().isPresent() && c.actual().isPresent()) {
      b.append(": ").append(c.expected().get().toPlainString()).append(" → ").append(c.actual().get().toPlainString());
    }
    return b.toString();
  }

  /** The table or other top-level part a pointer lies in: {@code /tables/3}, {@code /selfEvaluations/1}. */
  static String owner(String pointer) {
    int first = pointer.indexOf('/', 1);
    if (first < 0) {
      return pointer;
    }
    int second = pointer.indexOf('/', first + 1);
    return second < 0 ? pointer : pointer.substring(0, second);
  }
}
