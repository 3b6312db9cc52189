package io.github.cnbudget.io.internal;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.SourcePosition;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Strict UTF-8 (严格 UTF-8 校验) for the JSON readers, whose parser decodes leniently: it reads the
 * overlong {@code C0 80} as NUL and encoded surrogates as characters. Only the well-formed
 * sequences of the Unicode Standard (table 3-7) pass; anything else is a {@link CodecException}
 * naming the byte offset, line and column and what is wrong. And a decoded string must not hold a
 * lone surrogate (from an escape such as <code>"&#92;ud800x"</code>), which no encoding can write back.
 *
 * <p>One checker follows one input and is not thread-safe; the static methods are.
 */
public final class Utf8 {
  private long offset;
  private long line = 1;
  private long column = 1;
  /** Continuation bytes still expected, and the range the next one must fall in. */
  private int need;
  private int lo = 0x80;
  private int hi = 0xbf;
  private long sequenceStart;

  private Utf8() {}

  /**
   * Checks bytes that are the whole input.
   *
   * @param b the bytes
   * @param off where the input starts
   * @param len its length
   * @throws CodecException at the first byte that is not well-formed UTF-8
   */
  public static void check(byte[] b, int off, int len) {
    Utf8 u = new Utf8();
    u.accept(b, off, len);
    u.end();
  }

  /**
   * A stream that checks its bytes as they are read, failing at the first that is not well-formed.
   *
   * @param in the stream
   * @return the checking stream (closing it closes {@code in})
   */
  public static InputStream checking(InputStream in) {
    Utf8 u = new Utf8();
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c < 0) {
          u.end();
        } else {
          u.accept(new byte[] {(byte) c}, 0, 1);
        }
        return c;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
          u.end();
        } else {
          u.accept(b, off, n);
        }
        return n;
      }
    };
  }

  /**
   * Checks that a decoded string holds no lone surrogate.
   *
   * @param s the string
   * @return the index of the first lone surrogate, or -1
   */
  public static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private void accept(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      int x = b[i] & 0xff;
      if (need == 0 && x < 0x80) {
        // the common case: ASCII
        if (x == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      } else if (need == 0) {
        lead(x);
      } else if (x < lo || x > hi) {
        throw fail(x < 0x80 || x > 0xbf ? "sequence cut short" : lo == 0xa0 || lo == 0x90 ? "overlong encoding"
            : hi == 0x9f ? "encoded surrogate" : hi == 0x8f ? "code point beyond U+10FFFF" : "bad continuation byte");
      } else {
        lo = 0x80;
        hi = 0xbf;
        if (--need == 0) {
          column++;
        }
      }
      offset++;
    }
  }

  private void lead(int x) {
    sequenceStart = offset;
    lo = 0x80;
    hi = 0xbf;
    if (x >= 0xc2 && x <= 0xdf) {
      need = 1;
    } else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      lo = x == 0xe0 ? 0xa0 : 0x80;
      hi = x == 0xed ? 0x9f : 0xbf;
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      lo = x == 0xf0 ? 0x90 : 0x80;
      hi = x == 0xf4 ? 0x8f : 0xbf;
    } else {
      throw fail(x == 0xc0 || x == 0xc1 ? "overlong encoding" : x < 0xc0 ? "continuation byte without a lead byte"
          : "byte that never occurs in UTF-8");
    }
  }

  private void end() {
    if (need > 0) {
      offset = sequenceStart;
      throw fail("sequence cut short by the end of input");
    }
  }

  private CodecException fail(String why) {
    long at = need > 0 ? sequenceStart : offset;
    return new CodecException(ReadProblem.Kind.MALFORMED_ENCODING, SourcePosition.ofJson("", line, column),
        "not valid UTF-8 at byte offset " + at + ": " + why);
  }
}
