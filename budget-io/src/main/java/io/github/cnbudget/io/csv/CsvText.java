package io.github.cnbudget.io.csv;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;

/** Decodes CSV bytes without ever replacing a character: bad bytes are an error with their row. */
final class CsvText {
  private CsvText() {}

  static final Charset GB18030 = Charset.forName("GB18030");

  static String decode(byte[] bytes, String file, CsvEncoding encoding, long maxLength) {
    if (bytes.length > maxLength) {
      throw new CodecException(Location.ofCsv(file, 0, 0), "file longer than the maximum of " + maxLength + " bytes");
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
    try {
      return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      return strict(bytes, 0, GB18030, file, "neither UTF-8 nor GB18030");
    }
  }

  private static CharsetDecoder decoder(Charset cs) {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String strict(byte[] bytes, int start, Charset cs, String file, String what) {
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
      throw new CodecException(Location.ofCsv(file, row, 0), "bytes not valid in " + what + " at byte offset "
          + bad + (r.isMalformed() ? "" : " (unmappable)"),
          r.isMalformed() ? new MalformedInputException(r.length()) : new UnmappableCharacterException(r.length()));
    }
    out.flip();
    return out.toString();
  }
}
