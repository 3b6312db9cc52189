package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two-sided tables (收支总表, 财政拨款收支总表): 收入总计 = 支出总计; 收入总计 = 本年收入合计 + 上年结转
 * (+ 用事业基金弥补收支差额); 本年收入合计 = Σ its income items; 政府预算拨款 = 一般公共预算 + 政府性基金
 * + 国有资本经营; 单位资金 = Σ its items; 本年支出合计 = Σ 类 rows; 支出总计 = 本年支出合计 + 结转下年.
 * Checked on the main amount column of each side (合计, else 预算数), department-level rows only.
 */
final class BalanceRule extends TableRule {
  static final String BALANCE = "balance-mismatch";
  static final String INCOME_TOTAL = "income-total-mismatch";
  static final String SUBTOTAL = "income-subtotal-mismatch";
  static final String EXPENDITURE_TOTAL = "expenditure-total-mismatch";

  private static final Set<Concept> CURRENT_INCOME = EnumSet.of(Concept.FISCAL_APPROPRIATION,
      Concept.GENERAL_PUBLIC_BUDGET, Concept.GOVERNMENT_FUND, Concept.STATE_CAPITAL, Concept.FISCAL_SPECIAL_ACCOUNT,
      Concept.UNIT_FUNDS, Concept.BUSINESS_INCOME, Concept.OPERATING_INCOME, Concept.SUPERIOR_SUBSIDY,
      Concept.AFFILIATED_REMITTANCE, Concept.OTHER_INCOME);

  BalanceRule() {
    super("two-sided-balance", Set.of(BALANCE, INCOME_TOTAL, SUBTOTAL, EXPENDITURE_TOTAL), Set.of("arithmetic"),
        "Two-sided tables balance: 收入总计 = 支出总计, and each side's subtotals equal their items");
  }

  /** The balances of 收支总表 and 财政拨款收支总表 are not checked when either is absent or not read. */
  @Override
  public List<NotChecked> notChecked(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<NotChecked> out = new ArrayList<>();
    Coverage.need(d, id(), "收支总表: 收入总计 = 支出总计", out, TableKind.INCOME_EXPENDITURE_SUMMARY);
    Coverage.need(d, id(), "财政拨款收支总表: 收入总计 = 支出总计", out, TableKind.FISCAL_APPROPRIATION_SUMMARY);
    return out;
  }

  /** A row of one side with its main amount. */
  private static final class Line {
    final int index;
    final Row row;
    final Column column;
    final BigDecimal value;

    Line(int index, Row row, Column column, BigDecimal value) {
      this.index = index;
      this.row = row;
      this.column = column;
      this.value = value;
    }
  }

  private static boolean hasSides(DisclosureTable t) {
    for (Row r : t.rows()) {
      if (r.side() != Side.SINGLE) {
        return true;
      }
    }
    return false;
  }

  @Override
  void checkTable(Disclosure d, RuleContext ctx, int ti, DisclosureTable t, List<Finding> out) {
    if (!t.kind().isTwoSided() && !hasSides(t)) {
      return;
    }
    Map<Concept, Line> income = new EnumMap<>(Concept.class);
    Map<Concept, Line> expenditure = new EnumMap<>(Concept.class);
    List<Line> classes = new ArrayList<>();
    for (int i = 0; i < t.rows().size(); i++) {
      Row r = t.rows().get(i);
      if (r.unit().isPresent() || r.side() == Side.SINGLE) {
        continue;
      }
      if (unread(t, r)) {
        // a line whose amount was printed but not read (unplaced, or text): the sides' sums through
        // it cannot be checked
        return;
      }
      Optional<Line> line = line(t, i, r);
      if (line.isEmpty()) {
        continue;
      }
      if (r.side() == Side.EXPENDITURE && r.code().isPresent() && r.code().get().scheme() == Scheme.FUNCTIONAL
          && r.code().get().level() == CodeLevel.CLASS) {
        classes.add(line.get());
      } else if (r.concept().isPresent()) {
        (r.side() == Side.INCOME ? income : expenditure).putIfAbsent(r.concept().get(), line.get());
      }
    }
    Location tl = Tables.tableLocation(ti, t);
    Line incomeTotal = income.get(Concept.INCOME_GRAND_TOTAL);
    Line expTotal = expenditure.get(Concept.EXPENDITURE_GRAND_TOTAL);
    if (incomeTotal != null && expTotal != null) {
      emit(d, ctx, t, tl, BALANCE, expTotal, List.of(incomeTotal), out);
    }
    Line current = income.get(Concept.CURRENT_INCOME_TOTAL);
    if (incomeTotal != null && current != null) {
      List<Line> parts = new ArrayList<>(List.of(current));
      addIfPresent(income, Concept.PRIOR_YEAR_CARRYOVER, parts);
      addIfPresent(income, Concept.USE_OF_RESERVE, parts);
      emit(d, ctx, t, tl, INCOME_TOTAL, incomeTotal, parts, out);
    }
    Line fa = income.get(Concept.FISCAL_APPROPRIATION);
    List<Line> appropriations = pick(income, ColumnIdentityRule.APPROPRIATIONS);
    if (fa != null && !appropriations.isEmpty()) {
      emit(d, ctx, t, tl, SUBTOTAL, fa, appropriations, out);
    }
    Line uf = income.get(Concept.UNIT_FUNDS);
    List<Line> unitItems = pick(income, ColumnIdentityRule.UNIT_FUND_ITEMS);
    if (uf != null && !unitItems.isEmpty()) {
      emit(d, ctx, t, tl, SUBTOTAL, uf, unitItems, out);
    }
    if (current != null) {
      Set<Concept> items = EnumSet.copyOf(CURRENT_INCOME);
      if (fa != null) {
        items.removeAll(ColumnIdentityRule.APPROPRIATIONS);
      }
      if (uf != null) {
        items.removeAll(ColumnIdentityRule.UNIT_FUND_ITEMS);
      }
      List<Line> parts = pick(income, items);
      if (!parts.isEmpty()) {
        emit(d, ctx, t, tl, SUBTOTAL, current, parts, out);
      }
    }
    Line currentExp = expenditure.get(Concept.CURRENT_EXPENDITURE_TOTAL);
    if (currentExp != null && !classes.isEmpty()) {
      emit(d, ctx, t, tl, EXPENDITURE_TOTAL, currentExp, classes, out);
    }
    if (expTotal != null) {
      List<Line> parts = new ArrayList<>();
      if (currentExp != null) {
        parts.add(currentExp);
      } else {
        parts.addAll(classes);
      }
      if (!parts.isEmpty()) {
        addIfPresent(expenditure, Concept.CARRY_FORWARD, parts);
        addIfPresent(expenditure, Concept.SURPLUS_DISTRIBUTION, parts);
        emit(d, ctx, t, tl, EXPENDITURE_TOTAL, expTotal, parts, out);
      }
    }
  }

  private static void addIfPresent(Map<Concept, Line> lines, Concept c, List<Line> parts) {
    Line l = lines.get(c);
    if (l != null) {
      parts.add(l);
    }
  }

  private static List<Line> pick(Map<Concept, Line> lines, Set<Concept> concepts) {
    List<Line> out = new ArrayList<>();
    for (Map.Entry<Concept, Line> e : lines.entrySet()) {
      if (concepts.contains(e.getKey())) {
        out.add(e.getValue());
      }
    }
    return out;
  }

  private static boolean unread(DisclosureTable t, Row r) {
    Optional<Column> main = Tables.mainColumn(t, r.side()).or(() -> Tables.mainColumn(t, Side.SINGLE));
    return main.isPresent() && Tables.unreadable(r, main.get().key());
  }

  private static Optional<Line> line(DisclosureTable t, int index, Row r) {
    Optional<Column> main = Tables.mainColumn(t, r.side()).or(() -> Tables.mainColumn(t, Side.SINGLE));
    if (main.isEmpty()) {
      return Optional.empty();
    }
    return Tables.value(t, r, main.get()).map(v -> new Line(index, r, main.get(), v));
  }

  private void emit(Disclosure d, RuleContext ctx, DisclosureTable t, Location tl, String code, Line target,
      List<Line> parts, List<Finding> out) {
    BigDecimal sum = BigDecimal.ZERO;
    List<BigDecimal> operands = new ArrayList<>();
    StringBuilder names = new StringBuilder();
    for (Line p : parts) {
      sum = sum.add(p.value);
      operands.add(p.value);
      names.append(names.length() == 0 ? "" : " + ").append(Tables.rowName(p.row));
    }
    operands.add(target.value);
    BigDecimal total = sum;
    Location cl = Tables.cellLocation(Tables.rowLocation(tl, target.index, target.row), target.column.key());
    Comparisons.compare(out,
        () -> finding(code, Severity.ERROR).arguments(t.title(), Tables.rowName(target.row), names, target.value, total),
        Severity.ERROR, Tables.tolerance(d, t, ctx, operands), cl, total, target.value, parts.size());
  }
}
