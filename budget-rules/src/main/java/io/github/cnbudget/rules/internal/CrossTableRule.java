package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.arithmetic.Tolerance;
import io.github.cnbudget.rules.arithmetic.Verdict;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Cross-table consistency (表间勾稽): the same quantity printed in two tables agrees. 收支总表 vs
 * 支出总表 (本年支出合计, each 类) and vs 收入总表 (本年收入合计); 财政拨款收支总表's 一般公共预算 column
 * vs 一般公共预算支出表 (total and each 类) and 一般公共预算拨款 in both summaries; 一般公共预算支出表's
 * 基本支出 / 人员经费 / 公用经费 vs the economic table; the economic rows 30217 公务接待费 and 30231
 * 公务用车运行维护费 vs the “三公” table; 项目支出表 vs 支出总表's 项目支出 (WARNING: withheld projects,
 * 涉密项目不予公开, legitimately lower it). The whole-funds 支出总表 vs the general-public-budget table
 * differ by the other funding printed in 收入总表: such a difference is INFO "explained".
 *
 * <p>Each table is read once into small maps (totals, 类 rows), so the cost is linear in the
 * number of rows.
 */
final class CrossTableRule extends AbstractRule {
  static final String MISMATCH = "cross-table-mismatch";
  static final String EXPLAINED = "cross-table-explained";

  private final boolean threePublic;

  /**
   * The rule for every cross check but the “三公” one ({@code threePublic} false, id
   * {@code cross-table}), or for the “三公” table against the economic rows only (id
   * {@code three-public-economic}): documents that print 公务接待费 outside 30217 can skip that one.
   */
  CrossTableRule(boolean threePublic) {
    super(threePublic ? "three-public-economic" : "cross-table",
        threePublic ? Set.of(MISMATCH) : Set.of(MISMATCH, EXPLAINED), Set.of("arithmetic", "cross-table"),
        threePublic ? "The “三公” table agrees with the economic rows 30217 and 30231"
            : "The same quantity printed in two tables agrees");
    this.threePublic = threePublic;
  }

  /** A printed value with where it is; the location is made only for a finding. */
  static final class Fact {
    final BigDecimal value;
    final Supplier<Location> where;
    final String table;
    /** The printed precision of the value's table, in the document's unit. */
    final BigDecimal ulp;
    /**
     * Whether the value is unknown: the row prints values not placed under a column, or text that
     * is not a number, where this one would be. Nothing is compared with it.
     */
    final boolean unknown;

    Fact(BigDecimal value, Supplier<Location> where, String table, BigDecimal ulp) {
      this.value = value;
      this.where = where;
      this.table = table;
      this.ulp = ulp;
      this.unknown = false;
    }

    private Fact(Supplier<Location> where, DisclosureTable t) {
      this.value = BigDecimal.ZERO;
      this.where = where;
      this.table = t.title();
      this.ulp = BigDecimal.ONE;
      this.unknown = true;
    }

    /** A value a table's row holds but that was not read (left unplaced, or printed as text). */
    static Fact unknown(Supplier<Location> where, DisclosureTable t) {
      return new Fact(where, t);
    }

    /**
     * A value printed in a table, in the document's unit: a table printed in 万元 beside tables in 元
     * (Shanghai's “三公” table) is compared in 元, with its own coarser rounding.
     */
    Fact(BigDecimal printed, Supplier<Location> where, DisclosureTable t, Precision document) {
      AmountUnit unit = t.amountUnit().orElse(document.unit());
      this.value = unit == document.unit() ? printed : unit.convert(printed, document.unit());
      this.where = where;
      this.table = t.title();
      this.ulp = unit == document.unit() ? document.ulp() : unit.convert(document.ulp(), document.unit());
      this.unknown = false;
    }

    Location location() {
      return where.get();
    }
  }

  /** Where a cell of a row is, made on demand. */
  private static Supplier<Location> cell(Location tl, int ri, Row r, Column c) {
    return () -> Tables.cellLocation(Tables.rowLocation(tl, ri, r), c.key());
  }

  /** The facts of one table: the department total row's columns by concept, and 类 rows by code. */
  static final class Facts {
    final int index;
    final DisclosureTable table;
    final Map<Concept, Fact> total = new LinkedHashMap<>();
    final Map<String, Fact> classes = new LinkedHashMap<>();
    final Map<Concept, Map<String, Fact>> classesByFunding = new LinkedHashMap<>();
    final Map<Concept, Fact> incomeItems = new LinkedHashMap<>();
    final Map<Concept, Fact> expenditureItems = new LinkedHashMap<>();
    final Map<String, Fact> economic = new LinkedHashMap<>();

    Facts(int index, DisclosureTable table) {
      this.index = index;
      this.table = table;
    }
  }

  static Facts read(int ti, DisclosureTable t, Precision precision) {
    Facts f = new Facts(ti, t);
    Location tl = Tables.tableLocation(ti, t);
    int totalIndex = -1;
    for (int ri = 0; ri < t.rows().size() && totalIndex < 0; ri++) {
      // as Tables.departmentTotal: the first TOTAL row without a unit
      if (t.rows().get(ri).kind() == RowKind.TOTAL && t.rows().get(ri).unit().isEmpty()) {
        totalIndex = ri;
      }
    }
    Optional<Column> main = Tables.mainColumn(t, Side.SINGLE);
    Optional<Column> mainExp = Tables.mainColumn(t, Side.EXPENDITURE).or(() -> main);
    Optional<Column> mainInc = Tables.mainColumn(t, Side.INCOME).or(() -> main);
    Optional<Column> gpbExp = Tables.topColumn(t, Side.EXPENDITURE, Concept.GENERAL_PUBLIC_BUDGET);
    Map<Concept, Column> fundingExp = new LinkedHashMap<>();
    for (Concept c : List.of(Concept.GENERAL_PUBLIC_BUDGET, Concept.GOVERNMENT_FUND, Concept.STATE_CAPITAL)) {
      Tables.topColumn(t, Side.EXPENDITURE, c).ifPresent(col -> fundingExp.put(c, col));
    }
    // A table of a single unit prints its rows in that unit's section: they are the department's.
    boolean singleUnit = !anyDepartmentCode(t) && t.units().size() == 1;
    for (int ri = 0; ri < t.rows().size(); ri++) {
      Row r = t.rows().get(ri);
      if (r.unit().isPresent() && !singleUnit) {
        continue;
      }
      int rowIndex = ri;
      if (ri == totalIndex) {
        // Top-level columns first, then nested ones (收入总表 may print its sources under 合计).
        List<Column> ordered = new ArrayList<>();
        for (Column c : t.columns()) {
          if (c.parent().isEmpty()) {
            ordered.add(c);
          }
        }
        for (Column c : t.columns()) {
          if (c.parent().isPresent()) {
            ordered.add(c);
          }
        }
        for (Column c : ordered) {
          if (Tables.isAmountColumn(c) && !f.total.containsKey(c.concept())) {
            Tables.value(t, r, c).ifPresent(v -> f.total.put(c.concept(),
                new Fact(v, cell(tl, rowIndex, r, c), t, precision)));
          }
        }
      }
      Optional<Column> col = r.side() == Side.INCOME ? mainInc : r.side() == Side.EXPENDITURE ? mainExp : main;
      if (col.isEmpty()) {
        continue;
      }
      Optional<BigDecimal> v = Tables.value(t, r, col.get());
      if (r.code().isPresent()) {
        String digits = r.code().get().digits();
        Scheme scheme = r.code().get().scheme();
        if (scheme == Scheme.FUNCTIONAL && r.code().get().level() == CodeLevel.CLASS && r.side() != Side.INCOME) {
          if (v.isPresent() && !f.classes.containsKey(digits)) {
            f.classes.put(digits, new Fact(v.get(), cell(tl, rowIndex, r, col.get()), t, precision));
          } else if (v.isEmpty() && Tables.unreadable(r, col.get().key())) {
            f.classes.putIfAbsent(digits, Fact.unknown(cell(tl, rowIndex, r, col.get()), t));
          }
          for (Map.Entry<Concept, Column> fc : fundingExp.entrySet()) {
            Optional<BigDecimal> x = Tables.value(t, r, fc.getValue());
            if (x.isPresent()) {
              f.classesByFunding.computeIfAbsent(fc.getKey(), k -> new LinkedHashMap<>())
                  .putIfAbsent(digits, new Fact(x.get(), cell(tl, rowIndex, r, fc.getValue()), t, precision));
            } else if (Tables.unreadable(r, fc.getValue().key())) {
              // a class whose funding cell could not be read is not compared (nor taken for 0)
              f.classesByFunding.computeIfAbsent(fc.getKey(), k -> new LinkedHashMap<>())
                  .putIfAbsent(digits, Fact.unknown(cell(tl, rowIndex, r, fc.getValue()), t));
            }
          }
        } else if (scheme.isEconomic()) {
          if (v.isPresent() && !f.economic.containsKey(digits)) {
            f.economic.put(digits, new Fact(v.get(), cell(tl, rowIndex, r, col.get()), t, precision));
          } else if (v.isEmpty() && Tables.unreadable(r, col.get().key())) {
            f.economic.putIfAbsent(digits, Fact.unknown(cell(tl, rowIndex, r, col.get()), t));
          }
        }
      } else if (r.concept().isPresent() && r.kind() == RowKind.ITEM) {
        Map<Concept, Fact> m = r.side() == Side.EXPENDITURE ? f.expenditureItems : f.incomeItems;
        v.ifPresent(x -> m.putIfAbsent(r.concept().get(), new Fact(x, cell(tl, rowIndex, r, col.get()),
            t, precision)));
        if (r.side() == Side.EXPENDITURE && gpbExp.isPresent()
            && (r.concept().get() == Concept.EXPENDITURE_GRAND_TOTAL
                || r.concept().get() == Concept.CURRENT_EXPENDITURE_TOTAL)) {
          Tables.value(t, r, gpbExp.get()).ifPresent(x -> f.total.putIfAbsent(Concept.GENERAL_PUBLIC_BUDGET,
              new Fact(x, cell(tl, rowIndex, r, gpbExp.get()), t, precision)));
        }
      }
    }
    if (f.classes.isEmpty() && !singleUnit && !t.kind().isTwoSided() && main.isPresent()) {
      sumClassesOverUnits(t, tl, main.get(), f, precision);
    }
    return f;
  }

  private static boolean anyDepartmentCode(DisclosureTable t) {
    for (Row r : t.rows()) {
      if (r.unit().isEmpty() && r.code().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A per-unit table without department-level 类 rows (seed 000 表3): the department's 类 amounts
   * are the sums over the units' 类 rows, located at the table with the code.
   */
  private static void sumClassesOverUnits(DisclosureTable t, Location tl, Column main, Facts f,
      Precision precision) {
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    for (Row r : t.rows()) {
      if (r.unit().isPresent() && r.code().isPresent() && r.code().get().scheme() == Scheme.FUNCTIONAL
          && r.code().get().level() == CodeLevel.CLASS) {
        Tables.value(t, r, main).ifPresent(v -> sums.merge(r.code().get().digits(), v, BigDecimal::add));
      }
    }
    sums.forEach((code, v) -> f.classes.put(code, new Fact(v, () -> tl.withCode(code).withColumn(main.key()),
        t, precision)));
  }

  private static Optional<Facts> facts(Disclosure d, DocumentMemo memo, TableKind kind) {
    for (int i = 0; i < d.tables().size(); i++) {
      if (d.tables().get(i).kind() == kind) {
        return Optional.of(memo.facts(i));
      }
    }
    return Optional.empty();
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    Tolerance tol = Tolerance.of(d.precision(), ctx.toleranceFactor());
    // both instances of the rule read the same tables: the facts are read once per validation
    DocumentMemo memo = DocumentMemo.of(subject);
    Optional<Facts> summary = facts(d, memo, TableKind.INCOME_EXPENDITURE_SUMMARY);
    Optional<Facts> income = facts(d, memo, TableKind.INCOME);
    Optional<Facts> expenditure = facts(d, memo, TableKind.EXPENDITURE);
    Optional<Facts> fiscal = facts(d, memo, TableKind.FISCAL_APPROPRIATION_SUMMARY);
    Optional<Facts> gpb = facts(d, memo, TableKind.GENERAL_PUBLIC_BY_FUNCTION);
    Optional<Facts> economic = facts(d, memo, TableKind.GENERAL_PUBLIC_BY_ECONOMIC);
    Optional<Facts> basicEconomic = facts(d, memo, TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC);
    Optional<Facts> projects = facts(d, memo, TableKind.PROJECT_EXPENDITURE);

    if (summary.isPresent() && expenditure.isPresent()) {
      Facts s = summary.get();
      Fact spent = Optional.ofNullable(s.expenditureItems.get(Concept.CURRENT_EXPENDITURE_TOTAL))
          .orElse(s.expenditureItems.get(Concept.EXPENDITURE_GRAND_TOTAL));
      same(out, tol, "本年支出合计", spent, total(expenditure.get(), Concept.CURRENT_EXPENDITURE_TOTAL), Severity.ERROR);
      sameClasses(out, tol, s.classes, expenditure.get().classes);
    }
    if (summary.isPresent() && income.isPresent()) {
      Facts s = summary.get();
      // a 收入总表 with a 上年结转 column totals the carryover in its 合计, also when its own cell is blank
      // or was not read
      boolean withCarryover = income.get().total.containsKey(Concept.PRIOR_YEAR_CARRYOVER)
          || income.get().table.columns().stream().anyMatch(c -> c.concept() == Concept.PRIOR_YEAR_CARRYOVER);
      Fact received = withCarryover ? s.incomeItems.get(Concept.INCOME_GRAND_TOTAL)
          : Optional.ofNullable(s.incomeItems.get(Concept.CURRENT_INCOME_TOTAL))
              .orElse(s.incomeItems.get(Concept.INCOME_GRAND_TOTAL));
      same(out, tol, withCarryover ? "收入总计" : "本年收入合计", received, total(income.get(), Concept.CURRENT_INCOME_TOTAL),
          Severity.ERROR);
      same(out, tol, "一般公共预算拨款", s.incomeItems.get(Concept.GENERAL_PUBLIC_BUDGET),
          income.get().total.get(Concept.GENERAL_PUBLIC_BUDGET), Severity.ERROR);
    }
    if (summary.isPresent() && fiscal.isPresent()) {
      same(out, tol, "一般公共预算拨款", summary.get().incomeItems.get(Concept.GENERAL_PUBLIC_BUDGET),
          fiscal.get().incomeItems.get(Concept.GENERAL_PUBLIC_BUDGET), Severity.ERROR);
    }
    if (threePublic) {
      threePublic(d, memo, out, tol, economic, basicEconomic);
      return out;
    }
    if (fiscal.isPresent() && gpb.isPresent()) {
      same(out, tol, "一般公共预算支出", fiscal.get().total.get(Concept.GENERAL_PUBLIC_BUDGET),
          gpb.get().total.get(Concept.TOTAL), Severity.ERROR);
    }
    if (fiscal.isPresent()) {
      // 财政拨款收支总表's 一般公共预算 / 政府性基金 / 国有资本经营 columns per 类 against the function
      // table of each budget.
      Map<Concept, TableKind> byFunding = Map.of(Concept.GENERAL_PUBLIC_BUDGET, TableKind.GENERAL_PUBLIC_BY_FUNCTION,
          Concept.GOVERNMENT_FUND, TableKind.GOVERNMENT_FUND, Concept.STATE_CAPITAL, TableKind.STATE_CAPITAL);
      for (Map.Entry<Concept, Map<String, Fact>> e : fiscal.get().classesByFunding.entrySet()) {
        TableKind kind = byFunding.get(e.getKey());
        Optional<Facts> table = e.getKey() == Concept.GENERAL_PUBLIC_BUDGET ? gpb
            : kind == null ? Optional.empty() : facts(d, memo, kind);
        if (table.isPresent() && !table.get().table.isEmpty()) {
          sameClasses(out, tol, e.getValue(), table.get().classes);
        }
      }
    }
    Optional<Facts> econ = economic.or(() -> basicEconomic);
    if (gpb.isPresent() && econ.isPresent()) {
      Facts g = gpb.get();
      Facts e = econ.get();
      if (economic.isPresent()) {
        same(out, tol, "一般公共预算支出", g.total.get(Concept.TOTAL), e.total.get(Concept.TOTAL), Severity.ERROR);
        same(out, tol, "基本支出", g.total.get(Concept.BASIC), e.total.get(Concept.BASIC), Severity.ERROR);
      } else {
        same(out, tol, "基本支出", g.total.get(Concept.BASIC), e.total.get(Concept.TOTAL), Severity.ERROR);
      }
      same(out, tol, "人员经费", g.total.get(Concept.PERSONNEL), e.total.get(Concept.PERSONNEL), Severity.ERROR);
      same(out, tol, "公用经费", g.total.get(Concept.PUBLIC_USE), e.total.get(Concept.PUBLIC_USE), Severity.ERROR);
    }

    if (projects.isPresent() && expenditure.isPresent()) {
      Fact listed = projects.get().total.get(Concept.TOTAL);
      if (listed == null) {
        listed = projectSum(projects.get(), d.precision());
      }
      same(out, tol, "项目支出", expenditure.get().total.get(Concept.PROJECT), listed, Severity.WARNING);
    }
    if (expenditure.isPresent() && gpb.isPresent() && income.isPresent()) {
      explained(out, tol, expenditure.get(), gpb.get(), income.get());
    }
    return out;
  }

  /**
   * The comparisons that could not be made: a table of the pair absent or not read, a figure of a
   * read table missing (no total row, no column, a blank cell). Absence of 项目支出表, which not every
   * province prints, is not listed.
   */
  @Override
  public List<NotChecked> notChecked(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<NotChecked> out = new ArrayList<>();
    DocumentMemo memo = DocumentMemo.of(subject);
    TableKind econKind = Coverage.index(d, TableKind.GENERAL_PUBLIC_BY_ECONOMIC) >= 0
        ? TableKind.GENERAL_PUBLIC_BY_ECONOMIC : TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC;
    if (threePublic) {
      String check = "“三公”经费支出表 ≥ 30212/30217/30231/31013 of " + econKind.chinese();
      if (Coverage.need(d, id(), check, out, TableKind.THREE_PUBLIC, econKind)) {
        Map<Concept, Fact> values = threePublicValues(d, facts(d, memo, TableKind.THREE_PUBLIC).orElseThrow());
        Facts three = facts(d, memo, TableKind.THREE_PUBLIC).orElseThrow();
        Facts econ = facts(d, memo, econKind).orElseThrow();
        for (Map.Entry<String, Concept> item : THREE_PUBLIC_ITEMS.entrySet()) {
          if (values.get(item.getValue()) == null && econ.economic.containsKey(item.getKey())) {
            // printed by rows, the table lacks a row value rather than a column
            boolean byRows = three.table.rows().stream()
                .anyMatch(r -> r.concept().equals(Optional.of(item.getValue())));
            gap(out, item.getValue().chinese() + " (" + item.getKey() + ") ≤ “三公”经费支出表", three, item.getValue(),
                !byRows);
          }
        }
      }
      return out;
    }
    String spent = "收支总表 本年支出合计 = 支出总表 合计";
    if (Coverage.need(d, id(), spent, out, TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.EXPENDITURE)) {
      Facts s = facts(d, memo, TableKind.INCOME_EXPENDITURE_SUMMARY).orElseThrow();
      if (!s.expenditureItems.containsKey(Concept.CURRENT_EXPENDITURE_TOTAL)) {
        gap(out, spent, s, s.expenditureItems, Concept.EXPENDITURE_GRAND_TOTAL, false);
      }
      Facts e = facts(d, memo, TableKind.EXPENDITURE).orElseThrow();
      if (total(e, Concept.CURRENT_EXPENDITURE_TOTAL) == null) {
        gap(out, spent, e, e.total, Concept.TOTAL, true);
      }
    }
    String received = "收支总表 本年收入合计 = 收入总表 合计";
    if (Coverage.need(d, id(), received, out, TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.INCOME)) {
      Facts i = facts(d, memo, TableKind.INCOME).orElseThrow();
      if (total(i, Concept.CURRENT_INCOME_TOTAL) == null) {
        gap(out, received, i, i.total, Concept.TOTAL, true);
      }
    }
    String gpbTotal = "财政拨款收支总表 一般公共预算 = 一般公共预算支出表 合计";
    if (Coverage.need(d, id(), gpbTotal, out, TableKind.FISCAL_APPROPRIATION_SUMMARY,
        TableKind.GENERAL_PUBLIC_BY_FUNCTION)) {
      Facts f = facts(d, memo, TableKind.FISCAL_APPROPRIATION_SUMMARY).orElseThrow();
      gap(out, gpbTotal, f, f.total, Concept.GENERAL_PUBLIC_BUDGET, true);
      Facts g = facts(d, memo, TableKind.GENERAL_PUBLIC_BY_FUNCTION).orElseThrow();
      gap(out, gpbTotal, g, g.total, Concept.TOTAL, true);
    }
    String basic = "一般公共预算支出表 基本支出 / 人员经费 / 公用经费 = " + econKind.chinese();
    if (Coverage.need(d, id(), basic, out, TableKind.GENERAL_PUBLIC_BY_FUNCTION, econKind)) {
      Facts g = facts(d, memo, TableKind.GENERAL_PUBLIC_BY_FUNCTION).orElseThrow();
      Facts e = facts(d, memo, econKind).orElseThrow();
      for (Concept c : List.of(Concept.BASIC, Concept.PERSONNEL, Concept.PUBLIC_USE)) {
        // one item per quantity: the first table that lacks it
        if (g.total.containsKey(c) && c != Concept.BASIC) {
          gap(out, basic, e, e.total, c, true);
        } else {
          gap(out, basic, g, g.total, c, true);
        }
      }
    }
    if (Coverage.index(d, TableKind.PROJECT_EXPENDITURE) >= 0) {
      String projectsCheck = "项目支出表 = 支出总表 项目支出";
      if (Coverage.need(d, id(), projectsCheck, out, TableKind.PROJECT_EXPENDITURE, TableKind.EXPENDITURE)) {
        Facts e = facts(d, memo, TableKind.EXPENDITURE).orElseThrow();
        gap(out, projectsCheck, e, e.total, Concept.PROJECT, true);
      }
    }
    return out;
  }

  /**
   * The total of a one-sided table: its 合计 column, else the column a final account heads
   * 本年支出合计 / 本年收入合计 (公开02, 公开03).
   */
  private static @Nullable Fact total(Facts f, Concept current) {
    Fact t = f.total.get(Concept.TOTAL);
    return t != null ? t : f.total.get(current);
  }

  /** Records a figure a read table does not give: no column for it, or nothing printed. */
  private void gap(List<NotChecked> out, String check, Facts f, Map<Concept, Fact> figures, Concept c,
      boolean column) {
    if (figures.containsKey(c)) {
      return;
    }
    gap(out, check, f, c, column);
  }

  private void gap(List<NotChecked> out, String check, Facts f, Concept c, boolean column) {
    DisclosureTable t = f.table;
    if (t.emptyStatement().isPresent() || EmptyTableRule.explainedByNote(t) && t.rows().isEmpty()) {
      // a table that says it is empty has nothing to compare
      return;
    }
    NotChecked.Reason why = column && t.column(c).isEmpty() ? NotChecked.Reason.COLUMN_MISSING
        : NotChecked.Reason.VALUE_MISSING;
    out.add(NotChecked.of(id(), why, check, t.title() + " " + c.chinese(), Tables.tableLocation(f.index, t)));
  }

  private void threePublic(Disclosure d, DocumentMemo memo, List<Finding> out, Tolerance tol, Optional<Facts> economic,
      Optional<Facts> basicEconomic) {
    Optional<Facts> three = facts(d, memo, TableKind.THREE_PUBLIC);
    Optional<Facts> econ = economic.or(() -> basicEconomic);
    if (three.isEmpty() || econ.isEmpty()) {
      return;
    }
    Map<Concept, Fact> values = threePublicValues(d, three.get());
    boolean whole = economic.isPresent();
    for (Map.Entry<String, Concept> item : THREE_PUBLIC_ITEMS.entrySet()) {
      // a “三公” cell printed blank has no value here: it is not 0 and is not compared
      atLeast(out, tol, item.getValue().chinese() + " (" + item.getKey() + ")", econ.get().economic.get(item.getKey()),
          values.get(item.getValue()), whole);
    }
  }

  /**
   * The economic rows (部门预算支出经济分类) that are one “三公” item each: 30212 因公出国（境）费用,
   * 30217 公务接待费, 30231 公务用车运行维护费, 31013 公务用车购置.
   */
  static final Map<String, Concept> THREE_PUBLIC_ITEMS = threePublicItems();

  private static Map<String, Concept> threePublicItems() {
    Map<String, Concept> m = new LinkedHashMap<>();
    m.put("30212", Concept.OVERSEAS_TRAVEL);
    m.put("30217", Concept.OFFICIAL_RECEPTION);
    m.put("30231", Concept.VEHICLE_OPERATION);
    m.put("31013", Concept.VEHICLE_PURCHASE);
    return Map.copyOf(m);
  }

  private void same(List<Finding> out, Tolerance documentTolerance, String quantity, @Nullable Fact a,
      @Nullable Fact b, Severity severity) {
    if (a == null || b == null || a.unknown || b.unknown) {
      return;
    }
    // two tables printed in different units agree to the coarser one's rounding
    Tolerance tol = a.ulp.compareTo(b.ulp) == 0 ? documentTolerance
        : Tolerance.of(a.ulp.max(b.ulp), documentTolerance.factor());
    Comparisons.compare(out, () -> finding(MISMATCH, severity).arguments(quantity, a.table, a.value, b.table, b.value),
        severity, tol, b.where, a.value, b.value, 1);
  }

  private void sameClasses(List<Finding> out, Tolerance tol, Map<String, Fact> a, Map<String, Fact> b) {
    if (a.values().stream().allMatch(f -> f.unknown) || b.values().stream().allMatch(f -> f.unknown)) {
      return;
    }
    // a class one table does not print is 0 there only when every class it prints was read
    boolean aWhole = a.values().stream().noneMatch(f -> f.unknown);
    boolean bWhole = b.values().stream().noneMatch(f -> f.unknown);
    for (Map.Entry<String, Fact> e : a.entrySet()) {
      Fact other = b.get(e.getKey());
      if (other == null && !bWhole) {
        continue;
      }
      if (other == null && e.getValue().value.signum() != 0) {
        Fact zero = new Fact(BigDecimal.ZERO, e.getValue().where, firstTable(b), e.getValue().ulp);
        same(out, tol, e.getKey(), zero, e.getValue(), Severity.ERROR);
      } else {
        same(out, tol, e.getKey(), e.getValue(), other, Severity.ERROR);
      }
    }
    for (Map.Entry<String, Fact> e : b.entrySet()) {
      if (aWhole && !a.containsKey(e.getKey()) && e.getValue().value.signum() != 0) {
        same(out, tol, e.getKey(), new Fact(BigDecimal.ZERO, e.getValue().where, firstTable(a), e.getValue().ulp), e.getValue(),
            Severity.ERROR);
      }
    }
  }

  private static String firstTable(Map<String, Fact> m) {
    return m.values().iterator().next().table;
  }

  /**
   * The economic row (basic expenditure only unless {@code whole}) cannot exceed the “三公” figure,
   * and equals it in a table of all expenditure. The finding says the two tables cannot both hold:
   * either may be the wrong one.
   */
  private void atLeast(List<Finding> out, Tolerance tol, String quantity, @Nullable Fact economicRow,
      @Nullable Fact three, boolean whole) {
    if (economicRow == null || three == null || economicRow.unknown || three.unknown) {
      return;
    }
    if (!whole && (tol.judge(three.value, economicRow.value, 1) != Verdict.MISMATCH
        || economicRow.value.compareTo(three.value) <= 0)) {
      return;
    }
    String key = whole ? "cross-table-mismatch.three-public-equal" : "cross-table-mismatch.three-public-part";
    Comparisons.compare(out, () -> finding(MISMATCH, Severity.ERROR).messageKey(key)
        .arguments(quantity, economicRow.table, economicRow.value, three.table, three.value),
        Severity.ERROR, tol, economicRow.where, three.value, economicRow.value, 1);
  }

  /** The “三公” table's current-year values by concept, in either orientation. */
  static Map<Concept, Fact> threePublicValues(Disclosure d, Facts f) {
    Map<Concept, Fact> out = new LinkedHashMap<>(f.incomeItems);
    out.putAll(f.expenditureItems);
    DisclosureTable t = f.table;
    Location tl = Tables.tableLocation(f.index, t);
    String year = Integer.toString(d.year().value());
    int chosen = -1;
    for (int ri = 0; ri < t.rows().size() && chosen < 0; ri++) {
      if (t.rows().get(ri).label().contains(year) && t.rows().get(ri).unit().isEmpty()) {
        chosen = ri;
      }
    }
    if (chosen < 0) {
      for (int ri = 0; ri < t.rows().size() && chosen < 0; ri++) {
        Row r = t.rows().get(ri);
        if (r.unit().isEmpty() && (r.kind() == RowKind.TOTAL || r.kind() == RowKind.ITEM && r.concept().isEmpty())) {
          chosen = ri;
        }
      }
    }
    if (chosen >= 0) {
      Row r = t.rows().get(chosen);
      int rowIndex = chosen;
      for (Column c : t.columns()) {
        Tables.value(t, r, c).ifPresent(v -> out.putIfAbsent(c.concept(),
            new Fact(v, cell(tl, rowIndex, r, c), t, d.precision())));
      }
    }
    return out;
  }

  private static @Nullable Fact projectSum(Facts f, Precision precision) {
    DisclosureTable t = f.table;
    Optional<Column> main = Tables.mainColumn(t, Side.SINGLE);
    if (main.isEmpty()) {
      return null;
    }
    BigDecimal sum = null;
    for (Row r : t.rows()) {
      if (r.kind() == RowKind.PROJECT && r.unit().isEmpty()) {
        Optional<BigDecimal> v = Tables.value(t, r, main.get());
        if (v.isPresent()) {
          sum = sum == null ? v.get() : sum.add(v.get());
        }
      }
    }
    return sum == null ? null : new Fact(sum, () -> Tables.tableLocation(f.index, t), t, precision);
  }

  /** 支出总表 minus 一般公共预算支出表 is explained by the non-GPB funding of 收入总表. */
  private void explained(List<Finding> out, Tolerance tol, Facts expenditure, Facts gpb, Facts income) {
    Fact whole = expenditure.total.get(Concept.TOTAL);
    Fact part = gpb.total.get(Concept.TOTAL);
    Fact incomeTotal = income.total.get(Concept.TOTAL);
    Fact incomeGpb = income.total.get(Concept.GENERAL_PUBLIC_BUDGET);
    if (whole == null || part == null) {
      return;
    }
    BigDecimal diff = whole.value.subtract(part.value);
    // A rounding-level gap (or none) needs no explanation.
    if (tol.judge(BigDecimal.ZERO, diff, 1) != Verdict.MISMATCH || incomeTotal == null || incomeGpb == null) {
      return;
    }
    BigDecimal other = incomeTotal.value.subtract(incomeGpb.value);
    Verdict v = tol.judge(other, diff, 3);
    Fact carryover = income.total.get(Concept.PRIOR_YEAR_CARRYOVER);
    if (v == Verdict.MISMATCH && carryover != null) {
      // The carry-over may be general-public money (seed 000: 上年结转 565 is spent in 一般公共预算支出表).
      BigDecimal withoutCarryover = other.subtract(carryover.value);
      if (tol.judge(withoutCarryover, diff, 4) != Verdict.MISMATCH) {
        other = withoutCarryover;
        v = Verdict.ROUNDING;
      }
    }
    BigDecimal explained = other;
    if (v != Verdict.MISMATCH) {
      out.add(finding(EXPLAINED, Severity.INFO).location(part.location()).values(whole.value, part.value)
          .tolerance(tol.bound(3)).arguments(whole.table, whole.value, part.table, part.value, explained).build());
    } else {
      // Expected is what 支出总表 less the other funding leaves for the general public budget, so the
      // difference is the unexplained part only.
      out.add(finding(MISMATCH, Severity.WARNING).location(part.location()).values(whole.value.subtract(other), part.value)
          .tolerance(tol.bound(3)).arguments("一般公共预算支出", whole.table, whole.value, part.table, part.value)
          .build());
    }
  }
}
