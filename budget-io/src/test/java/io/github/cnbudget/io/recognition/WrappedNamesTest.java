package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.text.DisclosureImporter;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Names wrapped in their cell in text printed with one blank between cells: the line holding only a
 * piece of a name belongs to the row whose name it finishes.
 */
class WrappedNamesTest {
  private static final String HEAD = "2023年某市医疗保障局部门预算\n\n一般公共预算支出表\n\n单位：万元\n\n"
      + "科目编码 科目名称 合计 基本支出 项目支出\n";

  private static DisclosureTable read(String rows) {
    return DisclosureImporter.defaults().importText(HEAD + rows).disclosure().tables().get(0);
  }

  private static Row row(DisclosureTable t, String code) {
    return t.rows().stream().filter(r -> r.code().map(Object::toString).orElse("").equals(code)).findFirst()
        .orElseThrow();
  }

  @Test
  void importText_nameEndPrintedBelowItsRow_finishesTheRowAbove() {
    DisclosureTable t = read("""
        210 卫生健康支出 150.00 100.00 50.00
        2101202 财政对城乡居民基本医疗保险 50.00 0.00 50.00
        基金的补助
        2101501 行政运行 100.00 100.00 0.00
        """);

    assertThat(row(t, "2101202").label()).isEqualTo("财政对城乡居民基本医疗保险基金的补助");
    assertThat(row(t, "2101501").label()).isEqualTo("行政运行");
    assertThat(t.rows()).hasSize(3);
  }

  @Test
  void importText_nameStartPrintedAboveItsRow_beginsTheRowBelowWhenTheRowAboveIsFinished() {
    // 行政运行 is the catalog's whole name of 2101501: the piece opens 2101202's name
    DisclosureTable t = read("""
        210 卫生健康支出 150.00 100.00 50.00
        2101501 行政运行 100.00 100.00 0.00
        财政对城乡居民基本医疗保险
        2101202 基金的补助 50.00 0.00 50.00
        """);

    assertThat(row(t, "2101501").label()).isEqualTo("行政运行");
    assertThat(row(t, "2101202").label()).isEqualTo("财政对城乡居民基本医疗保险基金的补助");
    assertThat(row(t, "2101202").cells().values()).extracting(c -> c.value().orElse(null))
        .containsExactly(new BigDecimal("50.00"), new BigDecimal("0.00"), new BigDecimal("50.00"));
  }
}
