package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageTest {

  @Test
  void fromText_finalAccountWinsOverBudget() {
    assertThat(Stage.fromText("深圳市医疗保险基金管理中心2020年度部门决算")).contains(Stage.FINAL_ACCOUNT);
    assertThat(Stage.fromText("一般公共预算财政拨款支出决算表")).contains(Stage.FINAL_ACCOUNT);
    assertThat(Stage.fromText("2023年部门预算")).contains(Stage.BUDGET);
    assertThat(Stage.fromText("目录")).isEmpty();
  }

  @Test
  void chineseTerms() {
    assertThat(Stage.BUDGET.chinese()).isEqualTo("预算");
    assertThat(Stage.FINAL_ACCOUNT.chinese()).isEqualTo("决算");
    assertThat(Stage.BUDGET.documentTerm()).isEqualTo("部门预算");
    assertThat(Stage.FINAL_ACCOUNT.documentTerm()).isEqualTo("部门决算");
  }
}
