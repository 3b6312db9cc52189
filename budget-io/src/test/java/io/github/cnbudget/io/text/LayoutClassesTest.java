package io.github.cnbudget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Table layouts of documents the project does not hold, each written as a variant in {@code variants/}:
 * a by-unit table printing the department's own line under 合计, a two-sided summary whose right-hand
 * header runs into the left's, the first amount printed against the name, several column headers on
 * one text line.
 */
class LayoutClassesTest {

  private static ImportResult read(String variant) {
    return DisclosureImporter.defaults().importText(IndicatorGridTest.variant(variant));
  }

  /** The ERRORs of the rules, but for the tables the short variants leave out. */
  private static List<String> errors(Disclosure d) {
    return Rules.defaults().validate(d).findings(Severity.ERROR).stream().map(Finding::code)
        .filter(c -> !c.equals("missing-table")).toList();
  }

  private static Map<String, BigDecimal> amounts(Row r) {
    return r.cells().entrySet().stream().filter(e -> e.getValue().hasValue())
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().valueOrZero()));
  }

  private static Row row(DisclosureTable t, String label) {
    return t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void importText_departmentLineUnderTotal_isTheDepartmentsTotalNotAUnit() {
    ImportResult r = read("by-unit-department-row.txt");

    for (DisclosureTable t : r.disclosure().tables()) {
      Row own = row(t, "某市医疗保障局");
      assertThat(own.kind()).isEqualTo(RowKind.TOTAL);
      assertThat(own.unit()).isEmpty();
      assertThat(t.rows()).filteredOn(x -> x.kind() == RowKind.UNIT).extracting(Row::label)
          .containsExactly("某市医疗保障局本级", "某市医疗保险服务中心", "某市医疗救助服务中心");
    }
    assertThat(r.disclosure().department().units()).extracting(u -> u.name())
        .doesNotContain("某市医疗保障局");
    assertThat(errors(r.disclosure())).doesNotContain("unit-sum-mismatch").isEmpty();
  }

  @Test
  void importText_summaryWhoseRightHeaderRunsIntoTheLeft_readsBothSides() {
    ImportResult r = read("summary-merged-header.txt");

    DisclosureTable t = r.disclosure().tables().get(0);
    assertThat(row(t, "一、一般公共预算拨款").side()).isEqualTo(Side.INCOME);
    assertThat(amounts(row(t, "一、一般公共预算拨款")).values()).containsExactly(new BigDecimal("1420.40"));
    assertThat(row(t, "二、卫生健康支出").side()).isEqualTo(Side.EXPENDITURE);
    assertThat(amounts(row(t, "二、卫生健康支出")).values()).containsExactly(new BigDecimal("1365.90"));
    assertThat(t.columns()).filteredOn(c -> c.side() == Side.INCOME).allSatisfy(c ->
        assertThat(c.header()).first().isEqualTo("收入"));
    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
    assertThat(errors(r.disclosure())).isEmpty();
  }

  @Test
  void importText_firstAmountPrintedAgainstTheName_readsItAsTheFirstAmount() {
    ImportResult r = read("amount-glued-to-name.txt");

    DisclosureTable t = r.disclosure().tables().get(0);
    Row row = row(t, "社会保障和就业支出");
    assertThat(row.cells().values()).extracting(Cell::value).extracting(v -> v.orElse(null))
        .containsExactly(new BigDecimal("120.50"), new BigDecimal("120.50"), new BigDecimal("0.00"));
    assertThat(t.rows()).noneMatch(x -> x.label().matches(".*\\d$"));
    assertThat(errors(r.disclosure())).isEmpty();
  }

  @Test
  void importText_severalColumnHeadersOnOneTextLine_givesEachItsColumn() {
    ImportResult r = read("headers-on-one-line.txt");

    DisclosureTable t = r.disclosure().tables().get(0);
    assertThat(t.columns()).extracting(c -> c.label()).containsExactly("合计", "基本支出", "项目支出");
    assertThat(row(t, "信息化建设").cells().values()).extracting(c -> c.value().orElse(null))
        .containsExactly(new BigDecimal("250.00"), new BigDecimal("0.00"), new BigDecimal("250.00"));
    assertThat(r.report().problems(Severity.ERROR)).isEmpty();
    assertThat(errors(r.disclosure())).isEmpty();
  }

  @Test
  void importText_tablesOutsideTheVocabulary_areTablesOfTheirOwnBetweenTheStandardOnes() {
    ImportResult r = read("unlisted-tables.txt");

    assertThat(r.disclosure().tables()).extracting(DisclosureTable::kind).containsExactly(
        io.github.cnbudget.model.table.TableKind.INCOME_EXPENDITURE_SUMMARY, io.github.cnbudget.model.table.TableKind.STATE_ASSETS,
        io.github.cnbudget.model.table.TableKind.OTHER, io.github.cnbudget.model.table.TableKind.OTHER,
        io.github.cnbudget.model.table.TableKind.GENERAL_PUBLIC_BY_FUNCTION);
    DisclosureTable assets = r.disclosure().tables().get(1);
    assertThat(assets.title()).isEqualTo("国有资产占有使用情况表");
    assertThat(assets.columns()).extracting(c -> c.label())
        .containsExactly("资产总额", "流动资产", "固定资产", "在建工程", "无形资产", "对外投资", "其他资产");
    assertThat(amounts(row(assets, "某市农业技术推广中心"))).containsEntry("c1", new BigDecimal("260.00")).hasSize(7);
    // the summary before it keeps its own six rows, the vehicle counts are no unit of the department
    assertThat(r.disclosure().tables().get(0).rows()).hasSize(6);
    DisclosureTable vehicles = r.disclosure().tables().get(3);
    assertThat(row(vehicles, "数量（辆、台）").kind()).isEqualTo(RowKind.ITEM);
    assertThat(r.disclosure().department().units()).extracting(u -> u.name())
        .containsExactly("某市农业农村局本级", "某市农业技术推广中心");
    // the sentence pointing at the tables stays in the narrative
    assertThat(r.disclosure().narrative().paragraphs()).anyMatch(p -> p.text().endsWith("详见附表。"));
    assertThat(r.report().problems()).isEmpty();
    assertThat(errors(r.disclosure())).isEmpty();
  }

  /**
   * A two-sided summary headed in one row by its sides' words over the name columns (收入项目 | 预算数 |
   * 支出项目 | 预算数, or 收入 | 决算数 | 支出 | 决算数): the words name each side's rows; both sides are read.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"收入项目\t预算数\t支出项目\t预算数", "收入\t预算数\t支出\t预算数",
      "收入\t金额\t支出\t金额", "项目（收入）\t预算数\t项目（支出）\t预算数"})
  void importText_summaryHeadedBySideWordsInOneRow_readsBothSides(String header) {
    String text = IndicatorGridTest.variant("summary-side-words.txt").replace("收入项目\t预算数\t支出项目\t预算数", header);
    ImportResult r = DisclosureImporter.defaults().importText(text);

    DisclosureTable t = r.disclosure().tables().get(0);
    assertThat(t.rows()).filteredOn(x -> x.side() == Side.EXPENDITURE).extracting(Row::label)
        .containsExactly("一、农林水支出", "二、社会保障和就业支出", "本年支出合计", "支出总计");
    assertThat(amounts(row(t, "三、事业收入"))).containsOnlyKeys("income.amount")
        .containsValue(new BigDecimal("50.00"));
    assertThat(r.report().problems()).isEmpty();
    assertThat(errors(r.disclosure())).isEmpty();
  }
}
