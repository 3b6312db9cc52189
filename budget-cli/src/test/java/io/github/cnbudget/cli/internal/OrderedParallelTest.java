package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

  @Test
  void results_reachTheConsumerInSubmissionOrder_evenWhenLaterTasksFinishFirst() {
    List<Integer> seen = new ArrayList<>();
    try (OrderedParallel<Integer> p = new OrderedParallel<>(4, seen::add)) {
      for (int i = 0; i < 100; i++) {
        int n = i;
        p.submit(() -> {
          Thread.sleep((100 - n) % 7);
          return n;
        });
      }
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      expected.add(i);
    }
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void tasks_runOnSeveralThreads_withABoundedNumberInFlight() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    try (OrderedParallel<Integer> p = new OrderedParallel<>(2, r -> { })) {
      for (int i = 0; i < 40; i++) {
        p.submit(() -> {
          maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          threads.add(Thread.currentThread().getName() + Thread.currentThread().getId());
          Thread.sleep(2);
          inFlight.decrementAndGet();
          return 0;
        });
      }
    }
    assertThat(threads).hasSizeGreaterThan(1);
    assertThat(maxInFlight.get()).isLessThanOrEqualTo(4);
  }

  @Test
  void aFailingTask_isRethrownToTheSubmitter() {
    assertThatThrownBy(() -> {
      try (OrderedParallel<Integer> p = new OrderedParallel<>(2, r -> { })) {
        p.submit(() -> {
          throw new IllegalArgumentException("bad document");
        });
      }
    }).isInstanceOf(IllegalArgumentException.class).hasMessage("bad document");
  }

  @Test
  void oneThread_runsEachTaskOnTheSubmittingThreadAtOnce() {
    List<String> seen = new ArrayList<>();
    String caller = Thread.currentThread().getName();
    try (OrderedParallel<String> p = new OrderedParallel<>(1, seen::add)) {
      p.submit(() -> Thread.currentThread().getName());
      assertThat(seen).containsExactly(caller);
    }
  }

  @Test
  void constructor_rejectsZeroThreads() {
    assertThatThrownBy(() -> new OrderedParallel<Integer>(0, r -> { })).isInstanceOf(IllegalArgumentException.class);
  }
}
