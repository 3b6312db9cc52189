package io.github.cnbudget.io.text;

import io.github.cnbudget.io.ImportException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.project.ProjectAttribute;
import io.github.cnbudget.model.project.ProjectCategory;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.TableKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seven real PDFs of {@code src/test/resources/pdf} imported through their page layout and
 * compared with the hand-verified cells beside them, and PDFs that cannot be read.
 */
class PdfImportTest {
  private static final DisclosureImporter IMPORTER = DisclosureImporter.defaults();

  private static Path pdf(String name) {
    return Path.of("src/test/resources/pdf/" + name + ".pdf");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "putuo-finance-bureau-2024-final, 上海市普陀区财政局, 2024, FINAL_ACCOUNT, 195",
      "putuo-social-work-dept-2024-final, 中共上海市普陀区委社会工作部, 2024, FINAL_ACCOUNT, 205",
      "putuo-wanli-street-2023-budget, 上海市普陀区人民政府万里街道办事处, 2023, BUDGET, 638",
      "putuo-wanli-street-2024-budget, 上海市普陀区人民政府万里街道办事处, 2024, BUDGET, 875",
      "putuo-gov-office-2025-budget, 上海市普陀区人民政府办公室, 2025, BUDGET, 221",
      "putuo-gov-office-2025-unit-budget, 上海市普陀区人民政府办公室, 2025, BUDGET, 231"})
  void realPdf_everyTableCellImported(String name, String department, int year, Stage stage, int tableCells) {
    ImportResult r = IMPORTER.importFile(pdf(name));
    Disclosure d = r.disclosure();
    assertThat(d.department().name()).isEqualTo(department);
    assertThat(d.year().value()).isEqualTo(year);
    assertThat(d.stage()).isEqualTo(stage);
    PdfExpectations expected = PdfExpectations.load(name);
    assertThat(expected.count(false)).isEqualTo(tableCells);
    List<PdfExpectations.Expected> missing = expected.missing(d, false);
    System.out.printf("%s: table cells %d/%d%n", name, tableCells - missing.size(), tableCells);
    assertThat(missing).as("hand-verified cells not imported").isEmpty();
    // every problem of a PDF names its page
    assertThat(r.report().problems()).allSatisfy(p -> assertThat(p.page()).isPresent());
  }

  /**
   * The five 财政项目支出绩效目标填报表 of the 2023 Wanli budget (pp. 31–35), each one project: its fields
   * as printed, its money block in 元 (the hand-verified cells), and its indicator grid as its goal.
   */
  @Test
  void projectForms_eachReadIntoAProjectAndItsGoal() {
    String name = "putuo-wanli-street-2023-budget";
    ImportResult r = IMPORTER.importFile(pdf(name));
    Disclosure d = r.disclosure();
    PdfExpectations expected = PdfExpectations.load(name);
    assertThat(expected.count(true)).isEqualTo(56);
    assertThat(expected.missingInForms(d)).as("hand-verified form cells not imported").isEmpty();
    assertThat(d.projects()).extracting(Project::name, p -> p.category().orElseThrow(),
            p -> p.attribute().orElseThrow(), p -> p.startYear().getAsInt(), p -> p.endYear().getAsInt())
        .containsExactly(
            tuple("新建万里街道社区公共服务中心", ProjectCategory.SPECIFIC_PURPOSE, ProjectAttribute.PHASED, 2023, 2023),
            tuple("就业援助基地补贴", ProjectCategory.SPECIFIC_PURPOSE, ProjectAttribute.RECURRING, 2023, 2023),
            tuple("社区环境整治和建设经费", ProjectCategory.SPECIFIC_PURPOSE, ProjectAttribute.RECURRING, 2023, 2023),
            tuple("各类工作经费", ProjectCategory.SPECIFIC_PURPOSE, ProjectAttribute.RECURRING, 2023, 2023),
            tuple("公共服务设施运行经费", ProjectCategory.OPERATION, ProjectAttribute.RECURRING, 2023, 2023));
    assertThat(d.projects()).allSatisfy(p -> {
      assertThat(p.department()).contains("上海市普陀区人民政府万里街道办事处");
      assertThat(p.unit()).contains("上海市普陀区人民政府万里街道办事处");
      assertThat(p.amountUnit()).contains(AmountUnit.YUAN);
      assertThat(p.goal()).isPresent();
    });
    // the two sides of the money block each keep their own 其他资金
    assertThat(d.projects().get(0).amounts()).containsOnlyKeys("项目资金总额/其中：财政资金", "项目资金总额/其他资金",
        "年度资金申请总额/其中：当年财政拨款", "年度资金申请总额/上年结转资金", "年度资金申请总额/其他资金");
    assertThat(d.goals()).filteredOn(g -> g.scope() == io.github.cnbudget.model.performance.GoalScope.PROJECT)
        .extracting(g -> g.project().orElseThrow(), g -> g.indicators().size())
        .containsExactly(tuple("新建万里街道社区公共服务中心", 5), tuple("就业援助基地补贴", 4), tuple("社区环境整治和建设经费", 4),
            tuple("各类工作经费", 43), tuple("公共服务设施运行经费", 9));
    assertThat(d.goals().get(3).indicators()).extracting(i -> i.level1Text()).containsOnly("产出指标", "效益指标",
        "满意度指标");
  }

  @Test
  void template_nineStandardFinalAccountTables_inWanYuan() {
    Disclosure d = IMPORTER.importPdf(pdf("template-2024-final-account")).disclosure();
    assertThat(d.department().name()).isEqualTo("上海市XX局");
    assertThat(d.stage()).isEqualTo(Stage.FINAL_ACCOUNT);
    Set<TableKind> kinds = d.tables().stream().map(DisclosureTable::kind).collect(Collectors.toSet());
    assertThat(kinds).containsAll(EnumSet.of(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.INCOME,
        TableKind.EXPENDITURE, TableKind.FISCAL_APPROPRIATION_SUMMARY, TableKind.GENERAL_PUBLIC_BY_FUNCTION,
        TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, TableKind.THREE_PUBLIC, TableKind.GOVERNMENT_FUND,
        TableKind.STATE_CAPITAL));
    assertThat(d.tables().stream().filter(t -> t.kind() != TableKind.OTHER))
        .allSatisfy(t -> assertThat(t.amountUnit()).contains(AmountUnit.WAN_YUAN));
    assertThat(PdfExpectations.load("template-2024-final-account").cells).isEmpty();
    // its total rows print no amount and still are rows of their own, not the end of the name above
    DisclosureTable basic = d.tables().stream().filter(t -> t.kind() == TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC)
        .findFirst().get();
    assertThat(basic.rows()).extracting(r -> r.label()).contains("人员经费合计", "公用经费合计", "其他对个人和家庭的补助");
  }

  @Test
  void tablesInYuan_andThreePublicInWanYuan_keepTheirOwnUnits() {
    Disclosure d = IMPORTER.importPdf(pdf("putuo-gov-office-2025-budget")).disclosure();
    assertThat(d.tables().stream().filter(t -> t.kind() == TableKind.EXPENDITURE).findFirst().get().amountUnit())
        .contains(AmountUnit.YUAN);
    assertThat(d.tables().stream().filter(t -> t.kind() == TableKind.THREE_PUBLIC).findFirst().get().amountUnit())
        .contains(AmountUnit.WAN_YUAN);
  }

  @Test
  void pdfNamedOtherwise_isReadAsPdf(@TempDir Path dir) throws IOException {
    Path renamed = Files.copy(pdf("putuo-social-work-dept-2024-final"), dir.resolve("report.txt"));
    assertThat(IMPORTER.importFile(renamed).disclosure().department().name()).isEqualTo("中共上海市普陀区委社会工作部");
  }

  @Test
  void textNamedPdf_isRefusedNamingTheFile(@TempDir Path dir) throws IOException {
    Path fake = Files.writeString(dir.resolve("x.pdf"), "上海市XX局2024年度部门决算\n");
    assertThatThrownBy(() -> IMPORTER.importFile(fake)).isInstanceOf(PdfImportException.class)
        .hasMessageContaining("x.pdf").hasMessageContaining("not a PDF")
        .satisfies(e -> assertThat(((PdfImportException) e).page()).isEmpty());
  }

  @Test
  void pdfNamingNoDepartment_isRefusedNamingTheFile(@TempDir Path dir) throws IOException {
    // found by the fuzz test: a mutation of a real PDF whose laid-out text names no department
    Path pdf = fuzzInput(dir, "crash-6e5bb102f19d03f35998bb95bc0b26caea82d827", "mutated.pdf");

    assertThatThrownBy(() -> IMPORTER.importFile(pdf)).isInstanceOf(PdfImportException.class)
        .hasMessageContaining(pdf.toString()).hasMessageContaining("names no department");
  }

  @Test
  void fontWithACharacterMapOfBillionsOfCodes_isRefusedNamingThePage_notReadUntilTheHeapIsFull(@TempDir Path dir)
      throws IOException {
    // found by the fuzz test: a mutated ToUnicode map whose bfrange PDFBox would expand code by code
    Path pdf = dir.resolve("map.pdf");
    try (var in = getClass().getResourceAsStream("PdfImportFuzzTestInputs/importPdf/seed-table-three-public.pdf");
        PDDocument doc = org.apache.pdfbox.Loader.loadPDF(in.readAllBytes())) {
      org.apache.pdfbox.cos.COSDictionary fonts = doc.getPage(0).getResources().getCOSObject()
          .getCOSDictionary(org.apache.pdfbox.cos.COSName.FONT);
      org.apache.pdfbox.cos.COSName name = fonts.keySet().iterator().next();
      org.apache.pdfbox.cos.COSStream map = fonts.getCOSDictionary(name)
          .getCOSStream(org.apache.pdfbox.cos.COSName.TO_UNICODE);
      try (var out = map.createOutputStream()) {
        out.write(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            + "1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n"
            + "1 beginbfrange <00000000> <7FFFFFFE> <0000> endbfrange\n"
            + "endcmap CMapName currentdict /CMap defineresource pop end end\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      }
      doc.save(pdf.toFile());
    }

    assertThatThrownBy(() -> IMPORTER.importFile(pdf)).isInstanceOf(PdfImportException.class)
        .hasMessageContaining(pdf.toString()).hasMessageContaining("page 1")
        .hasMessageContaining("character map of font").hasMessageContaining("2147483647 codes");
  }

  @Test
  void fuzzedFontMap_isRefusedNamingThePage(@TempDir Path dir) throws IOException {
    Path pdf = fuzzInput(dir, "crash-ac2711954bf27a21132af506a5f9d8f77c28794a", "fuzzed.pdf");
    assertThatThrownBy(() -> IMPORTER.importFile(pdf)).isInstanceOf(PdfImportException.class)
        .hasMessageContaining("page 1").hasMessageContaining("character map of font");
  }

  /** An input of the PDF fuzz test's corpus, written to a file of the given name. */
  private Path fuzzInput(Path dir, String input, String name) throws IOException {
    try (var in = getClass().getResourceAsStream("PdfImportFuzzTestInputs/importPdf/" + input)) {
      return Files.write(dir.resolve(name), in.readAllBytes());
    }
  }

  @Test
  void truncatedPdf_isRefusedNamingTheFile(@TempDir Path dir) throws IOException {
    byte[] all = Files.readAllBytes(pdf("putuo-social-work-dept-2024-final"));
    Path cut = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(all, 2048));
    assertThatThrownBy(() -> IMPORTER.importPdf(cut)).isInstanceOf(ImportException.class)
        .hasMessageContaining("cut.pdf");
  }

  @Test
  void encryptedPdf_isRefusedAsEncrypted(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("locked.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    assertThatThrownBy(() -> IMPORTER.importPdf(file)).isInstanceOf(PdfImportException.class)
        .hasMessageContaining("locked.pdf").hasMessageContaining("encrypted");
  }

  @Test
  void scannedPdf_isReportedNotGuessed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
      PDImageXObject image = LosslessFactory.createFromImage(doc, img);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(image, 50, 50, 200, 200);
      }
      doc.save(file.toFile());
    }
    assertThatThrownBy(() -> IMPORTER.importPdf(file)).isInstanceOf(PdfImportException.class)
        .hasMessageContaining("scan.pdf").hasMessageContaining("text layer");
  }

  @Test
  void everyTableAndRowOfAPdf_isPlacedOnItsPage_andThePlaceSurvivesJsonAndCsv(@TempDir Path dir) {
    Disclosure d = IMPORTER.importPdf(pdf("putuo-finance-bureau-2024-final")).disclosure();
    for (DisclosureTable t : d.tables()) {
      assertThat(t.place()).as(t.title()).isPresent();
      assertThat(t.rows()).allSatisfy(r -> assertThat(r.place()).as(r.label()).isPresent());
    }
    // 收入决算表 is printed on pages 8 and 9; its row 2101101 (行政单位医疗) opens page 9
    DisclosureTable income = d.tables().stream().filter(t -> t.kind() == TableKind.INCOME).findFirst().get();
    assertThat(income.place().get().page()).isEqualTo(8);
    assertThat(income.rows().stream().filter(r -> r.code().map(c -> c.digits().equals("2101101")).orElse(false))
        .findFirst().get().place().get().page()).isEqualTo(9);
    io.github.cnbudget.io.json.DisclosureJson json = io.github.cnbudget.io.json.DisclosureJson.defaults();
    assertThat(json.readBytes(json.writeBytes(d))).isEqualTo(d);
    io.github.cnbudget.io.csv.TidyCsv csv = io.github.cnbudget.io.csv.TidyCsv.defaults();
    csv.write(List.of(d), dir);
    assertThat(csv.read(dir)).containsExactly(d);
  }

  @Test
  void narrativeOfAPdf_isParagraphsWithTheirPages() {
    Disclosure d = IMPORTER.importPdf(pdf("putuo-finance-bureau-2024-final")).disclosure();
    assertThat(d.narrative().paragraphs()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.page()).isPresent())
        .allSatisfy(p -> assertThat(p.line()).isEmpty());
    // the explanation of the 收入支出决算总表 opens page 21
    assertThat(d.narrative().paragraphs()).anySatisfy(p -> {
      assertThat(p.section()).hasValueSatisfying(s -> assertThat(s).contains("收入支出决算总体情况说明"));
      assertThat(p.page()).hasValue(21);
    });
  }

  @Test
  void sentencesPrintedAfterATable_areNarrativeNotRows() {
    Disclosure d = IMPORTER.importPdf(pdf("putuo-wanli-street-2023-budget")).disclosure();
    // page 29 explains the “三公” table of page 28 in prose, outside any grid
    assertThat(d.narrative().paragraphs()).anySatisfy(p -> {
      assertThat(p.text()).contains("“三公”经费预算数为22.91万元");
      assertThat(p.page()).hasValue(29);
    });
    DisclosureTable three = d.tables().stream().filter(t -> t.kind() == TableKind.THREE_PUBLIC).findFirst().get();
    assertThat(three.rows()).allSatisfy(r -> assertThat(r.place().get().page()).isEqualTo(28));
  }

  @Test
  void findingsOnAPdf_nameTheirPages_notLinesOfTheLaidOutText() {
    Disclosure d = IMPORTER.importPdf(pdf("putuo-finance-bureau-2024-final")).disclosure();
    io.github.cnbudget.rules.finding.ValidationReport report = io.github.cnbudget.rules.Rules.defaults().validate(d);
    assertThat(report.findings()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.message(java.util.Locale.ENGLISH)).doesNotContain(" line ");
      if (f.location().table().isPresent()) {
        assertThat(f.location().page()).isPresent();
      }
    });
    // the rounding group of 收入决算表 (page 8) lists its cells by page
    assertThat(report.findings()).anySatisfy(f -> assertThat(f.message(java.util.Locale.ENGLISH))
        .contains("收入决算表").contains(" page 8"));
  }
}
