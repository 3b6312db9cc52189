package io.github.cnbudget.model.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectCategoryTest {

  @Test
  void chinese() {
    assertThat(ProjectCategory.PERSONNEL.chinese()).isEqualTo("人员类");
    assertThat(ProjectCategory.OPERATION.chinese()).isEqualTo("运转类");
    assertThat(ProjectCategory.SPECIFIC_PURPOSE.chinese()).isEqualTo("特定目标类");
  }
}
