package io.github.cnbudget.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatchTest {

  @Test
  void isKnownName_onlyForNamesTheCodeHasHad() {
    assertThat(NameMatch.MATCHES.isKnownName()).isTrue();
    assertThat(NameMatch.OTHER_YEAR.isKnownName()).isTrue();
    assertThat(NameMatch.MISMATCH.isKnownName()).isFalse();
    assertThat(NameMatch.UNKNOWN_CODE.isKnownName()).isFalse();
  }
}
