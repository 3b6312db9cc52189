package io.github.cnbudget.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrustTest {
  @Test
  void isAtLeast_ordersByEvidence() {
    assertThat(Trust.OFFICIAL.isAtLeast(Trust.PRINTED)).isTrue();
    assertThat(Trust.PRINTED.isAtLeast(Trust.PRINTED)).isTrue();
    assertThat(Trust.INFERRED.isAtLeast(Trust.PRINTED)).isFalse();
  }
}
