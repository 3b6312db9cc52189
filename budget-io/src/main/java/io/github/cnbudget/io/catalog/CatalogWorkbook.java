package io.github.cnbudget.io.catalog;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.TextParseException;
import io.github.cnbudget.model.catalog.CatalogEntry;
import io.github.cnbudget.model.catalog.CatalogException;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.catalog.CompletePart;
import io.github.cnbudget.model.catalog.Trust;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.classification.Scheme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the Ministry of Finance's 《政府收支分类科目》 for one year from a workbook (.xlsx or .xls) into
 * a catalog (政府收支分类科目表导入).
 *
 * <p>What it reads: every sheet with a header row, in its first {@value #HEADER_ROWS} rows, that
 * names a code column (科目编码, 编码 or 代码) and a name column (科目名称 or 名称), or split code
 * columns 类, 款, 项 beside a name column. Split codes are joined ({@code 201 | 01 | 01} is 2010101),
 * and a blank 类 or 款 cell repeats the one above, as the printed catalog does. Expenditure codes
 * become entries: 2… functional, 3… departmental economic, 5… government economic; revenue codes
 * (1…) are skipped, since the model classifies expenditure only.
 *
 * <p>The year comes from the caller, else from a title such as 「2024年政府收支分类科目」 in the first
 * rows or a sheet name, else from the file name. Every entry is valid that year only, {@link
 * Trust#OFFICIAL}, with the file, sheet and row as provenance; and because the official catalog lists
 * every code, each scheme it holds is declared {@linkplain CompletePart held completely} that year:
 * its 类, and the children of every 类 and 款 it lists.
 *
 * <p>A workbook of another shape (no such header, no expenditure code, a code of the wrong length,
 * one code with two names) is refused with a {@link CatalogException} naming the file, the sheet
 * and the row. Stateless and thread-safe.
 */
public final class CatalogWorkbook {
  /** How many rows from the top of a sheet are searched for the header. */
  static final int HEADER_ROWS = 20;

  private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年");
  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

  private CatalogWorkbook() {}

  /**
   * Reads a workbook, taking the year from its title, a sheet name or the file name.
   *
   * @param file an .xlsx or .xls file
   * @return the catalog of that year
   * @throws CatalogException when the workbook has another shape, or no year can be found
   * @throws IOException when the file cannot be read
   */
  public static ClassificationCatalog read(Path file) throws IOException {
    return read(file, Optional.empty());
  }

  /**
   * Reads a workbook for a year.
   *
   * @param file an .xlsx or .xls file
   * @param year the catalog's year; empty to find it in the workbook or the file name
   * @return the catalog of that year
   * @throws CatalogException when the workbook has another shape, or no year can be found
   * @throws IOException when the file cannot be read
   */
  public static ClassificationCatalog read(Path file, Optional<FiscalYear> year) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Path name = file.getFileName();
      return read(in, file.toString(), year.or(() -> name == null ? Optional.empty() : yearIn(name.toString(), YEAR_IN_NAME)));
    }
  }

  /**
   * Reads a workbook from a stream.
   *
   * @param in the workbook's bytes; not closed
   * @param source the name to report in errors and provenance, e.g. the file name
   * @param fallbackYear the year to use when the workbook names none
   * @return the catalog
   * @throws CatalogException when the workbook has another shape, or no year can be found
   * @throws IOException when reading fails
   */
  public static ClassificationCatalog read(InputStream in, String source, Optional<FiscalYear> fallbackYear)
      throws IOException {
    Workbook wb;
    try {
      wb = WorkbookFactory.create(in);
    } catch (IOException | RuntimeException e) {
      // POI signals a file that is no workbook with several unchecked types; one concern, one type
      throw new CatalogException(source, 1, "not an .xlsx or .xls workbook: " + e.getMessage(), e);
    } catch (NoClassDefFoundError e) {
      // a zip entry compressed with a method whose codec is optional and absent (Zstandard, XZ…):
      // Excel and WPS write only stored and deflated entries, so this is no workbook they wrote
      throw new CatalogException(source, 1, "not an .xlsx or .xls workbook: an entry is compressed with a method"
          + " spreadsheet programs do not use (no decoder for it: " + e.getMessage() + ")", e);
    }
    try (wb) {
      return new Reading(wb, source).read(fallbackYear);
    } catch (CatalogException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CatalogException(source, 1, "unreadable workbook: " + e, e);
    }
  }

  private static Optional<FiscalYear> yearIn(String text, Pattern p) {
    Matcher m = p.matcher(text);
    return m.find() ? Optional.of(FiscalYear.of(Integer.parseInt(m.group(1)))) : Optional.empty();
  }

  /** The state of reading one workbook. */
  private static final class Reading {
    private final Workbook wb;
    private final String source;
    private final DataFormatter formatter = new DataFormatter();
    private final Map<ClassificationCode, String> names = new LinkedHashMap<>();
    private final Map<ClassificationCode, String> where = new LinkedHashMap<>();

    Reading(Workbook wb, String source) {
      this.wb = wb;
      this.source = source;
    }

    ClassificationCatalog read(Optional<FiscalYear> given) {
      Optional<FiscalYear> titled = Optional.empty();
      boolean anyHeader = false;
      for (Sheet sheet : wb) {
        if (titled.isEmpty()) {
          titled = title(sheet);
        }
        Optional<Header> h = header(sheet);
        if (h.isPresent()) {
          anyHeader = true;
          rows(sheet, h.get());
        }
      }
      if (!anyHeader) {
        throw new CatalogException(source, 1, "no sheet has a header naming 科目编码 and 科目名称 (or 类, 款, 项 and 科目名称)"
            + " in its first " + HEADER_ROWS + " rows");
      }
      if (names.isEmpty()) {
        throw new CatalogException(source, 1, "no expenditure code (2…, 3… or 5…) below the header");
      }
      FiscalYear year = given.isPresent() ? given.get() : titled.orElseThrow(() -> new CatalogException(source, 1,
          "no year: neither a title such as 2024年政府收支分类科目 nor the file name gives one; name it as YEAR=FILE"));
      return catalog(year);
    }

    private ClassificationCatalog catalog(FiscalYear year) {
      List<CatalogEntry> entries = new ArrayList<>(names.size());
      List<CompletePart> parts = new ArrayList<>();
      Set<Scheme> schemes = EnumSet.noneOf(Scheme.class);
      String provenance = "《政府收支分类科目》 " + year + " (" + source + ")";
      for (Map.Entry<ClassificationCode, String> e : names.entrySet()) {
        ClassificationCode code = e.getKey();
        entries.add(CatalogEntry.builder().code(code).name(e.getValue()).validFrom(year).validTo(year)
            .trust(Trust.OFFICIAL).provenance(source + ", " + where.get(code)).build());
        schemes.add(code.scheme());
        if (code.level() != CodeLevel.ITEM) {
          parts.add(CompletePart.builder().scheme(code.scheme()).parent(code).validFrom(year).validTo(year)
              .provenance(provenance).build());
        }
      }
      for (Scheme s : schemes) {
        parts.add(CompletePart.builder().scheme(s).validFrom(year).validTo(year).provenance(provenance).build());
      }
      return ClassificationCatalog.of(entries, parts);
    }

    private Optional<FiscalYear> title(Sheet sheet) {
      Optional<FiscalYear> y = yearIn(sheet.getSheetName(), YEAR);
      for (int r = sheet.getFirstRowNum(); y.isEmpty() && r >= 0 && r < sheet.getFirstRowNum() + HEADER_ROWS; r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        for (Cell c : row) {
          y = yearIn(text(c), YEAR);
          if (y.isPresent()) {
            break;
          }
        }
      }
      return y;
    }

    /** Column positions of a header: either a code column, or 类/款/项 columns; and a name column. */
    private record Header(int row, int code, int clazz, int section, int item, int name) {
      boolean split() {
        return code < 0;
      }
    }

    private Optional<Header> header(Sheet sheet) {
      int first = Math.max(sheet.getFirstRowNum(), 0);
      for (int r = first; r < first + HEADER_ROWS; r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        int code = -1;
        int clazz = -1;
        int section = -1;
        int item = -1;
        int name = -1;
        for (Cell c : row) {
          String t = text(c).replaceAll("\\s", "");
          int i = c.getColumnIndex();
          if (code < 0 && (t.equals("科目编码") || t.equals("编码") || t.equals("代码") || t.equals("科目代码"))) {
            code = i;
          } else if (name < 0 && (t.equals("科目名称") || t.equals("名称"))) {
            name = i;
          } else if (t.equals("类")) {
            clazz = i;
          } else if (t.equals("款")) {
            section = i;
          } else if (t.equals("项")) {
            item = i;
          }
        }
        if (name >= 0 && (code >= 0 || (clazz >= 0 && section >= 0))) {
          return Optional.of(new Header(r, code, clazz, section, item, name));
        }
      }
      return Optional.empty();
    }

    private void rows(Sheet sheet, Header h) {
      String lastClass = "";
      String lastSection = "";
      for (int r = h.row() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        String name = text(row.getCell(h.name())).strip();
        String digits;
        if (h.split()) {
          String c = digits(row, h.clazz());
          String s = digits(row, h.section());
          String i = h.item() < 0 ? "" : digits(row, h.item());
          if (!c.isEmpty()) {
            lastClass = c;
            lastSection = s.isEmpty() ? "" : s;
          } else if (!s.isEmpty()) {
            lastSection = s;
          }
          digits = !i.isEmpty() ? lastClass + lastSection + i : !s.isEmpty() ? lastClass + s : c;
        } else {
          digits = digits(row, h.code());
        }
        if (digits.isEmpty() || digits.charAt(0) == '1' || name.isEmpty()) {
          continue; // a blank or note row, or a revenue code (收入分类科目), which the model does not hold
        }
        String at = "sheet '" + sheet.getSheetName() + "' row " + (r + 1);
        ClassificationCode code;
        try {
          code = ClassificationCodes.parse(digits);
        } catch (TextParseException e) {
          throw new CatalogException(source, r + 1, at + ": bad code '" + digits + "': " + e.reason(), e);
        }
        String before = names.putIfAbsent(code, name);
        if (before == null) {
          where.put(code, at);
        } else if (!before.equals(name)) {
          throw new CatalogException(source, r + 1, at + ": code " + code + " is named '" + name + "' here and '"
              + before + "' at " + where.get(code));
        }
      }
    }

    /** The digits of a code cell, whether stored as text or as a number; empty when blank. */
    private String digits(Row row, int column) {
      String t = text(row.getCell(column)).strip();
      // a bracketed code ([2010101]) and digits separated by spaces are the same code
      return t.replaceAll("[\\s\\[\\]【】]", "");
    }

    private String text(Cell c) {
      return c == null ? "" : formatter.formatCellValue(c);
    }
  }
}
