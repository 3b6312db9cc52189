package io.github.cnbudget.io.text;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes (已解码文本), with the charset it was read in and whether a byte order mark
 * said so. See {@link TextEncoding}.
 *
 * @param text the text, without the byte order mark
 * @param charset the charset the bytes were decoded with
 * @param byteOrderMark whether the bytes began with a byte order mark (which chose the charset when
 *     it was detected)
 */
public record DecodedText(String text, Charset charset, boolean byteOrderMark) {
  /** Checks the parts. */
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }
}
