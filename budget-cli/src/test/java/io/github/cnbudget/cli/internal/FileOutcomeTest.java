package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileOutcomeTest {
  private final Input input = Input.of(Path.of("a.txt"));

  @Test
  void ok_isTrueOnlyWithResult() {
    assertThat(new FileOutcome<>(input, Optional.of(1), Optional.empty()).ok()).isTrue();
    assertThat(new FileOutcome<>(input, Optional.empty(), Optional.of("bad")).ok()).isFalse();
  }

  @Test
  void constructor_rejectsBothOrNeither() {
    assertThatIllegalArgumentException().isThrownBy(() -> new FileOutcome<>(input, Optional.of(1), Optional.of("bad")));
    assertThatIllegalArgumentException().isThrownBy(() -> new FileOutcome<>(input, Optional.empty(), Optional.empty()));
  }
}
