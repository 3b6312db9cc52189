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
import io.github.cnbudget.rules.finding.Severity;
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
}
