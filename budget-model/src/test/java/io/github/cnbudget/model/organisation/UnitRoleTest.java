package io.github.cnbudget.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitRoleTest {

  @Test
  void chinese() {
    assertThat(UnitRole.DEPARTMENT_LEVEL.chinese()).isEqualTo("本级");
    assertThat(UnitRole.SUBORDINATE.chinese()).isEqualTo("下属单位");
  }
}
