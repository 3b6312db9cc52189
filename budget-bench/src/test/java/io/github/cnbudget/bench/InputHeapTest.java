package io.github.cnbudget.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resource-model harness: its search and its readers (the measurements live in BENCHMARKS.md). */
class InputHeapTest {
  @Test
  void smallest_findsTheThresholdWithinFourPercent_tryingFewSizes() {
    for (int threshold : new int[] {5, 16, 17, 100, 700, 3_000}) {
      List<Integer> tried = new ArrayList<>();
      int found = InputHeap.smallest(mib -> {
        tried.add(mib);
        return mib >= threshold;
      });
      assertThat(found).as("threshold %d", threshold).isGreaterThanOrEqualTo(threshold)
          .isLessThanOrEqualTo(Math.max(threshold + 1, threshold * 26 / 25 + 1));
      assertThat(tried).as("sizes tried for %d", threshold).hasSizeLessThan(20);
    }
  }

  @Test
  void tinyInputs_ofEveryKind_areReadWithTheirSizeCounted(@TempDir Path dir) throws Exception {
    List<InputHeap.Input> tiny = InputHeap.tinyInputs(dir);

    assertThat(tiny).extracting(InputHeap.Input::kind).containsExactly(InputHeap.Kind.values());
    for (InputHeap.Input in : tiny) {
      assertThat(InputHeap.read(in.kind(), in.path())).as(in.kind().name()).isNotNull();
      assertThat(InputHeap.size(in.path())).as(in.kind().name()).isPositive();
    }
    assertThat(InputHeap.perByte(3L << 20, 1L << 20)).isEqualTo("3.0");
    assertThat(InputHeap.perByte(-5, 10)).isEqualTo("0.0");
  }
}
