package io.github.cnbudget.io.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decoding of disclosure text bytes (文本编码识别): in a given charset, strictly, or with the charset
 * detected. Detection tries, in order: a byte order mark (UTF-8, UTF-16LE, UTF-16BE); a strict UTF-8
 * decode; a strict GB18030 decode (GB18030 includes GBK and GB2312, what Chinese Windows editors
 * save). Bytes that none of them decodes are a {@link TextEncodingException} naming the byte offset
 * and line where each charset failed. Nothing is ever decoded with replacement characters.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextEncoding {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextEncoding() {}

  /**
   * Decodes bytes in a detected charset: a byte order mark's, else UTF-8 when they are valid UTF-8,
   * else GB18030 when they are valid GB18030.
   *
   * @param bytes the bytes
   * @param source the input they came from, for messages (a file name), or empty text
   * @return the text and its charset
   * @throws TextEncodingException when the bytes are neither, naming where each charset failed
   */
  public static DecodedText detect(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    Optional<Charset> bom = byteOrderMark(bytes);
    if (bom.isPresent()) {
      return decode(bytes, bom.get(), source);
    }
    Failure utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.text != null) {
      return new DecodedText(utf8.text, StandardCharsets.UTF_8, false);
    }
    Failure gb = tryDecode(bytes, 0, GB18030);
    if (gb.text != null) {
      return new DecodedText(gb.text, GB18030, false);
    }
    throw new TextEncodingException(source, utf8.offset, named(source) + "is neither UTF-8 nor GB18030 text: "
        + where(bytes, utf8) + " are not UTF-8, and " + where(bytes, gb)
        + " are not GB18030; give its charset (--charset, DisclosureImporter.withCharset) or mend the file");
  }

  /**
   * Decodes bytes strictly in a given charset; a byte order mark of that charset (UTF-8's, or
   * UTF-16's for the UTF-16 charsets) is skipped.
   *
   * @param bytes the bytes
   * @param charset the charset
   * @param source the input they came from, for messages, or empty text
   * @return the text
   * @throws TextEncodingException at the first bytes that are not valid in the charset, naming
   *     their offset and line and what the bytes look like instead
   */
  public static DecodedText decode(byte[] bytes, Charset charset, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(source, "source");
    Optional<Charset> bom = byteOrderMark(bytes);
    boolean skip = bom.isPresent() && sameFamily(bom.get(), charset);
    int start = skip ? bomLength(bom.get()) : 0;
    // a UTF-16 mark chose the byte order: "UTF-16" itself would read the mark again
    Charset using = skip && charset.name().equals("UTF-16") ? bom.get() : charset;
    Failure f = tryDecode(bytes, start, using);
    if (f.text == null) {
      throw new TextEncodingException(source, f.offset, named(source) + "is not " + charset.name() + " text: "
          + where(bytes, f) + " are not " + charset.name() + looksLike(bytes, charset) + "; convert it to "
          + charset.name() + " first, or give its charset");
    }
    return new DecodedText(f.text, using, skip);
  }

  /**
   * The charset a byte order mark at the start of the bytes names.
   *
   * @param bytes the bytes
   * @return UTF-8, UTF-16LE or UTF-16BE, or empty without a mark
   */
  public static Optional<Charset> byteOrderMark(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static boolean sameFamily(Charset bom, Charset charset) {
    String name = charset.name();
    return bom.equals(StandardCharsets.UTF_8) ? charset.equals(StandardCharsets.UTF_8) : name.equals("UTF-16") || charset.equals(bom);
  }

  private static int bomLength(Charset bom) {
    return bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  /** The outcome of one strict decode: the text, or where it failed. */
  private static final class Failure {
    final @Nullable String text;
    final int offset;
    final int length;

    Failure(@Nullable String text, int offset, int length) {
      this.text = text;
      this.offset = offset;
      this.length = length;
    }
  }

  private static Failure tryDecode(byte[] bytes, int start, Charset charset) {
    CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // no charset read here gives more chars than bytes (a 4-byte sequence is at most 2 chars)
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      return new Failure(null, in.position(), r.length());
    }
    out.flip();
    return new Failure(out.toString(), -1, 0);
  }

  /** “the bytes at offset 12 (line 2: B2 BB)”. */
  private static String where(byte[] b, Failure f) {
    int line = 1;
    for (int i = 0; i < f.offset; i++) {
      line += b[i] == '\n' ? 1 : 0;
    }
    StringBuilder hex = new StringBuilder();
    for (int i = f.offset; i < Math.min(b.length, f.offset + Math.max(f.length, 2)); i++) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", b[i] & 0xff));
    }
    return "the bytes at offset " + f.offset + " (line " + line + ": " + hex + ")";
  }

  private static String named(String source) {
    return source.isEmpty() ? "The text " : "File " + source + " ";
  }

  /** What bytes that are not in the given charset look like: UTF-16 by its mark or NUL bytes, else GB18030. */
  private static String looksLike(byte[] b, Charset charset) {
    Optional<Charset> bom = byteOrderMark(b);
    if (bom.isPresent() && !bom.get().equals(StandardCharsets.UTF_8)) {
      return "; it starts with a UTF-16 byte order mark";
    }
    int nul = 0;
    for (int i = 0; i < Math.min(b.length, 4096); i++) {
      nul += b[i] == 0 ? 1 : 0;
    }
    if (nul * 8 > Math.min(b.length, 4096)) {
      return "; its many NUL bytes suggest UTF-16";
    }
    if (!charset.equals(GB18030) && tryDecode(b, 0, GB18030).text != null) {
      return "; it reads as GB18030 (GBK) text";
    }
    return "";
  }
}
