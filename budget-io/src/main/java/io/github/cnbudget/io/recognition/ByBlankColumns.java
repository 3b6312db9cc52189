package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
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

  static String externalSource(TableDraft table) {
    return table.title.kind == TableKind.INCOME ? "the income side of 收入支出决算总表" : "this table's income side";
  }

  /**
   * The columns not blank by another part of the document: 收入决算表's sources by the income rows
   * of 收入支出决算总表, 财政拨款收入支出决算总表's budgets by its own income rows (本年收入 and 年初结转).
   */
  static Optional<List<Column>> externalActive(TableDraft table, List<Column> components,
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
}
