package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void escape_controlCharacters_becomeVisibleEscapes() {
    assertThat(Printable.escape("a\nb\r\tc\u001b[2J\u0085\u202e")).isEqualTo("a\\nb\\r\\tc\\u001b[2J\\u0085\\u202e");
    assertThat(Printable.escape("深圳市医疗保障局 2023")).isEqualTo("深圳市医疗保障局 2023");
  }

  @Test
  void writer_escapesWhatIsPrinted_butKeepsPrintlnLineEnds() {
    StringWriter s = new StringWriter();
    PrintWriter w = Printable.writer(new PrintWriter(s));
    w.println("title\nERROR fake");
    w.print('\u0007');
    w.flush();
    assertThat(s.toString()).isEqualTo("title\\nERROR fake" + System.lineSeparator() + "\\u0007");
  }
}
