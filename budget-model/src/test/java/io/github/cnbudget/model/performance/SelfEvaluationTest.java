package io.github.cnbudget.model.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.table.Cell;
import org.junit.jupiter.api.Test;

class SelfEvaluationTest {

  @Test
  void scope_defaultsToProject() {
    SelfEvaluation e = SelfEvaluation.builder().build();
    assertThat(e.scope()).isEqualTo(GoalScope.PROJECT);
    assertThat(e.project()).isEmpty();
    assertThat(e.funding()).isEmpty();
    assertThat(e.grade()).isEmpty();
  }

  @Test
  void builder_keepsScoresAsPrinted() {
    SelfEvaluation e = SelfEvaluation.builder().scope(GoalScope.DEPARTMENT).amountUnit(AmountUnit.YUAN)
        .totalWeight(Cell.of("100")).totalScore(Cell.of("95.48")).grade("优").build();
    assertThat(e.scope()).isEqualTo(GoalScope.DEPARTMENT);
    assertThat(e.amountUnit()).contains(AmountUnit.YUAN);
    assertThat(e.totalScore()).contains(Cell.of("95.48"));
    assertThat(e.grade()).contains("优");
  }
}
