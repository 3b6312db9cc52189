package io.github.cnbudget.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * Renders printed lines (cells separated by tabs) to PDF as forms are published: each run of lines
 * with several cells becomes one ruled grid (every cell boxed, a column as wide as its widest text
 * up to a limit, longer texts wrapped inside their cell), a line of one cell outside a grid is a
 * centred title, and a title after a blank line starts a new page. For forms that are not tables of
 * a disclosure ({@link ProjectFormGen}); tables are {@link PdfRenderer}'s.
 *
 * <p>Landscape A4 pages, the testkit's bundled font embedded as a subset, a fixed creation date:
 * the same lines give the same bytes. Stateless and thread-safe.
 */
public final class GridPdf {
  private static final float MARGIN = 36f;
  private static final float SIZE = 9f;
  private static final float LINE = SIZE * 1.4f;
  private static final float PAD = 3f;
  /** A column never grows wider than this: longer texts wrap, as in a published form. */
  private static final float MAX_COLUMN = 200f;

  private GridPdf() {}

  /**
   * Renders the lines.
   *
   * @param lines the printed lines, cells separated by tabs
   * @return the PDF's bytes
   * @throws IllegalArgumentException when a text has a character the bundled font lacks
   */
  public static byte[] render(List<String> lines) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(PdfRenderer.fontBytes()), true);
      Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
      date.clear();
      date.set(2000, Calendar.JANUARY, 1);
      doc.getDocumentInformation().setCreationDate(date);
      doc.getDocumentInformation().setProducer("cn-budget testkit");
      new Pages(doc, font).write(lines);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the lines to PDF", e);
    }
  }

  /** The pages being written. */
  private static final class Pages {
    private final PDDocument doc;
    private final PDType0Font font;
    private final PDRectangle box = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    // null until write() opens the first page
    private @Nullable PDPageContentStream cs;
    private float y;

    Pages(PDDocument doc, PDType0Font font) {
      this.doc = doc;
      this.font = font;
    }

    void write(List<String> lines) throws IOException {
      newPage();
      boolean afterBlank = false;
      boolean pageEmpty = true;
      for (int i = 0; i < lines.size(); ) {
        String l = lines.get(i);
        if (l.isBlank()) {
          afterBlank = true;
          i++;
          continue;
        }
        if (l.indexOf('\t') < 0) {
          if (afterBlank && !pageEmpty) {
            newPage();
          }
          title(l.strip());
          pageEmpty = false;
          afterBlank = false;
          i++;
          continue;
        }
        int end = i;
        List<String[]> grid = new ArrayList<>();
        while (end < lines.size() && lines.get(end).indexOf('\t') >= 0) {
          grid.add(lines.get(end).split("\t", -1));
          end++;
        }
        grid(grid);
        pageEmpty = false;
        afterBlank = false;
        i = end;
      }
      stream().close();
    }

    private PDPageContentStream stream() {
      return Objects.requireNonNull(cs, "write() opens a page first");
    }

    private void newPage() throws IOException {
      if (cs != null) {
        cs.close();
      }
      PDPage page = new PDPage(box);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      y = box.getHeight() - MARGIN;
    }

    private float width(String s) throws IOException {
      return font.getStringWidth(s) / 1000f * SIZE;
    }

    private void title(String s) throws IOException {
      float x = (box.getWidth() - width(s)) / 2;
      text(s, x, y - LINE + 3);
      y -= LINE + 4;
    }

    private void grid(List<String[]> rows) throws IOException {
      int n = 0;
      for (String[] r : rows) {
        n = Math.max(n, r.length);
      }
      float[] widths = new float[n];
      for (String[] r : rows) {
        for (int j = 0; j < r.length; j++) {
          widths[j] = Math.max(widths[j], Math.min(MAX_COLUMN, width(r[j].strip()) + 2 * PAD));
        }
      }
      float total = 0;
      for (int j = 0; j < n; j++) {
        widths[j] = Math.max(widths[j], 14f);
        total += widths[j];
      }
      float scale = Math.min(1f, (box.getWidth() - 2 * MARGIN) / total);
      float[] edges = new float[n + 1];
      edges[0] = MARGIN;
      for (int j = 0; j < n; j++) {
        edges[j + 1] = edges[j] + widths[j] * scale;
      }
      for (String[] r : rows) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int j = 0; j < n; j++) {
          List<String> w = wrap(j < r.length ? r[j].strip() : "", edges[j + 1] - edges[j] - 2 * PAD);
          wrapped.add(w);
          height = Math.max(height, w.size());
        }
        float h = height * LINE + 2;
        if (y - h < MARGIN) {
          newPage();
        }
        for (int j = 0; j < n; j++) {
          float baseline = y - LINE + 3;
          for (String part : wrapped.get(j)) {
            text(part, edges[j] + PAD, baseline);
            baseline -= LINE;
          }
        }
        rule(edges[0], y, edges[n], y);
        rule(edges[0], y - h, edges[n], y - h);
        for (float x : edges) {
          rule(x, y, x, y - h);
        }
        y -= h;
      }
      y -= LINE;
    }

    /** Breaks a text into lines no wider than the width (points); an empty text prints no line. */
    private List<String> wrap(String s, float width) {
      return s.isEmpty() ? List.of() : PdfLayout.wrap(s, width, cp -> {
        try {
          return width(new String(Character.toChars(cp)));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }

    private void text(String s, float x, float baseline) throws IOException {
      if (s.isEmpty()) {
        return;
      }
      PDPageContentStream out = stream();
      out.beginText();
      out.setFont(font, SIZE);
      out.newLineAtOffset(x, baseline);
      out.showText(s);
      out.endText();
    }

    private void rule(float x1, float y1, float x2, float y2) throws IOException {
      PDPageContentStream out = stream();
      out.setLineWidth(0.5f);
      out.moveTo(x1, y1);
      out.lineTo(x2, y2);
      out.stroke();
    }
  }
}
