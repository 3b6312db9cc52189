package io.github.cnbudget.testkit;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * Writes one disclosure to PDF for {@link PdfRenderer}: pages, the cursor running down them, tables
 * broken over pages, rules. One instance per document; not thread-safe.
 */
final class PdfLayout {
  private static final float MARGIN = 40f;
  /** The type size of a running head and page numbers. */
  private static final float FURNITURE = 7.5f;
  private static final float BODY = 9f;
  private static final float TITLE = 14f;
  private static final float HEADING = 16f;
  private static final float PROSE = 10f;
  /** Line height and the vertical padding of a table line, as multiples of the font size. */
  private static final float LEADING = 1.25f;
  private static final float VPAD = 0.3f;
  /** The baseline sits this far below the top of its line (ascent plus half the leading). */
  private static final float BASELINE = 0.98f;
  private static final float RULE = 0.5f;

  private final PdfRenderer.Options o;
  private final byte[] fontBytes;
  private final Map<Integer, Float> advance = new HashMap<>();
  private @Nullable PDDocument doc;
  private @Nullable PDType0Font font;
  private @Nullable PDPageContentStream cs;
  private PDRectangle box = PDRectangle.A4;
  private float y;
  /** The font size the page's content stream is set to, 0 before the first text of the page. */
  private float fontSize;
  private int linesOnPage;
  private boolean pageHasTable;

  PdfLayout(PdfRenderer.Options o, byte[] fontBytes) {
    this.o = o;
    this.fontBytes = fontBytes;
  }

  void write(Disclosure d, OutputStream out) throws IOException {
    box = o.orientation() == PdfRenderer.Orientation.PORTRAIT ? PDRectangle.A4
        : new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    try (PDDocument document = new PDDocument()) {
      doc = document;
      font = PDType0Font.load(document, new ByteArrayInputStream(fontBytes), true);
      info(d, document);
      newPage();
      centred(d.department().name() + d.year() + "年" + d.stage().documentTerm(), HEADING, 2f);
      AmountUnit unit = d.precision().unit();
      for (DisclosureTable t : d.tables()) {
        table(t, t.amountUnit().orElse(unit));
      }
      for (Note n : d.notes()) {
        prose(n.text(), BODY);
      }
      cs().close();
      if (o.isPageFurniture()) {
        furniture(document, d.department().name() + d.year() + "年" + d.stage().documentTerm());
      }
      document.save(out);
    } finally {
      doc = null;
      font = null;
      cs = null;
    }
  }

  /**
   * A fixed creation date (the first day of the document's year) and a document ID hashed from the
   * document and the layout: PDFBox would otherwise stamp the clock into both, and the same input
   * must give the same bytes.
   */
  private void info(Disclosure d, PDDocument document) {
    PDDocumentInformation info = document.getDocumentInformation();
    String heading = d.department().name() + d.year() + "年" + d.stage().documentTerm();
    info.setTitle(d.title().orElse(heading));
    info.setProducer("cn-budget testkit");
    Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    date.clear();
    date.set(d.year().value(), Calendar.JANUARY, 1);
    info.setCreationDate(date);
    info.setModificationDate(date);
    byte[] id;
    try {
      id = Arrays.copyOf(MessageDigest.getInstance("SHA-256")
          .digest((d + "\n" + o).getBytes(StandardCharsets.UTF_8)), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  // ---- pages ------------------------------------------------------------------------------------

  private PDPageContentStream cs() {
    if (cs == null) {
      throw new IllegalStateException("no page");
    }
    return cs;
  }

  private PDType0Font font() {
    if (font == null) {
      throw new IllegalStateException("no font");
    }
    return font;
  }

  private void newPage() throws IOException {
    if (cs != null) {
      cs.close();
    }
    PDPage page = new PDPage(box);
    if (doc == null) {
      throw new IllegalStateException("no document");
    }
    doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
    y = box.getHeight() - MARGIN;
    fontSize = 0;
    linesOnPage = 0;
    pageHasTable = false;
  }

  /**
   * A running head above each page's body and 第 N 页 共 M 页 below it, in the margins, as office
   * suites print a header and footer: written once every page is laid out, since the count is known
   * only then.
   */
  private void furniture(PDDocument document, String head) throws IOException {
    int total = document.getNumberOfPages();
    int n = 0;
    for (PDPage page : document.getPages()) {
      n++;
      try (PDPageContentStream c = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        marginLine(c, head, box.getHeight() - MARGIN / 2);
        marginLine(c, "第 " + n + " 页 共 " + total + " 页", MARGIN / 2 - FURNITURE);
      }
    }
  }

  private void marginLine(PDPageContentStream c, String s, float baseline) throws IOException {
    c.beginText();
    c.setFont(font(), FURNITURE);
    c.newLineAtOffset((box.getWidth() - em(s) * FURNITURE) / 2, baseline);
    c.showText(s);
    c.endText();
  }

  private float left() {
    return MARGIN;
  }

  private float usable() {
    return box.getWidth() - 2 * MARGIN;
  }

  private boolean fits(float height) {
    return y - height >= MARGIN;
  }

  /** The width of a text in em. */
  float em(String s) {
    float w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += advance.computeIfAbsent(cp, this::glyphWidth);
    }
    return w;
  }

  private float glyphWidth(int cp) {
    try {
      return font().getStringWidth(new String(Character.toChars(cp))) / 1000f;
    } catch (IOException e) {
      throw new IllegalStateException("cannot measure U+" + Integer.toHexString(cp), e);
    }
  }

  private void text(String s, float x, float baseline, float size) throws IOException {
    if (s.isEmpty()) {
      return;
    }
    PDPageContentStream c = cs();
    c.beginText();
    if (size != fontSize) {
      // the font is graphics state, kept across text objects: set it only when the size changes
      c.setFont(font(), size);
      fontSize = size;
    }
    c.newLineAtOffset(x, baseline);
    c.showText(s);
    c.endText();
    if (o.isOverprinted()) {
      // emboldened as tools without a bold face do it: the same text again, a hair to the right
      c.beginText();
      c.newLineAtOffset(x + OVERPRINT, baseline);
      c.showText(s);
      c.endText();
    }
  }

  /** How far right overprinted text is printed again, in points. */
  private static final float OVERPRINT = 0.5f;

  private void centred(String s, float size, float leading) throws IOException {
    if (!fits(size * leading)) {
      newPage();
    }
    text(s, left() + (usable() - em(s) * size) / 2, y - size * BASELINE, size);
    y -= size * leading;
  }

  /** Prose wrapped to the page width. */
  private void prose(String s, float size) throws IOException {
    for (String line : wrap(s, usable() / size)) {
      if (!fits(size * LEADING)) {
        newPage();
      }
      text(line, left(), y - size * BASELINE, size);
      y -= size * LEADING;
    }
    y -= size * 0.5f;
  }

  /** Breaks a text into lines no wider than {@code width} em, between characters. */
  List<String> wrap(String s, float width) {
    return wrap(s, width, cp -> advance.computeIfAbsent(cp, this::glyphWidth));
  }

  /**
   * Breaks a text into lines no wider than {@code width}, between characters, each character as wide
   * as {@code advance} says (in the unit of {@code width}); an empty text is one empty line.
   */
  static List<String> wrap(String s, float width, java.util.function.Function<Integer, Float> advance) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    float w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      float cw = advance.apply(cp);
      // the tolerance absorbs float rounding: a text as wide as its column must not wrap
      if (w + cw > width + 1e-3f && b.length() > 0) {
        out.add(b.toString());
        b.setLength(0);
        w = 0;
      }
      b.appendCodePoint(cp);
      w += cw;
    }
    if (b.length() > 0 || out.isEmpty()) {
      out.add(b.toString());
    }
    return out;
  }

  // ---- rules ------------------------------------------------------------------------------------

  private void hRule(float x1, float x2, float at) throws IOException {
    rule(x1, at, x2, at);
  }

  private void vRule(float x, float top, float bottom) throws IOException {
    rule(x, top, x, bottom);
  }

  private void rule(float x1, float y1, float x2, float y2) throws IOException {
    PDPageContentStream c = cs();
    if (o.ruling() == PdfRenderer.Ruling.RECTANGLES) {
      // a filled rectangle RULE thick, centred on the line, as spreadsheet exports draw borders
      float h = RULE / 2;
      c.addRect(Math.min(x1, x2) - h, Math.min(y1, y2) - h, Math.abs(x2 - x1) + RULE, Math.abs(y2 - y1) + RULE);
      c.fill();
    } else {
      c.setLineWidth(RULE);
      c.moveTo(x1, y1);
      c.lineTo(x2, y2);
      c.stroke();
    }
  }

  private boolean boxed() {
    return o.ruling() == PdfRenderer.Ruling.LINES || o.ruling() == PdfRenderer.Ruling.RECTANGLES;
  }

  // ---- tables -----------------------------------------------------------------------------------

  /** A table placed on the page: its grid, font size and column edges. */
  private final class Placed {
    final PdfGrid g;
    final float size;
    final float[] x;
    final float[] levels;

    Placed(PdfGrid g) {
      this.g = g;
      float width = g.width();
      // a table wider than the page is printed smaller, as published tables are shrunk to fit
      this.size = width <= 0 ? BODY : Math.min(BODY, usable() / width);
      this.x = new float[g.cols.size() + 1];
      float at = left() + (usable() - width * size) / 2;
      int panel = 0;
      for (int c = 0; c < g.cols.size(); c++) {
        PdfGrid.Col col = g.cols.get(c);
        if (col.panel != panel) {
          at += PdfGrid.GAP * size;
          panel = col.panel;
        }
        x[c] = at;
        at += col.width * size;
      }
      x[g.cols.size()] = at;
      this.levels = levelHeights();
    }

    float right(int c) {
      return x[c] + g.cols.get(c).width * size;
    }

    float inner(int c) {
      return g.cols.get(c).width - 2 * PdfGrid.PAD;
    }

    /** Each header level's height, tall enough for the wrapped words of every cell it holds. */
    private float[] levelHeights() {
      int[] lines = new int[g.depth];
      Arrays.fill(lines, 1);
      for (PdfGrid.HeaderCell h : g.header) {
        if (h.rows() == 1) {
          lines[h.level()] = Math.max(lines[h.level()], headerLines(h).size());
        }
      }
      for (PdfGrid.HeaderCell h : g.header) {
        int have = 0;
        for (int l = h.level(); l < h.level() + h.rows(); l++) {
          have += lines[l];
        }
        int need = headerLines(h).size();
        if (need > have) {
          lines[h.level() + h.rows() - 1] += need - have;
        }
      }
      float[] heights = new float[g.depth];
      for (int l = 0; l < g.depth; l++) {
        heights[l] = (lines[l] * LEADING + 2 * VPAD) * size;
      }
      return heights;
    }

    List<String> headerLines(PdfGrid.HeaderCell h) {
      float w = (x[h.last()] + g.cols.get(h.last()).width * size - x[h.first()]) / size - 2 * PdfGrid.PAD;
      return wrap(h.text(), w);
    }

    float headerHeight() {
      float s = 0;
      for (float l : levels) {
        s += l;
      }
      return s;
    }

    /** A line's texts, each cell's wrapped lines (only names wrap). */
    List<List<String>> cells(String[] line) {
      List<List<String>> out = new ArrayList<>(line.length);
      for (int c = 0; c < line.length; c++) {
        out.add(g.cols.get(c).role == PdfGrid.Role.NAME ? wrap(line[c], inner(c)) : List.of(line[c]));
      }
      return out;
    }

    float height(List<List<String>> cells) {
      int n = 1;
      for (List<String> c : cells) {
        n = Math.max(n, c.size());
      }
      return (n * LEADING + 2 * VPAD) * size;
    }

    /** The x range of each panel. */
    float[][] panels() {
      float[][] p = new float[g.panelCount()][];
      for (int c = 0; c < g.cols.size(); c++) {
        int k = g.cols.get(c).panel;
        if (p[k] == null) {
          p[k] = new float[] {x[c], right(c)};
        }
        p[k][1] = right(c);
      }
      return p;
    }
  }

  private void table(DisclosureTable t, AmountUnit unit) throws IOException {
    Placed p = new Placed(PdfGrid.of(t, o, this::em));
    List<List<List<String>>> lines = new ArrayList<>();
    for (String[] line : p.g.lines) {
      lines.add(p.cells(line));
    }
    float first = lines.isEmpty() ? (LEADING + 2 * VPAD) * p.size : p.height(lines.get(0));
    float titleBlock = (t.number().isPresent() ? BODY * LEADING : 0) + TITLE * 1.6f + BODY * 1.6f;
    if ((o.isTablesOnNewPages() && pageHasTable) || !fits(titleBlock + p.headerHeight() + first)
        || (o.rowsPerPage() > 0 && linesOnPage >= o.rowsPerPage())) {
      newPage();
    }
    pageHasTable = true;
    if (t.number().isPresent()) {
      text(t.number().get(), left(), y - BODY * BASELINE, BODY);
      y -= BODY * LEADING;
    }
    centred(t.title(), TITLE, 1.6f);
    String unitLine = "单位：" + unit.symbol();
    String issuer = t.issuer().map(i -> "编制单位：" + i).orElse("");
    float[] span = {p.x[0], p.x[p.x.length - 1]};
    if (span[1] - span[0] < (em(issuer) + em(unitLine) + 2) * BODY) {
      // a table narrower than its unit line: the line runs from margin to margin instead
      span = new float[] {left(), left() + usable()};
    }
    text(issuer, span[0], y - BODY * BASELINE, BODY);
    text(unitLine, span[1] - em(unitLine) * BODY, y - BODY * BASELINE, BODY);
    y -= BODY * 1.6f;

    header(p);
    float bodyTop = y;
    List<Float> bottoms = new ArrayList<>();
    for (List<List<String>> line : lines) {
      float h = p.height(line);
      if (!fits(h) || (o.rowsPerPage() > 0 && linesOnPage >= o.rowsPerPage())) {
        close(p, bodyTop, bottoms, lines.isEmpty());
        newPage();
        pageHasTable = true;
        if (o.isHeaderRepeated()) {
          header(p);
        }
        bodyTop = y;
        bottoms.clear();
      }
      body(p, line, h);
      bottoms.add(y);
      linesOnPage++;
    }
    if (lines.isEmpty()) {
      float h = (LEADING + 2 * VPAD) * p.size;
      String s = t.emptyStatement().orElse("");
      float x0 = p.x[0];
      float x1 = p.x[p.x.length - 1];
      text(s, x0 + (x1 - x0 - em(s) * p.size) / 2, y - (h - LEADING * p.size) / 2 - p.size * BASELINE, p.size);
      y -= h;
      bottoms.add(y);
    }
    close(p, bodyTop, bottoms, lines.isEmpty());
    y -= BODY * 0.8f;
    for (Note n : t.notes()) {
      prose(n.text(), BODY);
    }
    if (o.isNarrative()) {
      prose(narrative(t, unit), PROSE);
    }
  }

  private void header(Placed p) throws IOException {
    float top = y;
    float[] levelTop = new float[p.g.depth + 1];
    levelTop[0] = top;
    for (int l = 0; l < p.g.depth; l++) {
      levelTop[l + 1] = levelTop[l] - p.levels[l];
    }
    for (PdfGrid.HeaderCell h : p.g.header) {
      float x1 = p.x[h.first()];
      float x2 = p.right(h.last());
      float cellTop = levelTop[h.level()];
      float cellBottom = levelTop[h.level() + h.rows()];
      List<String> words = p.headerLines(h);
      float block = words.size() * LEADING * p.size;
      float lineTop = cellTop - (cellTop - cellBottom - block) / 2;
      for (String w : words) {
        text(w, x1 + (x2 - x1 - em(w) * p.size) / 2, lineTop - p.size * BASELINE, p.size);
        lineTop -= LEADING * p.size;
      }
      if (boxed()) {
        hRule(x1, x2, cellTop);
        hRule(x1, x2, cellBottom);
        vRule(x1, cellTop, cellBottom);
        vRule(x2, cellTop, cellBottom);
      }
    }
    if (o.ruling() == PdfRenderer.Ruling.HORIZONTAL) {
      for (float[] panel : p.panels()) {
        hRule(panel[0], panel[1], top);
        hRule(panel[0], panel[1], levelTop[p.g.depth]);
      }
    }
    y = levelTop[p.g.depth];
  }

  private void body(Placed p, List<List<String>> line, float h) throws IOException {
    for (int c = 0; c < line.size(); c++) {
      List<String> texts = line.get(c);
      float block = texts.size() * LEADING * p.size;
      float lineTop = y - (h - block) / 2;
      for (String s : texts) {
        float x = p.g.cols.get(c).role == PdfGrid.Role.AMOUNT
            ? p.right(c) - PdfGrid.PAD * p.size - em(s) * p.size
            : p.x[c] + PdfGrid.PAD * p.size;
        text(s, x, lineTop - p.size * BASELINE, p.size);
        lineTop -= LEADING * p.size;
      }
    }
    y -= h;
  }

  /**
   * Rules the body lines drawn on this page, from the header's bottom (or, on a continuation page
   * without a header, the page top) down to the last line drawn.
   */
  /**
   * Rules the body: rows, and columns (an empty table's statement row is one cell merged across the
   * table, as published tables print it, ruled at its two ends only).
   */
  private void close(Placed p, float bodyTop, List<Float> bottoms, boolean statementRow) throws IOException {
    if (bottoms.isEmpty()) {
      return;
    }
    float bottom = bottoms.get(bottoms.size() - 1);
    for (float[] panel : p.panels()) {
      if (boxed()) {
        for (float b : bottoms) {
          hRule(panel[0], panel[1], b);
        }
      } else if (o.ruling() == PdfRenderer.Ruling.HORIZONTAL) {
        hRule(panel[0], panel[1], bottom);
      }
    }
    if (boxed()) {
      for (int c = 0; c < p.g.cols.size(); c++) {
        if (statementRow && c > 0) {
          continue;
        }
        vRule(p.x[c], bodyTop, bottom);
        if (c + 1 == p.g.cols.size() || !statementRow && p.g.cols.get(c + 1).panel != p.g.cols.get(c).panel) {
          vRule(p.right(c), bodyTop, bottom);
        }
      }
    }
  }

  /**
   * A sentence about the table, as the 说明 of published documents reads: how many lines it lists and
   * the first amount of its first total row, in the table's unit.
   */
  private static String narrative(DisclosureTable t, AmountUnit unit) {
    if (t.rows().isEmpty()) {
      return "说明：" + t.title() + t.emptyStatement().orElse("本表无数据") + "。";
    }
    StringBuilder b = new StringBuilder("说明：").append(t.title()).append("共列示").append(t.rows().size())
        .append("行数据");
    for (Row r : t.rows()) {
      if (r.kind() == RowKind.TOTAL && !r.cells().isEmpty()) {
        String first = r.cells().values().iterator().next().printed().strip();
        if (!first.isEmpty() && !first.equals("-")) {
          b.append("，合计").append(first).append(unit.symbol());
        }
        break;
      }
    }
    return b.append("。").toString();
  }
}
