package io.github.cnbudget.io.csv;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import org.jspecify.annotations.Nullable;

/** Decodes CSV bytes without ever replacing a character: bad bytes are an error with their row. */
final class CsvText {
  private CsvText() {}

  static final Charset GB18030 = Charset.forName("GB18030");

  static String decode(byte[] bytes, String file, CsvEncoding encoding, long maxLength) {
    return chars(bytes, file, encoding, maxLength).toString();
  }

  /** As {@link #decode}, into characters the CSV parser reads without another copy. */
  static CharBuffer chars(byte[] bytes, String file, CsvEncoding encoding, long maxLength) {
    if (bytes.length > maxLength) {
      throw new CodecException(ReadProblem.Kind.BOUND_EXCEEDED, SourcePosition.ofCsv(file, 0, 0), "file longer than the maximum of " + maxLength + " bytes");
    }
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    int start = bom ? 3 : 0;
    if (bom || encoding == CsvEncoding.UTF_8) {
      return strict(bytes, start, StandardCharsets.UTF_8, file, bom ? "UTF-8 (byte order mark)"
          : "UTF-8 (declared; GB18030 text? read it with CsvEncoding.GB18030 or AUTO)");
    }
    if (encoding == CsvEncoding.GB18030) {
      return strict(bytes, 0, GB18030, file, "GB18030 (declared)");
    }
    CharBuffer utf8 = utf8(bytes, 0);
    return utf8 != null ? utf8 : strict(bytes, 0, GB18030, file, "neither UTF-8 nor GB18030");
  }

  /**
   * Decodes well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing above
   * U+10FFFF), exactly what a reporting decoder accepts, in one pass.
   *
   * @return the characters, or null when the bytes are not well-formed UTF-8
   */
  static @Nullable CharBuffer utf8(byte[] b, int start) {
    // no sequence yields more chars than bytes (4 bytes make a surrogate pair)
    char[] out = new char[b.length - start];
    int n = new Utf8Reader(b, start).decode(out, 0, out.length);
    return n == -2 ? null : CharBuffer.wrap(out, 0, Math.max(n, 0));
  }

  /** Whether the bytes from {@code start} are well-formed UTF-8, as {@link #utf8} decides, without keeping the text. */
  static boolean isUtf8(byte[] b, int start) {
    Utf8Reader r = new Utf8Reader(b, start);
    char[] scratch = new char[8192];
    int n;
    do {
      n = r.decode(scratch, 0, scratch.length);
    } while (n >= 0);
    return n == -1;
  }

  /**
   * The text of a tidy file for the CSV parser, decoded as it reads when it is (or may be) UTF-8,
   * so that no copy of the whole file is made. Its characters are those of {@link #decode} when
   * the parser reads to the end without {@link NotUtf8}; on that exception, or any other error,
   * the caller checks {@link #isUtf8} and else reads {@link #chars} instead, as the order of the
   * old two-step reading (all text first) decides what is reported.
   */
  static java.io.Reader reader(byte[] bytes, String file, CsvEncoding encoding, long maxLength) {
    if (decodedWhole(bytes, encoding)) {
      CharBuffer text = chars(bytes, file, encoding, maxLength);
      return new java.io.CharArrayReader(text.array(), text.arrayOffset() + text.position(), text.remaining());
    }
    if (bytes.length > maxLength) {
      throw new CodecException(ReadProblem.Kind.BOUND_EXCEEDED, SourcePosition.ofCsv(file, 0, 0), "file longer than the maximum of " + maxLength + " bytes");
    }
    return new Utf8Reader(bytes, start(bytes));
  }

  /** Whether {@link #reader} decodes the whole text first: declared GB18030 without a byte order mark. */
  static boolean decodedWhole(byte[] bytes, CsvEncoding encoding) {
    return encoding == CsvEncoding.GB18030 && start(bytes) == 0;
  }

  /** Where the text starts: after a UTF-8 byte order mark. */
  static int start(byte[] bytes) {
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    return bom ? 3 : 0;
  }

  /** Thrown (without a stack trace) where {@link #reader}'s text stops being UTF-8. */
  static final class NotUtf8 extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    NotUtf8() {
      super("not UTF-8", null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /** Strict UTF-8 decoding on demand, for the CSV parser's buffer. */
  private static final class Utf8Reader extends java.io.Reader {
    private final byte[] b;
    private int i;
    /** The low half of a surrogate pair that did not fit the caller's buffer. */
    private char pending;

    Utf8Reader(byte[] b, int start) {
      this.b = b;
      this.i = start;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws NotUtf8 {
      int n = decode(cbuf, off, len);
      if (n == -2) {
        throw new NotUtf8();
      }
      return n;
    }

    /** Chars decoded into {@code out}; -1 at the end, -2 at a malformed sequence. */
    int decode(char[] out, int off, int len) {
      if (len == 0) {
        return i >= b.length && pending == 0 ? -1 : 0;
      }
      int j = off;
      int end = off + len;
      if (pending != 0) {
        out[j++] = pending;
        pending = 0;
      }
      byte[] b = this.b;
      int n = b.length;
      int i = this.i;
      try {
        while (j < end && i < n) {
          int c = b[i];
          if (c >= 0) {
            out[j++] = (char) c;
            i++;
          } else if (c >= (byte) 0xe0 && c <= (byte) 0xef) {
            // the common case of Chinese text: three bytes
            if (i + 2 >= n) {
              return -2;
            }
            int c1 = b[i + 1] & 0xff;
            int lo = c == (byte) 0xe0 ? 0xa0 : 0x80;
            int hi = c == (byte) 0xed ? 0x9f : 0xbf;
            if (c1 < lo || c1 > hi || !cont(b[i + 2])) {
              return -2;
            }
            out[j++] = (char) (((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (b[i + 2] & 0x3f));
            i += 3;
          } else if (c >= (byte) 0xc2 && c <= (byte) 0xdf) {
            if (i + 1 >= n || !cont(b[i + 1])) {
              return -2;
            }
            out[j++] = (char) (((c & 0x1f) << 6) | (b[i + 1] & 0x3f));
            i += 2;
          } else if (c >= (byte) 0xf0 && c <= (byte) 0xf4) {
            if (i + 3 >= n) {
              return -2;
            }
            int c1 = b[i + 1] & 0xff;
            int lo = c == (byte) 0xf0 ? 0x90 : 0x80;
            int hi = c == (byte) 0xf4 ? 0x8f : 0xbf;
            if (c1 < lo || c1 > hi || !cont(b[i + 2]) || !cont(b[i + 3])) {
              return -2;
            }
            int cp = ((c & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
            out[j++] = Character.highSurrogate(cp);
            if (j < end) {
              out[j++] = Character.lowSurrogate(cp);
            } else {
              pending = Character.lowSurrogate(cp);
            }
            i += 4;
          } else {
            return -2;
          }
        }
      } finally {
        this.i = i;
      }
      return j == off && i >= n ? -1 : j - off;
    }

    @Override
    public void close() {
      // nothing held
    }
  }

  private static boolean cont(byte b) {
    return (b & 0xc0) == 0x80;
  }

  private static CharsetDecoder decoder(Charset cs) {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static CharBuffer strict(byte[] bytes, int start, Charset cs, String file, String what) {
    if (cs == StandardCharsets.UTF_8) {
      CharBuffer fast = utf8(bytes, start);
      if (fast != null) {
        return fast;
      }
      // malformed: the JDK's decoder below finds where, for the message
    }
    CharsetDecoder d = decoder(cs);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // neither charset yields more chars than bytes (a 4-byte sequence is at most a surrogate pair)
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 4);
    var r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      int bad = in.position();
      long row = 1;
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          row++;
        }
      }
      throw new CodecException(ReadProblem.Kind.MALFORMED_ENCODING, SourcePosition.ofCsv(file, row, 0), "bytes not valid in " + what + " at byte offset "
          + bad + (r.isMalformed() ? "" : " (unmappable)"),
          r.isMalformed() ? new MalformedInputException(r.length()) : new UnmappableCharacterException(r.length()));
    }
    out.flip();
    return out;
  }
}
