package io.github.cnbudget.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.BudgetException;
import org.junit.jupiter.api.Test;

class CodecExceptionTest {
  @Test
  void message_isLocationThenReason() {
    CodecException e = new CodecException(SourcePosition.ofCsv("rows.csv", 4, 2), "unknown RowKind 'X'");

    assertThat(e).isInstanceOf(BudgetException.class).hasMessage("rows.csv row 4 field 2: unknown RowKind 'X'");
    assertThat(e.reason()).isEqualTo("unknown RowKind 'X'");
    assertThat(e.location()).isEqualTo(SourcePosition.ofCsv("rows.csv", 4, 2));
  }

  @Test
  void cause_isKept() {
    IllegalStateException cause = new IllegalStateException("x");

    assertThat(new CodecException(SourcePosition.unknown(), "r", cause)).hasCause(cause);
  }
}
