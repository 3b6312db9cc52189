package io.github.cnbudget.model.classification;

import io.github.cnbudget.model.TextParseException;

/**
 * A printed classification code could not be read (科目编码解析异常); carries the text and the index
 * of the first character that does not fit.
 */
public class CodeParseException extends TextParseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param parsedText the text being parsed
   * @param errorIndex the zero-based failing index
   * @param reason why it failed
   */
  public CodeParseException(String parsedText, int errorIndex, String reason) {
    super(parsedText, errorIndex, reason);
  }
}
