package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineBatchesTest {

  /** A stream that returns at most a few bytes per read, as a pipe or a slow disk may. */
  private static InputStream trickle(byte[] bytes, Random random) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(9)));
      }
    };
  }

  /** Every line of every batch as text, with its physical number; too-long lines as {@code <too long>}. */
  private static List<String> lines(LineBatches batches) throws IOException {
    List<String> out = new ArrayList<>();
    long expectedFirst = 1;
    for (LineBatches.Batch b = batches.next(); b != null; b = batches.next()) {
      assertThat(b.firstLine()).isEqualTo(expectedFirst);
      for (int i = 0; i < b.count(); i++) {
        out.add((b.firstLine() + i) + ":" + (b.tooLong(i) ? "<too long>"
            : new String(b.data(), b.starts()[i], b.ends()[i] - b.starts()[i], StandardCharsets.UTF_8)));
      }
      expectedFirst = b.firstLine() + b.count();
    }
    return out;
  }

  @Test
  void batches_holdEveryLineInOrderWithItsNumber_whateverTheReadSizes() throws IOException {
    for (long seed = 1; seed <= 30; seed++) {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      List<String> expected = new ArrayList<>();
      int n = 1 + random.nextInt(60);
      for (int i = 1; i <= n; i++) {
        // the last line is never empty: without a line feed after it, it would not be a line
        String line = (i == n ? "z" : "") + "预算".repeat(random.nextInt(3)) + "x".repeat(random.nextInt(random.nextBoolean() ? 5 : 200));
        text.append(line);
        expected.add(i + ":" + line);
        if (i < n || random.nextBoolean()) {
          text.append('\n');
        }
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      int target = 1 + random.nextInt(100);
      LineBatches batches = new LineBatches(trickle(bytes, random), 1000, target, 1 + random.nextInt(6));
      assertThat(lines(batches)).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void lineLongerThanTheMaximum_isMarkedAndSkipped_andTheNextLinesKeepTheirNumbers() throws IOException {
    String text = "a\n" + "b".repeat(50) + "\nc\n" + "d".repeat(11) + "\n\ne";
    LineBatches batches = new LineBatches(trickle(text.getBytes(StandardCharsets.UTF_8), new Random(7)), 10, 16, 3);
    assertThat(lines(batches)).containsExactly("1:a", "2:<too long>", "3:c", "4:<too long>", "5:", "6:e");
  }

  @Test
  void batches_closeAfterTheLineLimit() throws IOException {
    LineBatches batches = new LineBatches(new ByteArrayInputStream("1\n2\n3\n4\n5\n".getBytes(StandardCharsets.UTF_8)), 100, 1024, 2);
    List<Integer> counts = new ArrayList<>();
    for (LineBatches.Batch b = batches.next(); b != null; b = batches.next()) {
      counts.add(b.count());
    }
    assertThat(counts).containsExactly(2, 2, 1);
  }

  @Test
  void emptyStream_hasNoBatch() throws IOException {
    assertThat(new LineBatches(new ByteArrayInputStream(new byte[0]), 100).next()).isNull();
  }
}
