package io.github.cnbudget.io.pdf;

import io.github.cnbudget.io.layout.Furniture;
import io.github.cnbudget.io.layout.LaidOutText;
import io.github.cnbudget.io.layout.PageLayout;
import io.github.cnbudget.io.layout.PageLayouts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF page by page into {@link PageLayout}s (PDF 版面读取). PDFBox keeps the file's objects in
 * scratch files rather than on the heap, and each page's glyphs are dropped once the page is laid
 * out, so memory stays bounded by one page, not by the document.
 */
public final class PdfLayouts {
  /** The bytes every PDF starts with. */
  private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};
  /** How far into a file the header may sit (some writers put a few bytes before it). */
  private static final int HEADER_WINDOW = 1024;

  private final PdfLimits limits;

  private PdfLayouts(PdfLimits limits) {
    this.limits = limits;
  }

  /** A reader with the given limits. */
  public static PdfLayouts with(PdfLimits limits) {
    return new PdfLayouts(limits);
  }

  /**
   * Whether a file is a PDF: {@code %PDF-} in its first kilobyte, whatever its name.
   *
   * @throws IOException when the file cannot be read
   */
  public static boolean isPdf(Path file) throws IOException {
    byte[] head = new byte[HEADER_WINDOW];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    outer:
    for (int i = 0; i + MAGIC.length <= n; i++) {
      for (int j = 0; j < MAGIC.length; j++) {
        if (head[i + j] != MAGIC[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Lays out every page of a PDF into text for the recogniser.
   *
   * @param file the PDF
   * @return the laid-out text with each line's page and box
   * @throws PdfReadException when the file is not a readable PDF or a page breaks a limit
   */
  public LaidOutText read(Path file) {
    LaidOutText text = new LaidOutText();
    read(file, text::add);
    return text;
  }

  /**
   * Lays out every page of a PDF, handing each page to {@code sink} as soon as it is read.
   *
   * @throws PdfReadException when the file is not a readable PDF or a page breaks a limit
   */
  public void read(Path file, Consumer<PageLayout> sink) {
    try {
      if (Files.size(file) > limits.maxBytes()) {
        throw new PdfReadException(file, 0, "larger than " + limits.maxBytes() + " bytes");
      }
      if (!isPdf(file)) {
        throw new PdfReadException(file, 0, "not a PDF (no %PDF- header)");
      }
    } catch (IOException e) {
      throw new PdfReadException(file, 0, "cannot be read: " + e.getMessage(), e);
    }
    try (PDDocument doc = open(file)) {
      int pages;
      try {
        pages = doc.getNumberOfPages();
      } catch (RuntimeException e) {
        throw new PdfReadException(file, 0, "cannot be read as a PDF: " + describe(e), e);
      }
      if (pages > limits.maxPages()) {
        throw new PdfReadException(file, 0, pages + " pages, more than " + limits.maxPages());
      }
      PageGlyphs glyphs = new PageGlyphs(limits.maxGlyphsPerPage(), limits.maxSegmentsPerPage());
      FontMaps maps = new FontMaps();
      Furniture furniture = new Furniture();
      for (int p = 1; p <= pages; p++) {
        sink.accept(page(file, doc, glyphs, maps, furniture, p));
      }
    } catch (IOException e) {
      throw new PdfReadException(file, 0, "cannot be read as a PDF: " + e.getMessage(), e);
    }
  }

  private static PDDocument open(Path file) throws IOException {
    try {
      // scratch files, not heap, hold the file's objects: a 1,000-page file stays small in memory
      return Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
    } catch (InvalidPasswordException e) {
      throw new PdfReadException(file, 0, "encrypted with a password: cannot be read", e);
    } catch (RuntimeException e) {
      // PDFBox's parser throws unchecked exceptions on some damaged cross-reference data (a negative
      // generation number in an xref stream): the file is refused like any other it cannot read
      throw new PdfReadException(file, 0, "cannot be read as a PDF: " + describe(e), e);
    }
  }

  private PageLayout page(Path file, PDDocument doc, PageGlyphs reader, FontMaps maps, Furniture furniture, int p) {
    try {
      PDPage page = doc.getPage(p - 1);
      // before PDFBox loads the page's fonts: a damaged character map would fill the heap
      maps.check(page);
      PageGlyphs.Content content = reader.read(doc, p);
      PDRectangle crop = page.getCropBox();
      // the frame the page's text reads in: turned a quarter when its text runs up or down the sheet
      boolean turned = content.direction() % 180 != 0;
      return PageLayouts.of(p, turned ? crop.getHeight() : crop.getWidth(),
          turned ? crop.getWidth() : crop.getHeight(), content.glyphs(), content.rulings(), content.images(), furniture)
          .withTextLayer(content.unmapped(), content.unified());
    } catch (PageLimitException e) {
      throw new PdfReadException(file, p, Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    } catch (IOException | RuntimeException e) {
      throw new PdfReadException(file, p, "cannot be read: " + describe(e), e);
    } catch (StackOverflowError e) {
      // deeply nested objects or forms: the page is refused, not the process
      throw new PdfReadException(file, p, "nested too deeply to be read", e);
    }
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

}
