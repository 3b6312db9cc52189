package io.github.cnbudget.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import org.junit.jupiter.api.Test;

/** Decoding shares repeated unit names, labels and codes within a document (heap per line item). */
class SharedValuesTest {

  private static DisclosureTable table(TableKind kind) {
    Row.Builder a = Row.builder().kind(RowKind.CODE).code(FunctionalCode.parse("2101501")).label("行政运行")
        .unit("深圳市医疗保险基金管理中心").putCells("total", Cell.of("1"));
    Row.Builder b = Row.builder().kind(RowKind.CODE).code(FunctionalCode.parse("2101501")).label("行政运行")
        .unit("深圳市医疗保险基金管理中心").putCells("total", Cell.of("2"));
    return DisclosureTable.builder().kind(kind).title(kind.chinese())
        .addColumns(Column.of("total", Concept.TOTAL, "合计")).addRows(a.build(), b.build()).build();
  }

  @Test
  void readString_sharesRepeatedUnitsLabelsAndCodes_withoutChangingTheDocument() {
    Disclosure d = Disclosure.builder().department(Department.of("深圳市医疗保障局")).year(FiscalYear.of(2023))
        .stage(Stage.BUDGET).precision(Precision.of(AmountUnit.WAN_YUAN, 0))
        .addTables(table(TableKind.EXPENDITURE), table(TableKind.GENERAL_PUBLIC_BY_FUNCTION)).build();
    DisclosureJson json = DisclosureJson.defaults();

    Disclosure read = json.readString(json.writeString(d));

    assertThat(read).isEqualTo(d);
    Row first = read.tables().get(0).rows().get(0);
    Row other = read.tables().get(1).rows().get(1);
    assertThat(other.unit().orElseThrow()).isSameAs(first.unit().orElseThrow());
    assertThat(other.label()).isSameAs(first.label());
    assertThat(other.code().orElseThrow()).isSameAs(first.code().orElseThrow());
  }
}
