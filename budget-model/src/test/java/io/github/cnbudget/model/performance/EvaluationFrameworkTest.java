package io.github.cnbudget.model.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class EvaluationFrameworkTest {

  @Test
  void builder_keepsTitleRootsAndLine() {
    FrameworkNode root = FrameworkNode.builder().level(1).name("产出").build();
    EvaluationFramework f = EvaluationFramework.builder().title("项目支出绩效评价共性指标体系框架").addRoots(root).line(900).build();
    assertThat(f.title()).isEqualTo("项目支出绩效评价共性指标体系框架");
    assertThat(f.roots()).containsExactly(root);
    assertThat(f.line()).hasValue(900);
  }

  @Test
  void builder_requiresTitle() {
    assertThatThrownBy(() -> EvaluationFramework.builder().build()).isInstanceOf(InvalidValueException.class);
  }
}
