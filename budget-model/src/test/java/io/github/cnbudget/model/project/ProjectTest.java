package io.github.cnbudget.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.table.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTest {

  @Test
  void builder_keepsEveryPrintedPart() {
    Project p = Project.builder().name("医疗保障信息化建设").code("440300210000000012345").unit("信息中心")
        .category(ProjectCategory.SPECIFIC_PURPOSE).attribute(ProjectAttribute.ONE_OFF).startYear(2023).endYear(2024)
        .total(Cell.of("150.00")).putAmounts("一般公共预算拨款", Cell.of("100.00")).putAmounts("其他资金", Cell.of("50.00"))
        .goal("完成系统建设").line(88).build();
    assertThat(p.code()).contains("440300210000000012345");
    assertThat(p.category()).contains(ProjectCategory.SPECIFIC_PURPOSE);
    assertThat(p.startYear()).hasValue(2023);
    assertThat(List.copyOf(p.amounts().keySet())).containsExactly("一般公共预算拨款", "其他资金");
    assertThat(p.total()).contains(Cell.of("150.00"));
    assertThat(p.line()).hasValue(88);
  }

  @Test
  void builder_optionalPartsDefaultToEmpty() {
    Project p = Project.builder().name("x").build();
    assertThat(p.code()).isEmpty();
    assertThat(p.unit()).isEmpty();
    assertThat(p.total()).isEmpty();
    assertThat(p.amounts()).isEmpty();
    assertThat(p.endYear()).isEmpty();
  }

  @Test
  void check_rejectsBlankName() {
    assertThatThrownBy(() -> Project.builder().name("  ").build()).isInstanceOf(InvalidValueException.class);
  }
}
