package io.github.cnbudget.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class DepartmentTest {

  private static final BudgetUnit OWN = BudgetUnit.of("局本级", UnitRole.DEPARTMENT_LEVEL);
  private static final BudgetUnit CENTRE = BudgetUnit.of("医疗保险服务中心", UnitRole.SUBORDINATE);

  @Test
  void of_hasNoUnits() {
    Department d = Department.of("广州市医疗保障局");
    assertThat(d.name()).isEqualTo("广州市医疗保障局");
    assertThat(d.units()).isEmpty();
    assertThat(d.code()).isEmpty();
  }

  @Test
  void unit_findsByPrintedName() {
    Department d = Department.builder().name("广州市医疗保障局").addUnits(OWN, CENTRE).build();
    assertThat(d.unit("医疗保险服务中心")).contains(CENTRE);
    assertThat(d.unit("医疗救助服务中心")).isEmpty();
    assertThat(d.units()).containsExactly(OWN, CENTRE);
  }

  @Test
  void check_rejectsBlankNameAndDuplicateUnits() {
    assertThatThrownBy(() -> Department.of("")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Department.builder().name("局").addUnits(CENTRE, BudgetUnit.of("医疗保险服务中心", UnitRole.DEPARTMENT_LEVEL)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Duplicate unit names");
  }
}
