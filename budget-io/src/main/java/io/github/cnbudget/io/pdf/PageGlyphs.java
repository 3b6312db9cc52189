package io.github.cnbudget.io.pdf;

import io.github.cnbudget.io.layout.Box;
import io.github.cnbudget.io.layout.Glyph;
import io.github.cnbudget.io.layout.Ideographs;
import io.github.cnbudget.io.layout.Ruling;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads one page in one pass over its content stream (页面读取): the glyphs with their positions
 * (display coordinates, top-left origin; a glyph printed twice at the same place, the fake bold of
 * office suites, is kept once), the ruling lines its paths draw ({@link RulingPaths}) and how many
 * images it shows. One pass: parsing the content stream and decoding its fonts is most of what a
 * page costs.
 */
final class PageGlyphs extends PDFTextStripper {
  private final List<Glyph> glyphs = new ArrayList<>();
  private final long maxGlyphs;
  private final RulingPaths paths;
  private int images;
  /** Glyphs the content stream shows, and those handed on with a character: the rest have none. */
  private int shown;
  private int withText;
  /** Glyphs whose character is a control or private-use code: no character a reader could use. */
  private int unusable;
  /** Characters printed under a radical's or compatibility code point, read as their ideograph. */
  private int unified;
  /** Glyphs by the direction their text runs in user space: 0, 90, 180, 270 degrees. */
  private final int[] directions = new int[4];

  /**
   * What one page prints.
   *
   * @param unmapped glyphs the page shows whose text cannot be read (no character in the file, or a
   *     control or private-use code)
   * @param unified characters read as the ideograph they print ({@link Ideographs})
   */
  record Content(List<Glyph> glyphs, List<Ruling> rulings, int images, int unmapped, int unified, int direction) {}

  PageGlyphs(long maxGlyphs, long maxSegments) {
    this.maxGlyphs = maxGlyphs;
    this.paths = new RulingPaths(maxSegments);
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(false);
    // path painting is not text: the text engine ignores these operators unless told
    addOperator(new PathOperator(this, "m", 2, (o) -> paths.moveTo(o[0], o[1])));
    addOperator(new PathOperator(this, "l", 2, (o) -> paths.lineTo(o[0], o[1])));
    addOperator(new PathOperator(this, "c", 6, (o) -> paths.curveTo(o[0], o[1], o[2], o[3], o[4], o[5])));
    addOperator(new PathOperator(this, "v", 4, (o) -> paths.curveTo(o[0], o[1], o[0], o[1], o[2], o[3])));
    addOperator(new PathOperator(this, "y", 4, (o) -> paths.curveTo(o[0], o[1], o[2], o[3], o[2], o[3])));
    addOperator(new PathOperator(this, "h", 0, (o) -> paths.closePath()));
    addOperator(new PathOperator(this, "n", 0, (o) -> paths.endPath()));
    addOperator(new PathOperator(this, "S", 0, (o) -> paths.strokePath()));
    addOperator(new PathOperator(this, "s", 0, (o) -> {
      paths.closePath();
      paths.strokePath();
    }));
    for (String fill : new String[] {"f", "F", "f*"}) {
      addOperator(new PathOperator(this, fill, 0, (o) -> paths.fillPath(0)));
    }
    for (String both : new String[] {"B", "B*"}) {
      addOperator(new PathOperator(this, both, 0, (o) -> paths.fillAndStrokePath(0)));
    }
    for (String both : new String[] {"b", "b*"}) {
      addOperator(new PathOperator(this, both, 0, (o) -> {
        paths.closePath();
        paths.fillAndStrokePath(0);
      }));
    }
    addOperator(new OperatorProcessor(this) {
      @Override
      public void process(Operator operator, List<COSBase> operands) throws IOException {
        if (operands.size() < 4 || !checkArrayTypesClass(operands, COSNumber.class)) {
          return;
        }
        float x = ((COSNumber) operands.get(0)).floatValue();
        float y = ((COSNumber) operands.get(1)).floatValue();
        float w = ((COSNumber) operands.get(2)).floatValue();
        float h = ((COSNumber) operands.get(3)).floatValue();
        paths.appendRectangle(transformedPoint(x, y), transformedPoint(x + w, y), transformedPoint(x + w, y + h),
            transformedPoint(x, y + h));
      }

      @Override
      public String getName() {
        return "re";
      }
    });
    // Do: an image is counted (a page of images and no text is a scan); a form is read as the text
    // engine reads it, for its text and its paths
    OperatorProcessor forms = new DrawObject(this);
    addOperator(new OperatorProcessor(this) {
      @Override
      public void process(Operator operator, List<COSBase> operands) throws IOException {
        if (!operands.isEmpty() && operands.get(0) instanceof COSName name && getResources() != null
            && getResources().isImageXObject(name)) {
          images++;
          return;
        }
        forms.process(operator, operands);
      }

      @Override
      public String getName() {
        return "Do";
      }
    });
  }

  /** Reads page {@code page} (one-based). */
  Content read(PDDocument document, int page) throws IOException {
    glyphs.clear();
    images = 0;
    shown = 0;
    withText = 0;
    unusable = 0;
    unified = 0;
    java.util.Arrays.fill(directions, 0);
    setStartPage(page);
    setEndPage(page);
    writeText(document, new StringWriter());
    int direction = direction(document.getPage(page - 1).getRotation());
    return new Content(dedupe(glyphs), paths.rulings(direction), images, Math.max(0, shown - withText) + unusable, unified,
        direction);
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
    // PDFBox skips a composite font's glyph that has no character (no ToUnicode map) without a word:
    // counting what is shown against what arrives tells how much of the page cannot be read
    shown++;
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    super.startPage(page);
    paths.startPage(page);
  }

  /** A path operator whose operands, all numbers, are points in user space (m, l, c, v, y) or none. */
  private final class PathOperator extends OperatorProcessor {
    private final String name;
    private final int count;
    private final PathCall call;

    PathOperator(PageGlyphs context, String name, int count, PathCall call) {
      super(context);
      this.name = name;
      this.count = count;
      this.call = call;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      if (operands.size() < count || count > 0 && !checkArrayTypesClass(operands.subList(0, count), COSNumber.class)) {
        return; // a malformed operator draws nothing
      }
      float[] points = new float[count];
      for (int i = 0; i + 1 < count; i += 2) {
        Point2D.Float p = transformedPoint(((COSNumber) operands.get(i)).floatValue(),
            ((COSNumber) operands.get(i + 1)).floatValue());
        points[i] = p.x;
        points[i + 1] = p.y;
      }
      call.apply(points);
    }

    @Override
    public String getName() {
      return name;
    }
  }

  /** What a path operator does with its transformed points. */
  @FunctionalInterface
  private interface PathCall {
    void apply(float[] points);
  }

  @Override
  protected void processTextPosition(TextPosition t) {
    if (glyphs.size() >= maxGlyphs) {
      throw new PageLimitException("more than " + maxGlyphs + " glyphs");
    }
    withText++;
    String u = t.getUnicode();
    if (u == null || u.isBlank()) {
      return;
    }
    if (unusable(u)) {
      // a simple font without a character map gives its codes as characters: 0x03 is no text
      unusable++;
      return;
    }
    int radicals = Ideographs.count(u);
    if (radicals > 0) {
      unified += radicals;
      u = Ideographs.unify(u);
    }
    double size = Math.max(t.getFontSizeInPt(), t.getHeightDir());
    if (size <= 0) {
      size = 9;
    }
    // positions are read along the text (PDFBox turns them by its direction): the rulings follow
    directions[Math.floorMod(Math.round(t.getDir() / 90), 4)]++;
    double x = t.getXDirAdj();
    double base = t.getYDirAdj();
    double w = t.getWidthDirAdj();
    if (w <= 0) {
      w = size / 2;
    }
    // The box spans the font size above the baseline: the glyph's own height is unreliable in
    // embedded subsets, and rows are told apart by baselines anyway.
    glyphs.add(new Glyph(u, new Box(x, base - size * 0.8, x + w, base), size));
  }

  /**
   * The direction most of the page's text runs in (0, 90, 180, 270): the page's rotation when it
   * prints no text.
   */
  private int direction(int rotation) {
    int best = Math.floorMod(rotation, 360) / 90 % 4;
    for (int k = 0; k < 4; k++) {
      if (directions[k] > directions[best]) {
        best = k;
      }
    }
    return best * 90;
  }

  @Override
  protected void writeString(String text, List<TextPosition> textPositions) {
    // the text itself is rebuilt by the layout stage
  }

  private static boolean unusable(String u) {
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      if (!Character.isISOControl(c) && Character.getType(c) != Character.PRIVATE_USE) {
        return false;
      }
    }
    return true;
  }

  /** A glyph's character and the 4-point square its box's left baseline corner falls in. */
  private record Printed(String text, long x, long y) {}

  /** The side of the squares glyphs are filed under, in points: wider than any overprint offset. */
  private static final double SQUARE = 4;

  /**
   * The glyphs without overprinting: a glyph printing the character of an earlier glyph at nearly the
   * same place (within a third of its width, or a sixth of its size, across and a third of its size up
   * or down) is that
   * glyph printed again. Tools without a bold face embolden text so (加粗 drawn two or three times a
   * fraction of a point apart), and some print whole pages twice; read twice, 合计 would be 合合计计.
   * Neighbouring characters of a word stand a whole width apart, so nothing printed once is lost.
   */
  private static List<Glyph> dedupe(List<Glyph> all) {
    List<Glyph> out = new ArrayList<>(all.size());
    java.util.Map<Printed, List<Glyph>> seen = new java.util.HashMap<>();
    for (Glyph g : all) {
      long qx = (long) Math.floor(g.box().x0() / SQUARE);
      long qy = (long) Math.floor(g.box().y1() / SQUARE);
      if (!overprints(g, qx, qy, seen)) {
        out.add(g);
        seen.computeIfAbsent(new Printed(g.text(), qx, qy), k -> new ArrayList<>(1)).add(g);
      }
    }
    return out;
  }

  private static boolean overprints(Glyph g, long qx, long qy, java.util.Map<Printed, List<Glyph>> seen) {
    // a third of the glyph's width, and a sixth of its size for narrow ones (a point, a comma): a
    // neighbouring character stands at least its own width away
    double dxMax = Math.min(SQUARE, Math.max((g.box().x1() - g.box().x0()) / 3, g.size() / 6));
    double dyMax = Math.min(SQUARE, g.size() / 3);
    for (long i = qx - 1; i <= qx + 1; i++) {
      for (long j = qy - 1; j <= qy + 1; j++) {
        for (Glyph o : seen.getOrDefault(new Printed(g.text(), i, j), List.of())) {
          if (Math.abs(o.box().x0() - g.box().x0()) <= dxMax && Math.abs(o.box().y1() - g.box().y1()) <= dyMax) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
