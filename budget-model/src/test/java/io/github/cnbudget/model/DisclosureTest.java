package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.TableKind;
import org.junit.jupiter.api.Test;

class DisclosureTest {

  private static DisclosureTable table(TableKind kind, String title) {
    return DisclosureTable.builder().kind(kind).title(title).build();
  }

  private static Disclosure.Builder minimal() {
    return Disclosure.builder()
        .department(Department.of("深圳市医疗保障局"))
        .year(FiscalYear.of(2023))
        .stage(Stage.BUDGET)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 0));
  }

  @Test
  void tablesOfAKind_inPrintedOrder() {
    DisclosureTable a = table(TableKind.EXPENDITURE, "支出总表");
    DisclosureTable b = table(TableKind.INCOME, "收入总表");
    DisclosureTable c = table(TableKind.EXPENDITURE, "支出总表（续）");
    Disclosure d = minimal().addTables(a, b, c).build();

    assertThat(d.tables(TableKind.EXPENDITURE)).containsExactly(a, c);
    assertThat(d.table(TableKind.EXPENDITURE)).contains(a);
    assertThat(d.table(TableKind.THREE_PUBLIC)).isEmpty();
    assertThat(d.tables(TableKind.THREE_PUBLIC)).isEmpty();
  }

  @Test
  void builder_defaultsToEmptyParts() {
    Disclosure d = minimal().build();
    assertThat(d.title()).isEmpty();
    assertThat(d.source()).isEmpty();
    assertThat(d.tables()).isEmpty();
    assertThat(d.projects()).isEmpty();
    assertThat(d.goals()).isEmpty();
    assertThat(d.selfEvaluations()).isEmpty();
    assertThat(d.frameworks()).isEmpty();
    assertThat(d.contents()).isEmpty();
    assertThat(d.notes()).isEmpty();
  }

  @Test
  void builder_requiresDepartmentYearStageAndPrecision() {
    assertThatThrownBy(() -> Disclosure.builder().year(FiscalYear.of(2023)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("department");
  }

  @Test
  void equalsAndHashCode_coverEveryPart() {
    assertThat(minimal().build()).isEqualTo(minimal().build()).hasSameHashCodeAs(minimal().build());
    assertThat(minimal().title("x").build()).isNotEqualTo(minimal().build());
  }
}
