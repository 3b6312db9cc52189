package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.table.Row;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every printed cell of the seven real PDFs' tables records the box of the cell that printed it:
 * PDFBox's own area text stripper (not this project's page layout) reads the cell's text inside that
 * box; a row's cells stand left to right in column order inside the row's band; one column's cells
 * stand in one column on the page (per panel of a two-panel table); and a few boxes agree with those
 * an independent reader (poppler's {@code pdftotext -bbox}) gives the same words.
 */
class PdfCellPlaceTest {
  private static final DisclosureImporter IMPORTER = DisclosureImporter.defaults();

  private static Path pdf(String name) {
    return Path.of("src/test/resources/pdf/" + name + ".pdf");
  }

  @ParameterizedTest
  @ValueSource(strings = {"putuo-finance-bureau-2024-final", "putuo-gov-office-2025-budget",
      "putuo-gov-office-2025-unit-budget", "putuo-social-work-dept-2024-final", "putuo-wanli-street-2023-budget",
      "putuo-wanli-street-2024-budget", "template-2024-final-account"})
  void everyPrintedCell_isPlacedOnTheBoxThatPrintsIt(String name) throws IOException {
    Disclosure d = IMPORTER.importFile(pdf(name)).disclosure();
    Map<Integer, List<Placed>> byPage = new HashMap<>();
    int printed = 0;
    for (DisclosureTable t : d.tables()) {
      Map<String, List<PagePlace>> columns = new LinkedHashMap<>();
      for (Row r : t.rows()) {
        PagePlace band = r.place().orElseThrow();
        BigDecimal right = null;
        for (Map.Entry<String, Cell> e : r.cells().entrySet()) {
          Cell c = e.getValue();
          if (c.printed().isBlank()) {
            continue;
          }
          printed++;
          String what = t.title() + " | " + r.label() + " | " + e.getKey() + " | " + c.printed();
          PagePlace p = c.place().orElseThrow(() -> new AssertionError("no place: " + what));
          assertThat(p.page()).as(what).isEqualTo(band.page());
          assertThat(p.x0()).as(what).isGreaterThanOrEqualTo(band.x0());
          assertThat(p.x1()).as(what).isLessThanOrEqualTo(band.x1());
          assertThat(p.y1()).as(what).isGreaterThan(band.y0());
          assertThat(p.y0()).as(what).isLessThan(band.y1());
          if (right != null) {
            assertThat(p.x0()).as("left to right: " + what).isGreaterThanOrEqualTo(right);
          }
          right = p.x1();
          // the two panels of a table printed side by side start their rows at two places
          columns.computeIfAbsent(e.getKey() + "@" + band.x0().intValue() / 20, k -> new ArrayList<>()).add(p);
          byPage.computeIfAbsent(p.page(), k -> new ArrayList<>()).add(new Placed(what, c.printed(), p));
        }
      }
      columns.forEach((key, boxes) -> assertThat(boxes).as(t.title() + " column " + key)
          .allSatisfy(b -> assertThat(overlapping(b, boxes) * 2).isGreaterThan(boxes.size())));
    }
    assertThat(printed).isPositive();
    try (PDDocument doc = Loader.loadPDF(pdf(name).toFile())) {
      for (Map.Entry<Integer, List<Placed>> page : byPage.entrySet()) {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        List<Placed> cells = page.getValue();
        for (int i = 0; i < cells.size(); i++) {
          PagePlace p = cells.get(i).place();
          // a point of slack: a glyph's origin may sit on a ruled border
          stripper.addRegion(Integer.toString(i), new Rectangle2D.Double(p.x0().doubleValue() - 1,
              p.y0().doubleValue() - 1, p.x1().subtract(p.x0()).doubleValue() + 2, p.y1().subtract(p.y0()).doubleValue() + 2));
        }
        stripper.extractRegions(doc.getPage(page.getKey() - 1));
        for (int i = 0; i < cells.size(); i++) {
          assertThat(squeezed(stripper.getTextForRegion(Integer.toString(i)))).as(cells.get(i).what())
              .contains(squeezed(cells.get(i).printed()));
        }
      }
    }
  }

  /**
   * Word boxes read by poppler's {@code pdftotext -bbox} from the published files: each cell's box
   * holds the middle of its word. Both sides of a two-sided line print 总计 2,995.39; one row prints
   * the same amount in 合计 and 财政拨款; the basic-expenditure table prints two panels side by side.
   */
  @Test
  void boxes_agreeWithAnIndependentReader() {
    Disclosure finance = IMPORTER.importFile(pdf("putuo-finance-bureau-2024-final")).disclosure();
    assertHolds(finance, "收入支出决算总表", "总计", "income.amount", 7, 256.35, 103.83, 294.85, 124.31);
    assertHolds(finance, "收入支出决算总表", "总计", "expenditure.amount", 7, 497.96, 103.83, 536.46, 124.31);
    assertHolds(finance, "基本支出决算表", "工资福利支出", "amount", 16, 262.78, 213.10, 301.28, 233.58);
    assertHolds(finance, "基本支出决算表", "商品和服务支出", "amount", 16, 538.60, 213.10, 568.85, 233.58);
    assertHolds(finance, "基本支出决算表", "办公费", "amount", 16, 538.60, 248.70, 563.35, 269.18);
    Disclosure wanli = IMPORTER.importFile(pdf("putuo-wanli-street-2024-budget")).disclosure();
    assertHolds(wanli, "部门收入预算总表", "一般公共服务支出", "c4.total", 11, 395.84, 225.17, 448.76, 236.97);
    assertHolds(wanli, "部门收入预算总表", "一般公共服务支出", "c4.fiscalAppropriation", 11, 477.56, 225.17, 530.48, 236.97);
  }

  private static void assertHolds(Disclosure d, String title, String label, String column, int page, double x0,
      double y0, double x1, double y1) {
    List<PagePlace> places = new ArrayList<>();
    for (DisclosureTable t : d.tables()) {
      if (t.title().contains(title)) {
        for (Row r : t.rows()) {
          if (r.label().equals(label)) {
            r.cell(column).flatMap(Cell::place).ifPresent(places::add);
          }
        }
      }
    }
    double x = (x0 + x1) / 2;
    double y = (y0 + y1) / 2;
    assertThat(places).as("%s %s %s", title, label, column).anySatisfy(p -> {
      assertThat(p.page()).isEqualTo(page);
      assertThat(p.x0().doubleValue()).isLessThan(x);
      assertThat(p.x1().doubleValue()).isGreaterThan(x);
      assertThat(p.y0().doubleValue()).isLessThan(y);
      assertThat(p.y1().doubleValue()).isGreaterThan(y);
    });
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
