package io.github.cnbudget.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a JSON Lines stream into batches of whole lines (按行分批), without decoding anything: the
 * reading thread only searches for line feeds and hands the raw bytes of several documents at a
 * time to the workers, which decode and validate them. Each batch owns its buffer, so a worker can
 * read it while the next batch is filled.
 *
 * <p>Memory is bounded by the batch size plus the longest line kept; a line longer than the
 * maximum document length is not kept but marked, and its bytes are skipped up to the next line
 * feed. Line numbers are physical (blank lines count). Not thread-safe: one thread reads.
 */
final class LineBatches {
  /**
   * The size of a batch's buffer: a few typical documents (a generated 20-unit document is about
   * 180 KB), and under half a G1 region of a 512 MB heap, so that buffers are not humongous objects.
   */
  static final int TARGET_BYTES = 384 * 1024;

  /** Lines that close a batch however short they are, to keep a batch of tiny documents small. */
  static final int MAX_LINES = 256;

  /**
   * A run of consecutive physical lines.
   *
   * @param data the bytes (owned by the batch)
   * @param starts where each line starts in {@code data}, or -1 for a line too long to keep
   * @param ends where each line ends (exclusive, without the line feed)
   * @param count the number of lines
   * @param firstLine the one-based physical line of the first
   */
  record Batch(byte[] data, int[] starts, int[] ends, int count, long firstLine) {
    /** Whether line {@code i} was too long to keep. */
    boolean tooLong(int i) {
      return starts[i] < 0;
    }
  }

  private final InputStream in;
  private final long maxLine;
  private final int targetBytes;
  private final int maxLines;
  private byte[] buf;
  /** Bytes held in {@code buf}: the start of a line without its line feed yet. */
  private int len;
  private long nextLine = 1;
  private boolean eof;

  LineBatches(InputStream in, long maxLine) {
    this(in, maxLine, TARGET_BYTES, MAX_LINES);
  }

  LineBatches(InputStream in, long maxLine, int targetBytes, int maxLines) {
    this.in = in;
    this.maxLine = maxLine;
    this.targetBytes = targetBytes;
    this.maxLines = maxLines;
    this.buf = new byte[targetBytes];
  }

  /**
   * The next batch.
   *
   * @return the batch, or null at the end of the stream
   * @throws IOException if the stream fails
   */
  @Nullable Batch next() throws IOException {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int count = 0;
    long first = nextLine;
    int lineStart = 0;
    // the bytes carried from the last batch may hold whole lines when it closed on its line limit
    int pos = 0;
    while (true) {
      // whole lines already in the buffer
      for (int nl = indexOf(buf, pos, len); nl >= 0; nl = indexOf(buf, pos, len)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = lineStart;
        ends[count] = nl;
        count++;
        lineStart = nl + 1;
        pos = lineStart;
        if (lineStart >= targetBytes || count >= maxLines) {
          return emit(starts, ends, count, first, lineStart);
        }
      }
      pos = len;
      if (eof) {
        if (lineStart < len) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count + 1);
            ends = Arrays.copyOf(ends, count + 1);
          }
          starts[count] = lineStart;
          ends[count] = len;
          count++;
          lineStart = len;
        }
        return count == 0 ? null : emit(starts, ends, count, first, lineStart);
      }
      if (len - lineStart > maxLine) {
        // keep the line's number in the batch, not its bytes
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = -1;
        ends[count] = -1;
        count++;
        len = lineStart;
        skipLine(lineStart);
        pos = lineStart;
        continue;
      }
      if (len == buf.length) {
        if (count > 0) {
          return emit(starts, ends, count, first, lineStart);
        }
        // one line longer than the buffer: grow it, to at most one byte past the longest line kept
        long grown = Math.min(Math.min(buf.length * 2L, maxLine + 1), Integer.MAX_VALUE - 8);
        buf = Arrays.copyOf(buf, (int) Math.max(grown, buf.length + 1L));
      }
      fill();
    }
  }

  /** Reads more bytes after {@code len}; sets {@code eof} at the end. */
  private void fill() throws IOException {
    int n = in.read(buf, len, buf.length - len);
    if (n < 0) {
      eof = true;
    } else {
      len += n;
    }
  }

  /** Drops bytes up to and including the next line feed; what follows it moves to {@code at}. */
  private void skipLine(int at) throws IOException {
    while (true) {
      len = at;
      fill();
      if (eof) {
        return;
      }
      int nl = indexOf(buf, at, len);
      if (nl >= 0) {
        System.arraycopy(buf, nl + 1, buf, at, len - nl - 1);
        len = at + len - nl - 1;
        return;
      }
    }
  }

  private Batch emit(int[] starts, int[] ends, int count, long first, int lineStart) {
    byte[] data = buf;
    int tail = len - lineStart;
    buf = new byte[Math.max(targetBytes, tail * 2)];
    System.arraycopy(data, lineStart, buf, 0, tail);
    len = tail;
    nextLine = first + count;
    return new Batch(data, starts, ends, count, first);
  }

  private static int indexOf(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
