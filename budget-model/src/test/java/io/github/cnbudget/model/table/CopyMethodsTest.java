package io.github.cnbudget.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.classification.FunctionalCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyMethodsTest {
  private final Row row = Row.builder().kind(RowKind.CODE).code(FunctionalCode.parse("2101501")).label("行政运行")
      .unit("本级").side(Side.SINGLE).number("3").line(42).putCells("total", Cell.of("1")).build();

  @Test
  void rowWithCells_changesOnlyTheCells() {
    Row changed = row.withCells(Map.of("total", Cell.of("2")));
    assertThat(changed.value("total")).hasValue(new java.math.BigDecimal("2"));
    assertThat(changed.withCells(row.cells())).isEqualTo(row);
  }

  @Test
  void rowWithLabel_changesOnlyTheLabel() {
    Row changed = row.withLabel("行政运行支出");
    assertThat(changed.label()).isEqualTo("行政运行支出");
    assertThat(changed.withLabel("行政运行")).isEqualTo(row);
  }

  @Test
  void tableWithRows_keepsColumnsAndChecksTheNewRows() {
    DisclosureTable t = DisclosureTable.builder().kind(TableKind.EXPENDITURE).title("支出总表").number("表3")
        .addColumns(Column.of("total", Concept.TOTAL, "合计")).addRows(row).build();
    DisclosureTable empty = t.withRows(List.of());
    assertThat(empty.rows()).isEmpty();
    assertThat(empty.number()).hasValue("表3");
    assertThat(empty.withRows(List.of(row))).isEqualTo(t);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> t.withRows(List.of(row.withCells(Map.of("nope", Cell.of("1"))))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("unknown column 'nope'");
  }
}
