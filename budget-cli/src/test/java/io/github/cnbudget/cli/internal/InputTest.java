package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputTest {
  @Test
  void extension_isLowerCaseWithoutDot() {
    assertThat(Input.of(Path.of("dir/A.JSONL")).extension()).isEqualTo("jsonl");
    assertThat(Input.of(Path.of("dir/README")).extension()).isEmpty();
  }

  @Test
  void unreadable_carriesArgumentAndProblem() {
    Input i = Input.unreadable("x/*.txt", "no file matches");
    assertThat(i.display()).isEqualTo("x/*.txt");
    assertThat(i.problem()).contains("no file matches");
  }

  @Test
  void of_displaysPathText() {
    assertThat(Input.of(Path.of("a", "b.txt")).display()).isEqualTo(Path.of("a", "b.txt").toString());
  }

  @Test
  void constructor_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> new Input("a", Path.of("a"), null));
    assertThat(new Input("a", Path.of("a"), Optional.empty()).problem()).isEmpty();
  }

  @Test
  void baseName_dropsExtension() {
    assertThat(Input.of(Path.of("data", "000_a.txt")).baseName()).isEqualTo("000_a");
    assertThat(Input.of(Path.of("data", "x.tar.json")).baseName()).isEqualTo("x.tar");
    assertThat(Input.of(Path.of(".hidden")).baseName()).isEqualTo(".hidden");
    assertThat(Input.of(Path.of("")).baseName()).isEqualTo("document");
  }
}
