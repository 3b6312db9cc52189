package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Headers whose labels wrapped inside their cells, printed a piece per line with the other columns'
 * pieces beside them, as PDFBox's text stripper and other tools print the national final-account
 * template: the labels are spelled from the pieces, and the columns taken in the order the template
 * (or a fiscal-appropriation summary) prints them.
 */
class SpelledLabelsTest {
  private static final List<String> FISCAL_HEADER = List.of("收入 支出", "国有资本经营", "一般公共预算 政府性基金预", "预",
      "项目 决算数 项目 合计 财 算", "算财政拨", "政拨款 财政拨款", "款");

  @Test
  void spelled_joinsPiecesOnLaterLines_longestLabelsFirst_eachPieceOnce() {
    assertThat(SpelledLabels.spelled(FISCAL_HEADER, List.of("合计", "决算数", "一般公共预算", "一般公共预算财政拨款",
        "政府性基金预算财政拨款", "国有资本经营预算财政拨款", "项目支出")))
        .containsExactly("国有资本经营预算财政拨款", "政府性基金预算财政拨款", "一般公共预算财政拨款", "决算数", "合计");
    // pieces join downwards only: 计 printed above 本年支出合 spells nothing
    assertThat(SpelledLabels.spelled(List.of("计", "本年支出合"), List.of("本年支出合计"))).isEmpty();
  }

  @Test
  void spelledWhole_isEmptyWhenAPieceNamesNoLabelAndIsNoSideWord() {
    assertThat(SpelledLabels.spelledWhole(FISCAL_HEADER, List.of("合计", "决算数", "一般公共预算财政拨款",
        "政府性基金预算财政拨款", "国有资本经营预算财政拨款"), Set.of("收入", "支出", "项目"))).isPresent();
    assertThat(SpelledLabels.spelledWhole(List.of("项目 预算数 项目 合计 一般公共预算 财政专户", "管理资金"),
        List.of("合计", "预算数", "一般公共预算"), Set.of("项目"))).isEmpty();
  }

  /** Many one-character pieces over many lines: the search gives up within its budget instead of running on. */
  @Test
  @org.junit.jupiter.api.Timeout(5)
  void spelled_manyRepeatedPieces_givesUpWithinItsBudget() {
    List<String> lines = java.util.Collections.nCopies(40, "入 入 入 入 入");

    assertThat(SpelledLabels.spelled(lines, List.of("入".repeat(20) + "计"))).isEmpty();
  }

  /** 支出决算表 as PDFBox prints it: before, 对附属单位补助支出 (three pieces on three lines) was lost. */
  @Test
  void importText_finalAccountHeaderPrintedAPiecePerLine_readsTheTemplatesColumnsInOrder() {
    String text = String.join("\n", "上海市某区某局2024年度部门决算", "支出决算表", "单位：万元", "项目", "对附属单位",
        "本年支出合 项目支 上缴上级支 经营支", "支出功能分类 基本支出 补", "科目名称 计 出 出 出", "助支出", "科目编码", "类 款 项",
        "合计 2,940.05 2,336.91 603.14", "201 一般公共服务支出 2,106.66 1,503.52 603.14");

    DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(t.columns()).extracting(Column::concept).containsExactly(Concept.CURRENT_EXPENDITURE_TOTAL,
        Concept.BASIC, Concept.PROJECT, Concept.PAYMENT_TO_SUPERIOR, Concept.BUSINESS_OPERATION_EXPENDITURE,
        Concept.SUBSIDY_TO_AFFILIATED);
  }

  /** 财政拨款收入支出决算总表 as PDFBox prints it: before, one expenditure column (财政拨款) was read. */
  @Test
  void importText_fiscalSummaryHeaderPrintedAPiecePerLine_readsTheSourcesInOrder() {
    String text = String.join("\n", "上海市某区某局2024年度部门决算", "财政拨款收入支出决算总表", "单位：万元",
        String.join("\n", FISCAL_HEADER),
        "一、一般公共预算财政拨款 2,940.05 一、一般公共服务支出 2,106.66 2,106.66",
        "总计 2,961.68 总计 2,961.68 2,961.68");

    DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(t.columns()).extracting(c -> c.side() + " " + c.concept()).containsExactly("INCOME AMOUNT",
        "EXPENDITURE TOTAL", "EXPENDITURE GENERAL_PUBLIC_BUDGET", "EXPENDITURE GOVERNMENT_FUND",
        "EXPENDITURE STATE_CAPITAL");
  }

  /**
   * 支出功能分类 printed above the amount columns names the code and name columns, not a group of the
   * amounts: before, 合计 was read as a part of it (no total), and 支出决算表's values could not be placed
   * by the appropriation tables' totals.
   */
  @Test
  void importText_functionalClassWordAboveTheAmounts_leavesTheTotalATotal() {
    String text = String.join("\n", "上海市某区某局2024年度部门决算", "一般公共预算财政拨款支出决算表", "单位：万元", "项目",
        "支出功能分类", "合计 基本支出 项目支出", "科目编码 科目名称", "类 款 项",
        "201 一般公共服务支出 2,106.66 1,503.52 603.14", "合计 2,106.66 1,503.52 603.14");

    DisclosureTable t = DisclosureImporter.defaults().importText(text).disclosure().tables().get(0);

    assertThat(t.columns()).extracting(Column::concept).containsExactly(Concept.TOTAL, Concept.BASIC, Concept.PROJECT);
  }
}
