package io.github.cnbudget.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.Severity;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadProblemTest {
  @Test
  void of_line_isATextPosition() {
    ReadProblem p = ReadProblem.of(ReadProblem.Kind.ROW_WITHOUT_LABEL, Severity.WARNING, 40, "1,200.00", "row without a label");

    assertThat(p.code()).isEqualTo("row-without-label");
    assertThat(p.line()).isEqualTo(40);
    assertThat(p.position()).isEqualTo(SourcePosition.ofText(40, 0));
    assertThat(p.page()).isEmpty();
    assertThat(p).hasToString("WARNING line 40: row without a label: 1,200.00");
  }

  @Test
  void atPage_keepsTheLineAndAddsPageAndBox() {
    ReadProblem p = ReadProblem.of(ReadProblem.Kind.TEXT_BEYOND_COLUMNS, Severity.INFO, 12, "注", "text beyond")
        .atPage(3, "10.0,20.0,30.0,40.0");

    assertThat(p.page()).hasValue(3);
    assertThat(p.box()).contains("10.0,20.0,30.0,40.0");
    assertThat(p.line()).isEqualTo(12);
    assertThat(p).hasToString("INFO page 3 line 12: text beyond: 注");
  }

  @Test
  void of_position_keepsACodecPosition() {
    ReadProblem p = ReadProblem.of(ReadProblem.Kind.UNKNOWN_FIELD, Severity.WARNING, SourcePosition.ofJson("/x", 1, 2), "x",
        "unknown field 'x' kept aside");

    assertThat(p.position().pointer()).contains("/x");
    assertThat(p).hasToString("WARNING /x (line 1, column 2): unknown field 'x' kept aside: x")
        .isEqualTo(ReadProblem.of(ReadProblem.Kind.UNKNOWN_FIELD, Severity.WARNING, SourcePosition.ofJson("/x", 1, 2), "x",
            "unknown field 'x' kept aside"))
        .isNotEqualTo(ReadProblem.of(ReadProblem.Kind.MALFORMED_VALUE, Severity.WARNING, SourcePosition.ofJson("/x", 1, 2), "x",
            "unknown field 'x' kept aside"));
  }

  @Test
  void of_negativeLine_isRefused() {
    assertThatThrownBy(() -> ReadProblem.of(ReadProblem.Kind.ROW_WITHOUT_LABEL, Severity.WARNING, -1, "", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kinds_haveDistinctKebabCodesAndBothDescriptions() {
    Set<String> codes = new HashSet<>();
    for (ReadProblem.Kind k : ReadProblem.Kind.values()) {
      assertThat(k.code()).as(k.name()).matches("[a-z]+(-[a-z]+)*").isEqualTo(k.name().toLowerCase().replace('_', '-'));
      assertThat(codes.add(k.code())).as(k.code()).isTrue();
      assertThat(k.chinese()).as(k.name()).isNotBlank();
      assertThat(k.english()).as(k.name()).isNotBlank();
    }
    assertThat(Arrays.stream(ReadProblem.Kind.values()).map(ReadProblem.Kind::code))
        .contains("json-syntax", "unknown-field", "bound-exceeded", "csv-missing-file");
  }
}
