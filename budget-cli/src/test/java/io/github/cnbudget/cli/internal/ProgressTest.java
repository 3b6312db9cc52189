package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void of_terminal_drawsBarInPlace() {
    StringWriter err = new StringWriter();
    Progress p = Progress.of(new PrintWriter(err), true);
    p.start(2);
    p.done(Input.of(Path.of("a.txt")), true);
    p.done(Input.of(Path.of("b.txt")), false);
    p.finish();
    String s = err.toString();
    assertThat(s).startsWith("\r[").contains("1/2  a.txt").contains("2/2 (1 failed)  b.txt").endsWith(System.lineSeparator());
    // a bar is redrawn with carriage returns, never one line per file
    assertThat(s.chars().filter(c -> c == '\n').count()).isEqualTo(1);
  }

  @Test
  void of_notTerminal_printsOneLinePerFile() {
    StringWriter err = new StringWriter();
    Progress p = Progress.of(new PrintWriter(err), false);
    p.start(2);
    p.done(Input.of(Path.of("a.txt")), true);
    p.done(Input.of(Path.of("b.txt")), false);
    p.finish();
    assertThat(err.toString()).doesNotContain("\r");
    assertThat(err.toString().lines()).containsExactly("[1/2] ok     a.txt", "[2/2] FAILED b.txt");
  }

  @Test
  void barRender_fillsInProportion() {
    assertThat(Progress.Bar.render(0, 4, 0, "")).isEqualTo("[" + "-".repeat(30) + "] 0/4");
    assertThat(Progress.Bar.render(2, 4, 0, "")).isEqualTo("[" + "#".repeat(15) + "-".repeat(15) + "] 2/4");
    assertThat(Progress.Bar.render(4, 4, 0, "x")).isEqualTo("[" + "#".repeat(30) + "] 4/4  x");
  }

  @Test
  void barRender_shortensLongNamesFromTheLeft() {
    String name = "a/".repeat(40) + "file.txt";
    String line = Progress.Bar.render(1, 1, 0, name);
    assertThat(line).endsWith("file.txt").contains("…");
    assertThat(line.length()).isLessThan(name.length());
  }
}
