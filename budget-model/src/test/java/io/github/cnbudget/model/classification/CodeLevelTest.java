package io.github.cnbudget.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class CodeLevelTest {

  @Test
  void ofDigits_mapsLengthsToLevels() {
    for (CodeLevel l : CodeLevel.values()) {
      assertThat(CodeLevel.ofDigits(l.digits())).isEqualTo(l);
    }
    assertThat(CodeLevel.CLASS.chinese()).isEqualTo("类");
    assertThat(CodeLevel.SECTION.chinese()).isEqualTo("款");
    assertThat(CodeLevel.ITEM.chinese()).isEqualTo("项");
  }

  @Test
  void ofDigits_rejectsOtherLengths() {
    assertThatThrownBy(() -> CodeLevel.ofDigits(4)).isInstanceOf(InvalidValueException.class).hasMessageContaining("4");
  }
}
