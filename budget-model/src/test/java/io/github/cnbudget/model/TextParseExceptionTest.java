package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextParseExceptionTest {

  @Test
  void carriesTextIndexAndReason() {
    TextParseException e = new TextParseException("20x3", 2, "expected a digit");
    assertThat(e).isInstanceOf(BudgetException.class);
    assertThat(e.parsedText()).isEqualTo("20x3");
    assertThat(e.errorIndex()).isEqualTo(2);
    assertThat(e.reason()).isEqualTo("expected a digit");
    assertThat(e).hasMessage("Text '20x3' could not be parsed at index 2: expected a digit");
  }
}
