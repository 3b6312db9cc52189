package io.github.cnbudget.io.json;

import static io.github.cnbudget.io.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.ReadOptions;
import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import java.util.List;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.testkit.DocumentGen;
import io.github.cnbudget.testkit.PropertyChecks;
import io.github.cnbudget.testkit.seeds.SeedDocuments;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosureJsonTest {
  private final DisclosureJson json = DisclosureJson.defaults();

  @Test
  void write_handBuilt_keepsScalePrintedFormsAndMarks() {
    String text = json.writeString(TestDocuments.shenzhen2023());

    assertThat(text).startsWith("{\"formatVersion\":1,");
    assertThat(text).contains("\"basic\":\"0.50\"");
    assertThat(text).contains("\"total\":{\"value\":\"2958\",\"printed\":\"2,958\",\"mark\":\"AMOUNT\"}");
    assertThat(text).contains("{\"value\":\"461.49\",\"printed\":\"461. 49\",\"mark\":\"AMOUNT\",\"repaired\":true}");
    assertThat(text).contains("\"project\":{\"printed\":\"-\",\"mark\":\"DASH\"}");
    assertThat(text).contains("\"basic\":{\"mark\":\"BLANK\"}");
    assertThat(text).contains("\"code\":\"2101501\",\"scheme\":\"FUNCTIONAL\"");
    assertThat(text).contains("\"emptyStatement\":\"本表无数据\"");
  }

  @Test
  void read_writtenHandBuilt_givesEqualDocumentWithExactAmounts() {
    Disclosure d = TestDocuments.shenzhen2023();

    Disclosure back = json.readString(json.writeString(d));

    assertThat(back).isEqualTo(d);
    Cell basic = back.table(TableKind.EXPENDITURE).orElseThrow().rows().get(0).cell("basic").orElseThrow();
    assertThat(basic.value()).contains(new BigDecimal("0.50"));
    assertThat(basic.value().orElseThrow().scale()).isEqualTo(2);
    assertThat(back.table(TableKind.EXPENDITURE).orElseThrow().rows().get(0).cell("total").orElseThrow().value())
        .hasValueSatisfying(v -> assertThat(v.toPlainString()).isEqualTo("2958"));
  }

  @Test
  void roundTrip_generatedDocuments_isByteIdenticalAndEqual() {
    PropertyChecks.forAll(300, TestDocuments.documents(), d -> {
      byte[] first = json.writeBytes(d);
      Disclosure back = json.readBytes(first);
      assertThat(back).isEqualTo(d);
      assertThat(new String(json.writeBytes(back), StandardCharsets.UTF_8))
          .isEqualTo(new String(first, StandardCharsets.UTF_8));
    });
  }

  @Test
  void roundTrip_testkitDocuments_isByteIdenticalAndEqual() {
    PropertyChecks.forAll(100, DocumentGen.defaults(), d -> {
      byte[] first = json.writeBytes(d);
      Disclosure back = json.readBytes(first);
      assertThat(back).isEqualTo(d);
      assertThat(json.writeBytes(back)).isEqualTo(first);
    });
  }

  @Test
  void roundTrip_seedDocuments_unchangedAndByteIdentical() {
    for (int i = 0; i < SeedDocuments.count(); i++) {
      Disclosure seed = SeedDocuments.seed(i);
      byte[] first = json.writeBytes(seed);
      Disclosure back = json.readBytes(first);
      assertThat(back).as("seed %d", i).isEqualTo(seed);
      assertThat(json.writeBytes(back)).as("seed %d", i).isEqualTo(first);
    }
  }

  @Test
  void roundTrip_importedSeedTexts_unchangedAndByteIdentical() {
    for (int i = 0; i < SeedDocuments.count(); i++) {
      Disclosure imported = TestDocuments.imported(i);
      byte[] first = json.writeBytes(imported);
      assertThat(json.readBytes(first)).as("seed %d", i).isEqualTo(imported);
      assertThat(json.writeBytes(json.readBytes(first))).as("seed %d", i).isEqualTo(first);
    }
  }

  @Test
  void roundTrip_prettyPrinted_readsBackEqual() {
    DisclosureJson pretty = json.withPrettyPrint(true);
    PropertyChecks.forAll(50, TestDocuments.documents(), d -> {
      String text = pretty.writeString(d);
      assertThat(text).contains("\n  \"department\"");
      assertThat(json.readString(text)).isEqualTo(d);
    });
  }

  @Test
  void readAndWrite_path_roundTrips(@TempDir Path dir) {
    Path file = dir.resolve("d.json");
    json.write(TestDocuments.shenzhen2023(), file);

    assertThat(json.read(file)).isEqualTo(TestDocuments.shenzhen2023());
  }

  @Test
  void read_missingFile_throwsCodecExceptionNamingIt(@TempDir Path dir) {
    assertThatThrownBy(() -> json.read(dir.resolve("missing.json")))
        .isInstanceOf(CodecException.class).hasMessageContaining("missing.json");
  }

  private static String minimal(String extra) {
    return "{\"formatVersion\":1,\"department\":{\"name\":\"深圳市医疗保障局\"},\"year\":2023,\"stage\":\"BUDGET\","
        + "\"precision\":{\"unit\":\"WAN_YUAN\",\"scale\":0}" + extra + "}";
  }

  @Test
  void cellPlace_isWrittenWithTheCell_andReadBack() {
    String text = minimal(",\"tables\":[{\"kind\":\"INCOME\",\"title\":\"t\",\"columns\":[{\"key\":\"total\"}],"
        + "\"rows\":[{\"kind\":\"TOTAL\",\"cells\":{\"total\":{\"value\":\"2958\",\"printed\":\"2,958\","
        + "\"mark\":\"AMOUNT\",\"place\":\"6:300.5,120.0,360.0,134.5\"}}}]}]");

    Disclosure d = json.readString(text);

    Cell cell = d.tables().get(0).rows().get(0).cell("total").orElseThrow();
    assertThat(cell.place()).contains(io.github.cnbudget.model.table.PagePlace.parse("6:300.5,120,360,134.5"));
    assertThat(cell.printed()).isEqualTo("2,958");
    assertThat(json.writeString(d)).isEqualTo(text);
    // a canonical amount with a place is an object, not a bare string
    assertThat(json.writeString(d.withTables(List.of(d.tables().get(0).withRows(List.of(d.tables().get(0).rows().get(0)
        .withCells(java.util.Map.of("total", Cell.of("1").withPlace(cell.place().get())))))))))
        .contains("\"total\":{\"value\":\"1\",\"mark\":\"AMOUNT\",\"place\":\"6:300.5,120.0,360.0,134.5\"}");
    assertThat(failure(() -> json.readString(text.replace("6:300.5", "0:300.5"))).reason())
        .contains("invalid page place «0:300.5,120.0,360.0,134.5»");
  }

  @Test
  void read_unknownField_reportsPointerLineAndColumn() {
    String text = minimal(",\"tables\":[{\"kind\":\"INCOME\",\"title\":\"t\",\n\"bogus\":1}]");

    CodecException e = failure(() -> json.readString(text));

    assertThat(e.position().pointer()).contains("/tables/0/bogus");
    assertThat(e.position().line()).isEqualTo(2);
    assertThat(e.position().column()).isEqualTo(9);
    assertThat(e.reason()).isEqualTo("unknown field 'bogus'");
    assertThat(e.kind().code()).isEqualTo("unknown-field");
  }

  @Test
  void read_malformedCode_reportsRowPointer() {
    String text = minimal(",\"tables\":[{\"kind\":\"INCOME\",\"title\":\"t\",\"rows\":[{\"kind\":\"CODE\",\"code\":\"21015011\",\"scheme\":\"FUNCTIONAL\"}]}]");

    CodecException e = failure(() -> json.readString(text));

    assertThat(e.position().pointer()).contains("/tables/0/rows/0/code");
    assertThat(e.reason()).contains("malformed code '21015011'");
  }

  @Test
  void read_codeOfWrongScheme_fails() {
    String text = minimal(",\"tables\":[{\"kind\":\"INCOME\",\"title\":\"t\",\"rows\":[{\"kind\":\"CODE\",\"code\":\"210\",\"scheme\":\"DEPARTMENTAL_ECONOMIC\"}]}]");

    assertThat(failure(() -> json.readString(text)).reason()).contains("210");
  }

  @Test
  void read_amountNotADecimal_failsWithPointer() {
    for (String bad : new String[] {"\"1e3\"", "\"+1\"", "\".5\"", "\"2,958\"", "12.5", "true"}) {
      String text = minimal(",\"projects\":[{\"name\":\"p\",\"total\":" + bad + "}]");

      CodecException e = failure(() -> json.readString(text));

      assertThat(e.position().pointer()).as(bad).contains("/projects/0/total");
    }
  }

  @Test
  void read_missingRequiredField_namesIt() {
    String text = "{\"formatVersion\":1,\"department\":{\"name\":\"d\"},\"stage\":\"BUDGET\","
        + "\"precision\":{\"unit\":\"YUAN\",\"scale\":0}}";

    CodecException e = failure(() -> json.readString(text));

    assertThat(e.reason()).contains("missing required field").contains("year");
    assertThat(e.kind()).isEqualTo(ReadProblem.Kind.MISSING_FIELD);
    assertThat(e.position().pointer()).contains("");
  }

  @Test
  void read_missingFormatVersion_fails() {
    String none = minimal("").replace("\"formatVersion\":1,", "");
    assertThat(failure(() -> json.readString(none)).reason())
        .contains("formatVersion");
  }

  @Test
  void read_otherFormatVersion_fails() {
    String v2 = minimal("").replace("\"formatVersion\":1", "\"formatVersion\":2");
    assertThat(failure(() -> json.readString(v2)).reason())
        .contains("unsupported formatVersion 2");
  }

  @Test
  void read_contentAfterDocument_fails() {
    assertThat(failure(() -> json.readString(minimal("") + " {}")).reason()).contains("after the document");
  }

  @Test
  void read_duplicateField_fails() {
    String dup = minimal(",\"title\":\"a\",\"title\":\"b\"");
    assertThat(failure(() -> json.readString(dup)).reason()).contains("Duplicate field");
  }

  @Test
  void read_duplicateFieldInNestedObject_failsWithPointer() {
    String dup = minimal(",\"tables\":[{\"kind\":\"INCOME\",\"title\":\"t\",\"kind\":\"INCOME\"}]");

    CodecException e = failure(() -> json.readString(dup));

    assertThat(e.reason()).contains("Duplicate field 'kind'");
    assertThat(e.position().pointer()).contains("/tables/0/kind");
  }

  @Test
  void read_duplicateCellKeyInWideRow_fails() {
    StringBuilder cells = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      cells.append("\"c").append(i).append("\":\"1\",");
    }
    cells.append("\"c33\":\"2\"");
    String dup = minimal(",\"tables\":[{\"kind\":\"INCOME\",\"title\":\"t\",\"rows\":[{\"kind\":\"ITEM\",\"cells\":{"
        + cells + "}}]}]");

    assertThat(failure(() -> json.readString(dup)).reason()).contains("Duplicate field 'c33'");
  }

  @Test
  void readLenient_duplicateField_fails() {
    String dup = minimal(",\"x-extra\":{\"a\":1,\"a\":2}");

    assertThat(failure(() -> json.readLenient(dup)).reason()).contains("Duplicate field 'a'");
  }

  @Test
  void read_syntaxError_reportsLineAndColumn() {
    CodecException e = failure(() -> json.readString("{\"formatVersion\":1,\n  \"department\": ]"));

    assertThat(e.position().line()).isEqualTo(2);
    assertThat(e.position().column()).isEqualTo(17);
    assertThat(e.reason()).startsWith("malformed JSON");
    assertThat(e.kind()).isEqualTo(ReadProblem.Kind.JSON_SYNTAX);
  }

  @Test
  void read_inconsistentCell_fails() {
    String text = minimal(",\"projects\":[{\"name\":\"p\",\"total\":{\"value\":\"1\",\"mark\":\"DASH\"}}]");

    assertThat(failure(() -> json.readString(text)).reason()).contains("inconsistent cell");
  }

  @Test
  void read_structuralViolation_isCodecException() {
    String text = minimal(",\"tables\":[{\"kind\":\"INCOME\",\"title\":\"t\",\"columns\":[{\"key\":\"a\"},{\"key\":\"a\"}]}]");

    CodecException e = failure(() -> json.readString(text));

    assertThat(e.reason()).contains("Duplicate column key 'a'");
    assertThat(e.position().pointer()).contains("/tables/0");
  }

  @Test
  void readLenient_unknownFieldsAreKeptAndWrittenBack() {
    String text = minimal(",\"x-origin\":{\"pdf\":\"a.pdf\",\"pages\":[1.50,2]},\"tables\":[{\"kind\":\"INCOME\",\"title\":\"t\","
        + "\"remark\":\"见附件\",\"rows\":[{\"kind\":\"ITEM\",\"cells\":{\"a\":{\"value\":\"1\",\"mark\":\"AMOUNT\",\"ocr\":0.97}}}],"
        + "\"columns\":[{\"key\":\"a\"}]}]");

    JsonReadResult r = json.readLenient(text);

    assertThat(r.problems()).extracting(p -> p.code() + " " + p.position().pointer().orElse(""))
        .containsExactly("unknown-field /x-origin", "unknown-field /tables/0/remark",
            "unknown-field /tables/0/rows/0/cells/a/ocr");
    assertThat(r.unknownFields()).containsEntry("/x-origin", "{\"pdf\":\"a.pdf\",\"pages\":[1.50,2]}")
        .containsEntry("/tables/0/remark", "\"见附件\"");
    String again = json.write(r);
    JsonReadResult r2 = json.readLenient(again);
    assertThat(r2.document()).isEqualTo(r.document());
    assertThat(r2.unknownFields()).isEqualTo(r.unknownFields());
    assertThat(json.write(r2)).isEqualTo(again);
  }

  @Test
  void readLenient_malformedOptionalValue_isDroppedAndReported() {
    String text = minimal(",\"projects\":[{\"name\":\"p\",\"category\":\"NOPE\",\"total\":12.50,\"line\":0}]");

    JsonReadResult r = json.readLenient(text);

    assertThat(r.document().projects().get(0).category()).isEmpty();
    assertThat(r.document().projects().get(0).total().orElseThrow().value()).contains(new BigDecimal("12.50"));
    assertThat(r.problems()).extracting(p -> p.position().pointer().orElse(""))
        .containsExactly("/projects/0/category", "/projects/0/total", "/projects/0/line");
  }

  @Test
  void readLenient_exponentNumbers_areRefusedNotExpanded() {
    String amount = minimal(",\"projects\":[{\"name\":\"p\",\"total\":1e999999999}]");
    String unknown = minimal(",\"x\":2021e1000000234567890123456789012345678");

    JsonReadResult r = json.readLenient(amount);

    assertThat(r.document().projects().get(0).total()).isEmpty();
    assertThat(r.problems()).extracting(ReadProblem::why).containsExactly("not a plain decimal amount: 1e999999999");
    // an unknown number is kept as its text, never parsed, so it cannot expand either
    assertThat(json.readLenient(unknown).unknownFields()).containsEntry("/x", "2021e1000000234567890123456789012345678");
  }

  @Test
  void readLenient_missingRequiredField_stillFails() {
    assertThatThrownBy(() -> json.readLenient(minimal(",\"projects\":[{\"code\":\"x\"}]")))
        .isInstanceOf(CodecException.class).hasMessageContaining("name");
  }

  // ------------------------------------------------------------ bounds and hostile input

  @Test
  void read_tenThousandDeepNesting_failsOnTheBound() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String text = minimal(",\"x\":" + deep);

    // strict refuses the unknown field before descending; lenient keeps unknown values and meets the bound
    assertThat(failure(() -> json.readString(text)).reason()).isEqualTo("unknown field 'x'");
    CodecException lenient = failure(() -> json.readLenient(text));
    assertThat(lenient.reason()).contains("nesting depth");
    String inKnownField = minimal(",\"notes\":" + deep);
    assertThat(failure(() -> json.readString(inKnownField)).reason()).isNotBlank();
  }

  @Test
  void read_millionDigitNumber_failsOnTheBound() {
    String text = minimal("").replace("\"year\":2023", "\"year\":" + "9".repeat(1_000_000));

    CodecException e = failure(() -> json.readString(text));
    assertThat(e.reason()).isEqualTo("number longer than the maximum of 64 characters (ReadOptions.maxNumberLength)");
    assertThat(e.kind()).isEqualTo(ReadProblem.Kind.BOUND_EXCEEDED);
    assertThat(e.position().line()).isEqualTo(1);
    assertThat(e.position().column()).isPositive();
  }

  @Test
  void read_millionDigitDecimalString_isRefusedAsAmount() {
    String text = minimal(",\"projects\":[{\"name\":\"p\",\"total\":\"" + "9".repeat(1_000_000) + "\"}]");

    CodecException e = failure(() -> json.readString(text));

    assertThat(e.reason()).contains("longer than 64");
  }

  @Test
  void read_hundredMegabyteString_failsOnTheBoundWithoutBufferingIt() {
    long size = 100L << 20;
    byte[] head = "{\"formatVersion\":1,\"title\":\"".getBytes(StandardCharsets.UTF_8);
    InputStream in = new InputStream() {
      long pos;

      @Override
      public int read() {
        int b = pos < head.length ? head[(int) pos] : pos < head.length + size ? 'a' : -1;
        pos++;
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) {
        if (pos >= head.length + size) {
          return -1;
        }
        int n = 0;
        while (n < len && pos < head.length + size) {
          buf[off + n++] = (byte) read();
        }
        return n;
      }
    };

    CodecException e = failure(() -> json.read(in));

    assertThat(e.reason()).isEqualTo("string longer than the maximum of 1048576 characters (ReadOptions.maxStringLength)");
    assertThat(e.position().line()).isEqualTo(1);
    assertThat(e.position().column()).isGreaterThan(1 << 20);
  }

  @Test
  void read_documentLongerThanBound_fails() {
    DisclosureJson small = json.withOptions(ReadOptions.defaults().withMaxDocumentLength(100));
    String text = json.writeString(TestDocuments.shenzhen2023());

    assertThat(failure(() -> small.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).reason())
        .isEqualTo("document longer than the maximum of 100 bytes (ReadOptions.maxDocumentLength)");
  }

  @Test
  void read_boundsAreOverridable() {
    DisclosureJson roomy = json.withOptions(ReadOptions.defaults().withMaxNumberLength(200));
    String text = minimal(",\"projects\":[{\"name\":\"p\",\"total\":\"" + "9".repeat(150) + "\"}]");

    assertThat(roomy.readString(text).projects().get(0).total().orElseThrow().value().orElseThrow().precision())
        .isEqualTo(150);
  }

  @Test
  void read_arbitraryBytes_onlyCodecException() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    byte[] valid = json.writeBytes(TestDocuments.shenzhen2023());
    for (int i = 0; i < 2000; i++) {
      byte[] b = java.util.Arrays.copyOf(valid, r.nextInt(valid.length + 1));
      if (b.length > 0 && r.nextBoolean()) {
        b[r.nextInt(b.length)] = (byte) r.nextInt(256);
      }
      try {
        json.readBytes(b);
      } catch (CodecException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  void write_file_isUtf8(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.json");
    json.write(TestDocuments.shenzhen2023(), f);

    assertThat(Files.readString(f, StandardCharsets.UTF_8)).contains("深圳市医疗保障局");
  }

  @Test
  void read_columnParentCycle_isCodecExceptionNotStackOverflow() {
    String json = minimal(",\"tables\":[{\"kind\":\"OTHER\",\"title\":\"t\","
        + "\"columns\":[{\"key\":\"a\",\"parent\":\"b\"},{\"key\":\"b\",\"parent\":\"a\"}],\"rows\":[]}]");

    assertThatThrownBy(() -> DisclosureJson.defaults().readString(json))
        .isInstanceOf(CodecException.class).hasMessageContaining("cycle of parents");
  }

  private static String withTitle(String titleJson) {
    return minimal(",\"title\":" + titleJson);
  }

  @Test
  void read_loneSurrogateEscape_isRefusedWithPosition() {
    CodecException e = failure(
        () -> DisclosureJson.defaults().readString(withTitle("\"\\ud800x\"")));

    assertThat(e.reason()).contains("lone surrogate \\ud800 at index 0");
    assertThat(e.position().pointer()).contains("/title");
    assertThat(e.position().line()).isEqualTo(1);
  }

  @Test
  void read_pairedSurrogateEscape_isOneCharacter() {
    assertThat(DisclosureJson.defaults().readString(withTitle("\"\\ud83d\\ude00\"")).title()).contains("\ud83d\ude00");
  }

  @Test
  void read_overlongUtf8_isRefusedWithByteOffset_fromBytesAndStreams() {
    byte[] head = withTitle("\"a").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] json = new byte[head.length + 3];
    System.arraycopy(head, 0, json, 0, head.length);
    json[head.length] = (byte) 0xc0;
    json[head.length + 1] = (byte) 0x80;
    json[head.length + 2] = '"';
    String end = "}";
    byte[] all = java.util.Arrays.copyOf(json, json.length + 1);
    all[json.length] = (byte) end.charAt(0);

    CodecException fromBytes = failure(() -> DisclosureJson.defaults().readBytes(all));
    CodecException fromStream = failure(
        () -> DisclosureJson.defaults().read(new java.io.ByteArrayInputStream(all)));

    for (CodecException e : java.util.List.of(fromBytes, fromStream)) {
      assertThat(e.reason()).isEqualTo("not valid UTF-8 at byte offset " + head.length + ": overlong encoding");
      assertThat(e.kind()).isEqualTo(ReadProblem.Kind.MALFORMED_ENCODING);
      assertThat(e.position().line()).isEqualTo(1);
      // the column counts characters, the offset bytes
      assertThat(e.position().column()).isEqualTo(withTitle("\"a").length() + 1);
    }
  }

  @Test
  void read_encodedSurrogateAndTruncatedSequence_areRefused() {
    byte[] surrogate = {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'};
    byte[] cut = {'"', (byte) 0xe4, (byte) 0xb8};
    assertThat(failure(() -> DisclosureJson.defaults().readBytes(surrogate)).reason())
        .isEqualTo("not valid UTF-8 at byte offset 1: encoded surrogate");
    assertThat(failure(() -> DisclosureJson.defaults().readBytes(cut)).reason())
        .isEqualTo("not valid UTF-8 at byte offset 1: sequence cut short by the end of input");
  }

  @Test
  void read_amountsThatPrintOtherwise_keepTheirTextAsPrinted() {
    String json = minimal(",\"tables\":[{\"kind\":\"OTHER\",\"title\":\"t\","
        + "\"columns\":[{\"key\":\"a\"},{\"key\":\"b\"},{\"key\":\"c\"}],\"rows\":[{\"kind\":\"ITEM\",\"label\":\"x\","
        + "\"cells\":{\"a\":\"-0\",\"b\":\"007\",\"c\":{\"value\":\"-00.50\",\"mark\":\"AMOUNT\"}}}]}]");

    Disclosure d = DisclosureJson.defaults().readString(json);
    java.util.Map<String, Cell> cells = d.tables().get(0).rows().get(0).cells();

    assertThat(cells.get("a").printed()).isEqualTo("-0");
    assertThat(cells.get("b").printed()).isEqualTo("007");
    assertThat(cells.get("c").printed()).isEqualTo("-00.50");
    assertThat(cells.get("c").value()).contains(new BigDecimal("-0.50"));
    assertThat(DisclosureJson.defaults().readString(DisclosureJson.defaults().writeString(d))).isEqualTo(d);
  }

  @Test
  void readLenient_unknownNumbers_writeBackAsWritten() {
    String json = minimal(",\"x\":[-0,1E2,0.50,{\"y\":-1.0e-3}]");

    JsonReadResult r = DisclosureJson.defaults().readLenient(json);

    assertThat(DisclosureJson.defaults().write(r)).contains("\"x\":[-0,1E2,0.50,{\"y\":-1.0e-3}]");
    assertThat(r.unknownFields()).containsEntry("/x", "[-0,1E2,0.50,{\"y\":-1.0e-3}]");
  }

  @Test
  void read_emptyInput_isLocatedAtLineOneColumnOne() {
    CodecException e = failure(() -> json.readString(""));

    assertThat(e.position().line()).isEqualTo(1);
    assertThat(e.position().column()).isEqualTo(1);
    assertThat(e.getMessage()).doesNotContain("column 0");
  }

  @Test
  void read_parserErrors_quoteNoParserInternals() {
    String ctrl = minimal(",\"title\":\"a\u0001b\"");
    for (String text : new String[] {"{\"formatVersion\":1,}", "{\"formatVersion\":1,", ctrl,
        minimal(",\"notes\":" + "[".repeat(100))}) {
      CodecException e = failure(() -> json.readString(text));
      assertThat(e.reason()).as(text).doesNotContain("StreamReadConstraints").doesNotContain("(code ")
          .doesNotContain("CTRL-CHAR").doesNotContain("within/between");
      assertThat(e.position().line()).as(text).isPositive();
    }
  }
}
