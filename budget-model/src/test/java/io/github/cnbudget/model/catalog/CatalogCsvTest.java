package io.github.cnbudget.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogCsvTest {

  private static List<CatalogCsv.Record> read(String text) throws IOException {
    return CatalogCsv.read(new StringReader(text), "t.csv");
  }

  private static List<List<String>> fields(String text) throws IOException {
    return read(text).stream().map(r -> r.fields).collect(Collectors.toList());
  }

  @Test
  void read_splitsBareFields_crlfAndLf() throws IOException {
    assertThat(fields("a,b,c\r\nd,,f\ng,h,i")).containsExactly(List.of("a", "b", "c"), List.of("d", "", "f"), List.of("g", "h", "i"));
  }

  @Test
  void read_quotedFields_keepCommasQuotesAndNewlines() throws IOException {
    List<CatalogCsv.Record> r = read("\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\"\nnext,\"\",x\n");
    assertThat(r).hasSize(2);
    assertThat(r.get(0).fields).containsExactly("a,b", "say \"hi\"", "two\r\nlines");
    assertThat(r.get(1).fields).containsExactly("next", "", "x");
    assertThat(r.get(1).line).isEqualTo(3);
  }

  @Test
  void read_skipsBomAndBlankLines_countsLines() throws IOException {
    List<CatalogCsv.Record> r = read("\uFEFFa,b\n\n\nc,d\n");
    assertThat(r).extracting(x -> x.line).containsExactly(1, 4);
    assertThat(r.get(0).fields).containsExactly("a", "b");
  }

  @Test
  void read_trailingEmptyField_isKept() throws IOException {
    assertThat(fields("a,\n")).containsExactly(List.of("a", ""));
    assertThat(fields("\"q\"")).containsExactly(List.of("q"));
  }

  @Test
  void read_unterminatedQuote_reportsRecordLine() {
    assertThatThrownBy(() -> read("a,b\nc,\"open\nmore"))
        .isInstanceOfSatisfying(CatalogException.class, e -> {
          assertThat(e.line()).hasValue(2);
          assertThat(e.reason()).isEqualTo("unterminated quoted field");
        });
  }

  @Test
  void read_textAfterClosingQuote_isRejected() {
    assertThatThrownBy(() -> read("a\n\"x\"y,b"))
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e).hasMessage("t.csv:2: unexpected character after a closing quote"));
  }

  @Test
  void read_quoteInsideBareField_isRejected() {
    assertThatThrownBy(() -> read("ab\"c\n")).isInstanceOfSatisfying(CatalogException.class,
        e -> assertThat(e.reason()).isEqualTo("quote inside an unquoted field"));
  }

  @Test
  void read_bareCarriageReturn_isRejected() {
    assertThatThrownBy(() -> read("a\rb\n")).isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.line()).hasValue(1));
  }

  @Test
  void bind_buildsEntriesWithOpenAndBoundedYears() throws IOException {
    List<CatalogEntry> es = CatalogCsv.bind(read(
        "scheme,code,name,valid_from,valid_to,provenance\n"
            + "FUNCTIONAL,210,医疗卫生与计划生育支出,,2018,\"seed:002:line 147; renamed 2019\"\n"
            + "FUNCTIONAL, 210 ,卫生健康支出,2019,,seed:000:line 380\n"), "t.csv").entries;
    assertThat(es).hasSize(2);
    assertThat(es).extracting(CatalogEntry::trust).containsOnly(Trust.OFFICIAL);
    assertThat(es.get(0).code()).isEqualTo(FunctionalCode.of(210));
    assertThat(es.get(0).validFrom()).isEmpty();
    assertThat(es.get(0).validTo()).contains(FiscalYear.of(2018));
    assertThat(es.get(0).provenance()).isEqualTo("seed:002:line 147; renamed 2019");
    assertThat(es.get(1).validFrom()).contains(FiscalYear.of(2019));
  }

  @Test
  void bind_readsTheTrustColumn_emptyMeansOfficial() throws IOException {
    List<CatalogEntry> es = CatalogCsv.bind(read(
        "scheme,code,name,valid_from,valid_to,trust,provenance\n"
            + "DEPARTMENTAL_ECONOMIC,30703,国内债务发行费用,,,INFERRED,vendor software\n"
            + "DEPARTMENTAL_ECONOMIC,30201,办公费,,,,上海 2024 部门决算公开样张\n"), "t.csv").entries;
    assertThat(es).extracting(CatalogEntry::trust).containsExactly(Trust.INFERRED, Trust.OFFICIAL);
    assertThatThrownBy(() -> CatalogCsv.bind(read(
        "scheme,code,name,valid_from,valid_to,trust,provenance\n"
            + "DEPARTMENTAL_ECONOMIC,30201,办公费,,,SURE,x\n"), "t.csv"))
        .isInstanceOfSatisfying(CatalogException.class, e -> {
          assertThat(e.line()).hasValue(2);
          assertThat(e.reason()).contains("unknown trust 'SURE'");
        });
  }

  @Test
  void bind_readsPartsHeldCompletely_andRefusesOpenYearsOrAnItem() throws IOException {
    List<CompletePart> parts = CatalogCsv.bind(read(
        "scheme,parent,valid_from,valid_to,provenance\n"
            + "DEPARTMENTAL_ECONOMIC,302,2020,2026,template\n"
            + "FUNCTIONAL,,2024,2024,official catalog\n"), "t.csv").parts;
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).parent()).contains(EconomicCode.of(302));
    assertThat(parts.get(1).parent()).isEmpty();
    assertThatThrownBy(() -> CatalogCsv.bind(read(
        "scheme,parent,valid_from,valid_to,provenance\nFUNCTIONAL,210,2024,,x\n"), "t.csv"))
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.reason()).contains("both years"));
    assertThatThrownBy(() -> CatalogCsv.bind(read(
        "scheme,parent,valid_from,valid_to,provenance\nFUNCTIONAL,2101501,2024,2024,x\n"), "t.csv"))
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.line()).hasValue(2));
  }

  @Test
  void bind_rejectsWrongHeader() {
    assertThatThrownBy(() -> CatalogCsv.bind(read("code,name\n"), "t.csv"))
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.line()).hasValue(1));
    assertThatThrownBy(() -> CatalogCsv.bind(read(""), "t.csv")).isInstanceOf(CatalogException.class);
  }

  private static CatalogException bindError(String row) throws IOException {
    List<CatalogCsv.Record> r = read("scheme,code,name,valid_from,valid_to,provenance\n" + row + "\n");
    try {
      CatalogCsv.bind(r, "u.csv");
    } catch (CatalogException e) {
      return e;
    }
    throw new AssertionError("no error for " + row);
  }

  @Test
  void bind_reportsEachMalformedRowWithItsLine() throws IOException {
    assertThat(bindError("FUNCTIONAL,210,x,,").reason()).isEqualTo("expected 6 fields, found 5");
    assertThat(bindError("FUNC,210,x,,,p").reason()).startsWith("unknown scheme");
    assertThat(bindError("FUNCTIONAL,21a,x,,,p").reason()).startsWith("bad code '21a'");
    assertThat(bindError("FUNCTIONAL,301,x,,,p").reason()).isEqualTo("code 301 is not of scheme FUNCTIONAL");
    assertThat(bindError("DEPARTMENTAL_ECONOMIC,501,x,,,p").reason()).isEqualTo("code 501 is not of scheme DEPARTMENTAL_ECONOMIC");
    assertThat(bindError("FUNCTIONAL,210,x,20x9,,p").reason()).startsWith("bad year");
    assertThat(bindError("FUNCTIONAL,210,,,,p").reason()).startsWith("blank name");
    assertThat(bindError("FUNCTIONAL,210,x,2020,2019,p")).hasMessageStartingWith("u.csv:2: valid_from 2020 after valid_to 2019");
  }
}
