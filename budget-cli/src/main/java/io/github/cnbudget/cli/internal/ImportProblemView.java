package io.github.cnbudget.cli.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something the disclosure-text importer could not read (导入问题), as the command reports it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the importer's problem code or severity, or empty
 * @param line the one-based source line, or empty
 * @param text the source text concerned, or empty
 * @param message what went wrong
 * @param page the one-based page of a PDF, or empty for text
 */
public record ImportProblemView(Optional<String> kind, OptionalInt line, Optional<String> text, String message,
    OptionalInt page) {

  /**
   * A problem in text input (no page).
   *
   * @param kind the kind
   * @param line the line
   * @param text the text
   * @param message the message
   */
  public ImportProblemView(Optional<String> kind, OptionalInt line, Optional<String> text, String message) {
    this(kind, line, text, message, OptionalInt.empty());
  }

  /**
   * Checks that no component is null.
   *
   * @param kind the kind
   * @param line the line
   * @param text the text
   * @param message the message
   * @param page the page, for a problem of a PDF
   */
  public ImportProblemView {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(page, "page");
  }
}
