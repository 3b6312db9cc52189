package io.github.cnbudget.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadOptionsTest {
  @Test
  void defaults_haveTheDocumentedBounds() {
    ReadOptions o = ReadOptions.defaults();

    assertThat(o.maxDocumentLength()).isEqualTo(64L << 20);
    assertThat(o.maxNestingDepth()).isEqualTo(64);
    assertThat(o.maxStringLength()).isEqualTo(1 << 20);
    assertThat(o.maxNumberLength()).isEqualTo(64);
  }

  @Test
  void with_returnsChangedCopyAndLeavesOriginal() {
    ReadOptions o = ReadOptions.defaults();
    ReadOptions changed = o.withMaxNestingDepth(10).withMaxStringLength(5).withMaxNumberLength(7)
        .withMaxDocumentLength(99);

    assertThat(changed.maxNestingDepth()).isEqualTo(10);
    assertThat(changed.maxStringLength()).isEqualTo(5);
    assertThat(changed.maxNumberLength()).isEqualTo(7);
    assertThat(changed.maxDocumentLength()).isEqualTo(99);
    assertThat(o.maxNestingDepth()).isEqualTo(64);
  }

  @Test
  void with_nonPositiveBound_isRefused() {
    assertThatThrownBy(() -> ReadOptions.defaults().withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
