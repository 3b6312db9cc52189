package io.github.cnbudget.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.rules.Rules;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The narrative rules, each firing on a real sentence of the seeds or the PDFs (or a variant) and
 * silent on the corrected sentence. Findings are asserted as (code, severity, pointer).
 */
class NarrativeRulesTest {

  private static Disclosure doc(int year, Stage stage, String title, String... paragraphs) {
    List<Paragraph> ps = Arrays.stream(paragraphs).map(t -> Paragraph.builder().text(t).page(3).build())
        .collect(Collectors.toList());
    return Disclosure.builder().department(Department.of("某部门")).year(FiscalYear.of(year)).stage(stage)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 2)).title(title).narrative(Narrative.of(ps)).build();
  }

  private static Disclosure withContents(List<io.github.cnbudget.model.table.DisclosureTable> tables, String... contents) {
    return Disclosure.builder().department(Department.of("某部门")).year(FiscalYear.of(2023)).stage(Stage.BUDGET)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 2)).addContents(contents).addAllTables(tables).build();
  }

  private static Disclosure budget(String... paragraphs) {
    return doc(2023, Stage.BUDGET, "2023年部门预算", paragraphs);
  }

  private static List<String> codes(String rule, Disclosure d) {
    List<Finding> fs = Rules.defaults().pick(rule).validate(d).findings();
    for (Finding f : fs) {
      // every message renders in both languages and names where it is
      assertThat(f.message(Locale.ENGLISH)).doesNotContain("{");
      assertThat(f.messageZh()).doesNotContain("{");
    }
    return fs.stream().map(f -> f.code() + "/" + f.severity() + f.location().pointer()).collect(Collectors.toList());
  }

  @Test
  void percent_agrees_seed000() {
    assertThat(codes("narrative-arithmetic",
        budget("2023年深圳市医疗保障局部门预算收入363,275万元，比2022年增加89,475万元，增长33%。"))).isEmpty();
  }

  @Test
  void aFindingOnAPdfParagraph_isPlacedOnItsPage_aTextParagraphOnItsLine() {
    String printed = "2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%。";
    Finding onPage = Rules.defaults().pick("narrative-arithmetic").validate(budget(printed)).findings().get(0);
    assertThat(onPage.location().page()).hasValue(3);
    assertThat(onPage.location().line()).isEmpty();
    // the message quotes the sentence; where it is printed is the location's
    assertThat(onPage.message(Locale.ENGLISH)).startsWith("“2022年");
    Disclosure text = Disclosure.builder().department(Department.of("某部门")).year(FiscalYear.of(2023)).stage(Stage.BUDGET)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 2))
        .narrative(Narrative.of(List.of(Paragraph.builder().text(printed).line(75).build()))).build();
    Finding onLine = Rules.defaults().pick("narrative-arithmetic").validate(text).findings().get(0);
    assertThat(onLine.location().line()).hasValue(75);
    assertThat(onLine.location().page()).isEmpty();
  }

  @Test
  void percent_mismatch_wanliPdf() {
    String printed = "2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%。";
    assertThat(codes("narrative-arithmetic", budget(printed)))
        .containsExactly("narrative-percent-mismatch/ERROR/narrative/paragraphs/0");
    assertThat(codes("narrative-arithmetic", budget(printed.replace("314.82", "289.12")))).isEmpty();
  }

  @Test
  void percent_onTheWrongBase() {
    // Δ 3,355.65 ÷ new 18,976.76 = 17.68%; over the base 15,621.11 it is 21.48%
    String wrong = "2025年收入预算18,976.76万元，比2024年预算增加3,355.65万元，增长17.68%。";
    assertThat(codes("narrative-arithmetic", doc(2025, Stage.BUDGET, "2025年部门预算", wrong)))
        .containsExactly("narrative-percent-wrong-base/ERROR/narrative/paragraphs/0");
    assertThat(codes("narrative-arithmetic", doc(2025, Stage.BUDGET, "2025年部门预算", wrong.replace("17.68", "21.48"))))
        .isEmpty();
  }

  @Test
  void percent_offByTheLastDigit_isInfo() {
    // 189.48 ÷ (461.49 − 189.48) = 69.66%: 69% is truncated, not rounded
    assertThat(codes("narrative-arithmetic", budget("支出预算461.49万元，比2022年预算增加189.48万元，增长69%。")))
        .containsExactly("narrative-percent-rounding/INFO/narrative/paragraphs/0");
  }

  @Test
  void direction_againstTheAmounts() {
    String p = "2022年当年预算执行数为667.32万元，2023年预算安排635.10万元，比2022年预算执行数增加4.83%。";
    assertThat(codes("narrative-arithmetic", budget(p)))
        .containsExactly("narrative-direction-mismatch/ERROR/narrative/paragraphs/0");
    assertThat(codes("narrative-arithmetic", budget(p.replace("增加", "减少")))).isEmpty();
  }

  @Test
  void change_againstBothStatedFigures_seed002() {
    String p = "本部门 2020 年度机关运行经费支出 337.09万元，比上年决算数 149.77万元增加 187.32万元，增长 125.08%。";
    Disclosure ok = doc(2020, Stage.FINAL_ACCOUNT, "2020年度部门决算", p);
    assertThat(codes("narrative-arithmetic", ok)).isEmpty();
    assertThat(codes("narrative-arithmetic", doc(2020, Stage.FINAL_ACCOUNT, "2020年度部门决算", p.replace("187.32", "178.32"))))
        .containsExactly("narrative-change-mismatch/ERROR/narrative/paragraphs/0");
  }

  @Test
  void directionWords_disagree() {
    assertThat(codes("narrative-arithmetic", budget("“三公”经费预算96.12万元，比2022年预算增加45万元，下降88%。")))
        .containsExactly("narrative-direction-words/ERROR/narrative/paragraphs/0");
  }

  @Test
  void negativeBase_wanliPdf() {
    String p = "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元。";
    assertThat(codes("narrative-arithmetic", budget(p)))
        .containsExactly("narrative-negative-base/ERROR/narrative/paragraphs/0");
    assertThat(codes("narrative-arithmetic", budget("政府性基金拨款支出预算0万元，比2022年预算持平。"))).isEmpty();
  }

  @Test
  void zeroBase_socialWorkPdf() {
    Disclosure d = doc(2024, Stage.FINAL_ACCOUNT, "2024年度部门决算",
        "中共上海市普陀区委社会工作部 2024 年度收入支出总计 307.82 万元。与 2023 年度相比，收入支出总计增加 307.82 万元，增长 100.00%。");
    assertThat(codes("narrative-arithmetic", d)).containsExactly("narrative-zero-base/WARNING/narrative/paragraphs/0");
  }

  @Test
  void share_financeBureauPdf() {
    String p = "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；";
    assertThat(codes("narrative-arithmetic", budget(p)))
        .containsExactly("narrative-share-mismatch/ERROR/narrative/paragraphs/0");
    assertThat(codes("narrative-arithmetic", budget(p.replace("71.73", "71.65")))).isEmpty();
  }

  @Test
  void share_withoutSign_seed003() {
    assertThat(codes("narrative-arithmetic", budget("2023 年支出预算 461.49 万元, 其中: 基本支出 410.89 万元, 占 89.04%; 项目支出 50.6 万元, 占 10.96")))
        .containsExactly("narrative-share-without-sign/WARNING/narrative/paragraphs/0");
  }

  @Test
  void completion_onTheWrongBase_socialWorkPdf() {
    String p = "一般公共预算财政拨款支出年初预算为 0 万元，全年预算为321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%。";
    assertThat(codes("narrative-arithmetic", doc(2024, Stage.FINAL_ACCOUNT, "2024年度部门决算", p)))
        .containsExactly("narrative-completion-wrong-base/ERROR/narrative/paragraphs/0");
    assertThat(codes("narrative-arithmetic", doc(2024, Stage.FINAL_ACCOUNT, "2024年度部门决算", p.replace("完成年初预算", "完成全年预算"))))
        .isEmpty();
  }

  @Test
  void completion_mismatch_andAgreement_seed002() {
    String p = "项目全年预算数 7,215.55万元，执行数 6,263.57万元，预算执行率86.8%。";
    assertThat(codes("narrative-arithmetic", doc(2020, Stage.FINAL_ACCOUNT, "2020年度部门决算", p))).isEmpty();
    assertThat(codes("narrative-arithmetic", doc(2020, Stage.FINAL_ACCOUNT, "2020年度部门决算", p.replace("86.8", "80.8"))))
        .containsExactly("narrative-completion-mismatch/ERROR/narrative/paragraphs/0");
  }

  @Test
  void repeatedItem_wanliPdf() {
    String p = "16. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”220.63万元，主要用于机关事业单位职业年金缴费支出。"
        + "2022年当年预算执行数为132.59万元，2023年预算安排441.25万元，比2022年预算执行数增加66.40%。";
    assertThat(codes("narrative-repeated-item", budget(p)))
        .containsExactly("narrative-item-two-amounts/ERROR/narrative/paragraphs/0");
    assertThat(codes("narrative-repeated-item", budget(p.replace("441.25", "220.63")))).isEmpty();
  }

  @Test
  void repeatedItem_silentOnAListInOneSentence_seed003() {
    assertThat(codes("narrative-repeated-item", budget(
        "其中:人员类项目 14 个,涉及预算 380.76 万元;运转类项目 3 个,涉及预算 30.13 万元;特定目标类项目 11 个,涉及预算 50.6 万元。")))
        .isEmpty();
  }

  @Test
  void comparisonYear() {
    assertThat(codes("narrative-comparison-year", budget("支出预算461.49万元，比2021年预算增加189.48万元。")))
        .containsExactly("narrative-comparison-year/WARNING/narrative/paragraphs/0");
    assertThat(codes("narrative-comparison-year", budget("支出预算461.49万元，比2023年预算增加189.48万元。")))
        .containsExactly("narrative-compared-with-itself/WARNING/narrative/paragraphs/0");
    assertThat(codes("narrative-comparison-year", budget("支出预算461.49万元，比2022年预算增加189.48万元。"))).isEmpty();
  }

  @Test
  void hygiene_seed003AndTemplate() {
    assertThat(codes("narrative-hygiene", budget("主要原因:一是人员的增加;三是工伤保险险种的增加。。")))
        .containsExactly("narrative-doubled-punctuation/WARNING/narrative/paragraphs/0");
    assertThat(codes("narrative-hygiene", budget("支出增加10万元，主要原因是。")))
        .containsExactly("narrative-truncated-sentence/WARNING/narrative/paragraphs/0");
    assertThat(codes("narrative-hygiene", budget("机关运行经费支出 XXX 万元，比 2023 年度增加（减少）XXX万元。")))
        .containsExactly("narrative-template-residue/WARNING/narrative/paragraphs/0");
    assertThat(codes("narrative-hygiene", budget("为满足“挂床住院检查需要。")))
        .containsExactly("narrative-unbalanced-quotes/WARNING/narrative/paragraphs/0");
    assertThat(codes("narrative-hygiene", budget("主要原因是人员增加。预决算持平的不用说明变动原因。具体包括："))).isEmpty();
  }

  @Test
  void scope_unitDocumentSpeaksOfDepartment() {
    Disclosure unit = doc(2025, Stage.BUDGET, "上海市普陀区2025年区级单位预算", "2025年部门预算安排购置车辆0辆。");
    assertThat(codes("narrative-document-scope", unit))
        .containsExactly("narrative-scope-mismatch/WARNING/narrative/paragraphs/0");
    Disclosure dept = doc(2025, Stage.BUDGET, "上海市普陀区2025年区级部门预算", "2025年部门预算安排购置车辆0辆。"
        + "下属行政事业单位决算。");
    assertThat(codes("narrative-document-scope", dept)).isEmpty();
  }

  @Test
  void statements_selfContradiction_andThreePublicItems() {
    Disclosure d = budget("2023年“三公”经费预算2万元。公务接待费减少为0.00万元，与2022年持平。");
    assertThat(codes("narrative-required-statements", d)).containsExactlyInAnyOrder(
        "narrative-self-contradiction/ERROR/narrative/paragraphs/0",
        "narrative-three-public-missing/WARNING/narrative",
        "narrative-three-public-missing/WARNING/narrative");
    Disclosure complete = budget("2023年“三公”经费预算2万元。因公出国（境）费0万元；公务用车购置费0万元，公务用车运行维护费0万元；公务接待费2万元，与2022年持平。");
    assertThat(codes("narrative-required-statements", complete)).isEmpty();
    Disclosure none = doc(2024, Stage.FINAL_ACCOUNT, "2024年度部门决算", "中共上海市普陀区委社会工作部 2024 年度无“三公”经费财政拨款支出。");
    assertThat(codes("narrative-required-statements", none)).isEmpty();
  }

  @Test
  void statements_vehiclesHeld_byTheWordOrByTheirCount_seed002() {
    String travel = "2020年“三公”经费支出1.74万元。因公出国（境）费0万元；公务用车购置费0万元，公务用车运行维护费0万元；公务接待费1.74万元，"
        + "共接待国内公务12批次、60人次。";
    Disclosure count = doc(2020, Stage.FINAL_ACCOUNT, "2020年度部门决算", travel, "截至 2020 年 12 月 31 日，本部门共有车辆 0 辆；单价 50 万元以上通用设备 0 台。");
    assertThat(codes("narrative-required-statements", count)).isEmpty();
    Disclosure word = doc(2020, Stage.FINAL_ACCOUNT, "2020年度部门决算", travel, "2020年末公务用车保有量为0辆。");
    assertThat(codes("narrative-required-statements", word)).isEmpty();
    // a vehicle purchase plan is not the vehicles held
    Disclosure plan = doc(2020, Stage.FINAL_ACCOUNT, "2020年度部门决算", travel, "2021年部门预算安排购置车辆1辆。");
    assertThat(codes("narrative-required-statements", plan)).containsExactly("narrative-three-public-missing/WARNING/narrative");
  }

  @Test
  void statements_emptyFundTable_explainedUnderItsHeading_seed002() {
    io.github.cnbudget.model.table.DisclosureTable capital = io.github.cnbudget.model.table.DisclosureTable.builder()
        .kind(io.github.cnbudget.model.table.TableKind.STATE_CAPITAL).title("国有资本经营预算财政拨款支出决算表").build();
    Disclosure headed = Disclosure.builder().department(Department.of("某部门")).year(FiscalYear.of(2020)).stage(Stage.FINAL_ACCOUNT)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 2)).addTables(capital)
        .narrative(Narrative.of(List.of(Paragraph.builder().text("无。").section("（九）国有资本经营预算财政拨款支出").line(750).build())))
        .build();
    assertThat(codes("narrative-required-statements", headed)).isEmpty();
    Disclosure elsewhere = headed.withNarrative(Narrative.of(List.of(
        Paragraph.builder().text("无。").section("（十）预算绩效情况说明").line(750).build())));
    assertThat(codes("narrative-required-statements", elsewhere))
        .containsExactly("narrative-empty-table-unexplained/WARNING/tables/0");
  }

  @Test
  void statements_procurementSplit() {
    assertThat(codes("narrative-required-statements", budget("2025年本部门政府采购预算34万元。")))
        .containsExactly("narrative-procurement-split-missing/WARNING/narrative/paragraphs/0");
    assertThat(codes("narrative-required-statements",
        budget("2025年本部门政府采购预算34万元，其中：政府采购货物预算0万元、政府采购工程预算0万元、政府采购服务预算34万元。"))).isEmpty();
  }

  @Test
  void contents_yearOfTheTitle() {
    Disclosure d = doc(2025, Stage.BUDGET, "上海市普陀区202 年度部门预算", "支出预算1万元。");
    assertThat(codes("contents-consistency", d)).containsExactly("contents-year/WARNING/title");
    assertThat(codes("contents-consistency", doc(2025, Stage.BUDGET, "上海市普陀区2025年度部门预算", "支出预算1万元。")))
        .isEmpty();
  }

  @Test
  void names_staleCatalogName_seed003() {
    String p = "3. 社会保障和就业(类)行政事业单位离退休(款)机关事业单位基本养老保险缴费支出(项)2023年预算数为41.96万元。";
    assertThat(codes("narrative-classification-names", budget(p)))
        .containsExactly("narrative-stale-name/WARNING/narrative/paragraphs/0");
    assertThat(codes("narrative-classification-names", budget(p.replace("行政事业单位离退休", "行政事业单位养老支出")))).isEmpty();
  }

  @Test
  void names_classNameOfAnOlderCatalog() {
    assertThat(codes("narrative-classification-names", budget("医疗卫生与计划生育支出（类）60.99万元，占2.07%。")))
        .containsExactly("narrative-stale-name/WARNING/narrative/paragraphs/0");
    assertThat(codes("narrative-classification-names",
        doc(2018, Stage.FINAL_ACCOUNT, "2018年度部门决算", "医疗卫生与计划生育支出（类）60.99万元，占2.07%。"))).isEmpty();
  }

  @Test
  void names_codeNamedOtherwiseThanInTheTables() {
    io.github.cnbudget.model.table.DisclosureTable t = io.github.cnbudget.model.table.DisclosureTable.builder()
        .kind(io.github.cnbudget.model.table.TableKind.GENERAL_PUBLIC_BY_FUNCTION).title("一般公共预算支出表")
        .addColumns(io.github.cnbudget.model.table.Column.of("total", io.github.cnbudget.model.table.Concept.TOTAL, "合计"))
        .addRows(io.github.cnbudget.model.table.Row.builder().kind(io.github.cnbudget.model.table.RowKind.CODE)
            .code(io.github.cnbudget.model.classification.FunctionalCode.of(210)).label("卫生健康支出")
            .putCells("total", io.github.cnbudget.model.table.Cell.printed("60.99")).build())
        .build();
    Disclosure d = budget("医疗卫生支出（210类）60.99万元。").withTables(List.of(t));
    assertThat(codes("narrative-classification-names", d))
        .containsExactly("narrative-name-differs-from-table/WARNING/narrative/paragraphs/0");
    assertThat(codes("narrative-classification-names", budget("卫生健康支出（210类）60.99万元。").withTables(List.of(t))))
        .isEmpty();
  }

  @Test
  void contents_listedTwice_andOutOfOrder() {
    io.github.cnbudget.model.table.DisclosureTable income = io.github.cnbudget.model.table.DisclosureTable.builder()
        .kind(io.github.cnbudget.model.table.TableKind.INCOME).title("收入总表").build();
    io.github.cnbudget.model.table.DisclosureTable expenditure = io.github.cnbudget.model.table.DisclosureTable.builder()
        .kind(io.github.cnbudget.model.table.TableKind.EXPENDITURE).title("支出总表").build();
    Disclosure d = withContents(List.of(income, expenditure), "2023年支出总表", "2023年收入总表", "2023年支出总表");
    assertThat(codes("contents-consistency", d)).containsExactly("contents-out-of-order/WARNING/contents/1",
        "contents-listed-twice/WARNING/contents/2");
    Disclosure ordered = withContents(List.of(income, expenditure), "2023年收入总表", "2023年支出总表");
    assertThat(codes("contents-consistency", ordered)).isEmpty();
  }

  @Test
  void coverage_listsUnreadSentences() {
    assertThat(codes("narrative-coverage", budget("满意度达到 99.7%。", "支出预算1万元。")))
        .containsExactly("narrative-not-read/INFO/narrative/paragraphs/0");
  }

  @Test
  void noNarrative_noFinding() {
    Disclosure d = Disclosure.builder().department(Department.of("某部门")).year(FiscalYear.of(2023)).stage(Stage.BUDGET)
        .precision(Precision.of(AmountUnit.WAN_YUAN, 2)).build();
    assertThat(Rules.defaults().validate(d).findings()).noneMatch(f -> f.ruleId().startsWith("narrative"));
    assertThat(Severity.values()).isNotEmpty();
  }

  private static Disclosure withEmptyFundTable(int year, String... paragraphs) {
    io.github.cnbudget.model.table.DisclosureTable fund = io.github.cnbudget.model.table.DisclosureTable.builder()
        .kind(io.github.cnbudget.model.table.TableKind.GOVERNMENT_FUND).title(year + "年部门政府性基金预算支出功能分类预算表")
        .emptyStatement("注:本部门" + year + "年无政府性基金预算财政拨款安排的预算，故本表为空表。").build();
    return doc(year, Stage.BUDGET, year + "年部门预算", paragraphs).withTables(List.of(fund));
  }

  @Test
  void emptyFundTable_explainedByAZeroAmount_wanli2024() {
    String said = "财政拨款支出预算中，一般公共预算拨款支出预算15621.11万元，比2023年预算减少876.75万元；政府性基金拨款支出预算0.00万元，"
        + "比2023年预算持平；国有资本经营预算拨款支出预算0.00万元，比2023年预算持平。";
    assertThat(codes("narrative-required-statements", withEmptyFundTable(2024, said))).isEmpty();
    assertThat(codes("narrative-required-statements", withEmptyFundTable(2024, "本部门2024年无政府性基金预算财政拨款支出。")))
        .isEmpty();
    // seed 001: the narrative never speaks of the fund
    assertThat(codes("narrative-required-statements", withEmptyFundTable(2024, "一般公共预算拨款支出预算15621.11万元。")))
        .containsExactly("narrative-empty-table-unexplained/WARNING/tables/0");
    // a zero of another year says nothing of this one
    assertThat(codes("narrative-required-statements",
        withEmptyFundTable(2024, "2023年政府性基金拨款支出预算0.00万元，2024年一般公共预算拨款支出预算15621.11万元。")))
        .containsExactly("narrative-empty-table-unexplained/WARNING/tables/0");
  }
}
