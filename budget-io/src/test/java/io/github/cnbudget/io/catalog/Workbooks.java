package io.github.cnbudget.io.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds .xlsx files as spreadsheet programs write them, for the workbook reader's tests. */
final class Workbooks {
  private Workbooks() {}

  /**
   * A workbook with one sheet; each row's values are written as numbers when given as Number
   * (codes are stored as numbers in many workbooks) and as text otherwise; null leaves a cell blank.
   */
  static byte[] xlsx(String sheetName, Object[]... rows) {
    try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet(sheetName);
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Object[] row(Object... values) {
    return values;
  }
}
