package io.github.cnbudget.io.catalog;

import static io.github.cnbudget.io.catalog.Workbooks.row;
import static io.github.cnbudget.io.catalog.Workbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.catalog.CatalogException;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.catalog.Trust;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogWorkbookTest {
  private static final FiscalYear Y2024 = FiscalYear.of(2024);

  @TempDir Path dir;

  private static ClassificationCatalog read(byte[] xlsx) throws Exception {
    return CatalogWorkbook.read(new ByteArrayInputStream(xlsx), "t.xlsx", Optional.empty());
  }

  @Test
  void read_codeAndNameColumns_codesStoredAsNumbers_yearFromTitle() throws Exception {
    ClassificationCatalog c = read(xlsx("支出功能分类科目",
        row("2024年政府收支分类科目"),
        row(),
        row("科目编码", "科目名称", "说明"),
        row(201, "一般公共服务支出", "反映政府提供一般公共服务的支出。"),
        row(20106, "财政事务", null),
        row(2010601, "行政运行", null),
        row("110", "税收收入", "revenue codes are skipped"),
        row(301, "工资福利支出", null),
        row("30201", "办公费", null)));
    assertThat(c.nameOf(FunctionalCode.parse("2010601"), Y2024)).contains("行政运行");
    assertThat(c.nameOf(FunctionalCode.parse("20106"), FiscalYear.of(2023))).as("valid in its year only").isEmpty();
    assertThat(c.entries()).hasSize(5).allSatisfy(e -> assertThat(e.trust()).isEqualTo(Trust.OFFICIAL));
    assertThat(c.entryOf(EconomicCode.of(302, 1), Y2024).orElseThrow().provenance())
        .isEqualTo("t.xlsx, sheet '支出功能分类科目' row 9");
    // the official catalog lists every code: its schemes are held completely that year
    assertThat(c.completePartOf(FunctionalCode.parse("2010699"), Y2024)).isPresent();
    assertThat(c.completePartOf(FunctionalCode.of(299), Y2024)).isPresent();
    assertThat(c.completePartOf(EconomicCode.of(301, 99), Y2024)).isPresent();
    assertThat(c.completePartOf(FunctionalCode.parse("2010699"), FiscalYear.of(2025))).isEmpty();
  }

  @Test
  void read_splitClassSectionItemColumns_repeatTheClassAndSectionAbove() throws Exception {
    ClassificationCatalog c = read(xlsx("2025年支出功能分类",
        row("类", "款", "项", "科目名称"),
        row("208", null, null, "社会保障和就业支出"),
        row(null, "05", null, "行政事业单位养老支出"),
        row(null, null, "05", "机关事业单位基本养老保险缴费支出"),
        row(null, null, "06", "机关事业单位职业年金缴费支出")));
    FiscalYear y = FiscalYear.of(2025);
    assertThat(c.nameOf(FunctionalCode.parse("2080506"), y)).contains("机关事业单位职业年金缴费支出");
    assertThat(c.nameOf(FunctionalCode.parse("20805"), y)).contains("行政事业单位养老支出");
  }

  @Test
  void read_yearFromTheFileName_orGiven() throws Exception {
    byte[] noTitle = xlsx("Sheet1", row("编码", "名称"), row("30201", "办公费"));
    Path named = Files.write(dir.resolve("政府收支分类科目2023.xlsx"), noTitle);
    assertThat(CatalogWorkbook.read(named).contains(EconomicCode.of(302, 1), FiscalYear.of(2023))).isTrue();
    Path unnamed = Files.write(dir.resolve("catalog.xlsx"), noTitle);
    assertThatThrownBy(() -> CatalogWorkbook.read(unnamed))
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.reason()).contains("YEAR=FILE"));
    assertThat(CatalogWorkbook.read(unnamed, Optional.of(Y2024)).contains(EconomicCode.of(302, 1), Y2024)).isTrue();
  }

  @Test
  void read_zipEntryCompressedWithZstandard_isRefusedAsNoWorkbook_notALinkageError() throws Exception {
    // found by the fuzz test: a workbook whose _rels/.rels entry names compression method 20 (the
    // number the zip format first gave Zstandard), which the zip library decodes only with an
    // optional codec that is absent
    byte[] zip;
    try (var in = getClass().getResourceAsStream(
        "CatalogWorkbookFuzzTestInputs/read/crash-cd53dbff128f2b04cafc50179a6865a8e6d473c0")) {
      zip = in.readAllBytes();
    }

    assertThatThrownBy(() -> CatalogWorkbook.read(new ByteArrayInputStream(zip), "z.xlsx", Optional.empty()))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("z.xlsx")
        .hasMessageContaining("compressed with a method spreadsheet programs do not use");
  }

  @Test
  void read_wrongShape_isRefusedClearly() throws Exception {
    assertThatThrownBy(() -> read(xlsx("Sheet1", row("项目", "金额"), row("办公费", 12))))
        .isInstanceOfSatisfying(CatalogException.class, e -> {
          assertThat(e.source()).contains("t.xlsx");
          assertThat(e.reason()).contains("科目编码").contains("科目名称");
        });
    assertThatThrownBy(() -> read(xlsx("2024", row("科目编码", "科目名称"), row("110", "税收收入"))))
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.reason()).contains("no expenditure code"));
    assertThatThrownBy(() -> read(xlsx("2024", row("科目编码", "科目名称"), row("2101", "四位编码"))))
        .isInstanceOfSatisfying(CatalogException.class, e -> {
          assertThat(e.line()).hasValue(2);
          assertThat(e.reason()).contains("sheet '2024' row 2").contains("2101");
        });
    assertThatThrownBy(() -> read(xlsx("2024", row("科目编码", "科目名称"), row("30201", "办公费"), row("30201", "印刷费"))))
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.line()).hasValue(3));
    assertThatThrownBy(() -> read("scheme,code,name\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.reason()).startsWith("not an .xlsx or .xls workbook"));
  }
}
