package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static io.github.cnbudget.rules.fixtures.Fixtures.econ;
import static io.github.cnbudget.rules.fixtures.Fixtures.fn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.rules.fixtures.Fixtures;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogRuleTest {
  private final CatalogRule rule = new CatalogRule();

  private static Disclosure withRow(int rowIndex, Row row) {
    return withRows(TableKind.EXPENDITURE, rowIndex, row);
  }

  /** The consistent document with rows of one table replaced from an index on. */
  private static Disclosure withRows(TableKind kind, int from, Row... replacements) {
    Disclosure d = consistent();
    return Fixtures.withTable(d, Fixtures.tableIndex(d, kind), t -> {
      List<Row> rows = new ArrayList<>(t.rows());
      for (int i = 0; i < replacements.length; i++) {
        if (from + i < rows.size()) {
          rows.set(from + i, replacements[i]);
        } else {
          rows.add(replacements[i]);
        }
      }
      return Fixtures.copy(t, rows);
    });
  }

  private static Disclosure inYear(Disclosure d, int year) {
    Disclosure.Builder b = Disclosure.builder().department(d.department()).year(FiscalYear.of(year)).stage(d.stage())
        .precision(d.precision()).addAllTables(d.tables());
    return b.build();
  }

  @Test
  void check_currentNames_silent() {
    assertThat(rule.check(consistent(), RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_nameOfEarlierYears_warnsWithTheYears() {
    Disclosure d = withRow(4, fn("210", "医疗卫生与计划生育支出", "total", "1000.00"));
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer(), f -> f.arguments().get(3),
            f -> f.arguments().get(5))
        .containsExactly(tuple("stale-name", Severity.WARNING, "/tables/2/rows/4", "–2018", "卫生健康支出"));
    assertThat(rule.check(d, RuleContext.defaults()).get(0).messageZh()).contains("医疗卫生与计划生育支出").contains("2018");
  }

  @Test
  void check_nameOfLaterYears_isNotStale() {
    // 行政事业单位养老支出 is 20805's name from 2021 on; a 2020 document printing it is early, not stale
    Disclosure d = inYear(withRow(2, fn("20805", "行政事业单位养老支出", "total", "80.00")), 2020);
    assertThat(rule.check(d, RuleContext.defaults())).extracting(Finding::code).doesNotContain("stale-name");
  }

  @Test
  void check_privateNumberingOfThreeSections_warnsOncePerTableWithEveryRow() {
    // a unit numbering its 302 款 in its own order: each code carries the name of another 款
    Disclosure d = withRows(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, 5,
        econ("30201", "印刷费", "total", "100.00", "public", "100.00"),
        econ("30202", "咨询费", "total", "20.00", "public", "20.00"),
        econ("30203", "水费", "total", "30.00", "public", "30.00"));
    List<Finding> found = rule.check(d, RuleContext.defaults());
    assertThat(found).extracting(Finding::code, Finding::severity, f -> f.location().pointer())
        .containsExactly(tuple("swapped-names", Severity.WARNING, "/tables/5"));
    assertThat(found.get(0).arguments().get(1)).isEqualTo("3");
    assertThat(found.get(0).arguments().get(3))
        .isEqualTo("30201 «印刷费» → 30202; 30202 «咨询费» → 30203; 30203 «水费» → 30205");
    assertThat(found.get(0).messageZh()).contains("自编序号");
  }

  @Test
  void check_swappedClassNames_warn() {
    Disclosure d = withRows(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, 1,
        econ("301", "商品和服务支出", "total", "850.00", "personnel", "850.00"));
    assertThat(rule.check(d, RuleContext.defaults())).extracting(Finding::code, f -> f.arguments().get(3))
        .containsExactly(tuple("swapped-names", "301 «商品和服务支出» → 302"));
  }

  @Test
  void check_truncatedBracketedAndWrappedNames_silent() {
    Disclosure functional = withRows(TableKind.EXPENDITURE, 3,
        fn("2080505", "机关事业单位基本养老保险缴", "total", "80.00"));
    Disclosure middle = withRows(TableKind.EXPENDITURE, 3, fn("2080505", "基本养老保险", "total", "80.00"));
    Disclosure economic = withRows(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, 3,
        econ("30108", "机关事业单位基本养老保 险缴费", "total", "350.00", "personnel", "350.00"),
        econ("302", "商品和服务支出", "total", "150.00", "public", "150.00"),
        econ("30213", "维修(护)费", "total", "100.00", "public", "100.00"),
        econ("30217", "公务接待费", "total", "20.00", "public", "20.00"),
        econ("30231", "公务用车运行 维护费", "total", "30.00", "public", "30.00"));
    Disclosure fullWidth = withRows(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, 5,
        econ("30213", "维修（护）费", "total", "100.00", "public", "100.00"));
    for (Disclosure d : List.of(functional, middle, economic, fullWidth)) {
      assertThat(rule.check(d, RuleContext.defaults())).isEmpty();
    }
  }

  @Test
  void check_unknownCodeInsideACompletePart_warnsNamingWhatTheCatalogHasThere() {
    Disclosure d = withRows(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC, 6,
        econ("30230", "自定义费用", "total", "20.00", "public", "20.00"));
    List<Finding> found = rule.check(d, RuleContext.defaults());
    assertThat(found).extracting(Finding::code, Finding::severity, f -> f.location().code().orElseThrow())
        .containsExactly(tuple("unknown-code", Severity.WARNING, "30230"));
    assertThat(found.get(0).arguments().get(3)).startsWith("30201 办公费, 30202 印刷费").contains("30299 其他商品和服务支出");
  }

  @Test
  void check_unknownCodesOutsideCompleteParts_oneInfoPerDocument() {
    Disclosure d = withRows(TableKind.EXPENDITURE, 6,
        fn("2101598", "虚构项", "total", "600.00"), fn("20106", "财政事务", "total", "300.00"));
    List<Finding> found = rule.check(d, RuleContext.defaults());
    assertThat(found).extracting(Finding::code, Finding::severity, f -> f.location().pointer())
        .containsExactly(tuple("catalog-gaps", Severity.INFO, ""));
    assertThat(found.get(0).arguments()).containsExactly("2023", "1", "2101598", "0", "—");
  }

  @Test
  void check_namesThatAreNoneOfTheCodes_joinTheSummary() {
    Disclosure d = withRow(4, fn("210", "健康卫生支出", "total", "1000.00"));
    assertThat(rule.check(d, RuleContext.defaults())).extracting(Finding::code, f -> f.arguments().get(4))
        .containsExactly(tuple("catalog-gaps", "210 «健康卫生支出»"));
  }

  @Test
  void check_projectsListedUnderTheirFunctionalCode_notCompared() {
    Disclosure d = withRows(TableKind.EXPENDITURE, 7,
        fn("2101501", "异地就医工作", "total", "300.00"), fn("2101501", "医保移动支付", "total", "300.00"));
    assertThat(rule.check(d, RuleContext.defaults())).as("below the code's own row, 行政运行").isEmpty();
    Disclosure one = withRows(TableKind.EXPENDITURE, 7, fn("2101501", "异地就医工作", "total", "300.00"));
    assertThat(rule.check(one, RuleContext.defaults())).as("one stray name is reported")
        .extracting(Finding::code).containsExactly("catalog-gaps");
  }

  @Test
  void check_usersCatalogFromCsv_changesWhatIsKnown() {
    Disclosure d = withRows(TableKind.EXPENDITURE, 6,
        fn("2101598", "虚构项", "total", "600.00"), fn("2101597", "另一虚构项", "total", "300.00"));
    ClassificationCatalog user = ClassificationCatalog.load(new StringReader(
        "scheme,code,name,valid_from,valid_to,trust,provenance\n"
            + "FUNCTIONAL,2101598,虚构项,2023,2023,OFFICIAL,user's 2023 catalog\n"), "user.csv");
    ClassificationCatalog complete = ClassificationCatalog.load(new StringReader(
        "scheme,parent,valid_from,valid_to,provenance\nFUNCTIONAL,21015,2023,2023,user's 2023 catalog\n"),
        "parts.csv");
    RuleContext known = RuleContext.defaults().withCatalog(ClassificationCatalog.bundled().overriddenBy(user));
    assertThat(rule.check(d, known)).extracting(Finding::code, f -> f.arguments().get(2))
        .containsExactly(tuple("catalog-gaps", "2101597"));
    RuleContext completeToo = known.withCatalog(known.catalog().overriddenBy(complete));
    assertThat(rule.check(d, completeToo)).extracting(Finding::code, Finding::severity, f -> f.location().code().orElseThrow())
        .containsExactly(tuple("unknown-code", Severity.WARNING, "2101597"));
  }

  @Test
  void check_itemUnderUnknownSectionOfACompletePart_warns() {
    Disclosure d = withRows(TableKind.EXPENDITURE, 6, fn("2109801", "虚构项", "total", "600.00"));
    ClassificationCatalog complete = ClassificationCatalog.load(new StringReader(
        "scheme,parent,valid_from,valid_to,provenance\nFUNCTIONAL,210,2023,2023,user's 2023 catalog\n"), "parts.csv");
    RuleContext ctx = RuleContext.defaults().withCatalog(ClassificationCatalog.bundled().overriddenBy(complete));
    assertThat(rule.check(d, ctx)).extracting(Finding::code, f -> f.arguments().get(2))
        .containsExactly(tuple("unknown-parent-code", "21098"));
    assertThat(rule.check(d, RuleContext.defaults())).extracting(Finding::code).containsExactly("catalog-gaps");
  }
}
