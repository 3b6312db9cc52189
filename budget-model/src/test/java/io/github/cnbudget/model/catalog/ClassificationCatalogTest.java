package io.github.cnbudget.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.classification.Scheme;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationCatalogTest {
  private static final FiscalYear Y2018 = FiscalYear.of(2018);
  private static final FiscalYear Y2020 = FiscalYear.of(2020);
  private static final FiscalYear Y2023 = FiscalYear.of(2023);

  private static final String SMALL = "scheme,code,name,valid_from,valid_to,provenance\r\n"
      + "FUNCTIONAL,210,医疗卫生与计划生育支出,,2018,p1\r\n"
      + "FUNCTIONAL,210,卫生健康支出,2019,,p2\r\n"
      + "FUNCTIONAL,21011,行政事业单位医疗,,,p3\r\n"
      + "FUNCTIONAL,2101101,行政单位医疗,,,p4\r\n"
      + "FUNCTIONAL,21015,医疗保障管理事务,2019,,p5\r\n"
      + "FUNCTIONAL,229,其他支出,,,p6\r\n"
      + "DEPARTMENTAL_ECONOMIC,302,商品和服务支出,,,p7\r\n"
      + "DEPARTMENTAL_ECONOMIC,30213,维修（护）费,,,p8\r\n"
      + "DEPARTMENTAL_ECONOMIC,399,其他支出,,,p9\r\n"
      + "DEPARTMENTAL_ECONOMIC,39999,其他支出,,,p10\r\n";

  private static ClassificationCatalog small() {
    return ClassificationCatalog.load(new StringReader(SMALL), "small.csv");
  }

  private static ClassificationCode code(String digits) {
    return ClassificationCodes.parse(digits);
  }

  @Test
  void nameOf_followsTheRenameOf210() {
    ClassificationCatalog c = small();
    assertThat(c.nameOf(FunctionalCode.of(210), Y2018)).contains("医疗卫生与计划生育支出");
    assertThat(c.nameOf(FunctionalCode.of(210), FiscalYear.of(2019))).contains("卫生健康支出");
    assertThat(c.nameOf(FunctionalCode.of(210, 99), Y2023)).isEmpty();
  }

  @Test
  void contains_respectsValidFrom() {
    ClassificationCatalog c = small();
    assertThat(c.contains(FunctionalCode.of(210, 15), Y2018)).isFalse();
    assertThat(c.contains(FunctionalCode.of(210, 15), Y2020)).isTrue();
    assertThat(c.contains(EconomicCode.of(302, 13), Y2020)).isTrue();
  }

  @Test
  void entriesNamed_giveTheYearsANameBelongsToTheCode() {
    List<CatalogEntry> old = small().entriesNamed(FunctionalCode.of(210), " 医疗卫生与计划生育 支出");
    assertThat(old).singleElement().satisfies(e -> {
      assertThat(e.validTo()).contains(Y2018);
      assertThat(e.provenance()).isEqualTo("p1");
    });
    assertThat(small().entriesNamed(FunctionalCode.of(210), "卫生支出")).isEmpty();
  }

  @Test
  void history_listsNamesEarliestFirst() {
    assertThat(small().history(FunctionalCode.of(210))).extracting(CatalogEntry::name)
        .containsExactly("医疗卫生与计划生育支出", "卫生健康支出");
    assertThat(small().history(FunctionalCode.of(201))).isEmpty();
  }

  @Test
  void matchName_distinguishesCurrentStaleWrongAndUnknown() {
    ClassificationCatalog c = small();
    FunctionalCode health = FunctionalCode.of(210);
    assertThat(c.matchName(health, "卫生健康支出", Y2020)).isEqualTo(NameMatch.MATCHES);
    assertThat(c.matchName(health, "医疗卫生与计划生育支出", Y2020)).isEqualTo(NameMatch.OTHER_YEAR);
    assertThat(c.matchName(health, "卫生健康支出", Y2018)).isEqualTo(NameMatch.OTHER_YEAR);
    assertThat(c.matchName(health, "卫生健康", Y2020)).isEqualTo(NameMatch.SHORTENED);
    assertThat(c.matchName(health, "健康卫生支出", Y2020)).isEqualTo(NameMatch.MISMATCH);
    assertThat(c.matchName(FunctionalCode.of(210, 15), "医疗保障管理事务", Y2018)).isEqualTo(NameMatch.UNKNOWN_CODE);
  }

  @Test
  void matchName_ignoresBlanksAndBracketWidth() {
    ClassificationCatalog c = small();
    assertThat(c.matchName(EconomicCode.of(302, 13), "维修(护)费", Y2023)).isEqualTo(NameMatch.MATCHES);
    assertThat(c.matchName(FunctionalCode.of(210, 11, 1), "行政单位 医疗", Y2023)).isEqualTo(NameMatch.MATCHES);
    assertThat(c.matchName(FunctionalCode.of(210, 11, 1), "行政单位医疗\u3000", Y2023)).isEqualTo(NameMatch.MATCHES);
  }

  @Test
  void children_areDirectAndValidInTheYear() {
    ClassificationCatalog c = small();
    assertThat(c.children(FunctionalCode.of(210), Y2023)).containsExactly(code("21011"), code("21015"));
    assertThat(c.children(FunctionalCode.of(210), Y2018)).containsExactly(code("21011"));
    assertThat(c.children(FunctionalCode.of(210, 11), Y2023)).containsExactly(code("2101101"));
    assertThat(c.children(FunctionalCode.of(210, 11, 1), Y2023)).isEmpty();
    assertThat(c.children(EconomicCode.of(302), Y2023)).containsExactly(code("30213"));
  }

  @Test
  void resolve_findsCodesByPrintedNameWithOrdinal() {
    ClassificationCatalog c = small();
    assertThat(c.resolve("九、卫生健康支出", Y2023)).containsExactly(code("210"));
    assertThat(c.resolve("（六）卫生健康支出", Y2023)).containsExactly(code("210"));
    assertThat(c.resolve("卫生健康支出", Y2018)).isEmpty();
    assertThat(c.resolve("卫生健康", Y2023)).isEmpty();
  }

  @Test
  void resolve_ambiguousName_listsEveryCandidate_narrowedBySchemeOrParent() {
    ClassificationCatalog c = small();
    assertThat(c.resolve("其他支出", Y2023)).containsExactly(code("229"), code("399"), code("39999"));
    assertThat(c.resolve("其他支出", Y2023, Scheme.FUNCTIONAL)).containsExactly(code("229"));
    assertThat(c.resolve("其他支出", Y2023, EconomicCode.of(399))).containsExactly(code("39999"));
    assertThat(c.resolve("二十四、其他支出", Y2023, Scheme.GOVERNMENT_ECONOMIC)).isEmpty();
  }

  @Test
  void resolveAnyYear_findsTheCodeOfAStaleName() {
    assertThat(small().resolveAnyYear("九、医疗卫生与计划生育支出", Scheme.FUNCTIONAL))
        .singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(code("210")));
    assertThat(small().resolveAnyYear("医疗卫生与计划生育支出", Scheme.DEPARTMENTAL_ECONOMIC)).isEmpty();
  }

  @Test
  void of_rejectsOverlappingNamesOfOneCode() {
    CatalogEntry a = CatalogEntry.builder().code(FunctionalCode.of(210)).name("A").provenance("p").validTo(FiscalYear.of(2019)).build();
    CatalogEntry b = CatalogEntry.builder().code(FunctionalCode.of(210)).name("B").provenance("p").validFrom(FiscalYear.of(2019)).build();
    assertThatThrownBy(() -> ClassificationCatalog.of(List.of(b, a)))
        .isInstanceOf(CatalogException.class)
        .hasMessage("two entries for code 210 overlap: 'A' (…–2019) and 'B' (2019–…)");
  }

  @Test
  void load_overlappingRows_reportTheLaterLine() {
    String csv = "scheme,code,name,valid_from,valid_to,provenance\n"
        + "FUNCTIONAL,210,卫生健康支出,2019,,p\n"
        + "FUNCTIONAL,229,其他支出,,,p\n"
        + "FUNCTIONAL,210,医疗卫生与计划生育支出,,2019,p\n";
    assertThatThrownBy(() -> ClassificationCatalog.load(new StringReader(csv), "o.csv"))
        .isInstanceOf(CatalogException.class)
        .hasMessage("o.csv:4: two entries for code 210 overlap: '医疗卫生与计划生育支出' (…–2019) and '卫生健康支出' (2019–…)");
  }

  @Test
  void entries_areSortedBySchemeCodeAndYear_andCountedByLevel() {
    ClassificationCatalog c = small();
    assertThat(c.entries()).extracting(e -> e.code().digits())
        .containsExactly("210", "210", "21011", "2101101", "21015", "229", "302", "30213", "399", "39999");
    assertThat(c.count(Scheme.FUNCTIONAL, CodeLevel.CLASS)).isEqualTo(3);
    assertThat(c.count(Scheme.DEPARTMENTAL_ECONOMIC, CodeLevel.SECTION)).isEqualTo(2);
    assertThat(c.toString()).isEqualTo("ClassificationCatalog[10 entries, 0 parts held completely]");
  }

  @Test
  void overriddenBy_replacesEveryEntryOfTheUsersCodes() {
    ClassificationCatalog user = ClassificationCatalog.load(new StringReader(
        "scheme,code,name,valid_from,valid_to,provenance\n"
            + "FUNCTIONAL,210,卫生健康支出,,,official 2023\n"
            + "FUNCTIONAL,21099,其他卫生健康支出,,,official 2023\n"), "user.csv");
    ClassificationCatalog merged = small().overriddenBy(user);
    assertThat(merged.history(FunctionalCode.of(210))).singleElement()
        .satisfies(e -> assertThat(e.provenance()).isEqualTo("official 2023"));
    assertThat(merged.nameOf(FunctionalCode.of(210), Y2018)).contains("卫生健康支出");
    assertThat(merged.contains(FunctionalCode.of(210, 99), Y2023)).isTrue();
    assertThat(merged.contains(FunctionalCode.of(210, 11), Y2023)).isTrue();
    assertThat(merged.entries()).hasSize(small().entries().size());
  }

  @Test
  void overriddenBy_replacesOnlyTheYearsTheUsersEntriesCover() {
    ClassificationCatalog official2024 = ClassificationCatalog.load(new StringReader(
        "scheme,code,name,valid_from,valid_to,trust,provenance\n"
            + "FUNCTIONAL,210,卫生健康支出,2024,2024,OFFICIAL,2024年政府收支分类科目\n"), "2024.csv");
    ClassificationCatalog merged = small().overriddenBy(official2024);
    assertThat(merged.history(FunctionalCode.of(210))).extracting(CatalogEntry::provenance, e -> range(e))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("p1", "…–2018"),
            org.assertj.core.groups.Tuple.tuple("p2", "2019–2023"),
            org.assertj.core.groups.Tuple.tuple("2024年政府收支分类科目", "2024–2024"),
            org.assertj.core.groups.Tuple.tuple("p2", "2025–…"));
    assertThat(merged.nameOf(FunctionalCode.of(210), Y2018)).contains("医疗卫生与计划生育支出");
  }

  private static String range(CatalogEntry e) {
    return e.validFrom().map(FiscalYear::toString).orElse("…") + "–" + e.validTo().map(FiscalYear::toString).orElse("…");
  }

  @Test
  void overriddenBy_aListedCompletePart_dropsOtherCodesThereInItsYears() {
    ClassificationCatalog official = ClassificationCatalog.of(
        List.of(CatalogEntry.builder().code(FunctionalCode.of(210, 11)).name("行政事业单位医疗")
            .validFrom(FiscalYear.of(2024)).validTo(FiscalYear.of(2024)).provenance("2024 official").build()),
        List.of(CompletePart.builder().scheme(Scheme.FUNCTIONAL).parent(FunctionalCode.of(210))
            .validFrom(FiscalYear.of(2024)).validTo(FiscalYear.of(2024)).provenance("2024 official").build()));
    ClassificationCatalog merged = small().overriddenBy(official);
    assertThat(merged.contains(FunctionalCode.of(210, 15), FiscalYear.of(2024))).as("not in the full 2024 list").isFalse();
    assertThat(merged.contains(FunctionalCode.of(210, 15), Y2023)).isTrue();
    assertThat(merged.contains(FunctionalCode.of(210, 15), FiscalYear.of(2025))).isTrue();
    ClassificationCatalog declaredOnly = small().overriddenBy(ClassificationCatalog.of(List.of(), official.completeParts()));
    assertThat(declaredOnly.contains(FunctionalCode.of(210, 15), FiscalYear.of(2024))).as("no list of its own").isTrue();
  }

  @Test
  void completePartOf_holdsTheChildrenOfADeclaredParent_inItsYears() {
    ClassificationCatalog parts = ClassificationCatalog.load(new StringReader(
        "scheme,parent,valid_from,valid_to,provenance\n"
            + "DEPARTMENTAL_ECONOMIC,302,2020,2026,template\n"
            + "FUNCTIONAL,,2024,2024,official\n"), "parts.csv");
    ClassificationCatalog c = small().overriddenBy(parts);
    assertThat(c.completeParts()).hasSize(2);
    assertThat(c.completePartOf(EconomicCode.of(302, 99), Y2023)).isPresent();
    assertThat(c.completePartOf(EconomicCode.of(302, 99), Y2018)).isEmpty();
    assertThat(c.completePartOf(EconomicCode.of(302), Y2023)).as("the class itself is not below 302").isEmpty();
    assertThat(c.completePartOf(EconomicCode.of(303, 1), Y2023)).isEmpty();
    assertThat(c.completePartOf(FunctionalCode.of(299), FiscalYear.of(2024))).isPresent();
    assertThat(c.completePartOf(FunctionalCode.of(210, 11), FiscalYear.of(2024))).isEmpty();
    assertThat(c).isNotEqualTo(small());
  }

  @Test
  void siblings_areTheChildrenOfTheParent_orEveryClassOfTheScheme() {
    ClassificationCatalog c = small();
    assertThat(c.siblings(FunctionalCode.of(210, 15), Y2023)).extracting(ClassificationCode::digits)
        .containsExactly("21011", "21015");
    assertThat(c.siblings(FunctionalCode.of(210, 15), Y2018)).extracting(ClassificationCode::digits)
        .containsExactly("21011");
    assertThat(c.siblings(FunctionalCode.of(210), Y2023)).extracting(ClassificationCode::digits)
        .containsExactly("210", "229");
  }

  @Test
  void matchName_shortenedNames_areTheirCodesNames() {
    ClassificationCatalog c = ClassificationCatalog.bundled();
    FunctionalCode pension = FunctionalCode.parse("2080505");
    FiscalYear y = FiscalYear.of(2024);
    assertThat(c.matchName(pension, "机关事业单位基本养老保险缴", y)).isEqualTo(NameMatch.SHORTENED);
    assertThat(c.matchName(pension, "基本养老保险", y)).isEqualTo(NameMatch.SHORTENED);
    assertThat(c.matchName(pension, "机关事业单位基本养老保险缴费支出", y)).isEqualTo(NameMatch.MATCHES);
    assertThat(c.matchName(pension, "支出", y)).as("too short to be a name").isEqualTo(NameMatch.MISMATCH);
    assertThat(c.matchName(pension, "基本医疗保险", y)).isEqualTo(NameMatch.MISMATCH);
    assertThat(NameMatch.SHORTENED.isKnownName()).isTrue();
  }

  @Test
  void matchName_bracketsAndWrappedSpaces_match() {
    ClassificationCatalog c = ClassificationCatalog.bundled();
    EconomicCode repairs = EconomicCode.of(302, 13);
    FiscalYear y = FiscalYear.of(2024);
    assertThat(c.matchName(repairs, "维修(护)费", y)).isEqualTo(NameMatch.MATCHES);
    assertThat(c.matchName(repairs, "维修（护）费", y)).isEqualTo(NameMatch.MATCHES);
    assertThat(c.matchName(EconomicCode.of(301, 8), "机关事业单位基本养老保 险缴费", y)).isEqualTo(NameMatch.MATCHES);
  }

  @Test
  void equals_comparesEntries() {
    assertThat(small()).isEqualTo(small()).hasSameHashCodeAs(small());
    assertThat(small()).isEqualTo(ClassificationCatalog.of(small().entries()));
    assertThat(small()).isNotEqualTo(ClassificationCatalog.of(small().entries().subList(1, 10)));
    assertThat(small()).isNotEqualTo("catalog");
  }

  @Test
  void load_path_readsUtf8AndReportsTheFileName(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("ok.csv");
    Files.writeString(ok, SMALL, StandardCharsets.UTF_8);
    assertThat(ClassificationCatalog.load(ok).entries()).hasSize(10);

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, SMALL + "FUNCTIONAL,2101,x,,,p\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ClassificationCatalog.load(bad))
        .isInstanceOfSatisfying(CatalogException.class, e -> {
          assertThat(e.source()).contains(bad.toString());
          assertThat(e.line()).hasValue(12);
        });

    assertThatThrownBy(() -> ClassificationCatalog.load(dir.resolve("missing.csv"))).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void bundled_isLoadedOnce_andKnowsTheRenames() {
    ClassificationCatalog b = ClassificationCatalog.bundled();
    assertThat(b).isSameAs(ClassificationCatalog.bundled());
    assertThat(b.nameOf(FunctionalCode.of(210), Y2018)).contains("医疗卫生与计划生育支出");
    assertThat(b.nameOf(FunctionalCode.of(210), Y2020)).contains("卫生健康支出");
    assertThat(b.nameOf(FunctionalCode.of(208, 5), Y2020)).contains("行政事业单位离退休");
    assertThat(b.nameOf(FunctionalCode.of(208, 5), Y2023)).contains("行政事业单位养老支出");
    assertThat(b.resolve("二十四、其他支出", Y2023, Scheme.FUNCTIONAL)).containsExactly(code("229"));
    assertThat(b.children(FunctionalCode.of(210, 15), Y2023)).extracting(ClassificationCode::digits)
        .containsExactly("2101501", "2101502", "2101504", "2101505", "2101506", "2101550", "2101599");
    assertThat(b.entries()).allSatisfy(e -> assertThat(e.provenance()).isNotBlank());
  }

  @Test
  void bundled_economicSchemes_areSeparatedByTheirFirstDigit() {
    ClassificationCatalog b = ClassificationCatalog.bundled();
    assertThat(b.children(EconomicCode.of(501), Y2023)).extracting(ClassificationCode::digits)
        .containsExactly("50101", "50102", "50103", "50199");
    assertThat(b.resolve("住房公积金", Y2023)).extracting(ClassificationCode::digits)
        .containsExactly("2210201", "30113", "50103");
    assertThat(b.resolve("住房公积金", Y2023, Scheme.DEPARTMENTAL_ECONOMIC)).containsExactly(code("30113"));
    assertThat(b.nameOf(EconomicCode.of(313, 2), Y2023)).contains("对社会保险基金补助");
  }

  @Test
  void bundled_coversEveryFunctionalClassThe2023SeedsList() {
    ClassificationCatalog b = ClassificationCatalog.bundled();
    // seed 003 lists 28 类 and seed 001 adds 转移性支出 (230); 国债还本付息支出 has no trustworthy code
    assertThat(b.entries()).filteredOn(e -> e.scheme() == Scheme.FUNCTIONAL && e.level() == CodeLevel.CLASS && e.isValidIn(Y2023))
        .hasSize(29);
    // 301, 302, 303, 307, 310, 313, 399 printed with codes; 309, 311, 312 from software column lists
    assertThat(b.count(Scheme.DEPARTMENTAL_ECONOMIC, CodeLevel.CLASS)).isEqualTo(10);
    assertThat(b.count(Scheme.DEPARTMENTAL_ECONOMIC, CodeLevel.CLASS, Trust.INFERRED)).isEqualTo(3);
  }

  @Test
  void bundled_printsItsSizeBySchemeAndLevel() {
    ClassificationCatalog b = ClassificationCatalog.bundled();
    StringBuilder out = new StringBuilder("Bundled catalog entries:\n");
    int total = 0;
    for (Scheme s : Scheme.values()) {
      for (CodeLevel l : CodeLevel.values()) {
        int n = b.count(s, l);
        total += n;
        if (n > 0) {
          out.append(String.format("  %-22s %-2s %3d%n", s, l.chinese(), n));
        }
      }
    }
    System.out.print(out);
    assertThat(total).isEqualTo(b.entries().size());
  }

  @Test
  void lookups_areSafeFromManyThreads() {
    ClassificationCatalog b = ClassificationCatalog.bundled();
    ConcurrentHashMap<String, Boolean> seen = new ConcurrentHashMap<>();
    IntStream.range(0, 2000).parallel().forEach(i -> {
      FiscalYear y = FiscalYear.of(2015 + i % 10);
      seen.put(b.nameOf(FunctionalCode.of(210), y).orElseThrow(), true);
    });
    assertThat(seen.keySet()).containsExactlyInAnyOrder("医疗卫生与计划生育支出", "卫生健康支出");
  }

  @FuzzTest(maxDuration = "10s")
  void load_arbitraryText_throwsOnlyCatalogException(byte[] data) {
    if (data == null) {
      return;
    }
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      ClassificationCatalog c = ClassificationCatalog.load(new StringReader(text), "fuzz.csv");
      assertThat(c.entries()).allSatisfy(e -> assertThat(e.name()).isNotBlank());
    } catch (CatalogException expected) {
      assertThat(expected.line()).isPresent();
    }
  }
}
