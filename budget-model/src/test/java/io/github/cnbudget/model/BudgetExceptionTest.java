package io.github.cnbudget.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetExceptionTest {

  @Test
  void isUncheckedWithMessageAndCause() {
    IllegalStateException cause = new IllegalStateException("inner");
    BudgetException e = new BudgetException("outer", cause);
    assertThat(e).isInstanceOf(RuntimeException.class).hasMessage("outer").hasCause(cause);
    assertThat(new BudgetException("only")).hasMessage("only").hasNoCause();
  }
}
