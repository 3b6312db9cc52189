package io.github.cnbudget.model.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Level2Test {

  @Test
  void fromText_readsPrintedNames() {
    assertThat(Level2.fromText("数量指标")).contains(Level2.QUANTITY);
    assertThat(Level2.fromText(" 社会效益指标 ")).contains(Level2.SOCIAL_BENEFIT);
    assertThat(Level2.fromText("成本指标")).contains(Level2.OUTPUT_COST);
    assertThat(Level2.fromText("产出指标")).isEmpty();
  }

  @Test
  void under_listsTheSecondLevelsOfAFirstLevel() {
    assertThat(Level2.under(Level1.OUTPUT)).containsExactlyInAnyOrder(Level2.QUANTITY, Level2.QUALITY, Level2.TIMELINESS, Level2.OUTPUT_COST);
    assertThat(Level2.under(Level1.COST)).containsExactlyInAnyOrder(Level2.ECONOMIC_COST, Level2.SOCIAL_COST, Level2.ECOLOGICAL_COST);
    assertThat(Level2.under(Level1.DECISION)).isEmpty();
    for (Level2 l : Level2.values()) {
      assertThat(Level2.under(l.parent())).contains(l);
    }
  }

  @Test
  void chinese_readsBack() {
    for (Level2 l : Level2.values()) {
      assertThat(Level2.fromText(l.chinese())).contains(l);
    }
  }
}
