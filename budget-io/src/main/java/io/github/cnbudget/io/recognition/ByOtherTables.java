package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Placement by the document's other tables (按其他报表定位): a 支出决算表 row financed by appropriations only takes their
 * 基本支出/项目支出, an appropriation row spending all of its code's expenditure takes 支出决算表's, and
 * the department's basic spending by economic class bounds a “三公” row. One of the rules
 * {@link ColumnInference} applies; stateless.
 */
final class ByOtherTables {
  private ByOtherTables() {}

  /**
   * 支出决算表 row whose total equals the same code's totals in the appropriation tables (公开05, 公开08,
   * 公开09): the row is financed by appropriations only, so its 基本支出 and 项目支出 are theirs. Placed
   * only when the printed values are exactly those amounts, in printed order.
   */
  static void byAppropriations(RowDraft r, TableDraft table, List<TableDraft> earlier, CellReader cells,
      List<ReadProblem> problems) {
    List<Column> columns = Objects.requireNonNull(table.looseColumns, "a loose table has its columns");
    Cell printedTotal = r.cells.get(columns.get(0).key());
    if (!ColumnInference.isTotal(columns.get(0)) || printedTotal == null || printedTotal.value().isEmpty()) {
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
        if (f.code == null || !f.code.digits().equals(Objects.requireNonNull(r.code).digits())) {
          continue;
        }
        if (!f.pending.isEmpty()) {
          return; // that table's own amounts are not known
        }
        total = total.add(ByColumnIdentities.sum(f, tc, null));
        basic = basic.add(ByColumnIdentities.sum(f, tc, Concept.BASIC));
        project = project.add(ByColumnIdentities.sum(f, tc, Concept.PROJECT));
        sources.add("line " + f.line);
      }
    }
    if (sources.isEmpty() || total.compareTo(printedTotal.value().get()) != 0
        || basic.add(project).compareTo(total) != 0) {
      return;
    }
    ByRowIdentities.placeSplit(r, basic, project, cells, problems, "the row's total equals the same code's appropriation expenditure ("
        + String.join(", ", sources) + "), whose 基本支出 and 项目支出 these values are");
  }

  static boolean isAppropriationByFunction(TableKind kind) {
    return kind == TableKind.GENERAL_PUBLIC_BY_FUNCTION || kind == TableKind.GOVERNMENT_FUND
        || kind == TableKind.STATE_CAPITAL;
  }

  /**
   * The converse of {@link #byAppropriations}: a row of an appropriation table (公开05, 公开08,
   * 公开09) whose 小计 equals the same code's total in 支出决算表 (公开03) spends only that
   * appropriation on the code, so its 基本支出 and 项目支出 are those of 支出决算表's row, when that
   * row's own values are known; in tables by unit, the row of the same unit. Placed only when the
   * printed values are exactly those amounts in printed order.
   */
  static void byExpenditureTable(RowDraft r, TableDraft table, List<TableDraft> earlier, CellReader cells,
      List<ReadProblem> problems) {
    BigDecimal subtotal = ByColumnIdentities.sum(r, Objects.requireNonNull(table.looseColumns, "a loose table has its columns"), null);
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
        if (e.code == null || !e.code.digits().equals(Objects.requireNonNull(r.code).digits())
            || r.unit != null && !r.unit.equals(e.unit)) {
          continue; // (a table by unit: the same code of the same unit)
        }
        if (match != null || !e.pending.isEmpty()) {
          return; // printed twice, or its own amounts are not known
        }
        match = e;
        matchColumns = tc;
      }
    }
    if (match == null || matchColumns == null || ByColumnIdentities.sum(match, matchColumns, null).compareTo(subtotal) != 0) {
      return;
    }
    BigDecimal basic = ByColumnIdentities.sum(match, matchColumns, Concept.BASIC);
    BigDecimal project = ByColumnIdentities.sum(match, matchColumns, Concept.PROJECT);
    if (basic.add(project).compareTo(subtotal) != 0) {
      return;
    }
    ByRowIdentities.placeSplit(r, basic, project, cells, problems, "the row's 小计 equals the same code's total in 支出决算表 (line " + match.line
        + "), whose 基本支出 and 项目支出 these values are");
  }

  /** The economic items (支出经济分类) of the “三公” columns. */
  static final Map<Concept, String> THREE_PUBLIC_ECONOMIC = Map.of(Concept.OVERSEAS_TRAVEL, "30212",
      Concept.OFFICIAL_RECEPTION, "30217", Concept.VEHICLE_OPERATION, "30231", Concept.VEHICLE_PURCHASE, "31013");

  /**
   * Lower bounds of a “三公” table's 决算数 columns: its final amounts are the general-public
   * appropriation's spending, basic and project, so each is at least what 一般公共预算财政拨款基本支出
   * 决算表 prints for the same economic item (30212 因公出国（境）费用, 30217 公务接待费, 30231
   * 公务用车运行维护费, 31013 公务用车购置). Empty for other tables, or when that table is not read.
   */
  static Map<String, BigDecimal> basicSpending(TableDraft table, List<TableDraft> earlier) {
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
          if (c.parent().isEmpty() && (ColumnInference.isTotal(c) || c.concept() == Concept.AMOUNT) && cell != null
              && cell.value().isPresent()) {
            byCode.merge(e.code.digits(), cell.value().get(), BigDecimal::add);
            break;
          }
        }
      }
    }
    for (Column c : Objects.requireNonNull(table.looseColumns, "a loose table has its columns")) {
      String code = THREE_PUBLIC_ECONOMIC.get(c.concept());
      if (code != null && byCode.containsKey(code) && !c.header().isEmpty() && c.header().get(0).contains("决算")) {
        out.put(c.key(), byCode.get(code));
      }
    }
    return out;
  }
}
