package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.io.csv.DataPackage;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert to the workbook, the wide CSV files and the data package, and what -o means for each. */
class ConvertFormatsTest {
  @TempDir Path dir;

  @Test
  void convert_toXlsxFile_writesOneSheetPerTableAndFindings() throws Exception {
    Path out = dir.resolve("000.xlsx");
    Cli r = Cli.run("convert", Fixtures.seed("000").toString(), "--to", "xlsx", "-o", out.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    Disclosure d = imported("000");
    try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(d.tables().size() + 1);
      assertThat(wb.getSheetName(wb.getNumberOfSheets() - 1)).isEqualTo("校验结果");
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).endsWith(d.tables().get(0).title());
    }
  }

  @Test
  void convert_toXlsxFolder_namesTheWorkbookAfterTheInput_inEnglish() throws Exception {
    Path json = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Cli r = Cli.run("convert", json.toString(), "--to", "xlsx", "--locale", "en", "-o", dir.resolve("out").toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    try (InputStream in = Files.newInputStream(dir.resolve("out/a.xlsx")); Workbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(wb.getNumberOfSheets() - 1)).isEqualTo("Findings");
    }
  }

  @Test
  void convert_toWideCsv_writesOneFilePerTable() throws Exception {
    Cli r = Cli.run("convert", Fixtures.seed("000").toString(), "--to", "wide-csv", "-o", dir.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    Disclosure d = imported("000");
    Path set = dir.resolve(Fixtures.seed("000").getFileName().toString().replace(".txt", ""));
    try (Stream<Path> files = Files.list(set)) {
      assertThat(files.count()).isEqualTo(d.tables().size());
    }
    assertThat(Files.readString(set.resolve("table-01.csv"))).startsWith("\ufeff").contains(d.tables().get(0).title());
  }

  @Test
  void convert_toDatapackage_writesTheDescriptorBesideTheSet_andReadsBack() throws Exception {
    Path json = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Cli r = Cli.run("convert", json.toString(), "--to", "datapackage", "-o", dir.resolve("dp").toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(dir.resolve("dp/a").resolve(DataPackage.DESCRIPTOR)).exists();
    Cli back = Cli.run("convert", dir.resolve("dp/a").toString(), "--to", "json");
    assertThat(back.exitCode).as(back.toString()).isZero();
    assertThat(DisclosureJson.defaults().readString(back.out)).isEqualTo(Fixtures.document("2958"));
  }

  @Test
  void convert_outputEndingInJson_isAFileNeverAFolder() throws Exception {
    Path json = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Path out = dir.resolve("copy.json");
    Cli r = Cli.run("convert", json.toString(), "--to", "json", "-o", out.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(out).isRegularFile();
    assertThat(DisclosureJson.defaults().read(out)).isEqualTo(Fixtures.document("2958"));
  }

  @Test
  void convert_folderFormatToAFileName_isUsageError() throws Exception {
    Path json = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Cli r = Cli.run("convert", json.toString(), "--to", "csv", "-o", dir.resolve("x.json").toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("names a .json file").contains("--to csv writes a folder");
    assertThat(dir.resolve("x.json")).doesNotExist();
  }

  @Test
  void convert_fileOfAnotherFormat_isUsageError() throws Exception {
    Path json = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Cli r = Cli.run("convert", json.toString(), "--to", "xlsx", "-o", dir.resolve("x.json").toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("--to xlsx writes a .xlsx file");
  }

  @Test
  void convert_fileNameWhereAFolderStands_isRefused() throws Exception {
    Path json = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Files.createDirectories(dir.resolve("taken.xlsx"));
    Cli r = Cli.run("convert", json.toString(), "--to", "xlsx", "-o", dir.resolve("taken.xlsx").toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("a folder of that name exists");
  }

  @Test
  void convert_xlsxWithoutOutput_isUsageError() throws Exception {
    Path json = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Cli r = Cli.run("convert", json.toString(), "--to", "xlsx");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("-o");
  }

  @Test
  void convert_unknownFormat_namesTheFormats() throws Exception {
    Path json = Fixtures.writeJson(dir.resolve("a.json"), Fixtures.document("2958"));
    Cli r = Cli.run("convert", json.toString(), "--to", "ods", "-o", dir.toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("json, jsonl, csv, wide-csv, datapackage, xlsx");
  }

  @Test
  void convert_listsImportProblems_withoutFindingCounts() throws Exception {
    Cli r = Cli.run("convert", Fixtures.seed("000").toString(), "--to", "csv", "-o", dir.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.err).contains("import problems:").contains("  line ").doesNotContain("0 errors");
  }

  private static Disclosure imported(String seed) throws Exception {
    return io.github.cnbudget.io.text.DisclosureImporter.defaults().importFile(Fixtures.seed(seed)).disclosure();
  }
}
