package io.github.cnbudget.rules.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.table.TableKind;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LocationTest {
  @Test
  void child_escapesPointerSegments() {
    assertThat(Location.at("/tables/1").child("a/b~c").pointer()).isEqualTo("/tables/1/a~1b~0c");
  }

  @Test
  void with_methodsKeepTheReadableParts() {
    Location l = Location.at("/tables/2").withTable("支出总表", TableKind.EXPENDITURE).withUnit(Optional.of("本级"))
        .withCode("2101501").withColumn("total").withLine(OptionalInt.of(120));
    assertThat(l.table()).contains("支出总表");
    assertThat(l.tableKind()).contains(TableKind.EXPENDITURE);
    assertThat(l.unit()).contains("本级");
    assertThat(l.code()).contains("2101501");
    assertThat(l.column()).contains("total");
    assertThat(l.line()).hasValue(120);
    assertThat(l).hasToString("/tables/2 [支出总表 | 本级 | 2101501 | total] line 120");
    assertThat(l).isEqualTo(Location.at("/tables/2").withTable("支出总表", TableKind.EXPENDITURE)
        .withUnit(Optional.of("本级")).withCode("2101501").withColumn("total").withLine(OptionalInt.of(120)));
  }

  @Test
  void at_rejectsRelativePointer() {
    assertThatThrownBy(() -> Location.at("tables")).isInstanceOf(IllegalArgumentException.class);
  }
}
