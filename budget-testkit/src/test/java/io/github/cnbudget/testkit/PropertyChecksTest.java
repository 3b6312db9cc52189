package io.github.cnbudget.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyChecksTest {

  @Test
  void forAll_runsEveryTry() {
    List<Integer> seen = new ArrayList<>();
    PropertyChecks.forAll(1L, 50, Gen.ints(0, 9), seen::add);
    assertThat(seen).hasSize(50);
  }

  @Test
  void forAll_sameSeed_sameValues() {
    List<Integer> a = new ArrayList<>();
    List<Integer> b = new ArrayList<>();
    PropertyChecks.forAll(7L, 20, Gen.ints(0, 1_000_000), a::add);
    PropertyChecks.forAll(7L, 20, Gen.ints(0, 1_000_000), b::add);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void forAll_failure_namesSeedTryAndValue() {
    assertThatThrownBy(() -> PropertyChecks.forAll(42L, 100, Gen.ints(0, 9), v -> assertThat(v).isLessThan(5)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seed 42")
        .hasMessageContaining("-D" + PropertyChecks.SEED_PROPERTY + "=42")
        .hasMessageContaining("for value: ");
  }

  @Test
  void forAll_failure_cutsLongValues() {
    assertThatThrownBy(() -> PropertyChecks.forAll(1L, 1, Gen.constant("x".repeat(5000)), v -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(AssertionError.class).hasMessageContaining("…").hasMessageContaining("boom")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void seed_defaultsWithoutTheProperty_andReadsIt() {
    String old = System.getProperty(PropertyChecks.SEED_PROPERTY);
    try {
      System.clearProperty(PropertyChecks.SEED_PROPERTY);
      assertThat(PropertyChecks.seed()).isEqualTo(PropertyChecks.DEFAULT_SEED);
      System.setProperty(PropertyChecks.SEED_PROPERTY, " 99 ");
      assertThat(PropertyChecks.seed()).isEqualTo(99L);
    } finally {
      if (old == null) {
        System.clearProperty(PropertyChecks.SEED_PROPERTY);
      } else {
        System.setProperty(PropertyChecks.SEED_PROPERTY, old);
      }
    }
  }
}
