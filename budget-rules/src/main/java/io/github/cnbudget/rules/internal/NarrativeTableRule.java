package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.narrative.Basis;
import io.github.cnbudget.model.narrative.Fact;
import io.github.cnbudget.model.narrative.StatedAmount;
import io.github.cnbudget.model.narrative.Topic;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The narrative states the tables' figures (说明与报表一致): a “三公” amount (the total or one of its
 * parts) equals the cell of the “三公” table for the document's year and stage, a 类/款/项 amount named
 * in the narrative equals its row of the 一般公共预算支出表, and a total of income or expenditure stated
 * with the document's year (2023年收入预算…) equals one of the 收支总表's totals of that side. Only facts of the document's year and stage
 * are compared (a 全年预算 in a final account is not its 决算), and only where the table has one
 * department-level figure for the item: tables printed per unit without a department row are not
 * checked. Judged with the rounding of both printed figures; a difference beyond it is an ERROR naming
 * the table and the cell.
 */
final class NarrativeTableRule extends AbstractRule {
  static final String CODE = "narrative-amount-differs-from-table";

  private static final Map<Topic, Concept> THREE_PUBLIC = new EnumMap<>(Map.of(
      Topic.THREE_PUBLIC, Concept.THREE_PUBLIC_TOTAL,
      Topic.OVERSEAS_TRAVEL, Concept.OVERSEAS_TRAVEL,
      Topic.OFFICIAL_VEHICLES, Concept.OFFICIAL_VEHICLES,
      Topic.VEHICLE_PURCHASE, Concept.VEHICLE_PURCHASE,
      Topic.VEHICLE_OPERATION, Concept.VEHICLE_OPERATION,
      Topic.OFFICIAL_RECEPTION, Concept.OFFICIAL_RECEPTION));

  private static final Map<Topic, Set<Concept>> TOTALS = new EnumMap<>(Map.of(
      Topic.INCOME, Set.of(Concept.CURRENT_INCOME_TOTAL, Concept.INCOME_GRAND_TOTAL),
      Topic.EXPENDITURE, Set.of(Concept.CURRENT_EXPENDITURE_TOTAL, Concept.EXPENDITURE_GRAND_TOTAL),
      Topic.INCOME_AND_EXPENDITURE, Set.of(Concept.INCOME_GRAND_TOTAL, Concept.EXPENDITURE_GRAND_TOTAL)));

  NarrativeTableRule() {
    super("narrative-table-amounts", Set.of(CODE), Set.of("narrative", "arithmetic", "cross-table"),
        "Amounts stated in the narrative equal the tables' cells for the same item");
  }

  /** A table cell a fact is compared with. */
  private static final class Cell {
    final int table;
    final int row;
    final Column column;
    final BigDecimal value;

    Cell(int table, int row, Column column, BigDecimal value) {
      this.table = table;
      this.row = row;
      this.column = column;
      this.value = value;
    }
  }

  @Override
  public List<Finding> check(Disclosure d, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Fact f : Narratives.facts(d)) {
      if (f.amount().isEmpty() || !ofThisYearAndStage(d, f)) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      if (THREE_PUBLIC.containsKey(f.topic())) {
        threePublic(d, THREE_PUBLIC.get(f.topic())).ifPresent(cells::add);
      } else if (f.topic() == Topic.CLASSIFICATION && !f.classificationNames().isEmpty()) {
        classification(d, f).ifPresent(cells::add);
      } else if (TOTALS.containsKey(f.topic()) && f.year().isPresent()) {
        cells.addAll(totals(d, TOTALS.get(f.topic())));
      }
      compare(d, f, cells, out);
    }
    return out;
  }

  private static boolean ofThisYearAndStage(Disclosure d, Fact f) {
    if (f.year().isPresent() && f.year().getAsInt() != d.year().value()) {
      return false;
    }
    if (f.basis().isEmpty()) {
      return true;
    }
    Basis b = f.basis().get();
    return d.stage() == Stage.BUDGET ? b == Basis.BUDGET : b == Basis.FINAL;
  }

  /**
   * Compares a fact with the cells that may hold its figure: silent when it agrees with any of them
   * (收入预算 is 本年收入合计 in one document and 收入总计 in another), else an ERROR naming the first.
   */
  private void compare(Disclosure d, Fact f, List<Cell> cells, List<Finding> out) {
    if (cells.isEmpty()) {
      return;
    }
    StatedAmount a = f.amount().get();
    for (Cell c : cells) {
      if (a.inYuan().subtract(yuan(d, c)).abs().compareTo(a.halfUlpInYuan().add(half(d, c))) <= 0) {
        return;
      }
    }
    Cell c = cells.get(0);
    DisclosureTable t = d.tables().get(c.table);
    AmountUnit unit = unit(d, c);
    BigDecimal tableYuan = yuan(d, c);
    Row r = t.rows().get(c.row);
    out.add(finding(CODE, Severity.ERROR)
        .location(Tables.cellLocation(Tables.rowLocation(Tables.tableLocation(c.table, t), c.row, r), c.column.key()))
        .values(tableYuan, a.inYuan())
        .arguments(Narratives.where(d, f.paragraph()), Narratives.quote(f.sentence()), a.printed(), t.title(),
            r.label().isBlank() ? "#" + (c.row + 1) : Tables.rowName(r), String.join(" / ", c.column.header()),
            c.value.toPlainString() + unit.symbol())
        .build());
  }

  private static AmountUnit unit(Disclosure d, Cell c) {
    return d.tables().get(c.table).amountUnit().orElse(d.precision().unit());
  }

  private static BigDecimal yuan(Disclosure d, Cell c) {
    return unit(d, c).convert(c.value, AmountUnit.YUAN);
  }

  /** Half a unit of the cell's last printed digit, in yuan. */
  private static BigDecimal half(Disclosure d, Cell c) {
    return unit(d, c).convert(BigDecimal.ONE.movePointLeft(Math.max(0, c.value.scale())), AmountUnit.YUAN)
        .divide(BigDecimal.valueOf(2));
  }

  /**
   * The department-level totals of the 收支总表 a total of the narrative may be: 本年收入合计 or 收入总计
   * for income, 本年支出合计 or 支出总计 for expenditure, the 总计 rows for 收入支出总计.
   */
  private static List<Cell> totals(Disclosure d, Set<Concept> concepts) {
    List<Cell> out = new ArrayList<>();
    for (int ti = 0; ti < d.tables().size(); ti++) {
      DisclosureTable t = d.tables().get(ti);
      if (t.kind() != TableKind.INCOME_EXPENDITURE_SUMMARY) {
        continue;
      }
      for (int ri = 0; ri < t.rows().size(); ri++) {
        Row r = t.rows().get(ri);
        if (r.unit().isPresent() || r.concept().isEmpty() || !concepts.contains(r.concept().get())) {
          continue;
        }
        Optional<Column> main = Tables.mainColumn(t, r.side());
        Optional<BigDecimal> v = main.flatMap(c -> r.value(c.key()));
        if (v.isPresent()) {
          out.add(new Cell(ti, ri, main.get(), v.get()));
        }
      }
    }
    return out;
  }

  /**
   * The “三公” table's department-level cell of a concept: a row of that concept (tables printed by
   * rows), else the column of that concept in the only department-level row, under the 决算 or 预算
   * header group that matches the document's stage (tables printed by columns).
   */
  private static Optional<Cell> threePublic(Disclosure d, Concept concept) {
    for (int ti = 0; ti < d.tables().size(); ti++) {
      DisclosureTable t = d.tables().get(ti);
      if (t.kind() != TableKind.THREE_PUBLIC) {
        continue;
      }
      List<Column> amounts = new ArrayList<>();
      for (Column c : t.columns()) {
        if (Tables.isAmountColumn(c)) {
          amounts.add(c);
        }
      }
      for (int ri = 0; ri < t.rows().size(); ri++) {
        Row r = t.rows().get(ri);
        if (r.unit().isEmpty() && r.concept().filter(concept::equals).isPresent() && !amounts.isEmpty()) {
          Optional<BigDecimal> v = r.value(amounts.get(0).key());
          if (v.isPresent()) {
            return Optional.of(new Cell(ti, ri, amounts.get(0), v.get()));
          }
        }
      }
      Optional<Column> column = stageColumn(d, t, concept == Concept.THREE_PUBLIC_TOTAL ? Concept.TOTAL : concept);
      List<Integer> rows = new ArrayList<>();
      for (int ri = 0; ri < t.rows().size(); ri++) {
        Row r = t.rows().get(ri);
        if (r.unit().isEmpty() && r.concept().isEmpty() && r.kind() != RowKind.UNIT && yearOf(r.label(), d)) {
          rows.add(ri);
        }
      }
      if (column.isPresent() && rows.size() == 1) {
        Optional<BigDecimal> v = t.rows().get(rows.get(0)).value(column.get().key());
        if (v.isPresent()) {
          return Optional.of(new Cell(ti, rows.get(0), column.get(), v.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** A row label names no year, or the document's. */
  private static boolean yearOf(String label, Disclosure d) {
    return !label.matches(".*(?:19|20)\\d{2}.*") || label.contains(Integer.toString(d.year().value()));
  }

  /** The outermost column of a concept under the header group of the document's stage (决算数 / 预算数). */
  private static Optional<Column> stageColumn(Disclosure d, DisclosureTable t, Concept concept) {
    String wanted = d.stage() == Stage.FINAL_ACCOUNT ? "决算" : "预算";
    Column best = null;
    for (Column c : t.columns()) {
      if (c.concept() != concept) {
        continue;
      }
      boolean grouped = c.header().size() > 1 && (c.header().get(0).contains("预算") || c.header().get(0).contains("决算"));
      if (grouped && !c.header().get(0).contains(wanted)) {
        continue;
      }
      if (best == null || c.header().size() < best.header().size()) {
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The 一般公共预算支出表 row of a 类/款/项 the narrative names: the code printed with it, else the one
   * code row whose label is the last name printed (under the 类 the first name gives, when it gives
   * one); read from the table's main amount column. Tables whose code rows belong to units are skipped.
   */
  private static Optional<Cell> classification(Disclosure d, Fact f) {
    for (int ti = 0; ti < d.tables().size(); ti++) {
      DisclosureTable t = d.tables().get(ti);
      if (t.kind() != TableKind.GENERAL_PUBLIC_BY_FUNCTION) {
        continue;
      }
      Optional<Column> total = Optional.empty();
      for (Column c : t.columns()) {
        if (c.concept() == Concept.TOTAL && Tables.isAmountColumn(c)) {
          total = Optional.of(c);
          break;
        }
      }
      if (total.isEmpty()) {
        continue;
      }
      String last = squeeze(f.classificationNames().get(f.classificationNames().size() - 1));
      String first = squeeze(f.classificationNames().get(0));
      int found = -1;
      for (int ri = 0; ri < t.rows().size(); ri++) {
        Row r = t.rows().get(ri);
        if (r.kind() != RowKind.CODE || r.code().isEmpty()) {
          continue;
        }
        if (r.unit().isPresent()) {
          return Optional.empty();
        }
        boolean match = f.code().isPresent() ? r.code().get().equals(f.code().get())
            : squeeze(Tables.stripOrdinal(r.label())).equals(last) && underClass(t, r, first, f);
        if (match) {
          if (found >= 0) {
            return Optional.empty();
          }
          found = ri;
        }
      }
      if (found >= 0) {
        Optional<BigDecimal> v = t.rows().get(found).value(total.get().key());
        if (v.isPresent()) {
          return Optional.of(new Cell(ti, found, total.get(), v.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** The row lies under the 类 whose name the narrative printed first (when it printed more than one name). */
  private static boolean underClass(DisclosureTable t, Row r, String className, Fact f) {
    if (f.classificationNames().size() < 2) {
      return true;
    }
    String digits = r.code().get().digits().substring(0, 3);
    for (Row o : t.rows()) {
      if (o.code().isPresent() && o.code().get().digits().equals(digits)) {
        String name = squeeze(Tables.stripOrdinal(o.label()));
        return name.equals(className) || name.startsWith(className);
      }
    }
    return false;
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s（）()“”\"]", "").replaceAll("支出$", "");
  }
}
