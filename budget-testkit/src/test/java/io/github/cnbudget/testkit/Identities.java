package io.github.cnbudget.testkit;

import static io.github.cnbudget.testkit.Tables.v;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The in-table identities of {@link DocumentGen}'s list as one independent oracle that collects every
 * violation instead of stopping at the first: used to show that each mutation is detectable.
 */
final class Identities {
  private Identities() {}

  static List<String> violations(Disclosure d) {
    List<String> out = new ArrayList<>();
    for (DisclosureTable t : d.tables()) {
      columnGroups(t, out);
      if (t.kind().isTwoSided()) {
        twoSided(t, out);
      } else {
        rowSums(t, out);
      }
    }
    return out;
  }

  private static void check(List<String> out, BigDecimal expected, BigDecimal actual, String where) {
    if (expected.compareTo(actual) != 0) {
      out.add(where + ": " + actual.toPlainString() + " ≠ " + expected.toPlainString());
    }
  }

  private static BigDecimal sum(List<Row> rows, Predicate<Row> which, String key) {
    BigDecimal s = BigDecimal.ZERO;
    for (Row r : rows) {
      if (which.test(r)) {
        s = s.add(v(r, key));
      }
    }
    return s;
  }

  private static void columnGroups(DisclosureTable t, List<String> out) {
    for (Column parent : t.columns()) {
      for (Row r : t.rows()) {
        if (!r.cells().containsKey(parent.key()) || t.children(parent.key()).isEmpty()) {
          continue;
        }
        BigDecimal s = BigDecimal.ZERO;
        for (Column c : t.children(parent.key())) {
          s = c.partOf() ? s : s.add(v(r, c.key()));
        }
        check(out, s, v(r, parent.key()), t.title() + " row '" + r.label() + "' column " + parent.key());
      }
    }
  }

  /** TOTAL = Σ UNIT (or Σ PROJECT, or Σ 类 without units); UNIT = Σ its 类; each code = Σ its children. */
  private static void rowSums(DisclosureTable t, List<String> out) {
    List<Row> rows = t.rows();
    for (Column c : t.columns()) {
      String key = c.key();
      for (Row r : rows) {
        Optional<String> unit = r.unit();
        if (r.kind() == RowKind.TOTAL) {
          boolean perUnit = rows.stream().anyMatch(x -> x.kind() == RowKind.UNIT);
          boolean projects = rows.stream().anyMatch(x -> x.kind() == RowKind.PROJECT);
          Predicate<Row> parts = perUnit ? x -> x.kind() == RowKind.UNIT
              : projects ? x -> x.kind() == RowKind.PROJECT : x -> isClass(x) && x.unit().isEmpty();
          if (perUnit || projects || rows.stream().anyMatch(x -> x.kind() == RowKind.CODE)) {
            check(out, sum(rows, parts, key), v(r, key), t.title() + " TOTAL " + key);
          }
        } else if (r.kind() == RowKind.UNIT && rows.stream().anyMatch(x -> x.kind() == RowKind.CODE)) {
          check(out, sum(rows, x -> isClass(x) && x.unit().equals(unit), key), v(r, key),
              t.title() + " UNIT '" + r.label() + "' " + key);
        } else if (r.kind() == RowKind.CODE && r.code().orElseThrow().digits().length() < 7) {
          Optional<ClassificationCode> code = r.code();
          List<Row> children = rows.stream().filter(x -> x.unit().equals(unit) && x.code().isPresent()
              && x.code().get().parent().map(p -> Optional.of((ClassificationCode) p).equals(code)).orElse(false)).toList();
          if (children.isEmpty() && r.code().orElseThrow().scheme().isEconomic()
              && r.code().orElseThrow().digits().length() == 5) {
            continue;
          }
          check(out, sum(children, x -> true, key), v(r, key), t.title() + " code " + code.get() + unit.map(u -> " of " + u).orElse("") + " " + key);
        }
      }
    }
  }

  private static boolean isClass(Row r) {
    return r.kind() == RowKind.CODE && r.code().orElseThrow().digits().length() == 3;
  }

  private static void twoSided(DisclosureTable t, List<String> out) {
    List<Row> rows = t.rows();
    BigDecimal sources = sum(rows, r -> r.side() == Side.INCOME && r.concept().map(Identities::isSource).orElse(false), "income");
    BigDecimal current = sum(rows, r -> r.concept().equals(Optional.of(Concept.CURRENT_INCOME_TOTAL)), "income");
    BigDecimal carry = sum(rows, r -> r.concept().equals(Optional.of(Concept.PRIOR_YEAR_CARRYOVER)), "income");
    BigDecimal income = sum(rows, r -> r.concept().equals(Optional.of(Concept.INCOME_GRAND_TOTAL)), "income");
    check(out, sources, current, t.title() + " 本年收入合计");
    check(out, current.add(carry), income, t.title() + " 收入总计");
    for (Column c : t.columns()) {
      if (c.side() != Side.EXPENDITURE) {
        continue;
      }
      String key = c.key();
      BigDecimal classes = sum(rows, r -> r.side() == Side.EXPENDITURE && r.code().isPresent(), key);
      BigDecimal spent = sum(rows, r -> r.concept().equals(Optional.of(Concept.CURRENT_EXPENDITURE_TOTAL)), key);
      BigDecimal forward = sum(rows, r -> r.concept().equals(Optional.of(Concept.CARRY_FORWARD)), key);
      BigDecimal total = sum(rows, r -> r.concept().equals(Optional.of(Concept.EXPENDITURE_GRAND_TOTAL)), key);
      check(out, classes, spent, t.title() + " 本年支出合计 " + key);
      check(out, spent.add(forward), total, t.title() + " 支出总计 " + key);
      if (c.parent().isEmpty()) {
        check(out, income, total, t.title() + " 收入总计 = 支出总计");
      }
    }
  }

  private static boolean isSource(Concept c) {
    return c == Concept.GENERAL_PUBLIC_BUDGET || c == Concept.GOVERNMENT_FUND || c == Concept.STATE_CAPITAL
        || c == Concept.FISCAL_SPECIAL_ACCOUNT || c == Concept.BUSINESS_INCOME || c == Concept.OTHER_INCOME;
  }
}
