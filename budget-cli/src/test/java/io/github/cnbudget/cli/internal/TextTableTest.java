package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void write_alignsTextLeftAndNumbersRight() {
    StringWriter w = new StringWriter();
    new TextTable(List.of("name", "n"), List.of(false, true)).add(List.of("a", "1")).rule().add(List.of("longer", "100"))
        .write(new PrintWriter(w), "> ");
    assertThat(w.toString().lines()).containsExactly(
        "> name      n",
        "> a         1",
        "> ------  ---",
        "> longer  100");
  }

  @Test
  void add_rejectsWrongCellCount() {
    TextTable t = new TextTable(List.of("a", "b"), List.of(false, false));
    assertThatIllegalArgumentException().isThrownBy(() -> t.add(List.of("x")));
  }

  @Test
  void width_countsCjkAsTwo() {
    assertThat(TextTable.width("abc")).isEqualTo(3);
    assertThat(TextTable.width("预算表")).isEqualTo(6);
    assertThat(TextTable.width("（一）")).isEqualTo(6);
  }
}
