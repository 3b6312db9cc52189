package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.table.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every printed cell of the seven real PDFs' tables records the box of the cell that printed it
 * ({@link CellBoxes}: PDFBox's own area text stripper reads the cell's text inside it, and the boxes
 * stand in their rows and columns), and a few boxes agree with those an independent reader
 * (poppler's {@code pdftotext -bbox}) gives the same words.
 */
class PdfCellPlaceTest {
  private static final DisclosureImporter IMPORTER = DisclosureImporter.defaults();

  private static Path pdf(String name) {
    return Path.of("src/test/resources/pdf/" + name + ".pdf");
  }

  @ParameterizedTest
  @ValueSource(strings = {"putuo-finance-bureau-2024-final", "putuo-gov-office-2025-budget",
      "putuo-gov-office-2025-unit-budget", "putuo-social-work-dept-2024-final", "putuo-wanli-street-2023-budget",
      "putuo-wanli-street-2024-budget"})
  void everyPrintedCell_isPlacedOnTheBoxThatPrintsIt(String name) {
    // (the blank template prints no cell: its one list numbers its rows by 序号, no amount)
    Disclosure d = IMPORTER.importFile(pdf(name)).disclosure();

    assertThat(CellBoxes.printed(d)).isPositive();
    assertThat(CellBoxes.violations(pdf(name), d)).isEmpty();
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

}
