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
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.NotChecked;
import io.github.cnbudget.rules.finding.NotChecked.Reason;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The narrative states the tables' figures (说明与报表一致): a “三公” amount (the total or one of its
 * parts) equals the cell of the “三公” table for the document's year and stage, a 类/款/项 amount named
 * in the narrative equals its row of the 一般公共预算支出表, and a total of income or expenditure stated
 * with the document's year (2023年收入预算…) equals one of the 收支总表's totals of that side; 基本支出, 项目支出,
 * 人员经费 and 公用经费 equal the tables' figures of those parts (see {@link #partCells}), and the 政府采购 total
 * and its 货物, 工程 and 服务 parts equal the table that prints them (see {@link #procurementCells}). Only facts of the document's year and stage
 * are compared (a 全年预算 in a final account is not its 决算), and only where the table has one
 * department-level figure for the item: tables printed per unit without a department row are not
 * checked. Judged with the rounding of both printed figures; a difference beyond it is an ERROR placed on
 * the sentence (its page or line) that names the table, row and column of the cell.
 */
final class NarrativeTableRule extends AbstractRule {
  static final String CODE = "narrative-amount-differs-from-table";

  private static final Map<Topic, Concept> THREE_PUBLIC = new EnumMap<>(Map.of(
      Topic.THREE_PUBLIC, Concept.THREE_PUBLIC_TOTAL,
      Topic.OVERSEAS_TRAVEL, Concept.OVERSEAS_TRAVEL,
      Topic.OFFICIAL_VEHICLES, Concept.OFFICIAL_VEHICLES,
      Topic.VEHICLE_PURCHASE, Concept.VEHICLE_PURCHASE,
      Topic.VEHICLE_OPERATION, Concept.VEHICLE_OPERATION,
      Topic.OFFICIAL_RECEPTION, Concept.OFFICIAL_RECEPTION,
      // the “三公” table's 机关运行经费 (行政经费) column or row
      Topic.RUNNING_COSTS, Concept.ADMINISTRATIVE_EXPENSES));

  private static final Map<Topic, Set<Concept>> TOTALS = new EnumMap<>(Map.of(
      Topic.INCOME, Set.of(Concept.CURRENT_INCOME_TOTAL, Concept.INCOME_GRAND_TOTAL),
      Topic.EXPENDITURE, Set.of(Concept.CURRENT_EXPENDITURE_TOTAL, Concept.EXPENDITURE_GRAND_TOTAL),
      Topic.INCOME_AND_EXPENDITURE, Set.of(Concept.INCOME_GRAND_TOTAL, Concept.EXPENDITURE_GRAND_TOTAL)));

  /**
   * The words a fact's own subject must print for its amount to be the figure of a part of the
   * expenditure: the grammar carries a topic over from the sentence before (主要用于：局本部人员经费…。
   * 年初预算为1560.05万元 is the 项's budget, not the 人员经费), and 人员支出 (301 alone, seed 000) is not 人员经费.
   */
  private static final Map<Topic, String> PART_WORDS = new EnumMap<>(Map.of(
      Topic.BASIC, "基本支出", Topic.PROJECT, "项目支出", Topic.PERSONNEL, "人员经费", Topic.PUBLIC_USE, "公用经费"));

  private static final Map<Topic, Concept> PART_CONCEPTS = new EnumMap<>(Map.of(
      Topic.BASIC, Concept.BASIC, Topic.PROJECT, Concept.PROJECT, Topic.PERSONNEL, Concept.PERSONNEL,
      Topic.PUBLIC_USE, Concept.PUBLIC_USE));

  /** A subject that names the fiscal funds: its parts are the 一般公共预算 tables', not the 支出总表's. */
  private static final Pattern FISCAL = Pattern.compile("一般公共预算|财政拨款");

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
    /** A department-level cell, not a unit's. */
    final boolean department;

    Cell(int table, int row, Column column, BigDecimal value) {
      this(table, row, column, value, true);
    }

    Cell(int table, int row, Column column, BigDecimal value, boolean department) {
      this.table = table;
      this.row = row;
      this.column = column;
      this.value = value;
      this.department = department;
    }
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    for (Fact f : Narratives.facts(d)) {
      if (f.amount().isEmpty() || !ofThisYearAndStage(d, f)) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      if (isProcurement(f)) {
        cells.addAll(procurementCells(d, f, new ArrayList<>()));
      } else if (THREE_PUBLIC.containsKey(f.topic())) {
        threePublic(d, THREE_PUBLIC.get(f.topic())).ifPresent(cells::add);
      } else if (f.topic() == Topic.CLASSIFICATION && !f.classificationNames().isEmpty()) {
        classification(d, f).ifPresent(cells::add);
      } else if (TOTALS.containsKey(f.topic()) && f.year().isPresent()) {
        cells.addAll(totals(d, TOTALS.get(f.topic())));
      } else if (isPart(f)) {
        cells.addAll(partCells(d, f, new ArrayList<>()));
      } else if (SOURCES.containsKey(f.topic()) && !CARRIED.matcher(f.subject()).find()) {
        cells.addAll(sourceCells(d, f.topic()));
      }
      compare(d, f, cells, out);
    }
    return out;
  }

  /**
   * The parts of the expenditure and the 政府采购 figures the narrative states but no table of the
   * document prints: the table is absent, has no column (or 合计 row) for the item, or prints nothing in
   * its department-level cell.
   */
  @Override
  public List<NotChecked> notChecked(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<NotChecked> out = new ArrayList<>();
    for (Fact f : Narratives.facts(d)) {
      if (f.amount().isPresent() && ofThisYearAndStage(d, f) && isPart(f)) {
        partCells(d, f, out);
      } else if (f.amount().isPresent() && ofThisYearAndStage(d, f) && isProcurement(f)) {
        procurementCells(d, f, out);
      }
    }
    return out;
  }

  /**
   * A fact of 基本支出, 项目支出, 人员经费 or 公用经费 whose own subject names the part (the year is
   * checked by {@link #ofThisYearAndStage}: 与2019年度支出合计17,677.03万元（基本支出2,579.24万元…）相比
   * states 2019's parts).
   */
  private static boolean isPart(Fact f) {
    String words = PART_WORDS.get(f.topic());
    // the subject ends with the part (人员经费, 一般公共预算财政拨款基本支出数): （2）日常公用经费控制情况本年
    // 共发生会议费支出 0.04万元 is a 会议费
    return words != null && f.subject().replaceAll("[数为是：:\\s]+$", "").endsWith(words);
  }

  /**
   * The cells that may print a part of the expenditure. 基本支出 and 项目支出: the 合计 row of those columns
   * in the 支出总表 / 支出决算表, and in the 一般公共预算支出表 (only there when the subject names 一般公共预算 or
   * 财政拨款), with each unit's total row (seed 000 states them per unit: 市医保局本级…项目支出7,689万元).
   * 人员经费 and 公用经费: the 人员经费合计 / 公用经费合计 row of the 基本支出 table where printed, else the 合计
   * row of its 人员经费 / 公用经费 column. They are never summed from economic classes: 301 + 303 is 人员经费
   * in the Shanghai and Shenzhen tables, but Sichuan's (seed 003) counts part of 302 as 人员经费
   * (23.71 of 53.85). What cannot be found is recorded in {@code missing}.
   */
  private List<Cell> partCells(Disclosure d, Fact f, List<NotChecked> missing) {
    Concept concept = Objects.requireNonNull(PART_CONCEPTS.get(f.topic()), "part topic");
    String check = "“" + Narratives.quote(f.sentence()) + "” " + f.amount().get().printed() + " = " + concept.chinese();
    Location at = Narratives.location(d, f.paragraph());
    List<TableKind> kinds = new ArrayList<>();
    if (concept == Concept.PERSONNEL || concept == Concept.PUBLIC_USE) {
      kinds.add(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC);
    } else {
      if (!FISCAL.matcher(f.subject()).find()) {
        kinds.add(TableKind.EXPENDITURE);
      }
      kinds.add(TableKind.GENERAL_PUBLIC_BY_FUNCTION);
      if (concept == Concept.BASIC) {
        // the 合计 of the 一般公共预算基本支出表 is the 一般公共预算's 基本支出 (seed 003: 410.89)
        kinds.add(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC);
      }
    }
    List<Cell> out = new ArrayList<>();
    List<NotChecked> why = new ArrayList<>();
    for (TableKind kind : kinds) {
      boolean present = false;
      for (int ti = 0; ti < d.tables().size(); ti++) {
        DisclosureTable t = d.tables().get(ti);
        if (t.kind() == kind) {
          present = true;
          partCellsOf(d, ti, t, concept, check, out, why);
        }
      }
      if (!present) {
        why.add(NotChecked.of(id(), Reason.TABLE_ABSENT, check, kind.chinese(), at));
      }
    }
    if (out.isEmpty()) {
      missing.addAll(why);
    }
    // an ERROR names a department's cell, of the first table kind that prints one
    out.sort((a, b) -> Boolean.compare(!a.department, !b.department));
    return out;
  }

  /** The cells of one table that print a part: see {@link #partCells}. */
  private void partCellsOf(Disclosure d, int ti, DisclosureTable t, Concept concept, String check, List<Cell> out,
      List<NotChecked> why) {
    Location tl = Tables.tableLocation(ti, t);
    if (!Coverage.isRead(t)) {
      why.add(NotChecked.of(id(), Reason.TABLE_NOT_READ, check, t.title(), tl));
      return;
    }
    String totalRow = concept.chinese() + "合计";
    Optional<Column> main = Tables.mainColumn(t, Side.SINGLE);
    for (int ri = 0; ri < t.rows().size() && main.isPresent(); ri++) {
      Row r = t.rows().get(ri);
      if (r.unit().isEmpty() && r.label().replaceAll("\\s", "").equals(totalRow)) {
        Optional<BigDecimal> v = Tables.value(t, r, main.get());
        if (v.isPresent()) {
          out.add(new Cell(ti, ri, main.get(), v.get()));
          return;
        }
        why.add(NotChecked.of(id(), Reason.VALUE_MISSING, check, totalRow, Tables.rowLocation(tl, ri, r)));
        return;
      }
    }
    Optional<Column> column = concept == Concept.BASIC && t.kind() == TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC
        ? Tables.mainColumn(t, Side.SINGLE) : Tables.topColumn(t, Side.SINGLE, concept);
    if (column.isEmpty()) {
      why.add(NotChecked.of(id(), Reason.COLUMN_MISSING, check, t.title() + " " + concept.chinese(), tl));
      return;
    }
    boolean department = false;
    for (int ri = 0; ri < t.rows().size(); ri++) {
      Row r = t.rows().get(ri);
      boolean departmentTotal = r.kind() == RowKind.TOTAL && r.unit().isEmpty();
      if (departmentTotal || r.kind() == RowKind.UNIT) {
        Optional<BigDecimal> v = Tables.value(t, r, column.get());
        if (v.isPresent()) {
          department |= departmentTotal;
          out.add(new Cell(ti, ri, column.get(), v.get(), departmentTotal));
        }
      }
    }
    if (!department && out.isEmpty()) {
      why.add(NotChecked.of(id(), Reason.VALUE_MISSING, check, t.title() + " 合计 / " + concept.chinese(), tl));
    }
  }

  /** The 政府采购 parts and the word a table prints for each (货物类, 其中：工程, 服务). */
  static final Map<Topic, String> PROCUREMENT_PARTS = new EnumMap<>(Map.of(
      Topic.PROCUREMENT_GOODS, "货物", Topic.PROCUREMENT_WORKS, "工程", Topic.PROCUREMENT_SERVICES, "服务"));

  /**
   * A 政府采购 figure that is not the year's total or one of its parts: the amount reserved for small
   * firms (面向中小企业预留…, 预留给小型和微型企业的…), the plan of a final account (政府采购计划金额), money paid.
   */
  private static final Pattern NOT_THE_PROCUREMENT = Pattern.compile("中小企业|小微|小型|微型|预留|计划|已支付|执行");

  static boolean isProcurement(Fact f) {
    return (f.topic() == Topic.PROCUREMENT || PROCUREMENT_PARTS.containsKey(f.topic()))
        && !NOT_THE_PROCUREMENT.matcher(f.subject()).find();
  }

  /**
   * The department-level cells that may print a 政府采购 figure: in a 政府采购预算表 (政府采购支出表), the
   * 合计 row of its main column for the total, a part's row (货物类…) or column (货物) for a part; in any
   * other table, its 政府采购 column group (seed 000's 支出总表: 2023年政府采购项目 | 小计) in the department's
   * total row, the group's 小计 for the total and its 货物 / 工程 / 服务 column for a part. Units' rows are not
   * summed. What cannot be found is recorded in {@code missing}.
   */
  private List<Cell> procurementCells(Disclosure d, Fact f, List<NotChecked> missing) {
    String word = PROCUREMENT_PARTS.get(f.topic());
    String item = word == null ? "政府采购" : "政府采购 " + word;
    String check = "“" + Narratives.quote(f.sentence()) + "” " + f.amount().get().printed() + " = " + item;
    List<Cell> out = new ArrayList<>();
    List<NotChecked> why = new ArrayList<>();
    boolean printed = false;
    for (int ti = 0; ti < d.tables().size(); ti++) {
      DisclosureTable t = d.tables().get(ti);
      List<Column> group = procurementColumns(t);
      if (t.kind() != TableKind.GOVERNMENT_PROCUREMENT && group.isEmpty()) {
        continue;
      }
      printed = true;
      Location tl = Tables.tableLocation(ti, t);
      if (!Coverage.isRead(t)) {
        why.add(NotChecked.of(id(), Reason.TABLE_NOT_READ, check, t.title(), tl));
        continue;
      }
      Optional<Row> total = Tables.departmentTotal(t);
      int totalIndex = total.map(t.rows()::indexOf).orElse(-1);
      Optional<Column> column;
      if (t.kind() == TableKind.GOVERNMENT_PROCUREMENT) {
        Optional<Column> main = Tables.mainColumn(t, Side.SINGLE);
        if (word != null && main.isPresent()) {
          // a table by 采购品目: one row per part
          int before = out.size();
          for (int ri = 0; ri < t.rows().size(); ri++) {
            Row r = t.rows().get(ri);
            Optional<BigDecimal> v = Tables.value(t, r, main.get());
            if (r.unit().isEmpty() && Tables.stripOrdinal(r.label().replaceAll("\\s", "")).startsWith(word) && v.isPresent()) {
              out.add(new Cell(ti, ri, main.get(), v.get()));
            }
          }
          if (out.size() > before) {
            continue;
          }
        }
        column = word == null ? main : partColumn(t.columns(), word);
      } else {
        column = word == null ? Optional.of(group.get(0)) : partColumn(group, word);
      }
      if (column.isEmpty()) {
        why.add(NotChecked.of(id(), Reason.COLUMN_MISSING, check, t.title() + " " + item, tl));
        continue;
      }
      Optional<BigDecimal> v = total.flatMap(r -> Tables.value(t, r, column.get()));
      if (v.isPresent()) {
        out.add(new Cell(ti, totalIndex, column.get(), v.get()));
      } else {
        why.add(NotChecked.of(id(), Reason.VALUE_MISSING, check, t.title() + " 合计 / " + column.get().label(), tl));
      }
      // a unit's 政府采购 is stated as often as the department's (市医保局本级…): its row agrees as well
      for (int ri = 0; ri < t.rows().size() && v.isPresent(); ri++) {
        Row r = t.rows().get(ri);
        Optional<BigDecimal> unit = r.kind() == RowKind.UNIT ? Tables.value(t, r, column.get()) : Optional.empty();
        if (unit.isPresent()) {
          out.add(new Cell(ti, ri, column.get(), unit.get(), false));
        }
      }
    }
    if (!printed) {
      why.add(NotChecked.of(id(), Reason.TABLE_ABSENT, check, TableKind.GOVERNMENT_PROCUREMENT.chinese(),
          Narratives.location(d, f.paragraph())));
    }
    if (out.isEmpty()) {
      missing.addAll(why);
    }
    return out;
  }

  /**
   * A table's 政府采购 column group, the outermost column first: the column of that concept and the
   * columns under it (2023 年政府采购项目 | 小计, 其中：面向中小企业…).
   */
  private static List<Column> procurementColumns(DisclosureTable t) {
    List<Column> out = new ArrayList<>();
    for (Column c : t.columns()) {
      if (c.concept() == Concept.PROCUREMENT && c.parent().isEmpty()) {
        out.add(c);
        for (Column ch : t.columns()) {
          if (ch.parent().equals(Optional.of(c.key()))) {
            out.add(ch);
          }
        }
        return out;
      }
    }
    return out;
  }

  /** The column of a 政府采购 part by the last line of its header (货物, 其中：工程类), not a small-firm share. */
  private static Optional<Column> partColumn(List<Column> columns, String word) {
    for (Column c : columns) {
      String last = c.label().replaceAll("\\s", "");
      if (last.contains(word) && !NOT_THE_PROCUREMENT.matcher(last).find()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static boolean ofThisYearAndStage(Disclosure d, Fact f) {
    if (Narratives.yearOf(f, d.year().value()) != d.year().value()) {
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
    // the finding is the sentence's: placed on its page or line, the cell named by table, row and column
    String rowName = r.label().isBlank() ? "#" + (c.row + 1) : Tables.rowName(r);
    out.add(finding(CODE, Severity.ERROR)
        .location(Narratives.location(d, f.paragraph()).withTable(t.title(), t.kind()).withCode(rowName)
            .withColumn(c.column.key()))
        .values(tableYuan, a.inYuan())
        .arguments(Narratives.quote(f.sentence()), a.printed(), t.title(),
            rowName, String.join(" / ", c.column.header()),
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

  /** 年初财政拨款结转和结余 0万元: money carried over, not the source's income or expenditure of the year. */
  private static final Pattern CARRIED = Pattern.compile("结转|结余");
  /** The tables whose cells name a source's figure best, first: the finding names the first candidate. */
  private static final List<TableKind> SOURCE_ORDER = List.of(TableKind.FISCAL_APPROPRIATION_SUMMARY,
      TableKind.INCOME_EXPENDITURE_SUMMARY);

  /** The funding sources the narrative states, and the concept their rows and columns carry. */
  private static final Map<Topic, Concept> SOURCES = new EnumMap<>(Map.of(
      Topic.FISCAL_APPROPRIATION, Concept.FISCAL_APPROPRIATION, Topic.GENERAL_PUBLIC_BUDGET,
      Concept.GENERAL_PUBLIC_BUDGET, Topic.GOVERNMENT_FUND, Concept.GOVERNMENT_FUND, Topic.STATE_CAPITAL,
      Concept.STATE_CAPITAL));
  /**
   * The table whose totals are all of a source: 财政拨款收支总表 for 财政拨款, the table listing a budget's
   * expenditure by function for the others.
   */
  private static final Map<Topic, TableKind> SOURCE_TABLES = new EnumMap<>(Map.of(
      Topic.FISCAL_APPROPRIATION, TableKind.FISCAL_APPROPRIATION_SUMMARY,
      Topic.GENERAL_PUBLIC_BUDGET, TableKind.GENERAL_PUBLIC_BY_FUNCTION, Topic.GOVERNMENT_FUND,
      TableKind.GOVERNMENT_FUND, Topic.STATE_CAPITAL, TableKind.STATE_CAPITAL));

  /**
   * The department-level cells that may print a source's figure (财政拨款, 一般公共预算, 政府性基金,
   * 国有资本经营): a row of that source in the summaries and the 收入总表 (its income), the column of
   * that source in a total row (its income or expenditure: 财政拨款收支总表 支出总计 | 一般公共预算), and
   * the total rows of the table that is all of that source (财政拨款收支总表 for 财政拨款, else the table
   * listing the source's expenditure by function). A sentence may state either
   * the income or the expenditure, so agreeing with any of them is agreeing.
   */
  private static List<Cell> sourceCells(Disclosure d, Topic topic) {
    Concept concept = Objects.requireNonNull(SOURCES.get(topic), "source topic");
    List<Cell> out = new ArrayList<>();
    for (int ti = 0; ti < d.tables().size(); ti++) {
      DisclosureTable t = d.tables().get(ti);
      boolean byFunction = t.kind() == SOURCE_TABLES.get(topic);
      for (int ri = 0; ri < t.rows().size(); ri++) {
        Row r = t.rows().get(ri);
        if (r.unit().isPresent()) {
          continue;
        }
        boolean sourceRow = r.concept().equals(Optional.of(concept));
        boolean totalRow = r.kind() == io.github.cnbudget.model.table.RowKind.TOTAL || r.concept().filter(c ->
            c == Concept.CURRENT_INCOME_TOTAL || c == Concept.CURRENT_EXPENDITURE_TOTAL
                || c == Concept.INCOME_GRAND_TOTAL || c == Concept.EXPENDITURE_GRAND_TOTAL).isPresent();
        String mainKey = Tables.mainColumn(t, r.side()).map(Column::key).orElse("");
        for (Column c : t.columns()) {
          boolean main = c.key().equals(mainKey);
          boolean take = sourceRow && main || totalRow && c.concept() == concept || byFunction && totalRow && main;
          Optional<BigDecimal> v = take ? r.value(c.key()) : Optional.empty();
          if (v.isPresent()) {
            out.add(new Cell(ti, ri, c, v.get()));
          }
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(c -> {
      int at = SOURCE_ORDER.indexOf(d.tables().get(c.table).kind());
      return at < 0 ? SOURCE_ORDER.size() : at;
    }));
    return out;
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
