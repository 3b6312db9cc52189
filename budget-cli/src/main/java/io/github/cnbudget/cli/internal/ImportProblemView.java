package io.github.cnbudget.cli.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something the disclosure-text importer could not read (导入问题), as the command reports it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable kebab-case code of the kind of problem, e.g. {@code row-without-label}
 * @param severity the importer's severity: {@code ERROR}, {@code WARNING} or {@code INFO}
 * @param line the one-based source line, or empty
 * @param text the source text concerned, or empty
 * @param message what went wrong, in the report's language
 * @param page the one-based page of a PDF, or empty for text
 */
public record ImportProblemView(String code, String severity, OptionalInt line, Optional<String> text, String message,
    OptionalInt page) {

  /**
   * Checks that no component is null.
   *
   * @param code the code
   * @param severity the severity
   * @param line the line
   * @param text the text
   * @param message the message
   * @param page the page, for a problem of a PDF
   */
  public ImportProblemView {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(page, "page");
  }
}
