package io.github.cnbudget.io.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An indicator grid printed with one blank between cells: each word put back under its column. */
class IndicatorWordsTest {
  private static final IndicatorWords GRID = header("一级指标 二级指标 三级指标 指标值");

  private static IndicatorWords header(String line) {
    return IndicatorWords.header(SourceLine.of(1, line)).orElseThrow();
  }

  private static List<String> row(IndicatorWords grid, String line) {
    return grid.row(SourceLine.of(2, line)).cells;
  }

  @Test
  void header_ofWords_givesOneCellPerWord() {
    SourceLine h = GRID.headerLine(SourceLine.of(1, "一级指标 二级指标 三级指标 指标值"));

    assertThat(h.cells).containsExactly("一级指标", "二级指标", "三级指标", "指标值");
    assertThat(h.number).isEqualTo(1);
  }

  @Test
  void header_withCellsOfItsOwnOrWithoutLevels_isNoWordGrid() {
    assertThat(IndicatorWords.header(SourceLine.of(1, "一级指标\t二级指标\t三级指标\t指标值"))).isEmpty();
    assertThat(IndicatorWords.header(SourceLine.of(1, "项目名称 金额 测算依据"))).isEmpty();
    assertThat(IndicatorWords.header(SourceLine.of(1, "一级指标 二级指标 三级指标"))).isEmpty();
    // a grid listing projects holds free text no word can be placed by
    assertThat(IndicatorWords.header(SourceLine.of(1, "项目名称 一级指标 二级指标 三级指标 指标值"))).isEmpty();
  }

  @Test
  void row_withBothLevels_putsEachWordUnderItsColumn() {
    assertThat(row(GRID, "效益指标 社会效益指标 异地就医直接结算率 ≤71%"))
        .containsExactly("效益指标", "社会效益指标", "异地就医直接结算率", "≤71%");
  }

  @Test
  void row_withABlockLabelLeftOfTheLevels_dropsTheLabel() {
    assertThat(row(GRID, "绩效指标 产出指标 数量指标 培训人次 ≥275人次"))
        .containsExactly("产出指标", "数量指标", "培训人次", "≥275人次");
  }

  /**
   * A target stating its comparison in words before the number (慰问人数不少于 100人,…) begins at that
   * word, also when the name does not end as names do: before, the name took the target's first words.
   */
  @Test
  void row_targetOpeningWithAComparisonInWords_beginsAtThatWord() {
    assertThat(row(GRID, "按计划数量完成 慰问人数不少于 100人,宣传用品不少于 20000份"))
        .containsExactly("", "", "按计划数量完成", "慰问人数不少于 100人,宣传用品不少于 20000份");
    assertThat(row(GRID, "社区法治宣传 开展不低于5次的社区法治宣传活动"))
        .containsExactly("", "", "社区法治宣传", "开展不低于5次的社区法治宣传活动");
    assertThat(row(GRID, "寒托班、暑托班 开设班级数 ≥1.00(个)")).containsExactly("", "", "寒托班、暑托班开设班级数", "≥1.00(个)");
  }

  @Test
  void row_ofNameAndTarget_leavesTheLevelsToTheRowsAbove() {
    assertThat(row(GRID, "培训人次 =367人次")).containsExactly("", "", "培训人次", "=367人次");
  }

  @Test
  void row_withOneLevel_givesItToTheSecondLevelUnlessItCanOnlyBeAFirst() {
    assertThat(row(GRID, "成本指标 成本控制率 ≤100%")).containsExactly("", "成本指标", "成本控制率", "≤100%");
    assertThat(row(GRID, "满意度指标 参保人满意度 ≥90%")).containsExactly("满意度指标", "", "参保人满意度", "≥90%");
  }

  @Test
  void row_withALevelNameWrappedInItsCell_joinsIt() {
    assertThat(row(GRID, "满意度 指标 服务对象满意度指标 参保人满意度 ≥90%"))
        .containsExactly("满意度指标", "服务对象满意度指标", "参保人满意度", "≥90%");
  }

  @Test
  void row_withWordsInNameAndTarget_endsTheNameWhereNamesEnd() {
    assertThat(row(GRID, "评估测算 DIP 病种数 约 8000 个")).containsExactly("", "", "评估测算 DIP 病种数", "约 8000 个");
    assertThat(row(GRID, "信息系统 建设完成率 ≥95%")).containsExactly("", "", "信息系统建设完成率", "≥95%");
    assertThat(row(GRID, "开展内部审计 2 次")).containsExactly("", "", "开展内部审计", "2 次");
  }

  @Test
  void row_whereNoWordEndsTheName_takesTheLastWordAsTarget() {
    assertThat(row(GRID, "DIP 分组方案满足国家技术规范要求 基本满足"))
        .containsExactly("", "", "DIP 分组方案满足国家技术规范要求", "基本满足");
  }

  @Test
  void row_underHistoryColumns_fillsThePeriodsFromTheRight() {
    IndicatorWords grid = header("一级指标 二级指标 三级指标 2021年 2022年 预期当年实现值");

    assertThat(row(grid, "产出指标 数量指标 培训人次 80人次 100人次 ≥120人次"))
        .containsExactly("产出指标", "数量指标", "培训人次", "80人次", "100人次", "≥120人次");
    // an earlier period left blank
    assertThat(row(grid, "参保人数 100万人 ≥120万人")).containsExactly("", "", "参保人数", "", "100万人", "≥120万人");
  }

  @Test
  void row_ofASplitTargetGridPrintingFewerWordsThanColumns_isLeftAsPrinted() {
    IndicatorWords grid = header("一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重");

    assertThat(row(grid, "产出指标 数量指标 培训人次 ≥ 100 人次 10"))
        .containsExactly("产出指标", "数量指标", "培训人次", "≥", "100", "人次", "10");
    assertThat(row(grid, "产出指标 数量指标 培训人次 ≥ 100 10")).containsExactly("产出指标 数量指标 培训人次 ≥ 100 10");
  }

  @Test
  void row_ofProseOneWordOrCells_isLeftAsPrinted() {
    assertThat(row(GRID, "完善医疗保障法规制度体系，持续深化医保支付方式改革。")).hasSize(1);
    assertThat(row(GRID, "作合格率")).containsExactly("作合格率");
    assertThat(row(GRID, "产出指标\t数量指标\t培训人次\t≥1人次")).containsExactly("产出指标", "数量指标", "培训人次", "≥1人次");
  }
}
