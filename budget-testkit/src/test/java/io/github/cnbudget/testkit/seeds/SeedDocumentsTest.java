package io.github.cnbudget.testkit.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Spot checks of the seed models, written from the seed texts independently of the fixtures: row
 * counts per table and selected cells, including the printed errors the rules must find.
 */
class SeedDocumentsTest {

  private static Row rowAt(DisclosureTable t, int line, Side side) {
    return t.rows().stream()
        .filter(r -> r.line().orElse(0) == line && r.side() == side)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + side + " row on line " + line + " of " + t.title()));
  }

  private static Row rowAt(DisclosureTable t, int line) {
    return rowAt(t, line, Side.SINGLE);
  }

  private static DisclosureTable titled(Disclosure d, String title) {
    return d.tables().stream().filter(t -> t.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no table " + title));
  }

  private static BigDecimal weights(List<Indicator> indicators) {
    return indicators.stream().map(i -> i.weight().orElseThrow().valueOrZero())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static long count(DisclosureTable t, Side side) {
    return t.rows().stream().filter(r -> r.side() == side).count();
  }

  @Test
  void seed_rejectsUnknownNumber() {
    assertThatThrownBy(() -> SeedDocuments.seed(4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SeedDocuments.sourceFile(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void seedMethods_matchSeedByNumber() {
    assertThat(SeedDocuments.seed000()).isEqualTo(SeedDocuments.seed(0));
    assertThat(SeedDocuments.seed001()).isEqualTo(SeedDocuments.seed(1));
    assertThat(SeedDocuments.seed002()).isEqualTo(SeedDocuments.seed(2));
    assertThat(SeedDocuments.seed003()).isEqualTo(SeedDocuments.seed(3));
    assertThat(SeedDocuments.count()).isEqualTo(4);
    assertThat(SeedDocuments.sourceFile(2)).isEqualTo("002_339364824c9abd23.txt");
  }

  @Nested
  class Seed000 {
    private final Disclosure d = SeedDocuments.seed000();

    @Test
    void header_isShenzhenBureau2023BudgetInWholeWan() {
      assertThat(d.department().name()).isEqualTo("深圳市医疗保障局");
      assertThat(d.department().units()).extracting(BudgetUnit::name)
          .containsExactly("深圳市医疗保障局（本级）", "深圳市医疗保险基金管理中心");
      assertThat(d.year()).isEqualTo(FiscalYear.of(2023));
      assertThat(d.stage()).isEqualTo(Stage.BUDGET);
      assertThat(d.precision()).isEqualTo(Precision.of(AmountUnit.WAN_YUAN, 0));
      assertThat(d.contents()).hasSize(12).contains("(四) 基本支出总表");
      assertThat(d.tables()).extracting(t -> t.number().orElse(""))
          .containsExactly("", "表1", "表2", "表 3", "表 5", "表 6", "表 7", "表 8", "表9", "表 10", "表 11");
    }

    @Test
    void keyProjects_ofTheTextPart_joinWrappedGoals() {
      DisclosureTable t = titled(d, "第七部分 重点项目预算绩效情况说明");
      assertThat(t.rows()).hasSize(14);
      assertThat(rowAt(t, 209).cell("amount").orElseThrow().printed()).isEqualTo("2,958");
      assertThat(rowAt(t, 210).cell("goal").orElseThrow().printed())
          .startsWith("开展内部审计").contains("促进资金使用用规范；").endsWith("提升定点医药机构守法意识。");
      assertThat(rowAt(t, 221).cell("amount").orElseThrow()).isEqualTo(Cell.repaired(new BigDecimal("775"), "<p>775</p>"));
    }

    @Test
    void table1_isTwoSided_andKeepsThe2985Typo() {
      DisclosureTable t = d.table(TableKind.INCOME_EXPENDITURE_SUMMARY).orElseThrow();
      assertThat(count(t, Side.INCOME)).isEqualTo(14);
      assertThat(count(t, Side.EXPENDITURE)).isEqualTo(29);
      Row other = rowAt(t, 301, Side.INCOME);
      assertThat(other.concept()).contains(Concept.OTHER_INCOME);
      assertThat(other.cell("in.amount").orElseThrow().printed()).isEqualTo("2,985");
      assertThat(rowAt(t, 296, Side.INCOME).value("in.amount")).contains(new BigDecimal("2958"));
      assertThat(rowAt(t, 301, Side.EXPENDITURE).code().orElseThrow().digits()).isEqualTo("2101202");
      assertThat(rowAt(t, 340, Side.EXPENDITURE).label()).isEmpty();
      assertThat(t.notes()).hasSize(2);
    }

    @Test
    void table2_perUnitIncome_withGroupColumnsWithoutCells() {
      DisclosureTable t = d.table(TableKind.INCOME).orElseThrow();
      assertThat(t.rows()).extracting(Row::kind).containsExactly(RowKind.TOTAL, RowKind.UNIT, RowKind.UNIT);
      assertThat(rowAt(t, 359).cell("unitfunds.other").orElseThrow().printed()).isEqualTo("2,958");
      assertThat(rowAt(t, 361).value("gpb.special")).contains(new BigDecimal("327475"));
      assertThat(t.children("gpb")).hasSize(4);
      assertThat(t.rows()).allSatisfy(r -> assertThat(r.cell("unitfunds")).isEmpty());
    }

    @Test
    void table3_hasAllRowsPerUnit_andProcurementOfWhichColumns() {
      DisclosureTable t = d.table(TableKind.EXPENDITURE).orElseThrow();
      assertThat(t.rows()).hasSize(44);
      assertThat(t.units()).containsExactly("深圳市医疗保障局（本级）", "深圳市医疗保险基金管理中心");
      assertThat(t.rowsOf("深圳市医疗保险基金管理中心")).hasSize(1 + 4 + 12 + 8);
      assertThat(rowAt(t, 373).cell("total").orElseThrow().printed()).isEqualTo("363,275");
      Row r428 = rowAt(t, 428);
      assertThat(r428.code().orElseThrow().digits()).isEqualTo("21015");
      assertThat(r428.cell("proc").orElseThrow().printed()).isEqualTo("4208");
      assertThat(t.column("proc.sme").orElseThrow().partOf()).isTrue();
      assertThat(rowAt(t, 423).label()).isEqualTo("行政事业单位医疗");
    }

    @Test
    void table8_economicRowsOfBothUnits() {
      DisclosureTable t = d.table(TableKind.GENERAL_PUBLIC_BY_ECONOMIC).orElseThrow();
      assertThat(t.rows()).hasSize(78);
      assertThat(rowAt(t, 681).cell("total").orElseThrow().printed()).isEqualTo("154");
      assertThat(rowAt(t, 681).value("basic")).contains(new BigDecimal("36"));
      assertThat(rowAt(t, 722).code().orElseThrow().digits()).isEqualTo("31302");
      assertThat(rowAt(t, 724).value("project")).contains(new BigDecimal("80000"));
    }

    @Test
    void otherTables_haveTheirPrintedRows() {
      assertThat(d.table(TableKind.PROJECT_EXPENDITURE).orElseThrow().rows())
          .extracting(Row::label).containsExactly("医疗保障经办管理", "财政对医疗保障的补助", "区财政安排项目");
      DisclosureTable t6 = d.table(TableKind.FISCAL_APPROPRIATION_SUMMARY).orElseThrow();
      assertThat(count(t6, Side.INCOME)).isEqualTo(7);
      assertThat(count(t6, Side.EXPENDITURE)).isEqualTo(29);
      assertThat(rowAt(t6, 506, Side.EXPENDITURE).value("ex.amount")).contains(new BigDecimal("81"));
      assertThat(d.table(TableKind.GENERAL_PUBLIC_BY_FUNCTION).orElseThrow().rows()).hasSize(40);
      DisclosureTable t9 = d.table(TableKind.THREE_PUBLIC).orElseThrow();
      assertThat(t9.rows()).hasSize(6);
      assertThat(rowAt(t9, 740).value("total")).contains(new BigDecimal("52.68"));
      assertThat(rowAt(t9, 740).unit()).contains("深圳市医疗保险基金管理中心");
      assertThat(d.table(TableKind.GOVERNMENT_FUND).orElseThrow().rows()).hasSize(6);
      DisclosureTable t11 = d.table(TableKind.STATE_CAPITAL).orElseThrow();
      assertThat(t11.rows()).hasSize(3);
      assertThat(t11.isEmpty()).isTrue();
      assertThat(t11.emptyStatement()).contains("本表本年度无发生额。");
    }

    @Test
    void table12_twoUnitGoals_withEveryIndicator() {
      assertThat(d.goals()).hasSize(2);
      PerformanceGoal own = d.goals().get(0);
      assertThat(own.unit()).contains("深圳市医疗保障局（本级）");
      assertThat(own.tasks()).hasSize(11);
      assertThat(own.tasks().get(9).cells().get("其中：财政拨款").printed()).isEqualTo("-");
      assertThat(own.indicators()).hasSize(62);
      assertThat(own.indicators().get(0).targetText()).contains("约 8000 个");
      Indicator shifted = own.indicators().stream().filter(i -> i.line().orElse(0) == 816).findFirst().orElseThrow();
      assertThat(shifted.name()).isEqualTo("开展内部审计次数");
      assertThat(shifted.level2Text()).isEqualTo("数量指标");
      PerformanceGoal centre = d.goals().get(1);
      assertThat(centre.indicators()).hasSize(40);
      assertThat(centre.tasks().get(10).cells().get("其中：财政拨款").printed()).isEqualTo("343,147");
      Indicator cost = centre.indicators().stream().filter(i -> i.line().orElse(0) == 919).findFirst().orElseThrow();
      assertThat(cost.level1()).contains(Level1.COST);
      assertThat(cost.targetText()).contains("≤100%");
    }
  }

  @Nested
  class Seed001 {
    private final Disclosure d = SeedDocuments.seed001();

    @Test
    void header_isGuangzhouBureauWithThreeUnits() {
      assertThat(d.department().units()).hasSize(3);
      assertThat(d.precision()).isEqualTo(Precision.of(AmountUnit.WAN_YUAN, 2));
      assertThat(d.tables()).hasSize(13);
    }

    @Test
    void keyProjects_ofTheTextPart_keepTheirGoals() {
      DisclosureTable t = titled(d, "六、重点项目预算绩效目标情况");
      assertThat(t.rows()).hasSize(7);
      assertThat(rowAt(t, 727).label()).isEqualTo("广州地区医疗机构药品（医用耗材）集中采购工作经费");
      assertThat(rowAt(t, 727).value("amount")).contains(new BigDecimal("700.00"));
    }

    @Test
    void summary_listsEveryClassByOrdinal() {
      DisclosureTable t = d.table(TableKind.INCOME_EXPENDITURE_SUMMARY).orElseThrow();
      assertThat(count(t, Side.INCOME)).isEqualTo(8);
      assertThat(count(t, Side.EXPENDITURE)).isEqualTo(30);
      Row health = rowAt(t, 101, Side.EXPENDITURE);
      assertThat(health.ordinal()).hasValue(9);
      assertThat(health.code().orElseThrow().digits()).isEqualTo("210");
      assertThat(health.cell("ex.amount").orElseThrow().printed()).isEqualTo("486073.33");
    }

    @Test
    void functionTable_readsBracketCodes() {
      DisclosureTable t = d.table(TableKind.GENERAL_PUBLIC_BY_FUNCTION).orElseThrow();
      assertThat(t.rows()).hasSize(30);
      Row r = rowAt(t, 317);
      assertThat(r.code().orElseThrow().digits()).isEqualTo("21015");
      assertThat(r.label()).isEqualTo("医疗保障管理事务");
      assertThat(r.value("basic")).contains(new BigDecimal("12417.41"));
    }

    @Test
    void incomeTable_isOnlyItsLastPage() {
      assertThat(d.table(TableKind.INCOME).orElseThrow().rows())
          .extracting(r -> r.code().orElseThrow().digits())
          .containsExactly("221", "22102", "2210201", "2210203");
    }

    @Test
    void projectTable_andProjects_joinWrappedNamesAndGoals() {
      DisclosureTable t = d.table(TableKind.PROJECT_EXPENDITURE).orElseThrow();
      assertThat(t.rows().stream().filter(r -> r.kind() == RowKind.PROJECT).count()).isEqualTo(36);
      assertThat(t.rows().stream().filter(r -> r.kind() == RowKind.UNIT).map(r -> r.unit().orElseThrow())
          .collect(Collectors.toList()))
          .containsExactly("广州市医疗保障局", "广州市医疗保险服务中心", "广州市医疗救助服务中心");
      assertThat(d.projects()).hasSize(36);
      Project wrapped = d.projects().stream().filter(p -> p.line().orElse(0) == 643).findFirst().orElseThrow();
      assertThat(wrapped.name()).isEqualTo("广州市医疗保险服务中心 2023-2024 年信息化运维项目 (2023)");
      assertThat(wrapped.goal().orElseThrow()).contains("维护广州市医保业务系统的正常运行").endsWith("确保日常办公信息平台的稳定运行。");
      assertThat(wrapped.total().orElseThrow().printed()).isEqualTo("167.74");
      Project byCode = d.projects().stream().filter(p -> p.line().orElse(0) == 642).findFirst().orElseThrow();
      assertThat(byCode.name()).isEqualTo("31000120230101");
      assertThat(byCode.amounts().get("一般公共预算").value()).contains(new BigDecimal("35000.00"));
    }

    @Test
    void threePublicTable_keepsAdministrativeExpenses() {
      DisclosureTable t = d.table(TableKind.THREE_PUBLIC).orElseThrow();
      assertThat(t.rows()).hasSize(7);
      assertThat(rowAt(t, 414).concept()).contains(Concept.ADMINISTRATIVE_EXPENSES);
      assertThat(rowAt(t, 417).value("total")).contains(new BigDecimal("81.30"));
    }
  }

  @Nested
  class Seed002 {
    private final Disclosure d = SeedDocuments.seed002();

    @Test
    void header_isFinalAccount2020() {
      assertThat(d.stage()).isEqualTo(Stage.FINAL_ACCOUNT);
      assertThat(d.year()).isEqualTo(FiscalYear.of(2020));
      assertThat(d.department().name()).isEqualTo("深圳市医疗保险基金管理中心");
      assertThat(d.tables()).extracting(t -> t.number().orElse("")).containsExactly(
          "公开 01 表", "公开 02 表", "公开 03 表", "公开 04 表", "公开 05 表", "公开 06 表", "公开 07 表",
          "公开 08 表", "公开 09 表");
    }

    @Test
    void open01_hasLineNumbersOnBothSides() {
      DisclosureTable t = d.table(TableKind.INCOME_EXPENDITURE_SUMMARY).orElseThrow();
      assertThat(count(t, Side.INCOME)).isEqualTo(25);
      assertThat(count(t, Side.EXPENDITURE)).isEqualTo(25);
      Row blank = rowAt(t, 72, Side.INCOME);
      assertThat(blank.number()).contains("9");
      assertThat(blank.label()).isEmpty();
      assertThat(blank.cells()).isEmpty();
      Row health = rowAt(t, 72, Side.EXPENDITURE);
      assertThat(health.number()).contains("34");
      assertThat(health.label()).isEqualTo("九、医疗卫生与计划生育支出");
      assertThat(health.cell("ex.amount").orElseThrow().printed()).isEqualTo("199,996.88");
      assertThat(t.column("ex.amount").orElseThrow().number()).contains("2");
    }

    @Test
    void open06_listsTheThreeColumnEconomicTable() {
      DisclosureTable t = d.table(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC).orElseThrow();
      assertThat(t.rows()).hasSize(27 + 28 + 25 + 2);
      assertThat(t.rows().stream().filter(r -> r.line().orElse(0) == 410)
          .map(r -> r.code().orElseThrow().digits()).collect(Collectors.toList()))
          .containsExactly("30101", "30201", "30701");
      Row salary = t.rows().stream().filter(r -> r.code().isPresent() && r.code().get().digits().equals("30101"))
          .findFirst().orElseThrow();
      assertThat(salary.cell("amount").orElseThrow().printed()).isEqualTo("3,093.67");
      assertThat(t.rows().stream().filter(r -> r.concept().isPresent()).map(r -> r.concept().get())
          .collect(Collectors.toList())).containsExactly(Concept.PERSONNEL, Concept.PUBLIC_USE);
    }

    @Test
    void open07to09_keepBlankTotalsAndEmptyStatement() {
      DisclosureTable three = d.table(TableKind.THREE_PUBLIC).orElseThrow();
      assertThat(rowAt(three, 494).cells()).hasSize(7);
      assertThat(rowAt(three, 494).value("budget.reception")).contains(new BigDecimal("0.04"));
      assertThat(rowAt(d.table(TableKind.GOVERNMENT_FUND).orElseThrow(), 516).cells()).isEmpty();
      DisclosureTable capital = d.table(TableKind.STATE_CAPITAL).orElseThrow();
      assertThat(capital.emptyStatement()).isPresent();
      assertThat(capital.isEmpty()).isTrue();
    }

    @Test
    void selfEvaluations_inYuan_keepPrintedScoresAndWeights() {
      assertThat(d.selfEvaluations()).hasSize(7);
      assertThat(d.selfEvaluations().subList(0, 6)).allSatisfy(s -> assertThat(s.amountUnit()).contains(AmountUnit.YUAN));
      SelfEvaluation first = d.selfEvaluations().get(0);
      assertThat(first.projectAmount().orElseThrow().printed()).isEqualTo("1868520000.00");
      Indicator children = first.indicators().get(0);
      assertThat(children.targetText()).contains("≥322.5 万人");
      assertThat(children.actual()).contains("305.63 万人");
      assertThat(children.score().orElseThrow().value()).contains(new BigDecimal("9.48"));
      SelfEvaluation admin = d.selfEvaluations().get(3);
      assertThat(admin.indicators()).hasSize(11);
      assertThat(weights(admin.indicators())).isEqualByComparingTo("85");
      assertThat(admin.totalScore().orElseThrow().printed()).isEqualTo("98.48");
      Cell broken = d.selfEvaluations().get(2).funding().get(0).cells().get("全年执行数");
      assertThat(broken.isRepaired()).isTrue();
      assertThat(broken.value()).contains(new BigDecimal("13223551.71"));
    }
  }

  @Nested
  class Seed002Framework {
    private final Disclosure d = SeedDocuments.seed002();

    @Test
    void framework_hasThreeRootsWithReferenceScores() {
      EvaluationFramework f = d.frameworks().get(0);
      assertThat(f.line()).hasValue(1838);
      assertThat(f.roots()).extracting(FrameworkNode::name).containsExactly("部门决策", "部门管理", "部门绩效");
      assertThat(f.roots()).extracting(n -> n.referenceScore().orElseThrow().printed()).containsExactly("20", "20", "60");
      FrameworkNode performance = f.roots().get(2);
      assertThat(performance.children()).extracting(FrameworkNode::name).containsExactly("经济性", "效率性", "效果性", "公平性");
      assertThat(performance.children().get(1).children()).hasSize(3);
      assertThat(f.roots().get(1).children().get(3).children().get(0).name()).isEqualTo("财政供养人员控制率");
    }

    @Test
    void departmentSelfEvaluation_scoresTheThirdLevel() {
      SelfEvaluation s = d.selfEvaluations().stream().filter(e -> e.scope() == GoalScope.DEPARTMENT).findFirst().orElseThrow();
      assertThat(s.indicators()).hasSize(21);
      assertThat(weights(s.indicators())).isEqualByComparingTo("100");
      assertThat(s.totalScore().orElseThrow().value()).contains(new BigDecimal("90.49"));
      Indicator glued = s.indicators().stream().filter(i -> i.name().equals("项目完成及时性")).findFirst().orElseThrow();
      assertThat(glued.score().orElseThrow()).isEqualTo(Cell.repaired(new BigDecimal("5.85"), "5.852."));
      assertThat(glued.level1Text()).isEqualTo("部门绩效");
      assertThat(glued.level2Text()).isEqualTo("效率性");
    }
  }

  @Nested
  class Seed003 {
    private final Disclosure d = SeedDocuments.seed003();

    @Test
    void header_hasUnitCode() {
      assertThat(d.department().units().get(0).code()).contains("335001");
      assertThat(d.precision()).isEqualTo(Precision.of(AmountUnit.WAN_YUAN, 2));
      assertThat(d.tables()).hasSize(12);
    }

    @Test
    void summary_keepsOcrDamageAsRepairedCells() {
      DisclosureTable t = d.table(TableKind.INCOME_EXPENDITURE_SUMMARY).orElseThrow();
      Cell income = rowAt(t, 167, Side.INCOME).cell("in.amount").orElseThrow();
      assertThat(income).isEqualTo(Cell.repaired(new BigDecimal("461.49"), "461. 49"));
      assertThat(rowAt(t, 195, Side.EXPENDITURE).cell("ex.amount").orElseThrow().printed()).isEqualTo("461, 49");
      assertThat(rowAt(t, 197, Side.EXPENDITURE).cell("ex.amount").orElseThrow().isRepaired()).isFalse();
      assertThat(count(t, Side.EXPENDITURE)).isEqualTo(30);
    }

    @Test
    void expenditureTable_readsSplitCodes() {
      DisclosureTable t = d.table(TableKind.EXPENDITURE).orElseThrow();
      assertThat(t.rows()).hasSize(8);
      assertThat(rowAt(t, 218).code().orElseThrow().digits()).isEqualTo("2080109");
      assertThat(rowAt(t, 215).value("project")).contains(new BigDecimal("50.60"));
      assertThat(rowAt(t, 215).cell("project").orElseThrow().printed()).isEqualTo("5 0.6 0");
    }

    @Test
    void flattenedBasicTable_andProjectTable() {
      DisclosureTable basic = d.table(TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC).orElseThrow();
      assertThat(basic.rows()).hasSize(21).allSatisfy(r -> assertThat(r.line()).hasValue(309));
      DisclosureTable projects = d.table(TableKind.GENERAL_PUBLIC_PROJECT_BY_ECONOMIC).orElseThrow();
      assertThat(projects.rows().stream().filter(r -> r.kind() == RowKind.PROJECT).count()).isEqualTo(11);
      assertThat(titled(d, "国有资本经营预算支出预算表").emptyStatement()).contains("注:此页无数据");
    }

    @Test
    void projectGoals_inSplitForm_withWeightsSummingTo90() {
      List<PerformanceGoal> projects = d.goals().stream().filter(g -> g.scope() == GoalScope.PROJECT)
          .collect(Collectors.toList());
      assertThat(projects).hasSize(11);
      assertThat(projects).allSatisfy(g -> assertThat(weights(g.indicators())).isEqualByComparingTo("90"));
      assertThat(projects.stream().map(g -> g.budget().orElseThrow().valueOrZero())
          .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("50.60");
      assertThat(d.goals().get(5).budget().orElseThrow().printed()).isEqualTo("3 30");
      PerformanceGoal platform = d.goals().get(0);
      assertThat(platform.budget().orElseThrow().value()).contains(new BigDecimal("3.00"));
      assertThat(platform.indicators()).hasSize(9);
      assertThat(weights(platform.indicators())).isEqualByComparingTo("90");
      Indicator first = platform.indicators().get(0);
      assertThat(first.nature()).contains("≥");
      assertThat(first.effectiveTargetText()).contains("≥100%");
      assertThat(platform.indicators().get(2).nature()).contains("2");
      PerformanceGoal remote = d.goals().get(1);
      assertThat(remote.indicators()).hasSize(8);
      assertThat(weights(remote.indicators())).isEqualByComparingTo("90");
      assertThat(remote.indicators().get(0).value()).contains("优良中差");
    }

    @Test
    void departmentGoal_keepsGarbledTargetsAsPrinted() {
      PerformanceGoal g = d.goals().get(11);
      assertThat(g.scope()).isEqualTo(GoalScope.DEPARTMENT);
      assertThat(g.indicators()).hasSize(68);
      assertThat(g.tasks()).hasSize(12);
      assertThat(g.tasks().get(11).cells().get("其他资金").printed()).isEqualTo("0.00");
      Indicator wrapped = g.indicators().stream().filter(i -> i.line().orElse(0) == 565).findFirst().orElseThrow();
      assertThat(wrapped.name()).isEqualTo("全市定点医药机构服务质量提高");
      assertThat(wrapped.targetText()).contains(". 000/ ≥90%");
    }
  }
}
