package io.github.cnbudget.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class NoteTest {

  @Test
  void of_withAndWithoutLine() {
    assertThat(Note.of("注：本表无数据").line()).isEmpty();
    assertThat(Note.of("注：本表无数据", 12).line()).hasValue(12);
    assertThat(Note.of("注：x").text()).isEqualTo("注：x");
    assertThat(Note.of("注：x")).hasToString("注：x");
  }

  @Test
  void of_rejectsLineBelowOneAndNullText() {
    assertThatThrownBy(() -> Note.of("x", 0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Note.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalsAndHashCode_compareTextAndLine() {
    assertThat(Note.of("x", 3)).isEqualTo(Note.of("x", 3)).hasSameHashCodeAs(Note.of("x", 3));
    assertThat(Note.of("x", 3)).isNotEqualTo(Note.of("x")).isNotEqualTo(Note.of("y", 3));
  }
}
