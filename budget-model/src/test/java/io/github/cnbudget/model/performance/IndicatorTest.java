package io.github.cnbudget.model.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.table.Cell;
import org.junit.jupiter.api.Test;

class IndicatorTest {

  private static Indicator.Builder base() {
    return Indicator.builder().level1Text("满意度指标").level2Text("服务对象满意度指标").name("参保人满意度");
  }

  @Test
  void levels_areRecognisedFromThePrintedText() {
    Indicator i = base().targetText("≥90%").build();
    assertThat(i.level1()).contains(Level1.SATISFACTION);
    assertThat(i.level2()).contains(Level2.SERVICE_SATISFACTION);
    Indicator free = Indicator.builder().level1Text("其他指标").name("x").build();
    assertThat(free.level1()).isEmpty();
    assertThat(free.level2Text()).isEmpty();
    assertThat(free.level2()).isEmpty();
  }

  @Test
  void effectiveTargetText_prefersTheWholeText() {
    assertThat(base().targetText("≥90%").nature("≤").value("1").build().effectiveTargetText()).contains("≥90%");
  }

  @Test
  void effectiveTargetText_joinsTheSplitForm() {
    assertThat(base().nature("≥").value("90").measureUnit("%").build().effectiveTargetText()).contains("≥90%");
    assertThat(base().nature("＝").value("1").measureUnit("家").build().effectiveTargetText()).contains("＝1家");
    assertThat(base().nature("定性").value("及时").build().effectiveTargetText()).contains("及时");
    assertThat(base().value("100").build().effectiveTargetText()).contains("100");
  }

  @Test
  void effectiveTargetText_emptyWithoutTarget() {
    assertThat(base().nature("≥").measureUnit("%").build().effectiveTargetText()).isEmpty();
  }

  @Test
  void selfEvaluationParts() {
    Indicator i = base().targetText("≥322.5万人").actual("305.63万人").weight(Cell.of("10")).score(Cell.of("9.48"))
        .deviation("参保人数减少").putHistory("2021年指标值", "≥300万人").line(7).build();
    assertThat(i.weight()).contains(Cell.of("10"));
    assertThat(i.score()).contains(Cell.of("9.48"));
    assertThat(i.history()).containsEntry("2021年指标值", "≥300万人");
    assertThat(i.line()).hasValue(7);
  }

  @Test
  void check_rejectsBlankName() {
    assertThatThrownBy(() -> Indicator.builder().level1Text("产出指标").name(" ").build())
        .isInstanceOf(InvalidValueException.class);
  }
}
