package io.github.cnbudget.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.Severity;
import org.junit.jupiter.api.Test;

class CodecExceptionTest {
  @Test
  void message_isPositionThenReason() {
    CodecException e = new CodecException(ReadProblem.Kind.MALFORMED_VALUE, SourcePosition.ofCsv("rows.csv", 4, 2),
        "unknown RowKind 'X'");

    assertThat(e).isInstanceOf(BudgetException.class).hasMessage("rows.csv row 4 field 2: unknown RowKind 'X'");
    assertThat(e.reason()).isEqualTo("unknown RowKind 'X'");
    assertThat(e.position()).isEqualTo(SourcePosition.ofCsv("rows.csv", 4, 2));
    assertThat(e.kind().code()).isEqualTo("malformed-value");
  }

  @Test
  void problem_isAnErrorOfTheSameKindAndPosition() {
    CodecException e = new CodecException(ReadProblem.Kind.JSON_SYNTAX, SourcePosition.ofJson("/year", 3, 9),
        "unexpected end of input");

    assertThat(e.problem()).isEqualTo(ReadProblem.of(ReadProblem.Kind.JSON_SYNTAX, Severity.ERROR,
        SourcePosition.ofJson("/year", 3, 9), "", "unexpected end of input"));
    assertThat(e.problem()).hasToString("ERROR /year (line 3, column 9): unexpected end of input");
  }

  @Test
  void cause_isKept() {
    IllegalStateException cause = new IllegalStateException("x");

    assertThat(new CodecException(ReadProblem.Kind.UNREADABLE_INPUT, SourcePosition.unknown(), "r", cause))
        .hasCause(cause);
  }
}
