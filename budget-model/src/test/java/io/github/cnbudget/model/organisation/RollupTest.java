package io.github.cnbudget.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RollupTest {

  private static Row row(RowKind kind, String unit, String total) {
    Row.Builder b = Row.builder().kind(kind).label(unit == null ? "合计" : unit);
    if (unit != null) {
      b.unit(unit);
    }
    if (total != null) {
      b.putCells("total", Cell.printed(total));
    }
    return b.build();
  }

  private static DisclosureTable table(Row... rows) {
    return DisclosureTable.builder()
        .kind(TableKind.EXPENDITURE)
        .title("支出总表")
        .addColumns(Column.of("total", Concept.TOTAL, "合计"))
        .addRows(rows)
        .build();
  }

  @Test
  void of_balancedTable_reportsZeroDifference() {
    Rollup r = Rollup.of(table(
        row(RowKind.TOTAL, null, "3,000.50"),
        row(RowKind.UNIT, "本级", "1000.25"),
        row(RowKind.CODE, "本级", "999999"),
        row(RowKind.UNIT, "中心", "2000.25")), "total");

    assertThat(r.department()).contains(new BigDecimal("3000.50"));
    assertThat(r.unitSum()).isEqualByComparingTo("3000.50");
    assertThat(r.difference()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0"));
    assertThat(r.isBalanced()).isTrue();
    assertThat(r.units()).containsExactly(
        java.util.Map.entry("本级", new BigDecimal("1000.25")),
        java.util.Map.entry("中心", new BigDecimal("2000.25")));
  }

  @Test
  void of_unbalancedTable_reportsExactDifference() {
    Rollup r = Rollup.of(table(
        row(RowKind.TOTAL, null, "2985"),
        row(RowKind.UNIT, "本级", "2000"),
        row(RowKind.UNIT, "中心", "958")), "total");

    assertThat(r.difference()).contains(new BigDecimal("27"));
    assertThat(r.isBalanced()).isFalse();
  }

  @Test
  void of_blankDashAndMissingCells_countAsZero() {
    Rollup r = Rollup.of(table(
        row(RowKind.TOTAL, null, "5"),
        row(RowKind.UNIT, "本级", "-"),
        row(RowKind.UNIT, "中心", null),
        row(RowKind.UNIT, "站", "5")), "total");

    assertThat(r.unitSum()).isEqualByComparingTo("5");
    assertThat(r.units()).containsKeys("本级", "中心", "站");
    assertThat(r.isBalanced()).isTrue();
  }

  @Test
  void of_tableWithoutTotalRow_hasNoDepartmentFigure() {
    Rollup r = Rollup.of(table(row(RowKind.UNIT, "本级", "7")), "total");

    assertThat(r.department()).isEmpty();
    assertThat(r.difference()).isEmpty();
    assertThat(r.isBalanced()).isFalse();
    assertThat(r.unitSum()).isEqualByComparingTo("7");
  }

  @Test
  void of_unknownColumn_throws() {
    assertThatThrownBy(() -> Rollup.of(table(), "basic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("basic");
  }

  @Test
  void toString_namesColumnAndFigures() {
    Rollup r = Rollup.of(table(row(RowKind.TOTAL, null, "1"), row(RowKind.UNIT, "本级", "1")), "total");

    assertThat(r.columnKey()).isEqualTo("total");
    assertThat(r.toString()).contains("total").contains("department=1").contains("units=1");
  }
}
