package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  @TempDir Path dir;

  @Test
  void claim_nameThatLeavesTheFolder_isRefused() {
    OutputFolder f = new OutputFolder(dir);
    Input in = Input.of(dir.resolve("a.json"));
    for (String name : new String[] {"..", ".", "", "a/b", "..\\x", "x\u0000", "../x.json", "a\nb"}) {
      assertThatThrownBy(() -> f.claim(name, in)).as(name).isInstanceOf(IOException.class).hasMessageContaining("would leave");
    }
  }

  @Test
  void claim_sameNameTwice_failsNamingTheFirstInput_caseInsensitively() throws IOException {
    OutputFolder f = new OutputFolder(dir);
    assertThat(f.claim("x.json", Input.of(Path.of("a", "x.json")))).isEqualTo(dir.resolve("x.json"));
    assertThatThrownBy(() -> f.claim("X.JSON", Input.of(Path.of("b", "X.JSON"))))
        .hasMessageContaining("already written from " + Path.of("a", "x.json"));
  }

  @Test
  void write_replacesCompletelyAndLeavesNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("t.json"), "old");
    OutputFolder.write(target, "new");
    assertThat(Files.readString(target)).isEqualTo("new");
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(target);
    }
  }
}
