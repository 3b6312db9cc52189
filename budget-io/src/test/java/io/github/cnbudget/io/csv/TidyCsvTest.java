package io.github.cnbudget.io.csv;

import static io.github.cnbudget.io.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.ReadResult;
import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.testkit.DocumentGen;
import io.github.cnbudget.testkit.PropertyChecks;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TidyCsvTest {
  private final TidyCsv csv = TidyCsv.defaults();

  private static String text(Map<String, byte[]> files, String name) {
    return new String(files.get(name), StandardCharsets.UTF_8);
  }

  @Test
  void write_lineItems_oneCellPerRowWithDocumentColumns() {
    Map<String, byte[]> files = csv.write(List.of(TestDocuments.shenzhen2023()));

    String items = text(files, "line_items.csv");
    assertThat(items).startsWith("document,department,year,stage,table,table_title,row,unit_code,unit_name,code,name,"
        + "column,value,printed,mark,repaired,line,place\r\n");
    assertThat(items).contains("1,深圳市医疗保障局,2023,BUDGET,1,深圳市医疗保障局2023年部门支出总表,1,,,,合计,total,2958,\"2,958\",AMOUNT,,123,\r\n");
    assertThat(items).contains(",basic,0.50,,AMOUNT,,123,\r\n");
    assertThat(items).contains(",project,,-,DASH,,123,\r\n");
    assertThat(items).contains("2,335001,深圳市医疗保险基金管理中心,2101501,行政运行,total,461.49,461. 49,AMOUNT,true,124,\r\n");
    assertThat(items).contains(",basic,,,BLANK,,124,\r\n");
    assertThat(items).contains(",project,0.00,,AMOUNT,,124,\r\n");
    assertThat(files.keySet()).hasSize(TidyFile.values().length);
  }

  @Test
  void write_indicators_parsedTargetBesideThePrintedText() {
    String indicators = text(csv.write(List.of(TestDocuments.shenzhen2023())), "indicators.csv");

    assertThat(indicators).contains("1,goal,1,1,满意度指标,服务对象满意度指标,参保人满意度,≥90%,≥,90,%,,,,,");
  }

  @Test
  void roundTrip_handBuilt_isLossless() {
    Disclosure d = TestDocuments.shenzhen2023();

    List<Disclosure> back = csv.read(csv.write(List.of(d)));

    assertThat(back).containsExactly(d);
    Row total = back.get(0).tables().get(0).rows().get(0);
    assertThat(total.value("basic")).contains(new BigDecimal("0.50"));
    assertThat(total.value("basic").orElseThrow().scale()).isEqualTo(2);
    assertThat(total.cell("total").orElseThrow().printed()).isEqualTo("2,958");
  }

  @Test
  void roundTrip_generatedDocumentSets_areLosslessAndByteIdentical() {
    PropertyChecks.forAll(150, TestDocuments.documents().list(1, 3), docs -> {
      Map<String, byte[]> files = csv.write(docs);
      List<Disclosure> back = csv.read(files);
      assertThat(back).isEqualTo(docs);
      Map<String, byte[]> again = csv.write(back);
      for (String name : files.keySet()) {
        assertThat(text(again, name)).as(name).isEqualTo(text(files, name));
      }
    });
  }

  @Test
  void roundTrip_testkitDocumentSets_areLosslessAndByteIdentical() {
    PropertyChecks.forAll(40, DocumentGen.defaults().list(1, 3), docs -> {
      Map<String, byte[]> files = csv.write(docs);
      assertThat(csv.read(files)).isEqualTo(docs);
      Map<String, byte[]> again = csv.write(csv.read(files));
      for (String name : files.keySet()) {
        assertThat(text(again, name)).as(name).isEqualTo(text(files, name));
      }
    });
  }

  @Test
  void roundTrip_seedDocuments_unchangedTogetherInOneSet() {
    List<Disclosure> seeds = new java.util.ArrayList<>();
    for (int i = 0; i < SeedDocuments.count(); i++) {
      seeds.add(SeedDocuments.seed(i));
    }

    Map<String, byte[]> files = csv.write(seeds);

    assertThat(csv.read(files)).isEqualTo(seeds);
    assertThat(text(files, "line_items.csv")).contains(",深圳市医疗保障局,2023,BUDGET,");
  }

  @Test
  void roundTrip_importedSeedTexts_unchanged() {
    List<Disclosure> imported = new java.util.ArrayList<>();
    for (int i = 0; i < SeedDocuments.count(); i++) {
      imported.add(TestDocuments.imported(i));
    }

    assertThat(csv.read(csv.write(imported))).isEqualTo(imported);
  }

  @Test
  void roundTrip_directory(@TempDir Path dir) {
    csv.write(List.of(TestDocuments.shenzhen2023(), TestDocuments.shenzhen2023()), dir);

    assertThat(csv.read(dir)).containsExactly(TestDocuments.shenzhen2023(), TestDocuments.shenzhen2023());
  }

  @Test
  void unplacedValuesOfARow_travelInRowsCsv_andARepairedOneIsRefused() {
    Disclosure d = TestDocuments.shenzhen2023();
    DisclosureTable first = d.tables().get(0);
    List<Row> rows = new java.util.ArrayList<>(first.rows());
    rows.set(0, rows.get(0).withUnplaced(List.of(Cell.printed("1,200.50"), Cell.printed("-"))));
    List<DisclosureTable> tables = new java.util.ArrayList<>(d.tables());
    tables.set(0, first.withRows(rows));
    Disclosure sparse = d.withTables(tables);

    Map<String, byte[]> files = csv.write(List.of(sparse));
    assertThat(text(files, "rows.csv")).contains(",\"1,200.50 -\"\r\n");
    assertThat(csv.read(files)).containsExactly(sparse);

    rows.set(0, rows.get(0).withUnplaced(List.of(Cell.repaired(new BigDecimal("10"), "1O"))));
    tables.set(0, first.withRows(rows));
    assertThat(failure(() -> csv.write(List.of(d.withTables(tables)))).reason())
        .contains("CSV cannot carry the unplaced value «1O» of a row");
  }

  @Test
  void write_emptyOptionalText_isRefusedNotSilentlyLost() {
    Disclosure d = TestDocuments.shenzhen2023();
    Disclosure withEmptySource = Disclosure.builder()
        .department(d.department()).year(d.year()).stage(d.stage()).precision(d.precision()).source("").build();

    assertThat(failure(() -> csv.write(List.of(withEmptySource))).reason())
        .contains("CSV cannot carry an empty source apart from an absent one");
  }

  @Test
  void cellPlaces_travelInLineItemsAndAmounts_andAreRefusedWhereNoColumnHoldsThem() {
    Disclosure d = TestDocuments.shenzhen2023();
    PagePlace at = PagePlace.parse("6:300.5,120,360,134.5");
    DisclosureTable first = d.tables().get(0);
    Row row = first.rows().get(0);
    Map<String, Cell> cells = new LinkedHashMap<>(row.cells());
    String key = cells.keySet().iterator().next();
    cells.put(key, cells.get(key).withPlace(at));
    List<Row> rows = new java.util.ArrayList<>(first.rows());
    rows.set(0, row.withCells(cells));
    List<DisclosureTable> tables = new java.util.ArrayList<>(d.tables());
    tables.set(0, first.withRows(rows));
    Disclosure placed = d.withTables(tables);

    Map<String, byte[]> files = csv.write(List.of(placed));
    assertThat(text(files, "line_items.csv")).contains("," + key + ",").contains(",\"6:300.5,120.0,360.0,134.5\"\r\n");
    assertThat(csv.read(files)).containsExactly(placed);

    // a project's total has a place column of its own; a self-evaluation's amount has none
    Disclosure placedTotal = d.withProjects(List.of(Project.builder().name("信息化建设").total(Cell.of("1.00").withPlace(at)).build()));
    Map<String, byte[]> withTotal = csv.write(List.of(placedTotal));
    assertThat(text(withTotal, "projects.csv")).contains(",\"6:300.5,120.0,360.0,134.5\",\r\n");
    assertThat(csv.read(withTotal)).containsExactly(placedTotal);
    Disclosure placedEvaluation = d.withSelfEvaluations(List.of(io.github.cnbudget.model.performance.SelfEvaluation.builder()
        .scope(io.github.cnbudget.model.performance.GoalScope.PROJECT).project("信息化建设")
        .projectAmount(Cell.of("1.00").withPlace(at)).build()));
    assertThat(failure(() -> csv.write(List.of(placedEvaluation))).reason())
        .contains("CSV cannot carry the place of a cell outside line_items.csv and amounts.csv (document 1 self-evaluation 1)");
  }

  /** A set of no document but these documents.csv bytes: every other file holds only its header. */
  private static Map<String, byte[]> onlyDocuments(byte[] documents) {
    Map<String, byte[]> files = new LinkedHashMap<>(TidyCsv.defaults().write(List.of()));
    files.put("documents.csv", documents);
    return files;
  }

  private static Map<String, byte[]> files(String documents, String lineItems) {
    Map<String, byte[]> files = new LinkedHashMap<>(TidyCsv.defaults().write(List.of(TestDocuments.shenzhen2023())));
    if (documents != null) {
      files.put("documents.csv", documents.getBytes(StandardCharsets.UTF_8));
    }
    if (lineItems != null) {
      files.put("line_items.csv", lineItems.getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  private static final String ITEMS_HEADER = "document,table,row,column,value,printed,mark,repaired\r\n";

  @Test
  void read_handMadeLineItems_thousandsSeparatorsFullWidthDigitsAndMarksInferred() {
    Map<String, byte[]> files = files(null, ITEMS_HEADER
        + "1,1,1,total,\"2,958\",,,\r\n"
        + "1,1,1,basic,０.５０,,,\r\n"
        + "1,1,1,project,-,,,\r\n"
        + "1,1,2,total,0.00,,,\r\n"
        + "1,1,2,basic,,,BLANK,\r\n");

    Row first = csv.read(files).get(0).tables().get(0).rows().get(0);
    Row second = csv.read(files).get(0).tables().get(0).rows().get(1);

    assertThat(first.cell("total")).contains(Cell.printed("2,958"));
    assertThat(first.value("total")).contains(new BigDecimal("2958"));
    assertThat(first.value("basic")).contains(new BigDecimal("0.50"));
    assertThat(first.cell("project").orElseThrow().mark()).isEqualTo(CellMark.DASH);
    assertThat(second.cell("total").orElseThrow().mark()).isEqualTo(CellMark.AMOUNT);
    assertThat(second.cell("basic").orElseThrow().mark()).isEqualTo(CellMark.BLANK);
  }

  @Test
  void read_handMadeLineItems_leadingZerosAndNegativeZeroKeepTheirText() {
    // amounts are parsed while the file is read; a text its value would not print back stays text
    Map<String, byte[]> files = files(null, ITEMS_HEADER
        + "1,1,1,total,007,,,\r\n"
        + "1,1,1,basic,-0.00,,,\r\n"
        + "1,1,1,project,-12.50,,,\r\n"
        + "1,1,2,total,007,,AMOUNT,\r\n"
        + "1,1,2,basic,-0.00,,AMOUNT,\r\n");

    Row first = csv.read(files).get(0).tables().get(0).rows().get(0);
    Row second = csv.read(files).get(0).tables().get(0).rows().get(1);

    assertThat(first.cell("total")).contains(Cell.printed("007"));
    assertThat(first.cell("basic")).contains(Cell.printed("-0.00"));
    assertThat(first.cell("project")).contains(Cell.printed("-12.50"));
    assertThat(second.cell("total")).contains(Cell.of(new BigDecimal("7"), "007"));
    assertThat(second.cell("basic")).contains(Cell.of(new BigDecimal("0.00"), "-0.00"));
  }

  @Test
  void read_auto_errorBeforeBytesThatAreNotUtf8_isReportedAsInTheGb18030Text() {
    // row 2 is valid UTF-8 (é) but the file is not: the whole file is GB18030, where those bytes read 茅
    byte[] head = ("document,department,department_code,year,stage,amount_unit,scale,title,source\r\n"
        + "1,d,,2023,").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "é".getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",WAN_YUAN,0,,\r\n2,深圳,,2023,BUDGET,WAN_YUAN,0,,\r\n".getBytes(Charset.forName("GB18030"));
    byte[] docs = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, docs, 0, head.length);
    System.arraycopy(bad, 0, docs, head.length, bad.length);
    System.arraycopy(tail, 0, docs, head.length + bad.length, tail.length);
    String gb = new String(bad, Charset.forName("GB18030"));

    CodecException e = failure(() -> csv.read(onlyDocuments(docs)));

    assertThat(gb).isNotEqualTo("é");
    assertThat(e.position().line()).isEqualTo(2);
    assertThat(e.position().column()).isEqualTo(5);
    assertThat(e.reason()).isEqualTo("column 'stage': unknown Stage '" + gb + "'");
  }

  @Test
  void read_missingColumn_namesColumnAndHeaderRow() {
    Map<String, byte[]> files = files(null, "document,table,row,column,value,printed,repaired\r\n1,1,1,total,1,,\r\n");

    CodecException e = failure(() -> csv.read(files));

    assertThat(e.position().file()).contains("line_items.csv");
    assertThat(e.position().line()).isEqualTo(1);
    assertThat(e.reason()).isEqualTo("missing column 'mark'");
  }

  @Test
  void read_badAmount_namesPhysicalRowAndField() {
    Map<String, byte[]> files = files(null, ITEMS_HEADER
        + "1,1,1,total,1,,AMOUNT,\r\n"
        + "1,1,1,basic,,\"multi\nline\",TEXT,\r\n"
        + "1,1,1,project,12x,,AMOUNT,\r\n");

    CodecException e = failure(() -> csv.read(files));

    assertThat(e.position().file()).contains("line_items.csv");
    assertThat(e.position().line()).isEqualTo(5);
    assertThat(e.position().column()).isEqualTo(5);
    assertThat(e.reason()).contains("not an amount: '12x'");
  }

  @Test
  void read_wrongFieldCount_namesRowAndField() {
    Map<String, byte[]> files = files(null, ITEMS_HEADER + "1,1,1,total,1\r\n");

    CodecException e = failure(() -> csv.read(files));

    assertThat(e.position().line()).isEqualTo(2);
    assertThat(e.position().column()).isEqualTo(6);
    assertThat(e.reason()).contains("row has 5 fields, the header has 8");
  }

  @Test
  void read_danglingRow_isAnErrorNotDropped() {
    Map<String, byte[]> files = files(null, ITEMS_HEADER + "1,1,9,total,1,,AMOUNT,\r\n");

    CodecException e = failure(() -> csv.read(files));

    assertThat(e.position().line()).isEqualTo(2);
    assertThat(e.reason()).contains("does not exist");
  }

  @Test
  void read_indicesOutOfOrder_fail() {
    String docs = "document,department,department_code,year,stage,amount_unit,scale,title,source\r\n"
        + "2,部门,,2023,BUDGET,WAN_YUAN,2,,\r\n";

    assertThat(failure(() -> csv.read(files(docs, null))).reason()).contains("expected 1, found 2");
  }

  @Test
  void read_unknownColumn_failsWhenStrict() {
    String docs = "document,department,department_code,year,stage,amount_unit,scale,title,source,extra\r\n"
        + "1,部门,,2023,BUDGET,WAN_YUAN,2,,,x\r\n";

    CodecException e = failure(() -> csv.read(files(docs, null)));

    assertThat(e.position().column()).isEqualTo(10);
    assertThat(e.reason()).isEqualTo("unknown column 'extra'");
  }

  @Test
  void readLenient_unknownColumnAndFile_areReportedAndIgnored() {
    String docs = "document,department,department_code,year,stage,amount_unit,scale,title,source,extra\r\n"
        + "1,部门,,2023,BUDGET,WAN_YUAN,2,,,x\r\n";
    Map<String, byte[]> files = new LinkedHashMap<>(files(docs, null));
    files.put("readme.txt", new byte[] {1, 2});

    ReadResult r = csv.readLenient(files);

    assertThat(r.documents()).hasSize(1);
    assertThat(r.problems()).extracting(p -> p.position().toString())
        .containsExactly("readme.txt", "documents.csv row 1 field 10");
  }

  @Test
  void read_gb18030_isDetectedOrChosen() {
    String docs = "document,department,department_code,year,stage,amount_unit,scale,title,source\r\n"
        + "1,深圳市医疗保障局,,2023,BUDGET,WAN_YUAN,0,部门预算,\r\n";
    Map<String, byte[]> files = onlyDocuments(docs.getBytes(Charset.forName("GB18030")));

    assertThat(csv.read(files).get(0).department().name()).isEqualTo("深圳市医疗保障局");
    assertThat(csv.withOptions(CsvOptions.defaults().withEncoding(CsvEncoding.GB18030)).read(files).get(0).title())
        .contains("部门预算");
  }

  @Test
  void read_gb18030DeclaredAsUtf8_failsNamingTheRow() {
    String docs = "document,department,department_code,year,stage,amount_unit,scale,title,source\r\n"
        + "1,深圳市医疗保障局,,2023,BUDGET,WAN_YUAN,0,,\r\n";
    Map<String, byte[]> files = onlyDocuments(docs.getBytes(Charset.forName("GB18030")));

    CodecException e = failure(() -> csv.withOptions(CsvOptions.defaults().withEncoding(CsvEncoding.UTF_8)).read(files));

    assertThat(e.position().file()).contains("documents.csv");
    assertThat(e.position().line()).isEqualTo(2);
    assertThat(e.reason()).contains("not valid in UTF-8");
  }

  @Test
  void read_utf8WithBom_isAccepted() {
    byte[] plain = TidyCsv.defaults().write(List.of(TestDocuments.shenzhen2023())).get("documents.csv");
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xef;
    bom[1] = (byte) 0xbb;
    bom[2] = (byte) 0xbf;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    Map<String, byte[]> files = new LinkedHashMap<>(TidyCsv.defaults().write(List.of(TestDocuments.shenzhen2023())));
    files.put("documents.csv", bom);

    assertThat(csv.withOptions(CsvOptions.defaults().withEncoding(CsvEncoding.UTF_8)).read(files))
        .containsExactly(TestDocuments.shenzhen2023());
  }

  @Test
  void read_fieldLongerThanStringBound_fails() {
    TidyCsv small = csv.withOptions(CsvOptions.defaults()
        .withReadOptions(io.github.cnbudget.io.ReadOptions.defaults().withMaxStringLength(1000)));
    Map<String, byte[]> files = files(null, ITEMS_HEADER + "1,1,1,total,,\"" + "x".repeat(100_000) + "\",TEXT,\r\n");

    CodecException e = failure(() -> small.read(files));

    assertThat(e.position()).hasToString("line_items.csv row 2 field 6");
    assertThat(e.reason()).contains("field longer than the maximum of 1000 characters");
  }

  @Test
  void read_deeplyNestedJsonInAField_fails() {
    String header = "\"" + "[".repeat(10_000).replace("\"", "\"\"") + "\"";
    String columns = "document,table,column,key,concept,header,parent,part_of,side,number\r\n"
        + "1,1,1,total,TOTAL," + header + ",,,SINGLE,\r\n";
    Map<String, byte[]> files = new LinkedHashMap<>(files(null, null));
    files.put("columns.csv", columns.getBytes(StandardCharsets.UTF_8));

    CodecException e = failure(() -> csv.read(files));

    assertThat(e.position()).hasToString("columns.csv row 2 field 6");
    assertThat(e.reason()).contains("expected a JSON array of strings");
  }

  @Test
  void read_missingDocumentsFile_fails() {
    CodecException e = failure(() -> csv.read(Map.of()));
    assertThat(e.reason()).isEqualTo("required file missing");
    assertThat(e.kind()).isEqualTo(ReadProblem.Kind.CSV_MISSING_FILE);
  }

  @Test
  void write_spreadsheetSafe_neutralisesTextButNotAmounts() {
    Disclosure d = TestDocuments.shenzhen2023();
    Disclosure formula = Disclosure.builder().department(d.department()).year(d.year()).stage(d.stage())
        .precision(d.precision()).title("=HYPERLINK(\"http://x\")")
        .addTables(io.github.cnbudget.model.table.DisclosureTable.builder().kind(d.tables().get(0).kind()).title("t")
            .addAllColumns(d.tables().get(0).columns())
            .addRows(Row.builder().kind(io.github.cnbudget.model.table.RowKind.ITEM).label("@SUM(1)")
                .putCells("total", Cell.of("-12.50")).build())
            .build())
        .build();

    Map<String, byte[]> files = csv.withOptions(CsvOptions.defaults().withSpreadsheetSafe(true)).write(List.of(formula));

    assertThat(text(files, "documents.csv")).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(text(files, "line_items.csv")).contains(",'@SUM(1),total,-12.50,").doesNotContain(",@SUM(1)");
  }

  @Test
  void read_directoryMissingOneFile_failsNamingIt(@TempDir Path dir) throws Exception {
    csv.write(List.of(TestDocuments.shenzhen2023()), dir);
    java.nio.file.Files.delete(dir.resolve("line_items.csv"));

    CodecException e = failure(() -> csv.read(dir));

    assertThat(e.position().file()).contains("line_items.csv");
    assertThat(e.reason()).isEqualTo("required file missing");
  }

  @Test
  void read_setMissingAnyFile_failsNamingIt() {
    for (TidyFile f : TidyFile.values()) {
      Map<String, byte[]> files = new LinkedHashMap<>(files(null, null));
      files.remove(f.fileName());
      assertThat(failure(() -> csv.read(files)).position().file()).contains(f.fileName());
    }
  }

  @Test
  void read_directoryWithAnUnknownFile_fails(@TempDir Path dir) throws Exception {
    csv.write(List.of(TestDocuments.shenzhen2023()), dir);
    java.nio.file.Files.writeString(dir.resolve("notes.txt"), "mine");

    CodecException e = failure(() -> csv.read(dir));

    assertThat(e.position().file()).contains("notes.txt");
    assertThat(e.reason()).isEqualTo("not a file of the tidy set");
  }

  @Test
  void read_amountLongerThanTheNumberBound_isRefusedBeforeParsing() {
    String digits = "9".repeat(1_000_000);
    Map<String, byte[]> files = files(null, ITEMS_HEADER + "1,1,1,total," + digits + ",,AMOUNT,\r\n");

    long start = System.nanoTime();
    CodecException e = failure(() -> csv.read(files));

    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    assertThat(e.position()).hasToString("line_items.csv row 2 field 5");
    assertThat(e.reason()).isEqualTo("column 'value': amount longer than the maximum of 64 characters");
  }

  @Test
  void read_amountBoundFollowsReadOptions() {
    Map<String, byte[]> files = files(null, ITEMS_HEADER + "1,1,1,total,123456,,AMOUNT,\r\n");
    TidyCsv tight = csv.withOptions(CsvOptions.defaults().withReadOptions(io.github.cnbudget.io.ReadOptions.defaults()
        .withMaxNumberLength(5)));

    assertThat(failure(() -> tight.read(files)).reason()).contains("amount longer than the maximum of 5 characters");
  }

  @Test
  void roundTrip_formulaTextIsEscapedByDefaultAndReadBackEqual() {
    Disclosure d = TestDocuments.shenzhen2023();
    Disclosure formula = Disclosure.builder().department(d.department()).year(d.year()).stage(d.stage())
        .precision(d.precision()).title("=cmd|' /C calc'!A0")
        .addTables(io.github.cnbudget.model.table.DisclosureTable.builder().kind(d.tables().get(0).kind()).title("\t+1")
            .addAllColumns(d.tables().get(0).columns())
            .addRows(Row.builder().kind(io.github.cnbudget.model.table.RowKind.ITEM).label("@SUM(1)")
                .putCells("total", Cell.of("-12.50")).build())
            .addRows(Row.builder().kind(io.github.cnbudget.model.table.RowKind.ITEM).label("'=HYPERLINK(1)")
                .putCells("total", Cell.text("＝1")).build())
            .addRows(Row.builder().kind(io.github.cnbudget.model.table.RowKind.ITEM).label("\r-x")
                .putCells("total", Cell.of("-3")).build())
            .build())
        .build();

    Map<String, byte[]> files = csv.write(List.of(formula));

    assertThat(text(files, "documents.csv")).contains(",'=cmd|' /C calc'!A0,");
    assertThat(text(files, "tables.csv")).contains(",'\t+1,");
    assertThat(text(files, "rows.csv")).contains(",'@SUM(1),").contains(",''=HYPERLINK(1),").doesNotContain(",@SUM");
    assertThat(text(files, "line_items.csv")).contains(",-12.50,").contains(",'＝1,");
    assertThat(csv.read(files)).containsExactly(formula);
  }

  @Test
  void read_columnParentCycle_isCodecException() {
    Map<String, byte[]> files = new LinkedHashMap<>(files(null, null));
    String columns = text(files, "columns.csv");
    String header = columns.substring(0, columns.indexOf("\r\n") + 2);
    files.put("columns.csv", (header + "1,1,1,a,OTHER,,b,,SINGLE,\r\n1,1,2,b,OTHER,,a,,SINGLE,\r\n").getBytes(StandardCharsets.UTF_8));
    files.put("line_items.csv", (ITEMS_HEADER).getBytes(StandardCharsets.UTF_8));

    assertThat(failure(() -> csv.read(files)).getMessage()).contains("cycle of parents");
  }

  @Test
  void read_valuesThatPrintOtherwise_keepTheirTextAsPrinted() {
    Map<String, byte[]> files = files(null, ITEMS_HEADER
        + "1,1,1,total,-0,,AMOUNT,\r\n"
        + "1,1,1,basic,007,,AMOUNT,\r\n"
        + "1,1,1,project,-00.50,,AMOUNT,\r\n"
        + "1,1,2,total,\" 5 \",,AMOUNT,\r\n");

    List<Disclosure> docs = csv.read(files);
    Row first = docs.get(0).tables().get(0).rows().get(0);
    Row second = docs.get(0).tables().get(0).rows().get(1);

    assertThat(first.cells().get("total").printed()).isEqualTo("-0");
    assertThat(first.cells().get("basic").printed()).isEqualTo("007");
    assertThat(first.cells().get("basic").value()).contains(new BigDecimal("7"));
    assertThat(first.cells().get("project").printed()).isEqualTo("-00.50");
    assertThat(second.cells().get("total").printed()).isEqualTo(" 5 ");
    assertThat(csv.read(csv.write(docs))).isEqualTo(docs);
  }

  @Test
  void read_lineItemOfAnUnknownColumn_blamesLineItemsNotTables() {
    Map<String, byte[]> files = files(null, ITEMS_HEADER + "1,1,1,nope,1,,AMOUNT,\r\n");

    CodecException e = failure(() -> csv.read(files));

    assertThat(e.position()).hasToString("line_items.csv row 2 field 4");
    assertThat(e.reason()).isEqualTo("column 'column': the table has no column 'nope'");
  }

  @Test
  void read_columnOfAnUnknownParent_blamesColumnsNotTables() {
    Map<String, byte[]> files = new LinkedHashMap<>(files(null, ITEMS_HEADER));
    String columns = text(files, "columns.csv");
    String header = columns.substring(0, columns.indexOf("\r\n") + 2);
    files.put("columns.csv", (header + "1,1,1,a,OTHER,,zz,,SINGLE,\r\n").getBytes(StandardCharsets.UTF_8));

    assertThat(failure(() -> csv.read(files)).position().file()).contains("columns.csv");
  }
}
