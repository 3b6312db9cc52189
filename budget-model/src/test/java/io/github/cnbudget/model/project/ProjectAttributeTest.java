package io.github.cnbudget.model.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectAttributeTest {

  @Test
  void chinese() {
    assertThat(ProjectAttribute.RECURRING.chinese()).isEqualTo("持续性");
    assertThat(ProjectAttribute.ONE_OFF.chinese()).isEqualTo("一次性");
  }
}
