package io.github.cnbudget.io.csv;

/**
 * The character encoding of CSV input (CSV 字符编码). Text is never decoded silently wrong: bytes that
 * are not valid in the chosen encoding are a {@link io.github.cnbudget.io.CodecException}. Immutable
 * and thread-safe.
 */
public enum CsvEncoding {
  /**
   * The default: a UTF-8 byte order mark means UTF-8; otherwise UTF-8 when the bytes are valid
   * UTF-8, else GB18030 (what Excel in China writes) when they are valid GB18030.
   */
  AUTO,
  /** UTF-8, with or without a byte order mark; invalid UTF-8 (e.g. GB18030 text) is an error. */
  UTF_8,
  /** GB18030 (a superset of GBK and GB2312); a UTF-8 byte order mark still means UTF-8. */
  GB18030
}
