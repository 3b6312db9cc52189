package io.github.cnbudget.model.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoalScopeTest {

  @Test
  void chinese() {
    assertThat(GoalScope.DEPARTMENT.chinese()).isEqualTo("整体支出");
    assertThat(GoalScope.PROJECT.chinese()).isEqualTo("项目");
  }
}
