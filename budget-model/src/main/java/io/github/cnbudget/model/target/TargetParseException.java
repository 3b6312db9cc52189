package io.github.cnbudget.model.target;

import io.github.cnbudget.model.TextParseException;

/**
 * A target value (目标值 / 指标值) could not be read (绩效目标值解析异常): carries the text and the
 * zero-based index of the first character that could not be read, for example the index of an
 * OCR-garbled comparator such as {@code ^} or {@code <u>≥</u>}.
 *
 * <p>For {@link Target#ofParts(String, String, String)} the text is the three parts joined by tab
 * characters ({@code 指标性质 \t 指标值 \t 度量单位}) and the index points into that text.
 */
public class TargetParseException extends TextParseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param parsedText the text being parsed
   * @param errorIndex the zero-based failing index
   * @param reason why it failed
   */
  public TargetParseException(String parsedText, int errorIndex, String reason) {
    super(parsedText, errorIndex, reason);
  }
}
