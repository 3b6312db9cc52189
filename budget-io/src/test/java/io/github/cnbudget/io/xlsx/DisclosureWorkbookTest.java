package io.github.cnbudget.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.io.internal.WideLayout;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.ValidationReport;
import io.github.cnbudget.testkit.PropertyChecks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DisclosureWorkbookTest {
  private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);

  @Test
  void write_seeds_everyCellReadsBackAsTheDocumentHasIt() {
    for (int seed = 0; seed < 4; seed++) {
      Disclosure d = TestDocuments.imported(seed);
      ValidationReport report = Rules.defaults().validate(d);
      assertMatches(d, report, DisclosureWorkbook.defaults().write(d, report), "zh");
    }
  }

  @Test
  void write_generatedDocuments_everyCellReadsBack() {
    PropertyChecks.forAll(40, TestDocuments.documents(), d -> {
      ValidationReport report = Rules.defaults().validate(d);
      assertMatches(d, report, DisclosureWorkbook.defaults().withLocale(Locale.ENGLISH).write(d, report), "en");
    });
  }

  @Test
  void write_amountBeyondFifteenDigits_isExactText() throws IOException {
    Disclosure d = one(Cell.of("1234567890123.4567"));
    try (Workbook wb = read(DisclosureWorkbook.defaults().write(d, ValidationReport.of(List.of())))) {
      org.apache.poi.ss.usermodel.Cell c = dataCell(wb);
      assertThat(c.getCellType()).isEqualTo(CellType.STRING);
      assertThat(c.getStringCellValue()).isEqualTo("1234567890123.4567");
    }
  }

  @Test
  void write_amount_isNumberWithItsPrintedScale() throws IOException {
    Disclosure d = one(Cell.of("12.30"));
    try (Workbook wb = read(DisclosureWorkbook.defaults().write(d, ValidationReport.of(List.of())))) {
      org.apache.poi.ss.usermodel.Cell c = dataCell(wb);
      assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(c.getNumericCellValue()).isEqualTo(12.3);
      assertThat(SHOWN.formatCellValue(c)).isEqualTo("12.30");
      assertThat(c.getCellComment()).isNull();
    }
  }

  @Test
  void write_groupedAmount_showsSeparatorsWithoutComment() throws IOException {
    Disclosure d = one(Cell.printed("2,958.00"));
    try (Workbook wb = read(DisclosureWorkbook.defaults().write(d, ValidationReport.of(List.of())))) {
      org.apache.poi.ss.usermodel.Cell c = dataCell(wb);
      assertThat(SHOWN.formatCellValue(c)).isEqualTo("2,958.00");
      assertThat(c.getCellComment()).isNull();
    }
  }

  @Test
  void write_repairedAmount_keepsThePrintedTextInAComment() throws IOException {
    Disclosure d = one(Cell.repaired(new BigDecimal("461.49"), "461. 49"));
    try (Workbook wb = read(DisclosureWorkbook.defaults().write(d, ValidationReport.of(List.of())))) {
      org.apache.poi.ss.usermodel.Cell c = dataCell(wb);
      assertThat(c.getNumericCellValue()).isEqualTo(461.49);
      assertThat(c.getCellComment().getString().getString()).isEqualTo("印刷为：461. 49（读作 461.49）");
    }
  }

  @Test
  void sheetName_titlesAlike_staysUniqueAndShort() {
    Set<String> taken = new HashSet<>();
    String long1 = DisclosureWorkbook.sheetName(1, "一般公共预算财政拨款基本支出经济分类预算表（按部门经济分类科目）/续", taken);
    String again = DisclosureWorkbook.sheetName(1, "一般公共预算财政拨款基本支出经济分类预算表（按部门经济分类科目）/续", taken);

    assertThat(long1).hasSizeLessThanOrEqualTo(31).doesNotContain("/");
    assertThat(again).hasSizeLessThanOrEqualTo(31).isNotEqualTo(long1);
  }

  private static Disclosure one(Cell cell) {
    DisclosureTable t = DisclosureTable.builder().kind(TableKind.INCOME).title("收入总表")
        .addColumns(Column.of("total", io.github.cnbudget.model.table.Concept.TOTAL, "合计"))
        .addRows(Row.builder().kind(io.github.cnbudget.model.table.RowKind.TOTAL).label("合计")
            .putCells("total", cell).build())
        .build();
    return TestDocuments.shenzhen2023().withTables(List.of(t));
  }

  private static org.apache.poi.ss.usermodel.Cell dataCell(Workbook wb) {
    Sheet s = wb.getSheetAt(0);
    // title, unit, one header row, then the row: 项目 then the amount
    return s.getRow(3).getCell(1);
  }

  private static Workbook read(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  /** Every sheet, row and cell against the document and the report. */
  private static void assertMatches(Disclosure d, ValidationReport report, byte[] bytes, String language) {
    try (Workbook wb = read(bytes)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(d.tables().size() + 1);
      for (int i = 0; i < d.tables().size(); i++) {
        assertTable(d, d.tables().get(i), wb.getSheetAt(i), language);
      }
      assertFindings(report.findings(), wb.getSheetAt(d.tables().size()), language);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertTable(Disclosure d, DisclosureTable t, Sheet s, String language) {
    WideLayout layout = WideLayout.of(t);
    assertThat(text(s, 0, 0)).isEqualTo(layout.title());
    String unit = t.amountUnit().orElse(d.precision().unit()).symbol();
    assertThat(text(s, 1, 0)).isEqualTo((language.equals("zh") ? "单位：" : "Unit: ") + unit);
    int r = 2;
    for (List<String> header : layout.headerRows()) {
      for (int c = 0; c < header.size(); c++) {
        assertThat(text(s, r, c)).as("header %s,%s of %s", r, c, s.getSheetName()).isEqualTo(header.get(c));
      }
      r++;
    }
    for (Row row : t.rows()) {
      List<String> leading = layout.leading(row);
      for (int c = 0; c < leading.size(); c++) {
        assertThat(text(s, r, c)).isEqualTo(leading.get(c));
      }
      int c = leading.size();
      for (Column column : t.columns()) {
        assertCell(row.cell(column.key()), cell(s, r, c), s.getSheetName() + "!" + r + "," + c);
        c++;
      }
      r++;
    }
    for (String line : layout.trailer()) {
      assertThat(text(s, r++, 0)).isEqualTo(line);
    }
    assertThat(s.getLastRowNum()).isEqualTo(r - 1);
  }

  private static void assertCell(Optional<Cell> expected, Optional<org.apache.poi.ss.usermodel.Cell> actual, String where) {
    if (expected.isEmpty() || expected.get().mark() != CellMark.AMOUNT && expected.get().printed().isEmpty()) {
      assertThat(actual.map(SHOWN::formatCellValue).orElse("")).as(where).isEmpty();
      return;
    }
    Cell e = expected.get();
    org.apache.poi.ss.usermodel.Cell a = actual.orElseThrow(() -> new AssertionError(where + " missing"));
    if (e.mark() != CellMark.AMOUNT) {
      assertThat(a.getStringCellValue()).as(where).isEqualTo(e.printed());
      return;
    }
    BigDecimal value = e.value().orElseThrow();
    String shown = SHOWN.formatCellValue(a);
    if (a.getCellType() == CellType.NUMERIC) {
      assertThat(BigDecimal.valueOf(a.getNumericCellValue())).as(where).isEqualByComparingTo(value);
      // the number format shows the published scale
      assertThat(new BigDecimal(shown.replace(",", ""))).as(where).isEqualTo(value.setScale(Math.max(0, value.scale())));
    } else {
      assertThat(a.getStringCellValue()).as(where).isEqualTo(value.toPlainString());
    }
    if (e.isRepaired() || !shown.equals(e.printed())) {
      assertThat(a.getCellComment()).as(where + " comment").isNotNull();
      assertThat(a.getCellComment().getString().getString()).as(where).contains(e.printed());
    } else {
      assertThat(a.getCellComment()).as(where).isNull();
    }
  }

  private static void assertFindings(List<Finding> findings, Sheet s, String language) {
    assertThat(s.getSheetName()).isEqualTo(language.equals("zh") ? "校验结果" : "Findings");
    assertThat(s.getLastRowNum()).isEqualTo(findings.size());
    Locale locale = language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      int r = i + 1;
      assertThat(text(s, r, 0)).isEqualTo(f.ruleId());
      assertThat(text(s, r, 1)).isEqualTo(f.code());
      assertThat(text(s, r, 2)).isEqualTo(f.severity().name());
      assertThat(text(s, r, 3)).isEqualTo(f.location().pointer());
      assertThat(text(s, r, 4)).isEqualTo(f.location().table().orElse(""));
      assertThat(text(s, r, 5)).isEqualTo(f.location().unit().orElse(""));
      assertThat(text(s, r, 6)).isEqualTo(f.location().code().orElse(""));
      assertThat(text(s, r, 7)).isEqualTo(f.location().column().orElse(""));
      List<Optional<BigDecimal>> numbers = List.of(f.expected(), f.actual(), f.difference());
      for (int c = 0; c < 3; c++) {
        Optional<org.apache.poi.ss.usermodel.Cell> cell = cell(s, r, 8 + c);
        assertThat(cell.map(x -> x.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(x.getNumericCellValue())
            : new BigDecimal(x.getStringCellValue())).map(BigDecimal::stripTrailingZeros))
            .isEqualTo(numbers.get(c).map(BigDecimal::stripTrailingZeros));
      }
      assertThat(text(s, r, 11)).isEqualTo(f.message(locale));
    }
  }

  private static Optional<org.apache.poi.ss.usermodel.Cell> cell(Sheet s, int r, int c) {
    org.apache.poi.ss.usermodel.Row row = s.getRow(r);
    return Optional.ofNullable(row == null ? null : row.getCell(c));
  }

  private static String text(Sheet s, int r, int c) {
    return cell(s, r, c).map(x -> x.getStringCellValue()).orElse("");
  }
}
