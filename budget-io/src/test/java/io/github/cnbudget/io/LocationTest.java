package io.github.cnbudget.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationTest {
  @Test
  void ofJson_rendersPointerLineAndColumn() {
    Location l = Location.ofJson("/tables/0/rows/3", 2, 17);

    assertThat(l.pointer()).contains("/tables/0/rows/3");
    assertThat(l.file()).isEmpty();
    assertThat(l).hasToString("/tables/0/rows/3 (line 2, column 17)");
  }

  @Test
  void ofJson_root_rendersSlash() {
    assertThat(Location.ofJson("", 0, 0)).hasToString("/");
  }

  @Test
  void ofCsv_rendersFileRowAndField() {
    Location l = Location.ofCsv("line_items.csv", 12, 7);

    assertThat(l.pointer()).isEmpty();
    assertThat(l.line()).isEqualTo(12);
    assertThat(l.column()).isEqualTo(7);
    assertThat(l).hasToString("line_items.csv row 12 field 7");
  }

  @Test
  void withFile_keepsJsonPosition() {
    assertThat(Location.ofJson("/year", 3, 5).withFile("a.jsonl")).hasToString("a.jsonl /year (line 3, column 5)");
  }

  @Test
  void equality_byAllParts() {
    assertThat(Location.ofCsv("a.csv", 1, 2)).isEqualTo(Location.ofCsv("a.csv", 1, 2))
        .hasSameHashCodeAs(Location.ofCsv("a.csv", 1, 2))
        .isNotEqualTo(Location.ofCsv("a.csv", 1, 3));
    assertThat(Location.unknown().pointer()).isEmpty();
  }
}
