package io.github.cnbudget.testkit.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.organisation.UnitRole;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.TableKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FixtureReaderTest {
  private static final FixtureReader READER = new FixtureReader("/io/github/cnbudget/testkit/seeds/fixture-tests/");

  @Test
  void cell_keepsPrintedThousandsSeparator() {
    Cell c = FixtureReader.cell("2,958");
    assertThat(c.value()).contains(new BigDecimal("2958"));
    assertThat(c.printed()).isEqualTo("2,958");
    assertThat(c.isRepaired()).isFalse();
  }

  @Test
  void cell_readsRepairSyntax_asRepairedCellWithDamagedText() {
    Cell c = FixtureReader.cell("461. 49 => 461.49");
    assertThat(c).isEqualTo(Cell.repaired(new BigDecimal("461.49"), "461. 49"));
  }

  @Test
  void cell_readsDashAndText() {
    assertThat(FixtureReader.cell("—").mark()).isEqualTo(CellMark.DASH);
    assertThat(FixtureReader.cell("100%").mark()).isEqualTo(CellMark.TEXT);
  }

  @Test
  void read_buildsHeaderMetadata() {
    Disclosure d = READER.read("ok");
    assertThat(d.title()).contains("测试");
    assertThat(d.department().name()).isEqualTo("测试部门");
    assertThat(d.department().units()).hasSize(2);
    assertThat(d.department().units().get(0).code()).contains("100001");
    assertThat(d.department().units().get(1).role()).isEqualTo(UnitRole.SUBORDINATE);
    assertThat(d.department().units().get(1).code()).isEmpty();
    assertThat(d.year()).isEqualTo(FiscalYear.of(2021));
    assertThat(d.stage()).isEqualTo(Stage.FINAL_ACCOUNT);
    assertThat(d.precision()).isEqualTo(Precision.of(AmountUnit.WAN_YUAN, 2));
    assertThat(d.contents()).containsExactly("表一");
    assertThat(d.notes()).hasSize(1);
    assertThat(d.notes().get(0).line()).hasValue(3);
  }

  @Test
  void read_buildsTableWithColumnsRowsNotesAndEmptyStatement() {
    DisclosureTable t = READER.read("ok").tables().get(0);
    assertThat(t.kind()).isEqualTo(TableKind.EXPENDITURE);
    assertThat(t.number()).contains("表1");
    assertThat(t.line()).hasValue(10);
    assertThat(t.amountUnit()).contains(AmountUnit.YUAN);
    assertThat(t.column("total").orElseThrow().number()).contains("1");
    assertThat(t.column("proc.sme").orElseThrow().partOf()).isTrue();
    assertThat(t.column("proc.sme").orElseThrow().parent()).contains("proc");
    assertThat(t.column("proc").orElseThrow().header()).containsExactly("采购", "小计");
    Row total = t.rows().get(0);
    assertThat(total.kind()).isEqualTo(RowKind.TOTAL);
    assertThat(total.cell("total").orElseThrow().printed()).isEqualTo("1,234.50");
    assertThat(total.cell("proc").orElseThrow().mark()).isEqualTo(CellMark.DASH);
    assertThat(total.cell("proc.sme").orElseThrow().isRepaired()).isTrue();
    Row code = t.rows().get(1);
    assertThat(code.code().orElseThrow().digits()).isEqualTo("2101501");
    assertThat(code.unit()).contains("本级单位");
    assertThat(code.concept()).contains(Concept.BASIC);
    assertThat(code.number()).contains("3");
    assertThat(code.cells()).isEmpty();
    assertThat(t.rows().get(2).label()).isEmpty();
    assertThat(t.notes()).hasSize(1);
    assertThat(t.emptyStatement()).contains("本表无数据");
  }

  @Test
  void read_buildsGoalWithTasksIndicatorsAndHistory() {
    PerformanceGoal g = READER.read("ok").goals().get(0);
    assertThat(g.project()).contains("项目甲");
    assertThat(g.budget().orElseThrow().printed()).isEqualTo("3.00");
    assertThat(g.tasks().get(0).cells()).containsOnlyKeys("总额", "其中：财政拨款");
    assertThat(g.tasks().get(0).description()).contains("内容");
    assertThat(g.annualGoal()).contains("年度目标");
    assertThat(g.longTermGoal()).contains("长期目标");
    Indicator split = g.indicators().get(0);
    assertThat(split.effectiveTargetText()).contains("≥100%");
    assertThat(split.direction()).contains("正向");
    assertThat(split.weight().orElseThrow().value()).contains(new BigDecimal("10"));
    assertThat(split.history()).containsEntry("2021年指标值", "90%");
    assertThat(g.indicators().get(1).targetText()).contains("≥90%");
    assertThat(g.indicators().get(1).level2Text()).isEmpty();
  }

  @Test
  void read_buildsSelfEvaluation() {
    SelfEvaluation s = READER.read("ok").selfEvaluations().get(0);
    assertThat(s.amountUnit()).contains(AmountUnit.YUAN);
    assertThat(s.funding().get(0).cells().get("得分").printed()).isEqualTo("10");
    Indicator i = s.indicators().get(0);
    assertThat(i.actual()).contains("4 人");
    assertThat(i.score().orElseThrow().printed()).isEqualTo("8");
    assertThat(i.deviation()).contains("偏差说明");
    assertThat(s.totalScore().orElseThrow().printed()).isEqualTo("98");
    assertThat(s.grade()).contains("优");
  }

  @Test
  void read_buildsFrameworkTreeFromLevels() {
    EvaluationFramework f = READER.read("ok").frameworks().get(0);
    assertThat(f.roots()).extracting(FrameworkNode::name).containsExactly("决策", "过程");
    FrameworkNode decision = f.roots().get(0);
    assertThat(decision.children()).extracting(FrameworkNode::name).containsExactly("预算编制", "目标设置");
    assertThat(decision.children().get(0).descriptions()).containsExactly("说明一", "说明二");
    assertThat(decision.children().get(0).children().get(0).referenceScore().orElseThrow().printed()).isEqualTo("5");
  }

  @Test
  void read_buildsProjectsWithGoals() {
    Disclosure d = READER.read("ok");
    assertThat(d.projects()).extracting(Project::name).containsExactly("项目丙", "项目丁");
    Project p = d.projects().get(0);
    assertThat(p.code()).contains("P-1");
    assertThat(p.total().orElseThrow().printed()).isEqualTo("8.00");
    assertThat(p.amounts()).containsOnlyKeys("一般公共预算", "其他资金");
    assertThat(p.goal()).contains("完成目标。");
    assertThat(d.projects().get(1).goal()).isEmpty();
  }

  @Test
  void read_rejectsUnknownDirective_namingTheLine() {
    assertThatThrownBy(() -> READER.read("badline"))
        .isInstanceOf(BudgetException.class)
        .hasMessageContaining("bogus");
  }

  @Test
  void read_rejectsRowWithMoreCellsThanColumns() {
    assertThatThrownBy(() -> READER.read("toomany"))
        .isInstanceOf(BudgetException.class)
        .hasMessageContaining("2 cells for 1 columns");
  }

  @Test
  void read_rejectsRowOnASideWithoutLayout() {
    assertThatThrownBy(() -> READER.read("nolayout"))
        .isInstanceOf(BudgetException.class)
        .hasMessageContaining("No layout for side INCOME");
  }

  @Test
  void read_rejectsMissingResource() {
    assertThatThrownBy(() -> READER.read("absent"))
        .isInstanceOf(BudgetException.class)
        .hasMessageContaining("Missing fixture resource");
  }
}
