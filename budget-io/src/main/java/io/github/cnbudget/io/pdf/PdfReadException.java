package io.github.cnbudget.io.pdf;

import java.nio.file.Path;

/** A PDF could not be read (PDF 读取失败): the file, the page where known (0: the whole file) and why. */
public final class PdfReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final int page;
  private final String reason;

  PdfReadException(Path file, int page, String reason) {
    super(message(file, page, reason));
    this.file = file;
    this.page = page;
    this.reason = reason;
  }

  PdfReadException(Path file, int page, String reason, Throwable cause) {
    super(message(file, page, reason), cause);
    this.file = file;
    this.page = page;
    this.reason = reason;
  }

  private static String message(Path file, int page, String reason) {
    return file + (page > 0 ? " page " + page : "") + ": " + reason;
  }

  public Path file() {
    return file;
  }

  public int page() {
    return page;
  }

  public String reason() {
    return reason;
  }
}
