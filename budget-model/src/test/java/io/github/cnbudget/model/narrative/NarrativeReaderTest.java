package io.github.cnbudget.model.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The fact grammar on real sentences of the seeds and the PDFs, and on variants. */
class NarrativeReaderTest {

  private static NarrativeReading read(String... paragraphs) {
    return Narrative.of(java.util.Arrays.stream(paragraphs).map(Paragraph::of).toList()).reading();
  }

  @Test
  void read_amountWithComparisonAndRate() {
    NarrativeReading r = read("2025年收入预算18,976.76万元，比2024年预算增加3,355.65万元，增长21.5%。");
    Fact f = r.facts().get(0);
    assertThat(f.topic()).isEqualTo(Topic.INCOME);
    assertThat(f.year()).isEqualTo(OptionalInt.of(2025));
    assertThat(f.amount().get().value()).isEqualByComparingTo("18976.76");
    Comparison c = f.comparison().get();
    assertThat(c.year()).isEqualTo(OptionalInt.of(2024));
    assertThat(c.basis()).contains(Basis.BUDGET);
    assertThat(c.direction()).contains(Direction.INCREASE);
    assertThat(c.change().get().inYuan()).isEqualByComparingTo("33556500");
    assertThat(c.percent().get().value()).isEqualByComparingTo("21.5");
    assertThat(r.unread()).isEmpty();
  }

  @Test
  void read_statedEarlierFigure_seed_wanli() {
    NarrativeReading r = read("1. “一般公共服务支出（类）统计信息事务（款）统计管理（项）”2.63万元，主要用于统计管理。2022年当年预算执行数为1.48"
        + "万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70 %。主要原因是：统计管理经费增加。");
    List<Fact> f = r.facts();
    assertThat(f).hasSize(3);
    assertThat(f.get(0).topic()).isEqualTo(Topic.CLASSIFICATION);
    assertThat(f.get(0).classificationNames()).containsExactly("一般公共服务支出", "统计信息事务", "统计管理");
    assertThat(f.get(1).year()).isEqualTo(OptionalInt.of(2022));
    assertThat(f.get(1).basis()).contains(Basis.EXECUTION);
    assertThat(f.get(1).topic()).isEqualTo(Topic.CLASSIFICATION);
    assertThat(f.get(2).comparison().get().basis()).contains(Basis.EXECUTION);
    assertThat(f.get(2).comparison().get().percent().get().printed()).isEqualTo("77.70%");
  }

  /**
   * Text extracted out of order cut a 项's name short and put the amount right after it: the name after
   * the last marked level is kept as the name the sentence is about (not the 款 before it), so no table
   * row of the 款 is compared with the 项's amount.
   */
  @Test
  void read_nameAfterTheLastMarkedLevel_isTheLastName() {
    NarrativeReading r = read("6、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老161.62万元，支出决算为160.75万元。");

    assertThat(r.facts()).first().satisfies(f -> assertThat(f.classificationNames())
        .containsExactly("社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老"));
  }

  @Test
  void read_basisAfterTheLastMarkedLevel_isNotAName() {
    NarrativeReading r = read("卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)2023年预算数为19.43万元。");

    assertThat(r.facts()).first().satisfies(f -> assertThat(f.classificationNames())
        .containsExactly("卫生健康支出", "行政事业单位医疗", "行政单位医疗"));
  }

  @Test
  void read_shareAndUnsignedShare_seed003() {
    NarrativeReading r = read("达州市医疗保障事务中心 2023 年支出预算 461.49 万元, 其中: 基本支出 410.89 万元, 占 89.04%; 项目支出 50.6 万元, 占 10.96");
    assertThat(r.facts()).extracting(Fact::topic).containsExactly(Topic.EXPENDITURE, Topic.BASIC, Topic.PROJECT);
    assertThat(r.facts().get(1).share().get().signed()).isTrue();
    assertThat(r.facts().get(2).share().get().signed()).isFalse();
  }

  @Test
  void read_completionNamesItsBase_socialWorkPdf() {
    NarrativeReading r = read("一般公共预算财政拨款支出年初预算为 0 万元，全年预算为321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%。");
    Fact done = r.facts().get(2);
    assertThat(done.basis()).contains(Basis.FINAL);
    assertThat(done.completion().get().value()).isEqualByComparingTo("95.89");
    assertThat(done.completionOf()).contains("年初预算");
    assertThat(r.facts().get(0).basis()).contains(Basis.INITIAL_BUDGET);
    assertThat(r.facts().get(1).basis()).contains(Basis.ADJUSTED_BUDGET);
  }

  @Test
  void read_sameAsLastYear_govOfficePdf() {
    NarrativeReading r = read("（一）因公出国（境）费839万元，与2024年预算持平。");
    Fact f = r.facts().get(0);
    assertThat(f.topic()).isEqualTo(Topic.OVERSEAS_TRAVEL);
    assertThat(f.comparison().get().direction()).contains(Direction.SAME);
    assertThat(f.comparison().get().year()).isEqualTo(OptionalInt.of(2024));
  }

  @Test
  void read_subjectBeforeItsComparison_seed003() {
    NarrativeReading r = read("(一)公务接待费较 2022 年预算下降 50%。主要原因是按照相关政策, 厉行节约, 压减三公经费。");
    Fact f = r.facts().get(0);
    assertThat(f.topic()).isEqualTo(Topic.OFFICIAL_RECEPTION);
    assertThat(f.amount()).isEmpty();
    assertThat(f.comparison().get().percentDirection()).contains(Direction.DECREASE);
  }

  @Test
  void read_changeInALaterSentence_isOfTheParagraphsItem_seed000() {
    NarrativeReading r = read("1. 医疗保障政策研究管理 985 万元，主要包括：医保宣传及调研论证 566 万元。较 2022 年增加 231 万元，增幅 31%，主要因推动改革。");
    Fact f = r.facts().get(0);
    assertThat(f.subject()).isEqualTo("医疗保障政策研究管理");
    assertThat(f.comparison().get().change().get().value()).isEqualByComparingTo("231");
    assertThat(f.comparison().get().percent().get().value()).isEqualByComparingTo("31");
    assertThat(r.unread()).isEmpty();
  }

  @Test
  void read_statedBase_seed002() {
    NarrativeReading r = read("本部门 2020 年度机关运行经费支出 337.09万元，比上年决算数 149.77万元增加 187.32万元，增长 125.08%。");
    Comparison c = r.facts().get(0).comparison().get();
    assertThat(c.base().get().value()).isEqualByComparingTo("149.77");
    assertThat(c.change().get().value()).isEqualByComparingTo("187.32");
    assertThat(r.facts().get(0).topic()).isEqualTo(Topic.RUNNING_COSTS);
  }

  @Test
  void read_comparisonWithAnEarlierOutturn_isOfTheOutturn_seed002() {
    NarrativeReading r = read("2020年一般公共预算财政拨款开支的“三公”经费支出1.74万元，全年预算数为2.04万元，完成预算的85.29%，"
        + "与2019年决算数0.18万元相比，增加1.56万元。");
    Fact outturn = r.facts().get(0);
    assertThat(outturn.amount().get().value()).isEqualByComparingTo("1.74");
    assertThat(outturn.comparison().get().base().get().value()).isEqualByComparingTo("0.18");
    assertThat(outturn.comparison().get().change().get().value()).isEqualByComparingTo("1.56");
    assertThat(r.facts().get(1).completion().get().value()).isEqualByComparingTo("85.29");
  }

  @Test
  void read_aRateInAReason_isNotOfTheAmountBefore() {
    NarrativeReading r = read("支出预算461.49万元，比上年增加189.48万元，主要原因是人员增加5人，增长10%。");
    assertThat(r.facts().get(0).comparison().get().percent()).isEmpty();
    assertThat(r.unread()).hasSize(1);
  }

  @Test
  void read_aShareInBracketsIsOfTheAmountBefore() {
    NarrativeReading r = read("支出预算100万元，其中项目支出40万元（其中政府采购20万元，占50%）。");
    assertThat(r.facts().get(2).shareOf()).contains("项目支出");
  }

  @Test
  void read_procurementParts_inEitherWordOrder() {
    // 万里街道 2024 and 政府办公室 2025: 政府采购货物预算 / 政府采购工程预算 / 政府采购服务预算; seed 000: 货物采购;
    // seed 001: 工程类采购预算; seed 002: 政府采购工程支出
    NarrativeReading r = read("2024年本部门政府采购预算1662.44万元，其中：政府采购货物预算93.98万元、政府采购工程预算815.87万元、"
        + "政府采购服务预算752.59万元。");
    assertThat(r.facts()).extracting(Fact::topic).containsExactly(Topic.PROCUREMENT, Topic.PROCUREMENT_GOODS,
        Topic.PROCUREMENT_WORKS, Topic.PROCUREMENT_SERVICES);
    assertThat(read("其中货物采购 124万元、工程采购 0万元、服务采购 6,812万元。").facts()).extracting(Fact::topic)
        .containsExactly(Topic.PROCUREMENT_GOODS, Topic.PROCUREMENT_WORKS, Topic.PROCUREMENT_SERVICES);
    assertThat(read("其中：政府采购货物支出 202 万元，政府采购工程支出 640.30 万元。").facts()).extracting(Fact::topic)
        .containsExactly(Topic.PROCUREMENT_GOODS, Topic.PROCUREMENT_WORKS);
    // the amount reserved for small firms is of the 政府采购, not one of its parts
    assertThat(read("面向中小企业预留政府采购项目预算金额332.00万元。").facts()).extracting(Fact::topic)
        .containsExactly(Topic.PROCUREMENT);
  }

  @Test
  void read_newValueAfterDirectionWord() {
    NarrativeReading r = read("公务接待费减少为0.00万元，与2024年持平。");
    Fact f = r.facts().get(0);
    assertThat(f.amount().get().value()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(f.comparison().get().direction()).contains(Direction.DECREASE);
  }

  @Test
  void read_thresholdIsNoFact_butIsRead() {
    NarrativeReading r = read("截至2022年10月，深圳市医疗保障局共有车辆13辆；单价50万元以上通用设备2台（套）。");
    assertThat(r.facts()).isEmpty();
    assertThat(r.sentences()).hasSize(1);
    assertThat(r.unread()).isEmpty();
  }

  @Test
  void read_percentWithNothingToAttach_staysUnread() {
    NarrativeReading r = read("满意度达到 99.7%。");
    assertThat(r.unread()).hasSize(1);
    assertThat(r.unread().get(0).unread()).containsExactly("99.7%");
    assertThat(r.facts()).isEmpty();
  }

  @Test
  void read_codePrintedWithName() {
    NarrativeReading r = read("卫生健康支出（210类）60.99万元，占2.07%。");
    assertThat(r.facts().get(0).code().get().digits()).isEqualTo("210");
    assertThat(r.facts().get(0).classificationNames()).containsExactly("卫生健康支出");
  }

  @Test
  void read_parenthesisHoldsItsOwnSentences_seed001() {
    NarrativeReading r = read("公务用车购置及运行费81.3万元（公务用车购置费36万元，比上年增加36万元；公务用车运行维护费45.3万元，比上年增加0万元。）"
        + "比上年增加36万元，增长79.5%，主要原因是报废更新2辆执法车辆36万元；公务接待费4.42万元，比上年增加0万元，增长 0.0%。");
    Fact vehicles = r.facts().get(0);
    assertThat(vehicles.topic()).isEqualTo(Topic.OFFICIAL_VEHICLES);
    assertThat(vehicles.comparison().get().change().get().value()).isEqualByComparingTo("36");
    assertThat(vehicles.comparison().get().percent().get().value()).isEqualByComparingTo("79.5");
    assertThat(r.facts().get(1).topic()).isEqualTo(Topic.VEHICLE_PURCHASE);
    assertThat(r.facts().get(2).topic()).isEqualTo(Topic.VEHICLE_OPERATION);
    assertThat(r.unread()).isEmpty();
  }

  @Test
  void sentences_anUnclosedBracketDoesNotSwallowTheParagraph() {
    assertThat(NarrativeReader.sentences("收入（含上年结转。支出10万元。")).hasSize(2);
    assertThat(NarrativeReader.sentences("收入（含上年结转。）支出10万元。")).hasSize(1);
  }

  @Test
  void normalise_joinsOcrDigitsAndWrappedWords() {
    assertThat(NarrativeReader.normalise("收支预算总数 461. 49 万元")).isEqualTo("收支预算总数 461.49万元");
    assertThat(NarrativeReader.normalise("主要 用于")).isEqualTo("主要用于");
  }

  @Test
  void read_earlierFigureNamingItsSubject_isOfThatAmount_seed002() {
    // seed 002 l.558: the 2019 figure is the 支出's, not the 年末结转和结余's printed just before it
    NarrativeReading r = read("本年度支出 201,787.57 万元，年末结转和结余 0.37万元；与 2019 年度支出 17,677.03 万元相比，增加184,110.54 万元，"
        + "增加 1,041.52 %。");
    Fact spent = r.facts().get(0);
    assertThat(spent.amount().get().value()).isEqualByComparingTo("201787.57");
    assertThat(spent.comparison().get().base().get().value()).isEqualByComparingTo("17677.03");
    assertThat(spent.comparison().get().change().get().value()).isEqualByComparingTo("184110.54");
    assertThat(r.facts().get(1).comparison()).isEmpty();
    // variant: the figure names the 结余, so it is the 结余's
    Fact kept = read("本年度支出 201,787.57 万元，年末结转和结余 0.37万元；与 2019 年度结余数 0.12 万元相比，增加0.25万元。")
        .facts().get(1);
    assertThat(kept.comparison().get().base().get().value()).isEqualByComparingTo("0.12");
  }

  @Test
  void read_earlierTotalOfAnotherSentence_isLeftUnread_seed002() {
    // seed 002 l.603: 与2019年度支出合计17,677.03万元…相比 — no amount of its sentence is the 支出合计 compared
    NarrativeReading r = read("2020年度一般公共预算财政拨款支出实际执行201,109.34万元。与2019年度支出合计17,677.03万元（基本支出2,579.24万元，"
        + "项目支出15,097.79万元）相比，增加183,432.31万元。");
    assertThat(r.facts()).noneSatisfy(f -> assertThat(f.amount().map(a -> a.value().toPlainString())).contains("17677.03"));
    assertThat(r.unread()).extracting(Sentence::unread).anySatisfy(u -> assertThat(u).contains("17,677.03万元"));
  }

  @Test
  void read_earlierFigureOfTheParagraphsOpeningAmount_seed002() {
    // seed 002 l.548: the 收入 compared is the 总收入合计 the paragraph opened with, not the 其他收入 before it
    NarrativeReading r = read("本年度总收入合计 201,787.94 万元，其中：一般公共预算财政拨款收入 201,109.34 万元，其他收入 0.37 万元。"
        + "与 2019 年度收入 17,677.03 万元相比，增加 184,110.91 万元。");
    Fact total = r.facts().get(0);
    assertThat(total.comparison().get().base().get().value()).isEqualByComparingTo("17677.03");
    assertThat(total.comparison().get().change().get().value()).isEqualByComparingTo("184110.91");
    assertThat(r.unread()).isEmpty();
  }
}
