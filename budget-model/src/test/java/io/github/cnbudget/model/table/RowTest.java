package io.github.cnbudget.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.classification.FunctionalCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowTest {

  @Test
  void builder_defaults() {
    Row r = Row.builder().kind(RowKind.TOTAL).build();
    assertThat(r.label()).isEmpty();
    assertThat(r.side()).isEqualTo(Side.SINGLE);
    assertThat(r.code()).isEmpty();
    assertThat(r.concept()).isEmpty();
    assertThat(r.unit()).isEmpty();
    assertThat(r.number()).isEmpty();
    assertThat(r.cells()).isEmpty();
    assertThat(r.line()).isEmpty();
  }

  @Test
  void cellsAndValues_byColumnKey_inColumnOrder() {
    Row r = Row.builder().kind(RowKind.CODE).code(FunctionalCode.of(210, 15, 1)).label("行政运行")
        .putCells("total", Cell.of("3000")).putCells("basic", Cell.dash()).putCells("project", Cell.of("1"))
        .build();
    assertThat(r.cell("basic")).contains(Cell.dash());
    assertThat(r.cell("other")).isEmpty();
    assertThat(r.value("total")).contains(new BigDecimal("3000"));
    assertThat(r.value("basic")).isEmpty();
    assertThat(r.value("other")).isEmpty();
    assertThat(List.copyOf(r.cells().keySet())).containsExactly("total", "basic", "project");
  }

  @Test
  void ordinal_isReadFromTheLabel() {
    assertThat(Row.builder().kind(RowKind.ITEM).label("九、卫生健康支出").build().ordinal()).hasValue(9);
    assertThat(Row.builder().kind(RowKind.ITEM).label("本年收入合计").build().ordinal()).isEmpty();
  }

  @Test
  void builder_requiresKind() {
    assertThatThrownBy(() -> Row.builder().label("x").build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void unplacedValues_makeTheColumnsWithoutAValueUnknown() {
    Row plain = Row.builder().kind(RowKind.ITEM).label("合计").putCells("total", Cell.of("9.00")).build();
    Row sparse = plain.withUnplaced(List.of(Cell.printed("9.00"))).withCells(java.util.Map.of(
        "total", Cell.of("9.00"), "blank", Cell.blank()));

    assertThat(plain.isUnknown("basic")).isFalse();
    assertThat(sparse.isUnknown("total")).isFalse();
    assertThat(sparse.isUnknown("basic")).isTrue();
    assertThat(sparse.isUnknown("blank")).isTrue();
    assertThat(sparse).isNotEqualTo(plain.withCells(sparse.cells()));
    assertThat(sparse.unplaced()).extracting(Cell::printed).containsExactly("9.00");
  }

  @Test
  void tableWhoseOnlyAmountsAreUnplaced_isNotEmpty() {
    Row row = Row.builder().kind(RowKind.ITEM).label("合计").addUnplaced(Cell.printed("1,200.00")).build();
    Column total = Column.builder().key("total").concept(Concept.TOTAL).build();
    assertThat(DisclosureTable.builder().kind(TableKind.INCOME).title("收入总表").addColumns(total).addRows(row).build()
        .isEmpty()).isFalse();
    assertThat(DisclosureTable.builder().kind(TableKind.INCOME).title("收入总表").addColumns(total)
        .addRows(row.withUnplaced(List.of(Cell.printed("0.00")))).build().isEmpty()).isTrue();
  }
}
