package io.github.cnbudget.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpaceAlignedTest {
  private static final java.util.function.Predicate<String> TITLES = t -> t.endsWith("总表");

  @Test
  void toTabs_alignedTable_keepsEmptyCellsInTheirColumns() {
    List<String> raw = List.of(
        "支出总表",
        aligned("预算单位", "科目编码", "科目名称", "支出总计", "基本支出"),
        aligned("某局", "", "", "1,300", "1,000"),
        aligned("", "208", "社会保障", "1,300", "1,000"),
        aligned("", "20805", "养老支出", "1,300", ""));

    List<String> tabs = SpaceAligned.toTabs(raw, TITLES);

    assertThat(tabs.get(0)).isEqualTo("支出总表");
    assertThat(tabs.get(1).split("\t", -1)).containsExactly("预算单位", "科目编码", "科目名称", "支出总计", "基本支出");
    assertThat(tabs.get(2).split("\t", -1)).containsExactly("某局", "", "", "1,300", "1,000");
    assertThat(tabs.get(4).split("\t", -1)).containsExactly("", "20805", "养老支出", "1,300");
  }

  /** Cells padded to ten characters, as pdftotext -layout pads them. */
  private static String aligned(String... cells) {
    StringBuilder b = new StringBuilder();
    for (String c : cells) {
      b.append(String.format("%-10s", c));
    }
    return b.toString().stripTrailing();
  }

  @Test
  void toTabs_proseOutsideTables_isSplitAtWideGapsOnly() {
    List<String> tabs = SpaceAligned.toTabs(List.of("本年度 收入合计 201,787.94 万元", "项目    金额"), TITLES);

    assertThat(tabs).containsExactly("本年度 收入合计 201,787.94 万元", "项目\t金额");
  }

  @Test
  void looksSpaceAligned_byWideGapsAgainstTabs() {
    assertThat(SpaceAligned.looksSpaceAligned(List.of("项目    金额", "合计    1,300"))).isTrue();
    assertThat(SpaceAligned.looksSpaceAligned(List.of("项目\t金额", "合计\t1,300", "说明"))).isFalse();
    assertThat(SpaceAligned.looksSpaceAligned(List.of("一行文字", "另一行"))).isFalse();
  }
}
