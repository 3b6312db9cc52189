package io.github.cnbudget.model.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Level1Test {

  @Test
  void fromText_readsFullAndShortForms() {
    assertThat(Level1.fromText("产出指标")).contains(Level1.OUTPUT);
    assertThat(Level1.fromText("产出")).contains(Level1.OUTPUT);
    assertThat(Level1.fromText(" 效 益 指 标 ")).contains(Level1.BENEFIT);
    assertThat(Level1.fromText("成本指标")).contains(Level1.COST);
    assertThat(Level1.fromText("决策指标")).contains(Level1.DECISION);
    assertThat(Level1.fromText("过程")).contains(Level1.PROCESS);
    assertThat(Level1.fromText("满意度")).contains(Level1.SATISFACTION);
    assertThat(Level1.fromText("数量指标")).isEmpty();
  }

  @Test
  void chinese_readsBack() {
    for (Level1 l : Level1.values()) {
      assertThat(Level1.fromText(l.chinese())).contains(l);
    }
  }
}
