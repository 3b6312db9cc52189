package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.table.TableKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TableTitlesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "收支总表, INCOME_EXPENDITURE_SUMMARY",
      "部门收支总表, INCOME_EXPENDITURE_SUMMARY",
      "收支总体情况表, INCOME_EXPENDITURE_SUMMARY",
      "收入支出决算总表, INCOME_EXPENDITURE_SUMMARY",
      "政府预算拨款收支总表, FISCAL_APPROPRIATION_SUMMARY",
      "财政拨款收入支出决算总表, FISCAL_APPROPRIATION_SUMMARY",
      "收入总体情况表, INCOME",
      "收入决算表, INCOME",
      "支出总表, EXPENDITURE",
      "一般公共预算支出表（按功能分类）, GENERAL_PUBLIC_BY_FUNCTION",
      "一般公共预算支出表（按经济分类）, GENERAL_PUBLIC_BY_ECONOMIC",
      "一般公共预算财政拨款基本支出决算表, GENERAL_PUBLIC_BASIC_BY_ECONOMIC",
      "一般公共预算“三公”经费支出表, THREE_PUBLIC",
      "政府性基金预算支出表, GOVERNMENT_FUND",
      "国有资本经营预算支出情况表, STATE_CAPITAL",
      "部门预算项目支出及其他支出预算表, PROJECT_EXPENDITURE",
      "财政拨款支出预算表(部门经济分类科目), GENERAL_PUBLIC_BY_ECONOMIC",
      "2025年部门财务收支预算总表, INCOME_EXPENDITURE_SUMMARY",
      "2025年部门收入预算总表, INCOME",
      "2025年预算单位收入预算总表, INCOME",
      "2025年部门支出预算总表, EXPENDITURE",
      "2025年部门财政拨款收支预算总表, FISCAL_APPROPRIATION_SUMMARY",
      "2025年部门一般公共预算支出功能分类预算表, GENERAL_PUBLIC_BY_FUNCTION",
      "2025年部门一般公共预算基本支出部门预算经济分类预算表, GENERAL_PUBLIC_BASIC_BY_ECONOMIC",
      "2025年部门“三公”经费和机关运行经费预算表, THREE_PUBLIC",
      "政府性基金预算财政拨款收入支出决算表, GOVERNMENT_FUND",
      "国有资产占有使用情况表, STATE_ASSETS", "2024年度国有资产使用情况表, STATE_ASSETS", "部门资产占用情况表, STATE_ASSETS"})
  void recognise_provincialTitles_giveTheirKind(String title, TableKind kind) {
    assertThat(TableTitles.recognise(title)).get().satisfies(t -> assertThat(t.kind).isEqualTo(kind));
  }

  @Test
  void recognise_numberedAndSpacedTitle_hasTheSameKeyAsThePlainOne() {
    assertThat(TableTitles.key("表 1 收支总表")).isEqualTo(TableTitles.key("收支总表"));
    assertThat(TableTitles.key("公开 01 表 收入支出决算总表")).isEqualTo("收入支出决算总表");
  }

  @Test
  void recognise_performanceTitles_giveTheirShapeAndScope() {
    assertThat(TableTitles.recognise("深圳市医疗保障局整体支出绩效目标表")).get().satisfies(t -> {
      assertThat(t.shape).isEqualTo(TableTitles.Shape.GOAL);
      assertThat(t.scope).isEqualTo(GoalScope.DEPARTMENT);
    });
    assertThat(TableTitles.recognise("部门预算项目绩效目标表(2023年度)")).get()
        .satisfies(t -> assertThat(t.scope).isEqualTo(GoalScope.PROJECT));
    assertThat(TableTitles.recognise("项目支出绩效自评表")).get()
        .satisfies(t -> assertThat(t.shape).isEqualTo(TableTitles.Shape.SELF_EVALUATION));
  }

  @Test
  void recognise_sectionHeadingsAndProse_areNoTitles() {
    assertThat(TableTitles.recognise("二、收支预算总体情况")).isEmpty();
    assertThat(TableTitles.recognise("本表反映部门本年度的总收支")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"表2 机关运行经费支出明细表", "项目支出绩效自评结果汇总表", "车辆及大型设备情况统计表",
      "2024年度部门人员情况统计表", "重点项目绩效评价结果一览表", "部门整体资产信息表"})
  void recognise_tablesOutsideTheVocabulary_areTablesOfTheirOwn(String title) {
    assertThat(TableTitles.recognise(title)).get().satisfies(t -> assertThat(t.kind).isEqualTo(TableKind.OTHER))
        .satisfies(t -> assertThat(t.shape).isEqualTo(TableTitles.Shape.TABLE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"具体情况详见附表", "详见国有资产占有使用情况表", "见下表", "第二部分 2024年度部门决算表",
      "2023年部门预算表", "2024年度单位决算公开表", "资产总额为1280.40万元，详见情况表", "附表"})
  void recognise_sentencesPointingAtTables_andTheWholeSetsHeading_areNoTitles(String text) {
    assertThat(TableTitles.recognise(text)).isEmpty();
  }

  /**
   * Text printed block by block (pdfminer's {@code pdf2txt}) sets a table's metadata above its title, or
   * its header's pieces a line each before its unit's line: the title still opens its table. Before, the
   * table was taken for missing (a false required-tables ERROR).
   */
  @Test
  void importText_titleAfterItsMetadataOrBeforeItsHeaderPiecesALine_opensTheTable() {
    String metadataAbove = String.join("\n", "某区档案局2025年部门预算", "", "编制部门：某区档案局", "", "单位：元", "",
        "2025年部门一般公共预算支出功能分类预算表", "", "功能分类科目编码", "", "类", "", "201", "", "一般公共服务支出", "",
        "100.00", "");
    String piecesFirst = String.join("\n", "某区档案局2024年度部门决算", "", "支出决算表", "", "本年支出合", "计", "", "基本支出", "",
        "项目支", "出", "", "上缴上级支", "出", "", "经营支", "出", "", "对附属单位", "补", "助支出", "", "120.00", "", "100.00",
        "", "20.00", "", "单位：万元", "");

    assertThat(io.github.cnbudget.io.text.DisclosureImporter.defaults().importText(metadataAbove).disclosure().tables())
        .extracting(t -> t.kind()).contains(TableKind.GENERAL_PUBLIC_BY_FUNCTION);
    assertThat(io.github.cnbudget.io.text.DisclosureImporter.defaults().importText(piecesFirst).disclosure().tables())
        .extracting(t -> t.kind()).contains(TableKind.EXPENDITURE);
  }

  /** A title in the prose, nothing of a table near it, opens none. */
  @Test
  void importText_titleInProseWithoutATableNearIt_opensNone() {
    String prose = String.join("\n", "某区档案局2024年度部门决算", "", "支出决算表", "", "本部门无相关说明。", "", "本部门无相关说明。", "");

    assertThat(io.github.cnbudget.io.text.DisclosureImporter.defaults().importText(prose).disclosure().tables()).isEmpty();
  }
}
