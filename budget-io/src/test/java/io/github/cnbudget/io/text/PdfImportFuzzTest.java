package io.github.cnbudget.io.text;

import io.github.cnbudget.io.ImportException;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cnbudget.io.Scratch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Arbitrary bytes, truncations and mutations of the real PDFs, imported as a PDF: the import
 * succeeds or fails with an {@link ImportException} that names the file; nothing else escapes.
 * {@code mvn verify} replays the committed corpus in {@code PdfImportFuzzTestInputs}: the seven real
 * PDFs whole, and the seeds of a few KB a fuzz run mutates ({@link PdfSeedWriter}: one-table generated
 * documents, project forms, two-page extracts of the real PDFs); {@code JAZZER_FUZZ=1} fuzzes, with
 * inputs cut to {@code -max_len=98304} (see docs/fuzzing.md).
 */
class PdfImportFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void importPdf(byte[] data) throws IOException {
    if (data == null) {
      return;
    }
    Path file = Files.createTempFile(folder(), "fuzz", ".pdf");
    try {
      Files.write(file, data);
      ImportResult r = DisclosureImporter.defaults().importFile(file);
      // a problem read on a line names its page; one about the whole document (line 0, such as no
      // unit printed anywhere in a truncated PDF) has no page to name
      assertThat(r.report().problems()).allSatisfy(p -> assertThat(p.page().isPresent() || p.line() == 0)
          .as("%s on line %d", p.why(), p.line()).isTrue());
    } catch (ImportException e) {
      assertThat(e.getMessage()).contains(file.getFileName().toString());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static Path folder;

  private static Path folder() {
    if (folder == null) {
      folder = Scratch.folder("pdf-fuzz");
    }
    return folder;
  }
}
