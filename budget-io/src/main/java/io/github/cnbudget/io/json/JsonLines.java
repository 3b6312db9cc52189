package io.github.cnbudget.io.json;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.SourcePosition;
import io.github.cnbudget.model.Disclosure;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * JSON Lines (JSON 行格式): one compact canonical document per line, read and written as a stream.
 *
 * <p>The reader holds one line at a time, so its memory is bounded by the largest single document
 * (and by {@link io.github.cnbudget.io.ReadOptions#maxDocumentLength()}, which a longer line
 * breaks with a {@link CodecException}), however long the file. Blank lines are skipped; a
 * {@code \r} before the {@code \n} is ignored. Errors name the physical line, the JSON pointer and
 * the column.
 *
 * <pre>{@code
 * try (JsonLines.DocumentReader r = JsonLines.reader(in, DisclosureJson.defaults())) {
 *   r.stream().forEach(d -> ...);
 * }
 * }</pre>
 */
public final class JsonLines {
  private JsonLines() {}

  /**
   * A reader with the default options.
   *
   * @param in the stream (closed with the reader)
   * @return the reader
   */
  public static DocumentReader reader(InputStream in) {
    return reader(in, DisclosureJson.defaults());
  }

  /**
   * A reader reading each line with a codec's options.
   *
   * @param in the stream (closed with the reader)
   * @param codec the codec whose options apply to each document
   * @return the reader
   */
  public static DocumentReader reader(InputStream in, DisclosureJson codec) {
    return new DocumentReader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(codec, "codec"));
  }

  /**
   * Reads one line of a JSON Lines file held in memory, as the reader does: a {@code \r} before the
   * line's end is ignored, a blank line is no document, and an error names the file's line. For
   * callers that cut a file into lines themselves, e.g. to decode lines on several threads.
   *
   * @param codec the codec whose options apply
   * @param data the bytes holding the line
   * @param from the line's first byte
   * @param to the index after its last byte (before the {@code \n})
   * @param lineNumber the line's one-based number in the file
   * @return the document, or empty for a blank line
   * @throws CodecException if the line is not a valid document, located at {@code lineNumber}
   */
  public static Optional<Disclosure> readLine(DisclosureJson codec, byte[] data, int from, int to, long lineNumber) {
    Objects.checkFromToIndex(from, to, data.length);
    int end = to > from && data[to - 1] == '\r' ? to - 1 : to;
    if (isBlank(data, from, end)) {
      return Optional.empty();
    }
    try {
      return Optional.of(codec.readBytes(data, from, end - from));
    } catch (CodecException e) {
      // the codec counts lines within the document: name the file's line instead
      SourcePosition l = e.position();
      throw new CodecException(e.kind(), SourcePosition.ofJson(l.pointer().orElse(""), lineNumber, l.column()), e.reason(), e);
    }
  }

  /**
   * The error of a line longer than the codec's {@link io.github.cnbudget.io.ReadOptions#maxDocumentLength()},
   * for callers that cut lines themselves and skip such a line without holding it.
   *
   * @param lineNumber the line's one-based number in the file
   * @param codec the codec whose bound the line exceeds
   * @return the error, located at the line
   */
  public static CodecException tooLong(long lineNumber, DisclosureJson codec) {
    return new CodecException(ReadProblem.Kind.BOUND_EXCEEDED, SourcePosition.ofJson("", lineNumber, 0),
        "line longer than the maximum document length " + codec.options().maxDocumentLength());
  }

  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * A writer of compact canonical lines.
   *
   * @param out the stream (flushed after each document, closed with the writer)
   * @return the writer
   */
  public static DocumentWriter writer(OutputStream out) {
    return writer(out, DisclosureJson.defaults());
  }

  static DocumentWriter writer(OutputStream out, DisclosureJson codec) {
    return new DocumentWriter(Objects.requireNonNull(out, "out"), codec);
  }

  /**
   * Reads documents one line at a time (逐行读取文档). Not thread-safe: one reader belongs to one thread.
   */
  public static final class DocumentReader implements Iterator<Disclosure>, Closeable {
    private final InputStream in;
    private final DisclosureJson codec;
    private final long max;
    private byte[] buf = new byte[1 << 16];
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private long lineNumber;
    private boolean eof;
    private @Nullable Disclosure next;

    DocumentReader(InputStream in, DisclosureJson codec) {
      this.in = in;
      this.codec = codec;
      this.max = codec.options().maxDocumentLength();
    }

    /**
     * The physical line of the last document returned.
     *
     * @return the one-based line, 0 before the first document
     */
    public long lineNumber() {
      return lineNumber;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public Disclosure next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Disclosure d = Objects.requireNonNull(next, "hasNext() read it");
      next = null;
      return d;
    }

    /**
     * The remaining documents as a sequential stream.
     *
     * @return the stream; closing it closes this reader
     */
    public Stream<Disclosure> stream() {
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
          .onClose(this::close);
    }

    private @Nullable Disclosure advance() {
      while (!eof) {
        int len = readLine();
        lineNumber++;
        Optional<Disclosure> d = JsonLines.readLine(codec, buf, 0, len, lineNumber);
        if (d.isPresent()) {
          return d.get();
        }
      }
      return null;
    }

    /** Reads up to the next '\n' into buf; returns the line's length without it. */
    private int readLine() {
      int len = 0;
      while (true) {
        if (chunkPos == chunkLen) {
          try {
            chunkLen = in.read(chunk);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          chunkPos = 0;
          if (chunkLen <= 0) {
            chunkLen = 0;
            eof = true;
            return len;
          }
        }
        int start = chunkPos;
        int end = start;
        while (end < chunkLen && chunk[end] != '\n') {
          end++;
        }
        int n = end - start;
        if (len + (long) n > max) {
          throw tooLong(lineNumber + 1, codec);
        }
        if (len + n > buf.length) {
          buf = Arrays.copyOf(buf, (int) Math.min(Math.max(buf.length * 2L, len + n), Integer.MAX_VALUE - 8));
        }
        System.arraycopy(chunk, start, buf, len, n);
        len += n;
        chunkPos = end;
        if (end < chunkLen) {
          chunkPos++;
          return len;
        }
      }
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Writes documents one per line (逐行写出文档). Not thread-safe: one writer belongs to one thread.
   */
  public static final class DocumentWriter implements Closeable {
    private final OutputStream out;
    private final DisclosureJson codec;

    DocumentWriter(OutputStream out, DisclosureJson codec) {
      this.out = out;
      this.codec = codec;
    }

    /**
     * Writes one document and a line feed.
     *
     * @param document the document
     * @throws UncheckedIOException if the stream fails
     */
    public void write(Disclosure document) {
      codec.write(document, Map.of(), out, false);
      try {
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
