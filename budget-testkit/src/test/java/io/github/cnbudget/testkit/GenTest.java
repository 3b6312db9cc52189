package io.github.cnbudget.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GenTest {

  @Test
  void ints_stayInTheClosedRange_andReachBothEnds() {
    Set<Integer> seen = new HashSet<>();
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < 1000; i++) {
      int v = Gen.ints(3, 6).generate(r);
      assertThat(v).isBetween(3, 6);
      seen.add(v);
    }
    assertThat(seen).containsExactlyInAnyOrder(3, 4, 5, 6);
  }

  @Test
  void mapFlatMapAndFilter_compose() {
    SplittableRandom r = new SplittableRandom(2);
    assertThat(Gen.constant(4).map(x -> x * 2).generate(r)).isEqualTo(8);
    assertThat(Gen.ints(1, 3).flatMap(n -> Gen.constant("x".repeat(n))).generate(r)).matches("x{1,3}");
    for (int i = 0; i < 100; i++) {
      assertThat(Gen.ints(0, 9).filter(x -> x % 2 == 0).generate(r) % 2).isZero();
    }
  }

  @Test
  void filter_givesUpAfterAThousandRejections() {
    assertThatThrownBy(() -> Gen.constant(1).filter(x -> x > 1).generate(new SplittableRandom(3)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("1000");
  }

  @Test
  void list_hasASizeInRange_andIsImmutable() {
    SplittableRandom r = new SplittableRandom(4);
    for (int i = 0; i < 100; i++) {
      List<Integer> l = Gen.ints(0, 1).list(2, 4).generate(r);
      assertThat(l).hasSizeBetween(2, 4);
      assertThatThrownBy(() -> l.add(1)).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void oneOf_picksEveryChoice() {
    Set<String> seen = new HashSet<>();
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < 200; i++) {
      seen.add(Gen.oneOf("a", "b", "c").generate(r));
      seen.add(Gen.oneOf(List.of("d")).generate(r));
    }
    assertThat(seen).containsExactlyInAnyOrder("a", "b", "c", "d");
  }

  @Test
  void sameSeed_sameValues() {
    Gen<List<Integer>> g = Gen.ints(0, 1000).list(0, 10);
    assertThat(g.generate(new SplittableRandom(6))).isEqualTo(g.generate(new SplittableRandom(6)));
  }
}
