package io.github.cnbudget.io.text;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.table.Row;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Checks the boxes a PDF import gave the printed cells of its tables, against the file itself:
 * every printed cell has one, on its row's page and inside its row's band; a row's cells stand left
 * to right in column order; one column's cells stand in one column on the page (per panel of a
 * two-panel table, whose rows start at two places); and PDFBox's own area text stripper, not this
 * project's page layout, reads the cell's text inside its box.
 */
final class CellBoxes {
  private CellBoxes() {}

  /** What breaks those checks, one line per cell; empty when every cell is placed on its box. */
  static List<String> violations(Path pdf, Disclosure d) {
    List<String> out = new ArrayList<>();
    Map<Integer, List<Placed>> byPage = new HashMap<>();
    for (DisclosureTable t : d.tables()) {
      Map<String, List<PagePlace>> columns = new LinkedHashMap<>();
      for (Row r : t.rows()) {
        BigDecimal right = null;
        for (Map.Entry<String, Cell> e : r.cells().entrySet()) {
          Cell c = e.getValue();
          if (c.printed().isBlank()) {
            continue;
          }
          String what = t.title() + " | " + r.label() + " | " + e.getKey() + " | " + c.printed();
          if (c.place().isEmpty() || r.place().isEmpty()) {
            out.add("no place: " + what);
            continue;
          }
          PagePlace p = c.place().get();
          PagePlace band = r.place().get();
          if (p.page() != band.page() || p.x0().compareTo(band.x0()) < 0 || p.x1().compareTo(band.x1()) > 0
              || p.y1().compareTo(band.y0()) <= 0 || p.y0().compareTo(band.y1()) >= 0) {
            out.add("outside its row " + band + ": " + what + " at " + p);
          }
          if (right != null && p.x0().compareTo(right) < 0) {
            out.add("left of the column before it: " + what + " at " + p);
          }
          right = p.x1();
          columns.computeIfAbsent(e.getKey() + "@" + band.x0().intValue() / 20, k -> new ArrayList<>()).add(p);
          byPage.computeIfAbsent(p.page(), k -> new ArrayList<>()).add(new Placed(what, c.printed(), p));
        }
      }
      columns.forEach((key, boxes) -> {
        for (PagePlace b : boxes) {
          if (overlapping(b, boxes) * 2 <= boxes.size()) {
            out.add("out of its column: " + t.title() + " column " + key + " at " + b);
          }
        }
      });
    }
    // the amounts of forms: a project's total, annual budget and money lines, a goal's budget, an
    // indicator's weight and score
    List<Map.Entry<String, Cell>> forms = new ArrayList<>();
    for (io.github.cnbudget.model.project.Project p : d.projects()) {
      p.total().ifPresent(c -> forms.add(Map.entry(p.name() + " | total", c)));
      p.annualBudget().ifPresent(c -> forms.add(Map.entry(p.name() + " | annual budget", c)));
      p.amounts().forEach((label, c) -> forms.add(Map.entry(p.name() + " | " + label, c)));
    }
    for (io.github.cnbudget.model.performance.PerformanceGoal g : d.goals()) {
      g.budget().ifPresent(c -> forms.add(Map.entry(g.project().orElse("goal") + " | budget", c)));
      for (io.github.cnbudget.model.performance.Indicator i : g.indicators()) {
        i.weight().ifPresent(c -> forms.add(Map.entry(i.name() + " | weight", c)));
        i.score().ifPresent(c -> forms.add(Map.entry(i.name() + " | score", c)));
      }
    }
    for (Map.Entry<String, Cell> e : forms) {
      Cell c = e.getValue();
      if (c.printed().isBlank()) {
        continue;
      }
      String what = "form " + e.getKey() + " | " + c.printed();
      if (c.place().isEmpty()) {
        out.add("no place: " + what);
      } else {
        byPage.computeIfAbsent(c.place().get().page(), k -> new ArrayList<>()).add(new Placed(what, c.printed(), c.place().get()));
      }
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (Map.Entry<Integer, List<Placed>> page : byPage.entrySet()) {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        // two fields may print from one box (a goal's budget is its project's total): each region
        // reads its glyphs, none is dropped as a duplicate of another region's
        stripper.setSuppressDuplicateOverlappingText(false);
        List<Placed> cells = page.getValue();
        for (int i = 0; i < cells.size(); i++) {
          PagePlace p = cells.get(i).place();
          // a point of slack: a glyph's origin may sit on a ruled border
          stripper.addRegion(Integer.toString(i), new Rectangle2D.Double(p.x0().doubleValue() - 1,
              p.y0().doubleValue() - 1, p.x1().subtract(p.x0()).doubleValue() + 2, p.y1().subtract(p.y0()).doubleValue() + 2));
        }
        stripper.extractRegions(doc.getPage(page.getKey() - 1));
        for (int i = 0; i < cells.size(); i++) {
          String inside = squeezed(stripper.getTextForRegion(Integer.toString(i)));
          if (!inside.contains(squeezed(cells.get(i).printed()))) {
            out.add("not printed in its box: " + cells.get(i).what() + " at " + cells.get(i).place() + " holds «" + inside + "»");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** How many printed cells of the document's tables there are (forms' amounts aside). */
  static int printed(Disclosure d) {
    int n = 0;
    for (DisclosureTable t : d.tables()) {
      for (Row r : t.rows()) {
        n += (int) r.cells().values().stream().filter(c -> !c.printed().isBlank()).count();
      }
    }
    return n;
  }

  private static int overlapping(PagePlace b, List<PagePlace> boxes) {
    int n = 0;
    for (PagePlace o : boxes) {
      if (b.x0().compareTo(o.x1()) < 0 && o.x0().compareTo(b.x1()) < 0) {
        n++;
      }
    }
    return n;
  }

  private static String squeezed(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  private record Placed(String what, String printed, PagePlace place) {}
}
