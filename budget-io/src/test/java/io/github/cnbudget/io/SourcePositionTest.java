package io.github.cnbudget.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourcePositionTest {
  @Test
  void ofJson_rendersPointerLineAndColumn() {
    SourcePosition l = SourcePosition.ofJson("/tables/0/rows/3", 2, 17);

    assertThat(l.pointer()).contains("/tables/0/rows/3");
    assertThat(l.file()).isEmpty();
    assertThat(l).hasToString("/tables/0/rows/3 (line 2, column 17)");
  }

  @Test
  void ofJson_root_rendersSlash() {
    assertThat(SourcePosition.ofJson("", 0, 0)).hasToString("/");
  }

  @Test
  void ofCsv_rendersFileRowAndField() {
    SourcePosition l = SourcePosition.ofCsv("line_items.csv", 12, 7);

    assertThat(l.pointer()).isEmpty();
    assertThat(l.line()).isEqualTo(12);
    assertThat(l.column()).isEqualTo(7);
    assertThat(l).hasToString("line_items.csv row 12 field 7");
  }

  @Test
  void withFile_keepsJsonPosition() {
    assertThat(SourcePosition.ofJson("/year", 3, 5).withFile("a.jsonl")).hasToString("a.jsonl /year (line 3, column 5)");
  }

  @Test
  void equality_byAllParts() {
    assertThat(SourcePosition.ofCsv("a.csv", 1, 2)).isEqualTo(SourcePosition.ofCsv("a.csv", 1, 2))
        .hasSameHashCodeAs(SourcePosition.ofCsv("a.csv", 1, 2))
        .isNotEqualTo(SourcePosition.ofCsv("a.csv", 1, 3));
    assertThat(SourcePosition.unknown().pointer()).isEmpty();
  }

  @Test
  void ofText_rendersLineAndColumn() {
    assertThat(SourcePosition.ofText(40, 0)).hasToString("line 40");
    assertThat(SourcePosition.ofText(40, 7)).hasToString("line 40, column 7");
    assertThat(SourcePosition.ofText(40, 7).pointer()).isEmpty();
  }

  @Test
  void ofPdf_rendersPageAndKeepsBox() {
    SourcePosition p = SourcePosition.ofPdf(3, "1.0,2.0,3.0,4.0");

    assertThat(p.page()).hasValue(3);
    assertThat(p.box()).contains("1.0,2.0,3.0,4.0");
    assertThat(p).hasToString("page 3");
    assertThat(SourcePosition.ofText(12, 0).atPage(3, "")).hasToString("page 3 line 12")
        .isNotEqualTo(SourcePosition.ofText(12, 0));
  }
}
