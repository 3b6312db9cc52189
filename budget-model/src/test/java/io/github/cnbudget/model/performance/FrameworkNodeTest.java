package io.github.cnbudget.model.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.table.Cell;
import org.junit.jupiter.api.Test;

class FrameworkNodeTest {

  private static FrameworkNode leaf(String name, String score) {
    return FrameworkNode.builder().level(3).name(name).referenceScore(Cell.of(score)).build();
  }

  @Test
  void builder_nestsLevels() {
    FrameworkNode two = FrameworkNode.builder().level(2).name("项目立项").referenceScore(Cell.of("5"))
        .addChildren(leaf("立项依据充分性", "3"), leaf("立项程序规范性", "2")).build();
    FrameworkNode one = FrameworkNode.builder().level(1).name("决策").addChildren(two).addDescriptions("指标解释").line(3).build();
    assertThat(one.children()).containsExactly(two);
    assertThat(one.referenceScore()).isEmpty();
    assertThat(one.descriptions()).containsExactly("指标解释");
    assertThat(one.line()).hasValue(3);
  }

  @Test
  void check_rejectsLevelOutOfRange() {
    assertThatThrownBy(() -> FrameworkNode.builder().level(0).name("x").build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> FrameworkNode.builder().level(4).name("x").build()).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void check_rejectsChildOfTheWrongLevel() {
    assertThatThrownBy(() -> FrameworkNode.builder().level(1).name("决策").addChildren(leaf("x", "1")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("of level 3 under '决策' of level 1");
  }
}
