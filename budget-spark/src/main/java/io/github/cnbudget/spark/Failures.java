package io.github.cnbudget.spark;

/** The reason a document failed, as one line of text for the {@code error} column. */
final class Failures {
  private Failures() {}

  /**
   * The exception's type and message, and its cause's when that adds something.
   *
   * @param e the failure
   * @return e.g. {@code PdfImportException: Cannot import x.pdf: …}
   */
  static String describe(Throwable e) {
    StringBuilder b = new StringBuilder(e.getClass().getSimpleName());
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      b.append(": ").append(e.getMessage());
    }
    Throwable cause = e.getCause();
    if (cause != null && cause.getClass() != e.getClass() && cause.getMessage() != null
        && (e.getMessage() == null || !e.getMessage().contains(cause.getMessage()))) {
      b.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
    }
    return b.toString();
  }
}
