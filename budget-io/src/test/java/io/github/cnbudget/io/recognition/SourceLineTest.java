package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLineTest {

  @Test
  void of_markdownHeadingAndTags_areStrippedAndNoted() {
    SourceLine l = SourceLine.of(3, "## **三、部门预算构成**<p>");

    assertThat(l.heading).isTrue();
    assertThat(l.text()).isEqualTo("三、部门预算构成");
    assertThat(l.number).isEqualTo(3);
  }

  @Test
  void of_tabs_splitCellsKeepingEmptyOnes() {
    SourceLine l = SourceLine.of(1, "\t208\t社会保障和就业支出\t1,143\t");

    assertThat(l.cells).containsExactly("", "208", "社会保障和就业支出", "1,143");
    assertThat(l.nonEmptyCount()).isEqualTo(3);
  }

  @Test
  void of_bulletWithoutTabs_isMarked_andUnderlineMarksAreKept() {
    assertThat(SourceLine.of(1, "- (一) 收支总表").bullet).isTrue();
    assertThat(SourceLine.of(1, "\t<u>≥</u>\t100").cell(1)).isEqualTo("<u>≥</u>");
  }

  @Test
  void joinWrapped_removesBlanksBetweenChineseOnly() {
    assertThat(SourceLine.joinWrapped("履职类项 目拨款")).isEqualTo("履职类项目拨款");
    assertThat(SourceLine.joinWrapped("2023 年预算")).isEqualTo("2023 年预算");
  }
}
