package io.github.cnbudget.io.text;

import io.github.cnbudget.io.ImportException;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A PDF could not be imported at all (PDF 导入失败): not a PDF, encrypted, damaged beyond repair,
 * or a page that breaks a limit (too many glyphs or line segments, nested too deeply). Carries the
 * file and, where known, the page.
 */
public final class PdfImportException extends ImportException {
  private static final long serialVersionUID = 1L;
  /** The PDF file; not serialized (a path is not serializable). */
  private final transient Path file;
  /** The one-based page, 0 when unknown. */
  private final int page;

  PdfImportException(Path file, int page, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.file = file;
    this.page = page;
  }

  /**
   * The file that could not be imported.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * The one-based page where reading failed.
   *
   * @return the page, or empty when the failure concerns the whole file
   */
  public OptionalInt page() {
    return page > 0 ? OptionalInt.of(page) : OptionalInt.empty();
  }
}
