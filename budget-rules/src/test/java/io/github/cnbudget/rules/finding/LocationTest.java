package io.github.cnbudget.rules.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.table.TableKind;
import org.junit.jupiter.api.Test;

class LocationTest {
  @Test
  void child_escapesPointerSegments() {
    assertThat(Location.at("/tables/1").child("a/b~c").pointer()).isEqualTo("/tables/1/a~1b~0c");
  }

  @Test
  void with_methodsKeepTheReadableParts() {
    Location l = Location.at("/tables/2").withTable("支出总表", TableKind.EXPENDITURE).withUnit("本级")
        .withCode("2101501").withColumn("total").withLine(120);
    assertThat(l.table()).contains("支出总表");
    assertThat(l.tableKind()).contains(TableKind.EXPENDITURE);
    assertThat(l.unit()).contains("本级");
    assertThat(l.code()).contains("2101501");
    assertThat(l.column()).contains("total");
    assertThat(l.line()).hasValue(120);
    assertThat(l).hasToString("/tables/2 [支出总表 | 本级 | 2101501 | total] line 120");
    assertThat(l).isEqualTo(Location.at("/tables/2").withTable("支出总表", TableKind.EXPENDITURE)
        .withUnit("本级").withCode("2101501").withColumn("total").withLine(120));
  }

  @Test
  void withoutUnitAndLine_dropThem() {
    Location l = Location.at("/t").withUnit("本级").withLine(7);
    assertThat(l.withoutUnit().unit()).isEmpty();
    assertThat(l.withoutLine().line()).isEmpty();
    assertThat(l.withoutUnit().withoutLine()).isEqualTo(Location.at("/t"));
  }

  @Test
  void withLine_rejectsLineBelowOne() {
    assertThatThrownBy(() -> Location.at("/t").withLine(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void at_rejectsRelativePointer() {
    assertThatThrownBy(() -> Location.at("tables")).isInstanceOf(IllegalArgumentException.class);
  }
}
