package io.github.cnbudget.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodecProblemTest {
  @Test
  void of_keepsCodeLocationAndMessage() {
    CodecProblem p = CodecProblem.of("unknown-field", SourcePosition.ofJson("/x", 1, 2), "unknown field 'x' kept aside");

    assertThat(p.code()).isEqualTo("unknown-field");
    assertThat(p.location().pointer()).contains("/x");
    assertThat(p).hasToString("unknown-field at /x (line 1, column 2): unknown field 'x' kept aside");
    assertThat(p).isEqualTo(CodecProblem.of("unknown-field", SourcePosition.ofJson("/x", 1, 2), "unknown field 'x' kept aside"))
        .isNotEqualTo(CodecProblem.of("malformed-value", SourcePosition.ofJson("/x", 1, 2), "unknown field 'x' kept aside"));
  }
}
