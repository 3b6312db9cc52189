package io.github.cnbudget.model.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.table.Cell;
import org.junit.jupiter.api.Test;

class PerformanceGoalTest {

  @Test
  void builder_keepsEveryPrintedPart() {
    Indicator i = Indicator.builder().level1Text("产出指标").level2Text("数量指标").name("培训人次").targetText("≥100人次").build();
    PerformanceGoal g = PerformanceGoal.builder().scope(GoalScope.PROJECT).title("项目绩效目标表").project("政策宣传与培训")
        .unit("培训中心").department("某局").budget(Cell.of("12.50")).amountUnit(AmountUnit.WAN_YUAN)
        .longTermGoal("长期").annualGoal("年度").addIndicators(i).line(40).build();
    assertThat(g.scope()).isEqualTo(GoalScope.PROJECT);
    assertThat(g.project()).contains("政策宣传与培训");
    assertThat(g.budget()).contains(Cell.of("12.50"));
    assertThat(g.amountUnit()).contains(AmountUnit.WAN_YUAN);
    assertThat(g.indicators()).containsExactly(i);
    assertThat(g.tasks()).isEmpty();
  }
}
