package io.github.cnbudget.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RoundingGroupsTest {
  private static Finding rounding(String code, String pointer, String row, String expected, String actual) {
    Location l = Location.at(pointer).withTable("支出总表", TableKind.EXPENDITURE).withCode(row).withColumn("total");
    return Finding.builder(code, "tree-rollup", Severity.INFO).location(l)
        .values(new BigDecimal(expected), new BigDecimal(actual)).tolerance(BigDecimal.ONE).withinRounding(true).build();
  }

  @Test
  void group_oneInfoPerTableAndCode_keepingEachCell() {
    Finding a = rounding("rollup-mismatch", "/tables/2/rows/7/cells/total", "210", "15095", "15096");
    Finding b = rounding("rollup-mismatch", "/tables/2/rows/3/cells/total", "208", "100", "99");
    Finding c = rounding("column-sum-mismatch", "/tables/2/rows/3/cells/total", "208", "100", "101");
    Finding d = rounding("rollup-mismatch", "/tables/3/rows/1/cells/total", "210", "7", "8");
    Finding error = Finding.builder("rollup-mismatch", "tree-rollup", Severity.ERROR)
        .location(Location.at("/tables/2/rows/9")).values(BigDecimal.TEN, BigDecimal.ONE).build();

    List<Finding> out = RoundingGroups.group(List.of(a, b, c, d, error));

    assertThat(out).extracting(f -> f.location().pointer(), Finding::code, f -> f.cells().size())
        .containsExactly(tuple("/tables/2/rows/9", "rollup-mismatch", 0), tuple("/tables/2", "rollup-mismatch", 2),
            tuple("/tables/2", "column-sum-mismatch", 1), tuple("/tables/3", "rollup-mismatch", 1));
    Finding grouped = out.get(1);
    assertThat(grouped.cells()).containsExactly(b, a);
    assertThat(grouped.isWithinRounding()).isTrue();
    assertThat(grouped.severity()).isEqualTo(Severity.INFO);
    assertThat(grouped.location().table()).contains("支出总表");
    assertThat(grouped.message(Locale.ENGLISH)).isEqualTo("支出总表: rounding-level differences (rollup-mismatch) at 2"
        + " place(s), at most 1, within the published precision: 208 | total: 100 → 99; 210 | total: 15095 → 15096");
  }

  @Test
  void owner_isTheTopLevelPart() {
    assertThat(RoundingGroups.owner("/tables/12/rows/3/cells/x")).isEqualTo("/tables/12");
    assertThat(RoundingGroups.owner("/selfEvaluations/1/indicators/4")).isEqualTo("/selfEvaluations/1");
    assertThat(RoundingGroups.owner("/tables/3")).isEqualTo("/tables/3");
    assertThat(RoundingGroups.owner("")).isEmpty();
  }
}
