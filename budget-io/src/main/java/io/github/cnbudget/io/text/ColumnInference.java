package io.github.cnbudget.io.text;

import io.github.cnbudget.io.text.ImportProblem.Severity;
import io.github.cnbudget.io.text.TableDraft.RowDraft;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places the values of a loose table's lines that print fewer values than the table has columns
 * (列位置丢失的数值), by deterministic rules of final-account tables, and reports every value so
 * placed as a {@link Severity#WARNING} with its line and reason (besides the two below, a 支出决算表
 * row financed by appropriations only takes their 基本支出/项目支出 and an appropriation row spending
 * all of its code's expenditure takes 支出决算表's, a carry-over row places what 小计 = 基本支出 +
 * 项目支出 and 年初 + 本年收入 − 小计 = 年末 settle, and a row under a header of several levels what
 * its column identities settle):
 *
 * <ol>
 *   <li><b>Blank columns.</b> Amounts are not negative, so a column the table's total row (合计,
 *       本年支出合计) leaves blank is blank in every row. When the total row is fully known, or the
 *       columns' totals are printed by another table of the same document (公开02 收入决算表 by the
 *       income rows of 公开01; the budget columns of 公开04 by its own income side), a line that prints
 *       exactly one value for each of the other columns is read in printed order.</li>
 *   <li><b>Column sums.</b> In every column the rows directly below a fully known row (its
 *       classification children, or the rows summed by the total row) add up to it, within the
 *       rounding of one unit of the last printed digit a row. All placements of the group's lone
 *       values (each line's values keep their printed order) that meet every column sum are found; a
 *       line is placed when all of them place it alike, otherwise it is left unplaced.</li>
 * </ol>
 *
 * <p>Values no rule places stay reported as {@code ERROR} by the caller. Stateless; not instantiable.
 */
final class ColumnInference {
  /** Above this many combinations a sibling group is left unplaced rather than searched. */
  static final int MAX_COMBINATIONS = 200_000;

  private ColumnInference() {}

  /**
   * Places what the rules allow in a loose table.
   *
   * @param table the table, its rows read
   * @param earlier the other tables of the same document
   * @param cells reads printed amounts
   * @param problems receives one warning per placed line
   */
  static void resolve(TableDraft table, List<TableDraft> earlier, CellReader cells, List<ImportProblem> problems) {
    for (Side side : Side.values()) {
      List<RowDraft> rows = new ArrayList<>();
      for (RowDraft r : table.rows) {
        if (r.side == side) {
          rows.add(r);
        }
      }
      Optional<RowDraft> pendingRow = rows.stream().filter(r -> !r.pending.isEmpty()).findFirst();
      if (pendingRow.isEmpty()) {
        continue;
      }
      boolean noOpening = table.title.kind == TableKind.GOVERNMENT_FUND && noFundCarryOver(earlier);
      for (RowDraft r : rows) {
        if (!r.pending.isEmpty() && r.cells.isEmpty()) {
          byRowIdentities(r, noOpening, cells, problems);
        }
      }
      if (isNested(table.looseColumns)) {
        // the department's basic spending bounds the department's row: the total, or the only row
        long printed = rows.stream().filter(r -> r.hasValues() || !r.pending.isEmpty()).count();
        for (RowDraft r : rows) {
          if (!r.pending.isEmpty()) {
            boolean department = r.kind == RowKind.TOTAL || printed == 1;
            byColumnIdentities(r, table.looseColumns, department ? basicSpending(table, earlier) : Map.of(), cells,
                problems);
          }
        }
      }
      if (isAppropriationByFunction(table.title.kind)) {
        for (RowDraft r : rows) {
          if (!r.pending.isEmpty() && r.code != null) {
            byExpenditureTable(r, table, earlier, cells, problems);
          }
        }
      }
      pendingRow = rows.stream().filter(r -> !r.pending.isEmpty()).findFirst();
      if (pendingRow.isEmpty()) {
        continue;
      }
      List<Column> components = pendingRow.get().pendingColumns;
      if (table.title.kind == TableKind.EXPENDITURE) {
        for (RowDraft r : rows) {
          if (!r.pending.isEmpty() && r.code != null && r.pendingColumns.equals(components)) {
            byAppropriations(r, table, earlier, cells, problems);
          }
        }
      }
      Optional<RowDraft> total = totalRow(rows);
      String activeReason = null;
      List<Column> active = null;
      if (total.isPresent() && total.get().pending.isEmpty() && total.get().hasValues()) {
        active = activeIn(total.get(), components);
        activeReason = "the total row (line " + total.get().line + ") leaves the other columns blank";
      } else {
        Optional<List<Column>> external = externalActive(table, components, earlier);
        if (external.isPresent()) {
          active = external.get();
          activeReason = "the other columns' totals are blank in " + externalSource(table);
        }
      }
      if (active != null) {
        for (RowDraft r : rows) {
          if (!r.pending.isEmpty() && r.pending.size() == active.size() && r.pendingColumns.equals(components)) {
            place(r, active, cells, problems, "one value for each column that is not blank: " + activeReason);
          }
        }
      }
      List<Column> candidates = active != null ? active : components;
      boolean progress = true;
      while (progress) {
        progress = false;
        for (RowDraft parent : rows) {
          List<RowDraft> children = children(parent, rows, total.orElse(null));
          if (!children.isEmpty() && (!parent.pending.isEmpty() || children.stream().anyMatch(c -> !c.pending.isEmpty()))
              && bySums(parent, children, candidates, components, cells, problems)) {
            progress = true;
          }
        }
      }
    }
  }

  /**
   * 支出决算表 row whose total equals the same code's totals in the appropriation tables (公开05, 公开08,
   * 公开09): the row is financed by appropriations only, so its 基本支出 and 项目支出 are theirs. Placed
   * only when the printed values are exactly those amounts, in printed order.
   */
  private static void byAppropriations(RowDraft r, TableDraft table, List<TableDraft> earlier, CellReader cells,
      List<ImportProblem> problems) {
    List<Column> columns = table.looseColumns;
    Cell printedTotal = r.cells.get(columns.get(0).key());
    if (!isTotal(columns.get(0)) || printedTotal == null || printedTotal.value().isEmpty()) {
      return;
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal basic = BigDecimal.ZERO;
    BigDecimal project = BigDecimal.ZERO;
    List<String> sources = new ArrayList<>();
    for (TableDraft t : earlier) {
      if (t.title.kind != TableKind.GENERAL_PUBLIC_BY_FUNCTION && t.title.kind != TableKind.GOVERNMENT_FUND
          && t.title.kind != TableKind.STATE_CAPITAL) {
        continue;
      }
      List<Column> tc = t.looseColumns != null ? t.looseColumns : t.layout == null ? List.of() : t.layout.columns;
      for (RowDraft f : t.rows) {
        if (f.code == null || !f.code.digits().equals(r.code.digits())) {
          continue;
        }
        if (!f.pending.isEmpty()) {
          return; // that table's own amounts are not known
        }
        total = total.add(sum(f, tc, null));
        basic = basic.add(sum(f, tc, Concept.BASIC));
        project = project.add(sum(f, tc, Concept.PROJECT));
        sources.add("line " + f.line);
      }
    }
    if (sources.isEmpty() || total.compareTo(printedTotal.value().get()) != 0
        || basic.add(project).compareTo(total) != 0) {
      return;
    }
    placeSplit(r, basic, project, cells, problems, "the row's total equals the same code's appropriation expenditure ("
        + String.join(", ", sources) + "), whose 基本支出 and 项目支出 these values are");
  }

  private static boolean isAppropriationByFunction(TableKind kind) {
    return kind == TableKind.GENERAL_PUBLIC_BY_FUNCTION || kind == TableKind.GOVERNMENT_FUND
        || kind == TableKind.STATE_CAPITAL;
  }

  /**
   * The converse of {@link #byAppropriations}: a row of an appropriation table (公开05, 公开08,
   * 公开09) whose 小计 equals the same code's total in 支出决算表 (公开03) spends only that
   * appropriation on the code, so its 基本支出 and 项目支出 are those of 支出决算表's row, when that
   * row's own values are known. Placed only when the printed values are exactly those amounts in
   * printed order.
   */
  private static void byExpenditureTable(RowDraft r, TableDraft table, List<TableDraft> earlier, CellReader cells,
      List<ImportProblem> problems) {
    BigDecimal subtotal = sum(r, table.looseColumns, null);
    if (subtotal.signum() == 0) {
      return;
    }
    RowDraft match = null;
    List<Column> matchColumns = null;
    for (TableDraft t : earlier) {
      if (t.title.kind != TableKind.EXPENDITURE) {
        continue;
      }
      List<Column> tc = t.looseColumns != null ? t.looseColumns : t.layout == null ? List.of() : t.layout.columns;
      for (RowDraft e : t.rows) {
        if (e.code == null || !e.code.digits().equals(r.code.digits())) {
          continue;
        }
        if (match != null || !e.pending.isEmpty()) {
          return; // printed twice, or its own amounts are not known
        }
        match = e;
        matchColumns = tc;
      }
    }
    if (match == null || sum(match, matchColumns, null).compareTo(subtotal) != 0) {
      return;
    }
    BigDecimal basic = sum(match, matchColumns, Concept.BASIC);
    BigDecimal project = sum(match, matchColumns, Concept.PROJECT);
    if (basic.add(project).compareTo(subtotal) != 0) {
      return;
    }
    placeSplit(r, basic, project, cells, problems, "the row's 小计 equals the same code's total in 支出决算表 (line " + match.line
        + "), whose 基本支出 and 项目支出 these values are");
  }

  /** The economic items (支出经济分类) of the “三公” columns. */
  private static final Map<Concept, String> THREE_PUBLIC_ECONOMIC = Map.of(Concept.OVERSEAS_TRAVEL, "30212",
      Concept.OFFICIAL_RECEPTION, "30217", Concept.VEHICLE_OPERATION, "30231", Concept.VEHICLE_PURCHASE, "31013");

  /**
   * Lower bounds of a “三公” table's 决算数 columns: its final amounts are the general-public
   * appropriation's spending, basic and project, so each is at least what 一般公共预算财政拨款基本支出
   * 决算表 prints for the same economic item (30212 因公出国（境）费用, 30217 公务接待费, 30231
   * 公务用车运行维护费, 31013 公务用车购置). Empty for other tables, or when that table is not read.
   */
  private static Map<String, BigDecimal> basicSpending(TableDraft table, List<TableDraft> earlier) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (table.title.kind != TableKind.THREE_PUBLIC) {
      return out;
    }
    Map<String, BigDecimal> byCode = new LinkedHashMap<>();
    for (TableDraft t : earlier) {
      if (t.title.kind != TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC || t.rows.stream().anyMatch(e -> e.kind == RowKind.UNIT)) {
        continue; // rows by unit would count a code once per unit
      }
      List<Column> tc = t.looseColumns != null ? t.looseColumns : t.layout == null ? List.of() : t.layout.columns;
      for (RowDraft e : t.rows) {
        if (e.code == null || !e.pending.isEmpty()) {
          continue;
        }
        for (Column c : tc) {
          Cell cell = e.cells.get(c.key());
          if (c.parent().isEmpty() && (isTotal(c) || c.concept() == Concept.AMOUNT) && cell != null
              && cell.value().isPresent()) {
            byCode.merge(e.code.digits(), cell.value().get(), BigDecimal::add);
            break;
          }
        }
      }
    }
    for (Column c : table.looseColumns) {
      String code = THREE_PUBLIC_ECONOMIC.get(c.concept());
      if (code != null && byCode.containsKey(code) && !c.header().isEmpty() && c.header().get(0).contains("决算")) {
        out.put(c.key(), byCode.get(code));
      }
    }
    return out;
  }

  /** Columns read from a header of several levels ({@link LooseTable#nested}). */
  private static boolean isNested(List<Column> columns) {
    return columns != null && columns.stream().anyMatch(c -> c.key().indexOf('.') > 0);
  }

  /**
   * A row of a table whose header has several levels (“三公” 预算数 and 决算数, each 合计 = 因公出国（境）费
   * + 公务用车购置及运行费 + 公务接待费 and 小计 = 购置费 + 运行费): every placement of the pending values
   * (in printed order) meeting every column identity within rounding is found, and each value all of
   * them put in the same column is placed there; the others stay pending.
   */
  private static void byColumnIdentities(RowDraft r, List<Column> columns, Map<String, BigDecimal> atLeast,
      CellReader cells, List<ImportProblem> problems) {
    List<List<Column>> identities = new ArrayList<>(); // first = sum of the rest
    Map<String, List<Column>> groups = new LinkedHashMap<>();
    for (Column c : columns) {
      groups.computeIfAbsent(c.key().substring(0, Math.max(0, c.key().indexOf('.'))), k -> new ArrayList<>()).add(c);
      List<Column> children = new ArrayList<>();
      for (Column x : columns) {
        if (x.parent().equals(Optional.of(c.key()))) {
          children.add(x);
        }
      }
      if (!children.isEmpty()) {
        children.add(0, c);
        identities.add(children);
      }
    }
    for (List<Column> g : groups.values()) {
      Column total = find(g, c -> c.parent().isEmpty() && isTotal(c));
      if (total == null) {
        continue;
      }
      List<Column> identity = new ArrayList<>();
      identity.add(total);
      for (Column c : g) {
        if (c != total && c.parent().isEmpty()) {
          identity.add(c);
        }
      }
      if (identity.size() >= 3) {
        identities.add(identity);
      }
    }
    if (identities.isEmpty()) {
      return;
    }
    List<BigDecimal> values = new ArrayList<>();
    Map<String, BigDecimal> known = new LinkedHashMap<>();
    int scale = 0;
    for (Map.Entry<String, Cell> e : r.cells.entrySet()) {
      if (e.getValue().value().isPresent()) {
        known.put(e.getKey(), e.getValue().value().get());
        scale = Math.max(scale, e.getValue().value().get().scale());
      }
    }
    for (String printed : r.pending) {
      Optional<BigDecimal> v = cells.read(printed, r.line).value();
      if (v.isEmpty()) {
        return;
      }
      values.add(v.get());
      scale = Math.max(scale, v.get().scale());
    }
    List<List<Column>> options = new ArrayList<>();
    choose(r.pendingColumns, values.size(), 0, new ArrayList<>(), options);
    if (options.size() > MAX_COMBINATIONS) {
      return;
    }
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    Column[] agreed = null;
    for (List<Column> o : options) {
      Map<String, BigDecimal> at = new LinkedHashMap<>(known);
      for (int k = 0; k < o.size(); k++) {
        at.put(o.get(k).key(), values.get(k));
      }
      boolean ok = true;
      for (Map.Entry<String, BigDecimal> bound : atLeast.entrySet()) {
        if (at.getOrDefault(bound.getKey(), BigDecimal.ZERO).compareTo(bound.getValue()) < 0) {
          ok = false;
        }
      }
      for (List<Column> identity : identities) {
        BigDecimal difference = at.getOrDefault(identity.get(0).key(), BigDecimal.ZERO);
        for (Column part : identity.subList(1, identity.size())) {
          difference = difference.subtract(at.getOrDefault(part.key(), BigDecimal.ZERO));
        }
        if (difference.abs().compareTo(unit.multiply(BigDecimal.valueOf(identity.size() - 1))) > 0) {
          ok = false;
          break;
        }
      }
      if (!ok) {
        continue;
      }
      agreed = agree(agreed, o);
    }
    placeAgreed(r, agreed, r.pendingColumns, cells, problems, "every placement meeting the column identities of the header (合计 = sum of"
        + " its parts, 小计 = sum of its parts)" + (atLeast.isEmpty() ? "" : " and spending at least the basic"
        + " expenditure's economic items (一般公共预算财政拨款基本支出决算表)") + " puts them there");
  }

  private static BigDecimal sum(RowDraft r, List<Column> columns, Concept concept) {
    BigDecimal out = BigDecimal.ZERO;
    for (Column c : columns) {
      Cell cell = r.cells.get(c.key());
      if ((concept == null ? isTotal(c) : c.concept() == concept) && c.parent().isEmpty() && cell != null && cell.value().isPresent()) {
        out = out.add(cell.value().get());
      }
    }
    return out;
  }

  /**
   * A row of a carry-over table (年初结转和结余 | 本年收入 | 本年支出 小计 基本支出 项目支出 | 年末结转和结余)
   * printing fewer values than columns: every placement meeting 小计 = 基本支出 + 项目支出 and 年初 +
   * 本年收入 − 小计 = 年末 (within rounding) is found, and each value that all of them put in the same
   * column is placed there; the others stay pending, now among the columns still free.
   */
  /**
   * Whether 财政拨款收入支出决算总表 (公开04) prints the 政府性基金 line under 年初财政拨款结转和结余
   * blank: then the government-fund table's 年初结转和结余 is blank in every row (amounts are not
   * negative).
   */
  private static boolean noFundCarryOver(List<TableDraft> tables) {
    for (TableDraft t : tables) {
      if (t.title.kind != TableKind.FISCAL_APPROPRIATION_SUMMARY) {
        continue;
      }
      boolean underOpening = false;
      for (RowDraft r : t.rows) {
        if (r.side != Side.INCOME) {
          continue;
        }
        String label = HeaderLayout.squeeze(r.label);
        if (label.contains("年初") && label.contains("结转")) {
          underOpening = true;
          if (!r.pending.isEmpty()) {
            return false;
          }
        } else if (underOpening && r.concept == Concept.GOVERNMENT_FUND) {
          return r.pending.isEmpty() && !r.hasValues();
        }
      }
    }
    return false;
  }

  private static void byRowIdentities(RowDraft r, boolean noOpening, CellReader cells,
      List<ImportProblem> problems) {
    List<Column> columns = r.pendingColumns;
    Column opening = find(columns, c -> c.concept() == Concept.PRIOR_YEAR_CARRYOVER);
    Column income = find(columns, c -> HeaderLayout.squeeze(c.label()).equals("本年收入"));
    Column total = find(columns, c -> c.concept() == Concept.TOTAL);
    Column basic = find(columns, c -> c.concept() == Concept.BASIC);
    Column project = find(columns, c -> c.concept() == Concept.PROJECT);
    Column closing = find(columns, c -> c.concept() == Concept.CARRY_FORWARD);
    if (opening == null || income == null || total == null || basic == null || project == null || closing == null
        || columns.size() != 6) {
      return;
    }
    List<BigDecimal> values = new ArrayList<>();
    int scale = 0;
    for (String printed : r.pending) {
      Optional<BigDecimal> v = cells.read(printed, r.line).value();
      if (v.isEmpty()) {
        return;
      }
      values.add(v.get());
      scale = Math.max(scale, v.get().scale());
    }
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf(3));
    List<Column> possible = new ArrayList<>(columns);
    if (noOpening) {
      possible.remove(opening);
    }
    List<List<Column>> options = new ArrayList<>();
    choose(possible, values.size(), 0, new ArrayList<>(), options);
    Column[] agreed = null;
    for (List<Column> o : options) {
      Map<Column, BigDecimal> at = new LinkedHashMap<>();
      for (int k = 0; k < o.size(); k++) {
        at.put(o.get(k), values.get(k));
      }
      BigDecimal t = at.getOrDefault(total, BigDecimal.ZERO);
      BigDecimal split = at.getOrDefault(basic, BigDecimal.ZERO).add(at.getOrDefault(project, BigDecimal.ZERO));
      BigDecimal flow = at.getOrDefault(opening, BigDecimal.ZERO).add(at.getOrDefault(income, BigDecimal.ZERO))
          .subtract(t).subtract(at.getOrDefault(closing, BigDecimal.ZERO));
      if (t.subtract(split).abs().compareTo(tolerance) > 0 || flow.abs().compareTo(tolerance) > 0) {
        continue;
      }
      agreed = agree(agreed, o);
    }
    placeAgreed(r, agreed, columns, cells, problems, "every placement meeting 小计 = 基本支出 + 项目支出 and 年初结转和结余 + 本年收入"
        + " − 小计 = 年末结转和结余 puts them there" + (noOpening
            ? " (年初结转和结余 is blank: 财政拨款收入支出决算总表 prints no 政府性基金 carry-over)" : ""));
  }

  /**
   * Places the pending values as the row's 基本支出 and 项目支出 when they are exactly the split
   * another table prints for the same code: the non-zero parts, in column order, value for value.
   */
  private static void placeSplit(RowDraft r, BigDecimal basic, BigDecimal project, CellReader cells,
      List<ImportProblem> problems, String reason) {
    List<Column> target = new ArrayList<>();
    List<BigDecimal> expected = new ArrayList<>();
    for (Column c : r.pendingColumns) {
      BigDecimal v = c.concept() == Concept.BASIC ? basic : c.concept() == Concept.PROJECT ? project : BigDecimal.ZERO;
      if (v.signum() != 0) {
        target.add(c);
        expected.add(v);
      }
    }
    if (target.size() != r.pending.size()) {
      return;
    }
    for (int k = 0; k < target.size(); k++) {
      Optional<BigDecimal> v = cells.read(r.pending.get(k), r.line).value();
      if (v.isEmpty() || v.get().compareTo(expected.get(k)) != 0) {
        return;
      }
    }
    place(r, target, cells, problems, reason);
  }

  /**
   * Keeps, position by position, the column that every accepted ordering so far puts there; a
   * position two orderings disagree on is left open ({@code null}).
   */
  private static Column[] agree(Column[] agreed, List<Column> ordering) {
    if (agreed == null) {
      return ordering.toArray(new Column[0]);
    }
    for (int k = 0; k < agreed.length; k++) {
      if (agreed[k] != null && !agreed[k].equals(ordering.get(k))) {
        agreed[k] = null;
      }
    }
    return agreed;
  }

  /**
   * Places the pending values whose column every accepted ordering agrees on; the others stay
   * pending, over the columns not taken.
   */
  private static void placeAgreed(RowDraft r, Column[] agreed, List<Column> columns, CellReader cells,
      List<ImportProblem> problems, String reason) {
    if (agreed == null) {
      return;
    }
    List<Column> target = new ArrayList<>();
    List<String> placedValues = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (int k = 0; k < agreed.length; k++) {
      if (agreed[k] != null) {
        target.add(agreed[k]);
        placedValues.add(r.pending.get(k));
      } else {
        left.add(r.pending.get(k));
      }
    }
    if (target.isEmpty()) {
      return;
    }
    r.pending.clear();
    r.pending.addAll(placedValues);
    place(r, target, cells, problems, reason);
    r.pending.addAll(left);
    List<Column> free = new ArrayList<>(columns);
    free.removeAll(target);
    r.pendingColumns = List.copyOf(free);
  }

  private static Column find(List<Column> columns, java.util.function.Predicate<Column> p) {
    for (Column c : columns) {
      if (p.test(c)) {
        return c;
      }
    }
    return null;
  }

  /** A column of the row's total: 合计, 小计, 本年支出合计, 本年收入合计. */
  private static boolean isTotal(Column c) {
    return c.concept() == Concept.TOTAL || c.concept() == Concept.CURRENT_EXPENDITURE_TOTAL
        || c.concept() == Concept.CURRENT_INCOME_TOTAL;
  }

  private static Optional<RowDraft> totalRow(List<RowDraft> rows) {
    for (RowDraft r : rows) {
      if (r.kind == RowKind.TOTAL || r.concept == Concept.CURRENT_EXPENDITURE_TOTAL
          || r.concept == Concept.CURRENT_INCOME_TOTAL) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static List<Column> activeIn(RowDraft r, List<Column> components) {
    List<Column> out = new ArrayList<>();
    for (Column c : components) {
      Cell cell = r.cells.get(c.key());
      if (cell != null && cell.value().filter(v -> v.signum() != 0).isPresent()) {
        out.add(c);
      }
    }
    return out;
  }

  private static String externalSource(TableDraft table) {
    return table.title.kind == TableKind.INCOME ? "the income side of 收入支出决算总表" : "this table's income side";
  }

  /**
   * The columns not blank by another part of the document: 收入决算表's sources by the income rows
   * of 收入支出决算总表, 财政拨款收入支出决算总表's budgets by its own income rows (本年收入 and 年初结转).
   */
  private static Optional<List<Column>> externalActive(TableDraft table, List<Column> components,
      List<TableDraft> earlier) {
    List<RowDraft> income = new ArrayList<>();
    if (table.title.kind == TableKind.INCOME) {
      for (TableDraft t : earlier) {
        if (t.title.kind == TableKind.INCOME_EXPENDITURE_SUMMARY) {
          t.rows.stream().filter(r -> r.side == Side.INCOME).forEach(income::add);
        }
      }
    } else if (table.title.kind == TableKind.FISCAL_APPROPRIATION_SUMMARY) {
      table.rows.stream().filter(r -> r.side == Side.INCOME).forEach(income::add);
    } else {
      return Optional.empty();
    }
    if (income.isEmpty() || income.stream().anyMatch(r -> !r.pending.isEmpty())) {
      return Optional.empty();
    }
    Map<Concept, Boolean> amounts = new LinkedHashMap<>();
    for (RowDraft r : income) {
      if (r.concept != null) {
        amounts.merge(r.concept, r.hasValues(), Boolean::logicalOr);
      }
    }
    List<Column> out = new ArrayList<>();
    for (Column c : components) {
      Set<Concept> sources = new LinkedHashSet<>();
      if (c.concept() == Concept.FISCAL_APPROPRIATION) {
        sources.addAll(List.of(Concept.GENERAL_PUBLIC_BUDGET, Concept.GOVERNMENT_FUND, Concept.STATE_CAPITAL));
      } else {
        sources.add(c.concept());
      }
      if (sources.stream().noneMatch(amounts::containsKey)) {
        return Optional.empty(); // a column whose source the other table does not print: no rule
      }
      if (sources.stream().anyMatch(s -> amounts.getOrDefault(s, false))) {
        out.add(c);
      }
    }
    return Optional.of(out);
  }

  /**
   * The rows summed by a row: for the total row the rows above it on its side (two-sided tables) or
   * the codes with no ancestor in the table; for a coded row its nearest descendants in the table.
   */
  private static List<RowDraft> children(RowDraft parent, List<RowDraft> rows, RowDraft total) {
    List<RowDraft> out = new ArrayList<>();
    if (parent == total) {
      if (parent.side != Side.SINGLE) {
        for (RowDraft r : rows) {
          if (r == parent) {
            break;
          }
          if (r.kind != RowKind.TOTAL && (r.hasValues() || !r.pending.isEmpty())) {
            out.add(r);
          }
        }
        return out;
      }
      for (RowDraft r : rows) {
        if (r.code != null && rows.stream().noneMatch(a -> a.code != null && a.code.isAncestorOf(r.code))) {
          out.add(r);
        }
      }
      return out;
    }
    if (parent.code == null) {
      return out;
    }
    for (RowDraft r : rows) {
      if (r.code != null && parent.code.isAncestorOf(r.code) && rows.stream().noneMatch(
          a -> a != parent && a.code != null && parent.code.isAncestorOf(a.code) && a.code.isAncestorOf(r.code))) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Column sums of one group: the parent minus its children is zero in every column. The parent's
   * own lone values take part in the search (a total row printing fewer values than columns).
   */
  private static boolean bySums(RowDraft parent, List<RowDraft> children, List<Column> candidates,
      List<Column> components, CellReader cells, List<ImportProblem> problems) {
    List<RowDraft> group = new ArrayList<>();
    group.add(parent);
    group.addAll(children);
    List<RowDraft> open = new ArrayList<>();
    List<Integer> signs = new ArrayList<>();
    List<List<List<Column>>> options = new ArrayList<>();
    List<List<BigDecimal>> values = new ArrayList<>();
    Map<String, BigDecimal> known = new LinkedHashMap<>();
    int scale = 0;
    long combinations = 1;
    boolean byClass = false;
    for (Column col : components) {
      known.put(col.key(), BigDecimal.ZERO);
    }
    for (RowDraft r : group) {
      int sign = r == parent ? -1 : 1;
      for (Column col : components) {
        Cell cv = r.cells.get(col.key());
        if (cv != null && cv.value().isPresent()) {
          BigDecimal v = cv.value().get();
          known.merge(col.key(), sign < 0 ? v.negate() : v, BigDecimal::add);
          scale = Math.max(scale, v.scale());
        }
      }
      if (r.pending.isEmpty()) {
        continue;
      }
      if (!r.pendingColumns.equals(components)) {
        return false;
      }
      List<List<Column>> o = new ArrayList<>();
      choose(candidates, r.pending.size(), 0, new ArrayList<>(), o);
      if (personnelByClass(r, components)) {
        // 工资福利支出 (301) and 对个人和家庭的补助 (303) are 人员经费 by the definition of 基本支出: the
        // rounding tolerance alone can leave a small amount free to sit under 公用经费
        o.removeIf(cols -> cols.stream().anyMatch(c -> c.concept() == Concept.PUBLIC_USE));
        byClass = true;
      }
      combinations *= o.size();
      if (o.isEmpty() || combinations > MAX_COMBINATIONS) {
        return false;
      }
      List<BigDecimal> vs = new ArrayList<>();
      for (String printed : r.pending) {
        Optional<BigDecimal> v = cells.read(printed, r.line).value();
        if (v.isEmpty()) {
          return false;
        }
        vs.add(sign < 0 ? v.get().negate() : v.get());
        scale = Math.max(scale, v.get().scale());
      }
      open.add(r);
      signs.add(sign);
      options.add(o);
      values.add(vs);
    }
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf(children.size()));
    int[] pick = new int[open.size()];
    // per open row: the option every solution so far uses, -1 when solutions differ
    int[] agreed = null;
    while (true) {
      Map<String, BigDecimal> sums = new LinkedHashMap<>(known);
      for (int i = 0; i < open.size(); i++) {
        List<Column> cols = options.get(i).get(pick[i]);
        for (int k = 0; k < cols.size(); k++) {
          sums.merge(cols.get(k).key(), values.get(i).get(k), BigDecimal::add);
        }
      }
      boolean ok = true;
      for (BigDecimal difference : sums.values()) {
        if (difference.abs().compareTo(tolerance) > 0) {
          ok = false;
          break;
        }
      }
      if (ok) {
        if (agreed == null) {
          agreed = pick.clone();
        } else {
          for (int k = 0; k < pick.length; k++) {
            if (agreed[k] != pick[k]) {
              agreed[k] = -1;
            }
          }
        }
      }
      int i = 0;
      while (i < pick.length && ++pick[i] == options.get(i).size()) {
        pick[i] = 0;
        i++;
      }
      if (i == pick.length) {
        break;
      }
    }
    if (agreed == null) {
      return false;
    }
    String reason = "every placement by which the rows below '" + parent.label.strip() + "' (line " + parent.line
        + ") add up to it in every column puts them there"
        + (byClass ? " (工资福利支出 and 对个人和家庭的补助 counted as 人员经费)" : "");
    boolean placed = false;
    for (int i = 0; i < open.size(); i++) {
      if (agreed[i] >= 0) {
        place(open.get(i), options.get(i).get(agreed[i]), cells, problems, reason);
        placed = true;
      }
    }
    return placed;
  }

  /** A row of class 301 or 303 in a table that splits 基本支出 into 人员经费 and 公用经费. */
  private static boolean personnelByClass(RowDraft r, List<Column> components) {
    if (r.code == null || components.stream().noneMatch(c -> c.concept() == Concept.PERSONNEL)) {
      return false;
    }
    String digits = r.code.digits();
    return digits.startsWith("301") || digits.startsWith("303");
  }

  private static void choose(List<Column> from, int k, int start, List<Column> acc, List<List<Column>> out) {
    if (acc.size() == k) {
      out.add(List.copyOf(acc));
      return;
    }
    for (int i = start; i <= from.size() - (k - acc.size()); i++) {
      acc.add(from.get(i));
      choose(from, k, i + 1, acc, out);
      acc.remove(acc.size() - 1);
    }
  }

  private static void place(RowDraft r, List<Column> columns, CellReader cells, List<ImportProblem> problems,
      String reason) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < columns.size(); k++) {
      r.cells.put(columns.get(k).key(), cells.read(r.pending.get(k), r.line));
      names.add(HeaderLayout.squeeze(columns.get(k).label()));
    }
    problems.add(ImportProblem.of(ImportProblem.Kind.VALUES_PLACED_BY_INFERENCE, Severity.WARNING, r.line, String.join(" ", r.pending),
        "values of '" + r.label.strip() + "' printed without column positions, placed by inference in "
            + String.join(", ", names) + ": " + reason));
    r.pending.clear();
  }
}
