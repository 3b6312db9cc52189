package io.github.cnbudget.io.text;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something the importer could not place or read (导入问题): what it was, the source line, why, and
 * how serious it is. Immutable and thread-safe.
 */
public final class ImportProblem {
  /** How serious a problem is (严重程度). */
  public enum Severity {
    /** A value was printed but could not be imported: the document is incomplete. */
    ERROR,
    /** Text was skipped or read in a way a reader should check. */
    WARNING,
    /** Worth knowing, nothing lost. */
    INFO
  }

  private final String what;
  private final int line;
  private final String why;
  private final Severity severity;
  private final int page;
  private final String box;

  private ImportProblem(String what, int line, String why, Severity severity, int page, String box) {
    this.what = what;
    this.line = line;
    this.why = why;
    this.severity = severity;
    this.page = page;
    this.box = box;
  }

  /**
   * A problem.
   *
   * @param severity how serious it is
   * @param line the one-based source line, or 0 when it concerns the whole text
   * @param what the text concerned, as printed
   * @param why why it could not be placed
   * @return the problem
   */
  public static ImportProblem of(Severity severity, int line, String what, String why) {
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
    return new ImportProblem(Objects.requireNonNull(what, "what"), line, Objects.requireNonNull(why, "why"),
        Objects.requireNonNull(severity, "severity"), 0, "");
  }

  /**
   * This problem placed on a page of a PDF.
   *
   * @param newPage the one-based page
   * @param newBox the box on the page, {@code "x0,y0,x1,y1"} in points from the top-left corner
   * @return the problem with its page and box
   */
  public ImportProblem atPage(int newPage, String newBox) {
    if (newPage < 1) {
      throw new IllegalArgumentException("page must be >= 1: " + newPage);
    }
    return new ImportProblem(what, line, why, severity, newPage, Objects.requireNonNull(newBox, "newBox"));
  }

  /**
   * The page of a PDF where it was printed.
   *
   * @return the one-based page, or empty for text input
   */
  public OptionalInt page() {
    return page > 0 ? OptionalInt.of(page) : OptionalInt.empty();
  }

  /**
   * Where on its page it was printed.
   *
   * @return {@code "x0,y0,x1,y1"} in points from the top-left corner, or empty when unknown
   */
  public Optional<String> box() {
    return box.isEmpty() ? Optional.empty() : Optional.of(box);
  }

  /**
   * The text concerned, as printed.
   *
   * @return the text
   */
  public String what() {
    return what;
  }

  /**
   * Where it was printed.
   *
   * @return the one-based source line, 0 for the whole text
   */
  public int line() {
    return line;
  }

  /**
   * Why it could not be placed.
   *
   * @return the reason
   */
  public String why() {
    return why;
  }

  /**
   * How serious it is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ImportProblem)) {
      return false;
    }
    ImportProblem p = (ImportProblem) o;
    return line == p.line && what.equals(p.what) && why.equals(p.why) && severity == p.severity
        && page == p.page && box.equals(p.box);
  }

  @Override
  public int hashCode() {
    return Objects.hash(what, line, why, severity, page, box);
  }

  /** The canonical text: {@code SEVERITY line N: why: what}, with {@code page P} before the line for PDFs. */
  @Override
  public String toString() {
    return severity + (page > 0 ? " page " + page : "") + " line " + line + ": " + why + ": " + what;
  }
}
