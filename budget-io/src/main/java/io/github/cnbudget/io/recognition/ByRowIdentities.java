package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Placement by a carry-over row's identities (按结转结余恒等式定位): 小计 = 基本支出 + 项目支出 and 年初 + 本年收入
 * − 小计 = 年末. One of the rules
 * {@link ColumnInference} applies; stateless.
 */
final class ByRowIdentities {
  private ByRowIdentities() {}

  /**
   * Whether 财政拨款收入支出决算总表 (公开04) prints the 政府性基金 line under 年初财政拨款结转和结余
   * blank: then the government-fund table's 年初结转和结余 is blank in every row (amounts are not
   * negative).
   */
  static boolean noFundCarryOver(List<TableDraft> tables) {
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

  /**
   * A row of a carry-over table (年初结转和结余 | 本年收入 | 本年支出 小计 基本支出 项目支出 | 年末结转和结余)
   * printing fewer values than columns: every placement meeting 小计 = 基本支出 + 项目支出 and 年初 +
   * 本年收入 − 小计 = 年末 (within rounding) is found, and each value that all of them put in the same
   * column is placed there; the others stay pending, now among the columns still free.
   */
  static void byRowIdentities(RowDraft r, boolean noOpening, CellReader cells,
      List<ReadProblem> problems) {
    List<Column> columns = r.pendingColumns;
    Column opening = ColumnInference.find(columns, c -> c.concept() == Concept.PRIOR_YEAR_CARRYOVER);
    Column income = ColumnInference.find(columns, c -> HeaderLayout.squeeze(c.label()).equals("本年收入"));
    Column total = ColumnInference.find(columns, c -> c.concept() == Concept.TOTAL);
    Column basic = ColumnInference.find(columns, c -> c.concept() == Concept.BASIC);
    Column project = ColumnInference.find(columns, c -> c.concept() == Concept.PROJECT);
    Column closing = ColumnInference.find(columns, c -> c.concept() == Concept.CARRY_FORWARD);
    if (opening == null || income == null || total == null || basic == null || project == null || closing == null
        || columns.size() != 6) {
      return;
    }
    Optional<List<BigDecimal>> read = ColumnInference.pendingValues(r, cells);
    if (read.isEmpty()) {
      return;
    }
    List<BigDecimal> values = read.get();
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(ColumnInference.scale(values)).multiply(BigDecimal.valueOf(3));
    List<Column> possible = new ArrayList<>(columns);
    if (noOpening) {
      possible.remove(opening);
    }
    List<List<Column>> options = new ArrayList<>();
    BySums.choose(possible, values.size(), 0, new ArrayList<>(), options);
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
      agreed = ColumnInference.agree(agreed, o);
    }
    ColumnInference.placeAgreed(r, agreed, columns, cells, problems, "every placement meeting 小计 = 基本支出 + 项目支出 and 年初结转和结余 + 本年收入"
        + " − 小计 = 年末结转和结余 puts them there" + (noOpening
            ? " (年初结转和结余 is blank: 财政拨款收入支出决算总表 prints no 政府性基金 carry-over)" : ""));
  }

  /**
   * Places the pending values as the row's 基本支出 and 项目支出 when they are exactly the split
   * another table prints for the same code: the non-zero parts, in column order, value for value.
   */
  static void placeSplit(RowDraft r, BigDecimal basic, BigDecimal project, CellReader cells,
      List<ReadProblem> problems, String reason) {
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
    ColumnInference.place(r, target, cells, problems, reason);
  }
}
