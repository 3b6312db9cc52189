package io.github.cnbudget.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureTableTest {

  private static final Column TOTAL = Column.of("total", Concept.TOTAL, "合计");
  private static final Column BASIC = Column.builder().key("basic").concept(Concept.BASIC).parent("total").addHeader("基本支出").build();
  private static final Column PROJECT = Column.builder().key("project").concept(Concept.PROJECT).parent("total").addHeader("项目支出").build();

  private static Row unitRow(String unit, RowKind kind, String total) {
    return Row.builder().kind(kind).label(unit).unit(unit).putCells("total", Cell.printed(total)).build();
  }

  private static DisclosureTable.Builder table() {
    return DisclosureTable.builder().kind(TableKind.EXPENDITURE).title("支出总表").addColumns(TOTAL, BASIC, PROJECT);
  }

  @Test
  void columnLookups() {
    DisclosureTable t = table().build();
    assertThat(t.column("basic")).contains(BASIC);
    assertThat(t.column("nope")).isEmpty();
    assertThat(t.column(Concept.PROJECT)).contains(PROJECT);
    assertThat(t.column(Concept.PERSONNEL)).isEmpty();
    assertThat(t.children("total")).containsExactly(BASIC, PROJECT);
    assertThat(t.children("basic")).isEmpty();
  }

  @Test
  void unitsAndTheirRows_inPrintedOrder() {
    Row a = unitRow("本级", RowKind.UNIT, "1");
    Row a2 = unitRow("本级", RowKind.CODE, "1");
    Row b = unitRow("中心", RowKind.UNIT, "2");
    DisclosureTable t = table().addRows(Row.builder().kind(RowKind.TOTAL).label("合计").build(), a, a2, b).build();
    assertThat(t.units()).isEqualTo(List.of("本级", "中心"));
    assertThat(t.rowsOf("本级")).containsExactly(a, a2);
    assertThat(t.rowsOf("无")).isEmpty();
  }

  @Test
  void isEmpty_whenNoCellHoldsANonZeroAmount() {
    assertThat(table().build().isEmpty()).isTrue();
    assertThat(table().addRows(unitRow("本级", RowKind.UNIT, "0.00"), unitRow("中心", RowKind.UNIT, "-")).build().isEmpty()).isTrue();
    assertThat(table().addRows(unitRow("本级", RowKind.UNIT, "0.01")).build().isEmpty()).isFalse();
  }

  @Test
  void emptyStatementAndOptionalParts() {
    DisclosureTable t = DisclosureTable.builder().kind(TableKind.GOVERNMENT_FUND).title("政府性基金预算支出表")
        .emptyStatement("本表无数据").number("表8").issuer("某局").line(120).addNotes(Note.of("注：本表无数据")).build();
    assertThat(t.emptyStatement()).contains("本表无数据");
    assertThat(t.number()).contains("表8");
    assertThat(t.issuer()).contains("某局");
    assertThat(t.amountUnit()).isEmpty();
    assertThat(t.line()).hasValue(120);
    assertThat(t.notes()).hasSize(1);
  }

  @Test
  void check_rejectsDuplicateColumnKeys() {
    assertThatThrownBy(() -> table().addColumns(Column.of("total", Concept.TOTAL)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Duplicate column key 'total'");
  }

  @Test
  void check_rejectsUnknownParentColumn() {
    assertThatThrownBy(() -> DisclosureTable.builder().kind(TableKind.OTHER).title("t")
        .addColumns(Column.builder().key("a").parent("b").build()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("unknown parent 'b'");
  }

  @Test
  void check_rejectsCellOfUnknownColumn() {
    assertThatThrownBy(() -> table().addRows(Row.builder().kind(RowKind.TOTAL).label("合计")
        .putCells("procurement", Cell.of("1")).build()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("unknown column 'procurement'");
  }

  @Test
  void check_rejectsCycleOfParentColumns_ofAnyLength() {
    assertThatThrownBy(() -> DisclosureTable.builder().kind(TableKind.OTHER).title("t")
        .addColumns(Column.builder().key("a").parent("b").build(), Column.builder().key("b").parent("a").build()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cycle of parents");
    assertThatThrownBy(() -> DisclosureTable.builder().kind(TableKind.OTHER).title("t")
        .addColumns(Column.builder().key("a").parent("c").build(), Column.builder().key("b").parent("a").build(),
            Column.builder().key("c").parent("b").build(), Column.builder().key("d").parent("a").build()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cycle of parents");
  }
}
