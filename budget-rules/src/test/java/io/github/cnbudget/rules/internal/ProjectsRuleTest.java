package io.github.cnbudget.rules.internal;

import static io.github.cnbudget.rules.fixtures.Fixtures.consistent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.project.ProjectCategory;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import org.junit.jupiter.api.Test;

class ProjectsRuleTest {
  private final ProjectsRule rule = new ProjectsRule();

  private static Project.Builder project(String name, String amount) {
    return Project.builder().name(name).total(Cell.of(amount));
  }

  private static Disclosure with(Project... projects) {
    Disclosure d = consistent();
    return Disclosure.builder().department(d.department()).year(d.year()).stage(d.stage()).precision(d.precision())
        .addAllTables(d.tables()).addProjects(projects).build();
  }

  @Test
  void check_consistentProjects_silent() {
    Disclosure d = with(project("医保宣传", "60.00").code("310001").startYear(2023)
        .category(ProjectCategory.SPECIFIC_PURPOSE).build(),
        project("医保宣传", "60.00").code("310001").startYear(2020).category(ProjectCategory.SPECIFIC_PURPOSE).build());
    assertThat(rule.check(d, RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_startYearAfterTheBudgetYear_error() {
    int year = consistent().year().value();
    Disclosure d = with(project("社区服务中心新建", "410.00").startYear(year + 1).build(),
        project("下年度新增", "0.00").startYear(year + 1).build());
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().pointer())
        .containsExactly(tuple("project-start-after-budget", Severity.ERROR, "/projects/0"));
  }

  @Test
  void check_sameCodeOtherNameOrCategory_warns() {
    Disclosure d = with(project("集中采购工作经费", "5.00").code("310001").category(ProjectCategory.OPERATION).build(),
        project("集团采购工作经费", "5.00").code("310001").category(ProjectCategory.SPECIFIC_PURPOSE).build(),
        project("就业援助基地补贴", "1.00").category(ProjectCategory.SPECIFIC_PURPOSE).build(),
        project("就业援助基地补贴", "1.00").category(ProjectCategory.OPERATION).build());
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, f -> f.location().pointer(), f -> f.arguments().get(1))
        .containsExactly(tuple("project-mismatch", "/projects/1", "项目名称"),
            tuple("project-mismatch", "/projects/1", "项目类别"), tuple("project-mismatch", "/projects/3", "项目类别"));
  }

  /** 公共服务设施运行经费 of the 2023 Wanli form: 年度资金申请总额 10,903,043.00 beside 其中：当年财政拨款 11,419,043.00. */
  @Test
  void check_fundingPartOverItsSide_error() {
    Disclosure d = with(project("公共服务设施运行经费", "10903043.00").annualBudget(Cell.of("10903043.00"))
        .putAmounts("项目资金总额/其中：财政资金", Cell.of("10903043.00"))
        .putAmounts("年度资金申请总额/其中：当年财政拨款", Cell.of("11419043.00"))
        .putAmounts("年度资金申请总额/上年结转资金", Cell.of("0.00")).build());
    assertThat(rule.check(d, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().column().orElse(""))
        .containsExactly(tuple("project-part-exceeds-whole", Severity.ERROR, "年度资金申请总额/其中：当年财政拨款"));
  }

  @Test
  void check_partsWithinTheirSidesAndRounding_silent() {
    Disclosure d = with(project("多年期建设", "1000.00").annualBudget(Cell.of("400.00"))
        .putAmounts("项目总预算/其中：财政拨款", Cell.of("1000.00"))
        .putAmounts("当年预算/其中：财政拨款", Cell.of("400.01"))
        .putAmounts("一般公共预算", Cell.of("5000.00")).build());
    assertThat(rule.check(d, RuleContext.defaults())).isEmpty();
  }

  @Test
  void check_annualBudgetOverTheTotal_error() {
    Disclosure d = with(project("多年期建设", "1000.00").annualBudget(Cell.of("1200.00")).build());
    assertThat(rule.check(d, RuleContext.defaults())).extracting(Finding::code, f -> f.arguments().get(1))
        .containsExactly(tuple("project-part-exceeds-whole", "当年预算"));
  }

  @Test
  void check_fundFinancedProjectWithTheFundTableEmpty_warns() {
    // the fixture prints its 政府性基金预算支出表 empty (本表无数据)
    Disclosure emptyFund = with(project("城市更新项目", "800.00").annualBudget(Cell.of("300.00"))
        .putAmounts("一般公共预算拨款", Cell.of("100.00")).putAmounts("政府性基金预算拨款", Cell.of("200.00"))
        .putAmounts("国有资本经营预算", Cell.of("0.00")).putAmounts("项目总预算/政府性基金预算拨款", Cell.of("500.00"))
        .build());
    assertThat(rule.check(emptyFund, RuleContext.defaults()))
        .extracting(Finding::code, Finding::severity, f -> f.location().column().orElse(""))
        .containsExactly(tuple("project-funding-without-table", Severity.WARNING, "政府性基金预算拨款"));
    Disclosure noFundTable = emptyFund.withTables(emptyFund.tables().stream()
        .filter(t -> t.kind() != io.github.cnbudget.model.table.TableKind.GOVERNMENT_FUND).toList());
    assertThat(rule.check(noFundTable, RuleContext.defaults())).isEmpty();
  }
}
