package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
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
 * The columns a table leaves blank in every row (空白列): amounts are not negative, so a column its total
 * row leaves blank, or whose total another table prints blank, is blank in every row. One of the rules
 * {@link ColumnInference} applies; stateless.
 */
final class ByBlankColumns {
  private ByBlankColumns() {}

  /**
   * The row that totals the others: 合计, or a side's 本年收入合计 / 本年支出合计; on a side printing
   * neither (Shanghai's budget summaries), its 收入总计 / 支出总计, the sum of every line above it.
   */
  static Optional<RowDraft> totalRow(List<RowDraft> rows) {
    for (RowDraft r : rows) {
      if (r.kind == RowKind.TOTAL || r.concept == Concept.CURRENT_EXPENDITURE_TOTAL
          || r.concept == Concept.CURRENT_INCOME_TOTAL) {
        return Optional.of(r);
      }
    }
    for (RowDraft r : rows) {
      if (r.concept == Concept.EXPENDITURE_GRAND_TOTAL || r.concept == Concept.INCOME_GRAND_TOTAL) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  static List<Column> activeIn(RowDraft r, List<Column> components) {
    List<Column> out = new ArrayList<>();
    for (Column c : components) {
      Cell cell = r.cells.get(c.key());
      if (cell != null && cell.value().filter(v -> v.signum() != 0).isPresent()) {
        out.add(c);
      }
    }
    return out;
  }

  /** Where {@link #externalActive} found the columns' totals: the summary's income side, by its printed title. */
  static String externalSource(TableDraft table, List<TableDraft> tables) {
    return table.title.kind == TableKind.INCOME ? summaryIncomeSide(tables) : "this table's income side";
  }

  private static String summaryIncomeSide(List<TableDraft> tables) {
    return "the income side of " + tables.stream().filter(t -> t.title.kind == TableKind.INCOME_EXPENDITURE_SUMMARY)
        .map(t -> t.title.printed.strip()).findFirst().orElse("收支总表");
  }

  /**
   * The columns not blank by another part of the document: 收入决算表's sources by the income rows
   * of 收入支出决算总表, 财政拨款收入支出决算总表's budgets by its own income rows (本年收入 and 年初结转).
   */
  static Optional<List<Column>> externalActive(TableDraft table, List<Column> components,
      List<TableDraft> earlier) {
    List<RowDraft> income;
    if (table.title.kind == TableKind.INCOME) {
      income = summaryIncome(earlier);
    } else if (table.title.kind == TableKind.FISCAL_APPROPRIATION_SUMMARY) {
      income = table.rows.stream().filter(r -> r.side == Side.INCOME).toList();
    } else {
      return Optional.empty();
    }
    Optional<Map<Concept, Boolean>> printed = printedItems(income);
    if (printed.isEmpty()) {
      return Optional.empty();
    }
    Map<Concept, Boolean> amounts = printed.get();
    List<Column> out = new ArrayList<>();
    for (Column c : components) {
      Set<Concept> sources = sources(c, table.looseColumns != null ? table.looseColumns : components);
      if (sources.stream().noneMatch(amounts::containsKey)) {
        return Optional.empty(); // a column whose source the other table does not print: no rule
      }
      if (sources.stream().anyMatch(s -> amounts.getOrDefault(s, false))) {
        out.add(c);
      }
    }
    return Optional.of(out);
  }

  /** The income rows of the document's 收支总表 (收入支出决算总表). */
  private static List<RowDraft> summaryIncome(List<TableDraft> tables) {
    List<RowDraft> income = new ArrayList<>();
    for (TableDraft t : tables) {
      if (t.title.kind == TableKind.INCOME_EXPENDITURE_SUMMARY) {
        t.rows.stream().filter(r -> r.side == Side.INCOME).forEach(income::add);
      }
    }
    return income;
  }

  /**
   * Whether each income item the rows name prints an amount; empty when a row's amounts are not all
   * placed, or when the items above 本年收入合计 do not add up to it (a side read wrong, or printed so,
   * says nothing of which items are blank).
   */
  private static Optional<Map<Concept, Boolean>> printedItems(List<RowDraft> income) {
    if (income.isEmpty() || income.stream().anyMatch(r -> !r.pending.isEmpty()) || !itemsAddUp(income)) {
      return Optional.empty();
    }
    Map<Concept, Boolean> amounts = new LinkedHashMap<>();
    for (RowDraft r : income) {
      if (r.concept != null) {
        amounts.merge(r.concept, r.hasValues(), Boolean::logicalOr);
      }
    }
    return Optional.of(amounts);
  }

  /**
   * Whether the income rows above 本年收入合计 add up to its amount, within a unit of the last printed
   * digit a row; true when the side prints no such total.
   */
  private static boolean itemsAddUp(List<RowDraft> income) {
    BigDecimal sum = BigDecimal.ZERO;
    int scale = 0;
    int items = 0;
    for (RowDraft r : income) {
      List<BigDecimal> values = r.cells.values().stream().flatMap(c -> c.value().stream()).toList();
      if (r.concept == Concept.CURRENT_INCOME_TOTAL) {
        if (values.size() != 1) {
          return values.isEmpty() && sum.signum() == 0;
        }
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(scale, values.get(0).scale()))
            .multiply(BigDecimal.valueOf(Math.max(1, items)));
        return sum.subtract(values.get(0)).abs().compareTo(tolerance) <= 0;
      }
      for (BigDecimal v : values) {
        sum = sum.add(v);
        scale = Math.max(scale, v.scale());
        items++;
      }
    }
    return true;
  }

  /** Columns another table shows blank for the whole department, and that table. */
  record Blank(Set<String> keys, String source) {}

  /**
   * The columns another table shows blank for the whole department: a project table's sources of
   * funds that 收支总表's income prints blank (no project is financed by income the department does
   * not have), and the 人员经费 or 公用经费 of 一般公共预算支出表 that the total of 一般公共预算基本支出表 leaves
   * blank. Empty when no other table says.
   */
  static Optional<Blank> blankElsewhere(TableDraft table, List<TableDraft> tables) {
    List<Column> columns = table.looseColumns == null ? List.of() : table.looseColumns;
    Set<String> keys = new LinkedHashSet<>();
    if (table.title.kind == TableKind.PROJECT_EXPENDITURE) {
      Optional<Map<Concept, Boolean>> printed = printedItems(summaryIncome(tables));
      if (printed.isEmpty()) {
        return Optional.empty();
      }
      for (Column c : columns) {
        Set<Concept> sources = sources(c, columns);
        if (!ColumnInference.isTotal(c) && printed.get().keySet().containsAll(sources)
            && sources.stream().noneMatch(printed.get()::get)) {
          keys.add(c.key());
        }
      }
      return keys.isEmpty() ? Optional.empty() : Optional.of(new Blank(keys, summaryIncomeSide(tables)));
    }
    if (table.title.kind != TableKind.GENERAL_PUBLIC_BY_FUNCTION) {
      return Optional.empty();
    }
    for (TableDraft t : tables) {
      List<Column> tc = t.looseColumns != null ? t.looseColumns : t.layout == null ? List.of() : t.layout.columns;
      Optional<RowDraft> total = totalRow(t.rows);
      if (t.title.kind != TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC || total.isEmpty() || !total.get().pending.isEmpty()
          || !total.get().hasValues()) {
        continue;
      }
      for (Concept kind : List.of(Concept.PERSONNEL, Concept.PUBLIC_USE)) {
        Column own = ColumnInference.find(columns, c -> c.concept() == kind);
        Column theirs = ColumnInference.find(tc, c -> c.concept() == kind);
        if (own != null && theirs != null && activeIn(total.get(), List.of(theirs)).isEmpty()) {
          keys.add(own.key());
        }
      }
      return keys.isEmpty() ? Optional.empty() : Optional.of(new Blank(keys, "the total of 一般公共预算基本支出表"));
    }
    return Optional.empty();
  }

  /**
   * The most each source-of-funds column of 收入总表 or 项目支出表 may hold in any row: the summary's
   * income from that source (no row spends more of a source than the department receives from it),
   * one unit of its last digit over for rounding. Empty when the summary's income is not read.
   */
  static Map<String, BigDecimal> ceilings(TableDraft table, List<TableDraft> tables) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (table.title.kind != TableKind.INCOME && table.title.kind != TableKind.PROJECT_EXPENDITURE
        || table.looseColumns == null) {
      return out;
    }
    List<RowDraft> income = summaryIncome(tables);
    if (printedItems(income).isEmpty()) {
      return out;
    }
    Map<Concept, BigDecimal> received = new LinkedHashMap<>();
    for (RowDraft r : income) {
      List<BigDecimal> values = r.cells.values().stream().flatMap(c -> c.value().stream()).toList();
      if (r.concept != null && values.size() <= 1) {
        received.merge(r.concept, values.isEmpty() ? BigDecimal.ZERO : values.get(0), BigDecimal::add);
      }
    }
    for (Column c : table.looseColumns) {
      Set<Concept> sources = sources(c, table.looseColumns);
      if (!ColumnInference.isTotal(c) && received.keySet().containsAll(sources)) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Concept s : sources) {
          sum = sum.add(received.get(s));
        }
        out.put(c.key(), sum.add(BigDecimal.ONE.movePointLeft(Math.max(0, sum.scale()))));
      }
    }
    return out;
  }

  /**
   * The income items whose amounts a column holds: its own concept's, and for a group (财政拨款, 单位资金
   * over 事业收入 and 其他收入) those of each of its parts, as the summary prints them item by item.
   */
  private static Set<Concept> sources(Column c, List<Column> columns) {
    Set<Concept> out = new LinkedHashSet<>();
    if (c.concept() == Concept.FISCAL_APPROPRIATION) {
      out.addAll(List.of(Concept.GENERAL_PUBLIC_BUDGET, Concept.GOVERNMENT_FUND, Concept.STATE_CAPITAL));
    } else {
      out.add(c.concept());
    }
    for (Column part : columns) {
      if (part.parent().equals(Optional.of(c.key()))) {
        out.addAll(sources(part, columns));
      }
    }
    return out;
  }
}
