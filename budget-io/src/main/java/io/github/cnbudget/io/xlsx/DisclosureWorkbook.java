package io.github.cnbudget.io.xlsx;

import io.github.cnbudget.io.internal.WideLayout;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.rules.finding.Location;
import io.github.cnbudget.rules.finding.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A document as an Excel workbook (.xlsx) for people (预算公开文档 Excel 工作簿): one sheet per table as
 * printed, and a sheet of findings.
 *
 * <p>A table's sheet holds, from the top: the table's number and title; its amount unit
 * ({@code 单位：万元}); the header rows, laid out as the wide CSV lays them out (科目编码, 项目, 单位
 * and 行次 before the table's columns); one row per table row; then the empty-table statement and
 * the notes. Amounts are numeric cells whose number format shows the printed scale ({@code 0.00}
 * for {@code 12.30}), with thousands separators where they were printed. A spreadsheet number is a
 * binary double: an amount it cannot hold exactly (more than 15 significant digits) is written as
 * its plain decimal text instead, so no digit is ever lost. Where the printed text is not what the
 * number format shows (OCR damage read through, full-width digits), the cell carries a comment
 * with the printed text. Blank, dash and text cells are written as printed; codes are text cells,
 * so no spreadsheet drops a digit.
 *
 * <p>The findings sheet lists each finding of a report: rule, code, severity, location, expected,
 * actual and difference (numbers), and the message in the workbook's locale.
 *
 * <p>Needs Apache POI ({@code org.apache.poi:poi-ooxml}) and, for findings, {@code budget-rules}
 * on the class path: both are optional dependencies of this module. Immutable and thread-safe.
 */
public final class DisclosureWorkbook {
  /** Excel keeps 15 significant digits of a number; more would come back changed. */
  static final int EXCEL_DIGITS = 15;

  private final Locale locale;

  private DisclosureWorkbook(Locale locale) {
    this.locale = locale;
  }

  /**
   * A writer whose labels and messages are Chinese.
   *
   * @return the writer
   */
  public static DisclosureWorkbook defaults() {
    return new DisclosureWorkbook(Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * This writer with labels and messages in another language.
   *
   * @param value Chinese ({@code zh}) or English (any other language)
   * @return the writer
   */
  public DisclosureWorkbook withLocale(Locale value) {
    return new DisclosureWorkbook(value);
  }

  /**
   * The workbook of a document and the findings about it.
   *
   * @param document the document
   * @param findings a validation report of the document (its findings make the last sheet)
   * @return the .xlsx bytes
   */
  public byte[] write(Disclosure document, ValidationReport findings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(document, findings, out);
    return out.toByteArray();
  }

  /**
   * Writes the workbook of a document and the findings about it.
   *
   * @param document the document
   * @param findings a validation report of the document
   * @param out the stream (not closed)
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Disclosure document, ValidationReport findings, OutputStream out) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      Set<String> names = new HashSet<>();
      for (int i = 0; i < document.tables().size(); i++) {
        DisclosureTable t = document.tables().get(i);
        Sheet sheet = wb.createSheet(sheetName(i + 1, t.title(), names));
        table(sheet, t, t.amountUnit().orElse(document.precision().unit()), styles);
      }
      findings(wb.createSheet(zh() ? "校验结果" : "Findings"), findings.findings(), styles);
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code 3 一般公共预算支出表}: numbered, so that names stay unique whatever the titles. */
  static String sheetName(int number, String title, Set<String> taken) {
    String base = WorkbookUtil.createSafeSheetName(number + " " + title);
    String name = base;
    // Excel compares sheet names ignoring case
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = "~" + n;
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }

  private boolean zh() {
    return locale.getLanguage().equals("zh");
  }

  private void table(Sheet sheet, DisclosureTable t, AmountUnit unit, Styles styles) {
    WideLayout layout = WideLayout.of(t);
    int r = 0;
    text(sheet.createRow(r++).createCell(0), layout.title(), styles.bold);
    text(sheet.createRow(r++).createCell(0), (zh() ? "单位：" : "Unit: ") + unit.symbol(), null);
    for (List<String> header : layout.headerRows()) {
      org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
      for (int c = 0; c < header.size(); c++) {
        if (!header.get(c).isEmpty()) {
          text(row.createCell(c), header.get(c), styles.bold);
        }
      }
    }
    sheet.createFreezePane(layout.leadingColumns(), r);
    Notes notes = new Notes(sheet);
    for (Row tableRow : t.rows()) {
      org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
      List<String> leading = layout.leading(tableRow);
      for (int c = 0; c < leading.size(); c++) {
        if (!leading.get(c).isEmpty()) {
          text(row.createCell(c), leading.get(c), c == 0 && layout.hasCodes() ? styles.text : null);
        }
      }
      int c = leading.size();
      for (Column column : t.columns()) {
        Optional<Cell> cell = tableRow.cell(column.key());
        if (cell.isPresent()) {
          cell(row, c, cell.get(), styles, notes);
        }
        c++;
      }
    }
    for (String line : layout.trailer()) {
      text(sheet.createRow(r++).createCell(0), line, null);
    }
    // the names column: wide enough for most printed names
    sheet.setColumnWidth(layout.hasCodes() ? 1 : 0, 40 * 256);
  }

  private void cell(org.apache.poi.ss.usermodel.Row row, int column, Cell cell, Styles styles, Notes notes) {
    if (cell.mark() != CellMark.AMOUNT) {
      if (!cell.printed().isEmpty()) {
        text(row.createCell(column), cell.printed(), null);
      }
      return;
    }
    BigDecimal value = cell.value().orElseThrow();
    org.apache.poi.ss.usermodel.Cell out = row.createCell(column);
    if (!number(out, value, grouped(cell), styles)) {
      // a double would change the amount: its exact text instead
      text(out, value.toPlainString(), styles.text);
    }
    if (cell.isRepaired() || !styles.shown(out).equals(cell.printed())) {
      notes.add(out, (zh() ? "印刷为：" : "Printed: ") + cell.printed()
          + (cell.isRepaired() ? (zh() ? "（读作 " : " (read as ") + value.toPlainString() + (zh() ? "）" : ")") : ""));
    }
  }

  /** Thousands separators where the printed text had them. */
  private static boolean grouped(Cell cell) {
    return cell.hasDistinctPrintedText() && cell.printed().contains(",");
  }

  /**
   * Writes an amount as a number with the format of its scale, when a double holds it exactly.
   *
   * @return false when it does not (the cell is left untouched)
   */
  static boolean number(org.apache.poi.ss.usermodel.Cell out, BigDecimal value, boolean grouped, Styles styles) {
    if (value.stripTrailingZeros().precision() > EXCEL_DIGITS) {
      return false;
    }
    double d = value.doubleValue();
    // up to 15 significant digits a decimal survives the trip through the nearest double; the check
    // guards the exponent range as well
    if (Double.isInfinite(d) || BigDecimal.valueOf(d).compareTo(value) != 0) {
      return false;
    }
    out.setCellValue(d);
    out.setCellStyle(styles.amount(Math.max(0, value.scale()), grouped));
    return true;
  }

  private void findings(Sheet sheet, List<Finding> findings, Styles styles) {
    List<String> header = zh()
        ? List.of("规则", "代码", "严重程度", "位置", "表", "单位", "科目", "列", "应为", "实为", "差额", "说明")
        : List.of("Rule", "Code", "Severity", "Pointer", "Table", "Unit", "Row", "Column", "Expected", "Actual",
            "Difference", "Message");
    org.apache.poi.ss.usermodel.Row top = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      text(top.createCell(c), header.get(c), styles.bold);
    }
    sheet.createFreezePane(0, 1);
    int r = 1;
    for (Finding f : findings) {
      org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
      Location l = f.location();
      List<Optional<String>> texts = List.of(Optional.of(f.ruleId()), Optional.of(f.code()),
          Optional.of(f.severity().name()), Optional.of(l.pointer()), l.table(), l.unit(), l.code(), l.column());
      for (int c = 0; c < texts.size(); c++) {
        int column = c;
        texts.get(c).ifPresent(s -> text(row.createCell(column), s, null));
      }
      List<Optional<BigDecimal>> numbers = List.of(f.expected(), f.actual(), f.difference());
      for (int c = 0; c < numbers.size(); c++) {
        int column = texts.size() + c;
        numbers.get(c).ifPresent(v -> {
          org.apache.poi.ss.usermodel.Cell out = row.createCell(column);
          if (!number(out, v, false, styles)) {
            text(out, v.toPlainString(), styles.text);
          }
        });
      }
      text(row.createCell(texts.size() + numbers.size()), f.message(locale), null);
    }
    sheet.setColumnWidth(header.size() - 1, 80 * 256);
  }

  private static void text(org.apache.poi.ss.usermodel.Cell cell, String s, @Nullable XSSFCellStyle style) {
    cell.setCellValue(s);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** The cell styles of one workbook, each made once (a workbook holds at most 64,000). */
  static final class Styles {
    private final XSSFWorkbook wb;
    final XSSFCellStyle bold;
    final XSSFCellStyle text;
    private final Map<String, XSSFCellStyle> amounts = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    Styles(XSSFWorkbook wb) {
      this.wb = wb;
      Font font = wb.createFont();
      font.setBold(true);
      bold = wb.createCellStyle();
      bold.setFont(font);
      text = wb.createCellStyle();
      text.setDataFormat(wb.createDataFormat().getFormat("@"));
    }

    XSSFCellStyle amount(int scale, boolean grouped) {
      String format = (grouped ? "#,##0" : "0") + (scale > 0 ? "." + "0".repeat(scale) : "");
      return amounts.computeIfAbsent(format, f -> {
        XSSFCellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(f));
        return s;
      });
    }

    /** What a spreadsheet shows in a cell. */
    String shown(org.apache.poi.ss.usermodel.Cell cell) {
      return formatter.formatCellValue(cell);
    }
  }

  /** The comments of one sheet, on one drawing made when the first is needed. */
  private static final class Notes {
    private final Sheet sheet;
    private @Nullable Drawing<?> drawing;

    Notes(Sheet sheet) {
      this.sheet = sheet;
    }

    void add(org.apache.poi.ss.usermodel.Cell cell, String text) {
      if (drawing == null) {
        drawing = sheet.createDrawingPatriarch();
      }
      CreationHelper helper = sheet.getWorkbook().getCreationHelper();
      ClientAnchor anchor = helper.createClientAnchor();
      anchor.setCol1(cell.getColumnIndex());
      anchor.setCol2(cell.getColumnIndex() + 3);
      anchor.setRow1(cell.getRowIndex());
      anchor.setRow2(cell.getRowIndex() + 2);
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(helper.createRichTextString(text));
      cell.setCellComment(comment);
    }
  }
}
