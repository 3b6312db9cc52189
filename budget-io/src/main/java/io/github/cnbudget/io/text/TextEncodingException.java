package io.github.cnbudget.io.text;

import io.github.cnbudget.io.ImportException;
import java.util.Optional;

/**
 * Text bytes that do not decode (文本编码错误): not valid in the charset given, or, when the charset is
 * detected, neither UTF-8 nor GB18030. Names the byte offset (and line) of the first bytes that do not
 * decode, so the file can be mended or its charset given.
 */
public class TextEncodingException extends ImportException {
  private static final long serialVersionUID = 1L;

  private final long offset;
  private final String source;

  /**
   * Creates the exception.
   *
   * @param source the file (or other input) the bytes came from, or empty text
   * @param offset the byte offset of the first bytes that do not decode
   * @param message what went wrong, naming the source, the offset and the charsets tried
   */
  public TextEncodingException(String source, long offset, String message) {
    super(message);
    this.source = source;
    this.offset = offset;
  }

  /**
   * The byte offset of the first bytes that do not decode.
   *
   * @return the zero-based offset
   */
  public long offset() {
    return offset;
  }

  /**
   * The input the bytes came from.
   *
   * @return the file name or other description, or empty when not known
   */
  public Optional<String> source() {
    return source.isEmpty() ? Optional.empty() : Optional.of(source);
  }
}
