package io.github.cnbudget.model.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.TextParseException;
import org.junit.jupiter.api.Test;

class CodeParseExceptionTest {

  @Test
  void carriesTextIndexAndReason_inTheFixedMessageShape() {
    CodeParseException e = new CodeParseException("21x", 2, "bad digit");
    assertThat(e).isInstanceOf(TextParseException.class);
    assertThat(e.parsedText()).isEqualTo("21x");
    assertThat(e.errorIndex()).isEqualTo(2);
    assertThat(e.reason()).isEqualTo("bad digit");
    assertThat(e).hasMessage("Text '21x' could not be parsed at index 2: bad digit");
  }
}
