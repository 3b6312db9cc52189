package io.github.cnbudget.io.pdf;

import io.github.cnbudget.io.layout.Ruling;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Collects the ruling lines a page draws (表格线): stroked straight segments and thin filled
 * rectangles, which is how office suites draw table borders. Curves, images and shading are not
 * rulings. It is fed the path operators of the page's content stream with their points already in
 * user space (the current transformation applied); positions come out in the frame the page's text
 * reads in (top-left origin, turned by the text's direction) so that they meet the glyph positions
 * PDFBox reports.
 */
final class RulingPaths {
  /** A filled rectangle thinner than this (points) is a line, not an area. */
  private static final double THIN = 2.5;
  /** A segment shorter than this is a tick or a glyph stroke, not a ruling. */
  private static final double SHORT = 3;
  /** A segment may lean this much (points over its length) and still be horizontal or vertical. */
  private static final double SLANT = 1;

  /** Axis-parallel segments x0,y0,x1,y1 in user space: placed on the page when the text's direction is known. */
  private final List<double[]> segments = new ArrayList<>();
  private final List<double[]> path = new ArrayList<>(); // segments x0,y0,x1,y1 in user space
  private final List<double[]> rects = new ArrayList<>(); // rectangles x0,y0,x1,y1 in user space
  private final long maxSegments;
  private Point2D.Float current = new Point2D.Float();
  private Point2D.Float start = new Point2D.Float();
  private PDRectangle crop = PDRectangle.A4;

  RulingPaths(long maxSegments) {
    this.maxSegments = maxSegments;
  }

  /** Starts a page: its crop box places what it draws; earlier rulings are dropped. */
  void startPage(PDPage page) {
    this.crop = page.getCropBox();
    segments.clear();
    clearPath();
  }

  /**
   * The rulings of the page read so far, in the frame its text reads in: origin top-left of the crop
   * box, turned by {@code direction} (0, 90, 180, 270), the direction of the page's text in user space.
   * That is the page's rotation when text was drawn to read upright (a landscape page printed on a
   * portrait sheet and turned), and not when a page was only turned for display: the glyphs' positions
   * are read along their text, so the rulings must be too.
   */
  List<Ruling> rulings(int direction) {
    List<Ruling> out = new ArrayList<>(segments.size());
    for (double[] s : segments) {
      double[] a = display(s[0], s[1], direction);
      double[] b = display(s[2], s[3], direction);
      if (Math.abs(a[1] - b[1]) <= SLANT) {
        out.add(new Ruling(true, (a[1] + b[1]) / 2, a[0], b[0]));
      } else {
        out.add(new Ruling(false, (a[0] + b[0]) / 2, a[1], b[1]));
      }
    }
    return out;
  }

  void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    rects.add(new double[] {x0, y0, x1, y1});
    current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
    start = current;
  }

  void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    start = current;
  }

  void lineTo(float x, float y) {
    path.add(new double[] {current.x, current.y, x, y});
    current = new Point2D.Float(x, y);
  }

  void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3); // a curve is never a ruling
  }

  void closePath() {
    if (current.x != start.x || current.y != start.y) {
      path.add(new double[] {current.x, current.y, start.x, start.y});
    }
    current = start;
  }

  void endPath() {
    clearPath();
  }

  void strokePath() {
    for (double[] s : path) {
      segment(s[0], s[1], s[2], s[3]);
    }
    for (double[] r : rects) {
      if (!thin(r)) {
        segment(r[0], r[1], r[2], r[1]);
        segment(r[0], r[3], r[2], r[3]);
        segment(r[0], r[1], r[0], r[3]);
        segment(r[2], r[1], r[2], r[3]);
      } else {
        thinRectangle(r);
      }
    }
    clearPath();
  }

  void fillPath(int windingRule) {
    // A filled area draws a ruling only where it is thin; a filled cell background is no border.
    for (double[] r : rects) {
      if (thin(r)) {
        thinRectangle(r);
      }
    }
    fillPolygonSegments();
    clearPath();
  }

  void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  /** A filled path made of lines (a thin parallelogram drawn with re-less operators) counts when thin. */
  private void fillPolygonSegments() {
    if (path.size() < 3) {
      return;
    }
    double x0 = Double.MAX_VALUE;
    double y0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double y1 = -Double.MAX_VALUE;
    for (double[] s : path) {
      x0 = Math.min(x0, Math.min(s[0], s[2]));
      x1 = Math.max(x1, Math.max(s[0], s[2]));
      y0 = Math.min(y0, Math.min(s[1], s[3]));
      y1 = Math.max(y1, Math.max(s[1], s[3]));
    }
    double[] r = {x0, y0, x1, y1};
    if (thin(r)) {
      thinRectangle(r);
    }
  }

  private static boolean thin(double[] r) {
    return r[2] - r[0] <= THIN || r[3] - r[1] <= THIN;
  }

  private void thinRectangle(double[] r) {
    if (r[2] - r[0] <= THIN && r[3] - r[1] <= THIN) {
      return; // a dot
    }
    if (r[2] - r[0] <= THIN) {
      double x = (r[0] + r[2]) / 2;
      segment(x, r[1], x, r[3]);
    } else {
      double y = (r[1] + r[3]) / 2;
      segment(r[0], y, r[2], y);
    }
  }

  private void clearPath() {
    path.clear();
    rects.clear();
  }

  private void segment(double ux0, double uy0, double ux1, double uy1) {
    if (segments.size() >= maxSegments) {
      throw new PageLimitException("more than " + maxSegments + " line segments");
    }
    double dx = Math.abs(ux0 - ux1);
    double dy = Math.abs(uy0 - uy1);
    // turning by a quarter keeps a segment parallel to the axes and its length
    if (dy <= SLANT && dx >= SHORT || dx <= SLANT && dy >= SHORT) {
      segments.add(new double[] {ux0, uy0, ux1, uy1});
    }
  }

  /** User space to the text's frame: origin top-left of the crop box, turned by {@code rotation}. */
  private double[] display(double x, double y, int rotation) {
    double llx = crop.getLowerLeftX();
    double lly = crop.getLowerLeftY();
    double urx = crop.getUpperRightX();
    double ury = crop.getUpperRightY();
    switch (rotation) {
      case 90:
        return new double[] {y - lly, x - llx};
      case 180:
        return new double[] {urx - x, y - lly};
      case 270:
        return new double[] {ury - y, urx - x};
      default:
        return new double[] {x - llx, ury - y};
    }
  }
}
