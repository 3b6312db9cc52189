package io.github.cnbudget.model;

/**
 * Text that could not be parsed into a value (文本解析异常): carries the text and the zero-based
 * index where parsing failed, like {@link java.time.format.DateTimeParseException}.
 *
 * <p>The message has a fixed shape: {@code Text '<text>' could not be parsed at index <i>: <reason>}.
 */
public class TextParseException extends BudgetException {
  private static final long serialVersionUID = 1L;

  /** The whole text that was being parsed. */
  private final String parsedText;
  /** The zero-based index of the first character that could not be read. */
  private final int errorIndex;
  /** Why, in English, without the text or index. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param parsedText the whole text that was being parsed
   * @param errorIndex the zero-based index of the first character that could not be read
   * @param reason a short explanation in English
   */
  public TextParseException(String parsedText, int errorIndex, String reason) {
    super("Text '" + parsedText + "' could not be parsed at index " + errorIndex + ": " + reason);
    this.parsedText = parsedText;
    this.errorIndex = errorIndex;
    this.reason = reason;
  }

  /**
   * The text that was being parsed.
   *
   * @return the input, unchanged
   */
  public String parsedText() {
    return parsedText;
  }

  /**
   * Where parsing failed.
   *
   * @return the zero-based index into {@link #parsedText()}
   */
  public int errorIndex() {
    return errorIndex;
  }

  /**
   * Why parsing failed.
   *
   * @return a short English explanation without the text or index
   */
  public String reason() {
    return reason;
  }
}
