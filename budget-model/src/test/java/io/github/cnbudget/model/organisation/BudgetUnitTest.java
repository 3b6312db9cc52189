package io.github.cnbudget.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class BudgetUnitTest {

  @Test
  void of_withoutCode() {
    BudgetUnit u = BudgetUnit.of("深圳市医疗保险基金管理中心", UnitRole.SUBORDINATE);
    assertThat(u.name()).isEqualTo("深圳市医疗保险基金管理中心");
    assertThat(u.role()).isEqualTo(UnitRole.SUBORDINATE);
    assertThat(u.code()).isEmpty();
  }

  @Test
  void builder_withCode() {
    BudgetUnit u = BudgetUnit.builder().name("达州市医疗保障事务中心").role(UnitRole.DEPARTMENT_LEVEL).code("335001").build();
    assertThat(u.code()).contains("335001");
    assertThat(u).isNotEqualTo(BudgetUnit.of("达州市医疗保障事务中心", UnitRole.DEPARTMENT_LEVEL));
  }

  @Test
  void check_rejectsBlankName() {
    assertThatThrownBy(() -> BudgetUnit.of(" ", UnitRole.SUBORDINATE)).isInstanceOf(InvalidValueException.class);
  }
}
