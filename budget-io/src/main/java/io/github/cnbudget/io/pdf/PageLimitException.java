package io.github.cnbudget.io.pdf;

/** A page holds more glyphs or line segments than one page may (页面超限); the page is not read. */
final class PageLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PageLimitException(String message) {
    super(message);
  }
}
