package io.github.cnbudget.io.csv;

import static io.github.cnbudget.io.csv.TidyColumns.DOCUMENT;
import static io.github.cnbudget.io.csv.TidyColumns.DOCUMENTS;
import static io.github.cnbudget.io.csv.TidyColumns.ENTRY;
import static io.github.cnbudget.io.csv.TidyColumns.OWNER;
import static io.github.cnbudget.io.csv.TidyColumns.OWNER_INDEX;

import io.github.cnbudget.io.csv.CellColumns.Group;
import io.github.cnbudget.io.csv.Columns.Key;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.project.ProjectAttribute;
import io.github.cnbudget.model.project.ProjectCategory;
import io.github.cnbudget.model.table.Cell;
import java.util.Map;

/**
 * The files of projects, performance goals, self-evaluations and evaluation frameworks, column by
 * column (项目与绩效的列表), declared as {@link TidyColumns} declares the others; and the owners that
 * amounts, labelled amounts and indicators belong to.
 */
final class PerformanceColumns {
  private PerformanceColumns() {}

  // the owners of amounts.csv, labelled_amounts.csv and indicators.csv
  static final String PROJECT = "project";
  static final String PROJECT_COST = "project_cost";
  static final String PROJECT_PURCHASE = "project_purchase";
  static final String GOAL = "goal";
  static final String EVALUATION = "evaluation";

  static final Columns<Project, Project.Builder> PROJECTS = new Columns<>(TidyFile.PROJECTS, "项目", "Projects",
      "项目及其金额", "projects and their amounts");
  static final Columns<Map.Entry<String, Cell>, Parts.Item> AMOUNTS = new Columns<>(TidyFile.AMOUNTS, "表外金额",
      "Amounts outside tables", "项目、绩效目标与自评中的金额", "amounts of projects, goals and self-evaluations");
  static final Columns<PerformanceGoal, PerformanceGoal.Builder> GOALS = new Columns<>(TidyFile.GOALS, "绩效目标表",
      "Performance goals", "部门与项目的绩效目标", "performance goals of departments and projects");
  static final Columns<SelfEvaluation, SelfEvaluation.Builder> SELF_EVALUATIONS = new Columns<>(
      TidyFile.SELF_EVALUATIONS, "绩效自评表", "Self-evaluations", "绩效自评结果", "performance self-evaluations");
  static final Columns<LabelledAmounts, LabelledAmounts.Builder> LABELLED_AMOUNTS = new Columns<>(
      TidyFile.LABELLED_AMOUNTS, "带名称的金额", "Labelled amounts", "目标任务、自评资金与项目成本、采购明细",
      "goal tasks, evaluation funding, project costs and purchases");
  static final Columns<Indicator, Indicator.Builder> INDICATORS = new Columns<>(TidyFile.INDICATORS, "绩效指标",
      "Performance indicators", "绩效目标与自评的指标", "indicators of goals and self-evaluations");
  static final Columns<EvaluationFramework, EvaluationFramework.Builder> FRAMEWORKS = new Columns<>(
      TidyFile.FRAMEWORKS, "共性指标体系", "Evaluation frameworks", "评价指标体系", "evaluation frameworks");
  static final Columns<FrameworkNode, FrameworkNode.Builder> FRAMEWORK_NODES = new Columns<>(
      TidyFile.FRAMEWORK_NODES, "指标体系节点", "Framework nodes", "指标体系的节点（深度优先）", "framework nodes, depth first");

  /** The index of a framework node's parent node, empty for a root; read by the reader's tree. */
  static final TidyColumn<FrameworkNode, FrameworkNode.Builder> NODE_PARENT;

  static {
    PROJECTS.parents(DOCUMENTS, DOCUMENT).index(Key.own("project", "项目序号", "project index"));
    PROJECTS.text("name", Project::name, Project.Builder::name).describe("项目名称", "project name");
    PROJECTS.optText("code", "project code", Project::code, Project.Builder::code).describe("项目编码", "project code");
    PROJECTS.optText("unit", "project unit", Project::unit, Project.Builder::unit).describe("项目单位", "project unit");
    PROJECTS.optConstant("category", ProjectCategory.class, Project::category, Project.Builder::category)
        .describe("项目类别", "project category");
    PROJECTS.optConstant("attribute", ProjectAttribute.class, Project::attribute, Project.Builder::attribute)
        .describe("项目属性", "project attribute");
    PROJECTS.optInteger("start_year", Project::startYear, Project.Builder::startYear).typed("year", false)
        .describe("开始年度", "first year");
    PROJECTS.optInteger("end_year", Project::endYear, Project.Builder::endYear).typed("year", false)
        .describe("结束年度", "last year");
    Group total = CellColumns.cell(PROJECTS, "total", Project::total, Project.Builder::total, "合计", "total");
    PROJECTS.optText("goal", "project goal", Project::goal, Project.Builder::goal).describe("项目目标", "project goal");
    PROJECTS.line(Project::line, Project.Builder::line);
    PROJECTS.optText("department", "project department", Project::department, Project.Builder::department).optional()
        .describe("部门名称", "department name");
    Group annual = CellColumns.cell(PROJECTS, "annual_budget", Project::annualBudget, Project.Builder::annualBudget,
        "当年预算", "annual budget").optional();
    PROJECTS.optConstant("amount_unit", AmountUnit.class, Project::amountUnit, Project.Builder::amountUnit).optional()
        .describe("金额单位", "amount unit");
    PROJECTS.place(Project::place, Project.Builder::place);
    CellColumns.place(PROJECTS, total, Project::total);
    CellColumns.place(PROJECTS, annual, Project::annualBudget);

    AMOUNTS.parents(null, DOCUMENT, OWNER, OWNER_INDEX, new Key("entry", "条目序号；项目金额为空",
        "entry index; empty for a project's amounts", at -> at.entry, true, true));
    AMOUNTS.unique(AMOUNTS.text("key", Map.Entry::getKey, (p, v) -> p.key = v).describe("金额名称", "amount name"));
    Group amount = CellColumns.recordCell(AMOUNTS, Map.Entry::getValue, (p, c) -> p.cell = c, "an amount needs a cell");
    CellColumns.recordPlace(AMOUNTS, amount, Map.Entry::getValue);

    GOALS.parents(DOCUMENTS, DOCUMENT).index(Key.own("goal", "绩效目标表序号", "performance goal index"));
    GOALS.constant("scope", GoalScope.class, PerformanceGoal::scope, PerformanceGoal.Builder::scope)
        .describe("范围（部门或项目）", "scope: department or project");
    GOALS.optText("title", "goal title", PerformanceGoal::title, PerformanceGoal.Builder::title).describe("标题", "title");
    GOALS.optText("unit", "goal unit", PerformanceGoal::unit, PerformanceGoal.Builder::unit).describe("单位", "unit");
    GOALS.optText("department", "goal department", PerformanceGoal::department, PerformanceGoal.Builder::department)
        .describe("部门名称", "department name");
    GOALS.optText("project", "goal project", PerformanceGoal::project, PerformanceGoal.Builder::project)
        .describe("项目名称", "project name");
    Group budget = CellColumns.cell(GOALS, "budget", PerformanceGoal::budget, PerformanceGoal.Builder::budget, "预算",
        "budget");
    GOALS.optConstant("amount_unit", AmountUnit.class, PerformanceGoal::amountUnit, PerformanceGoal.Builder::amountUnit)
        .describe("金额单位", "amount unit");
    GOALS.optText("long_term_goal", "long-term goal", PerformanceGoal::longTermGoal, PerformanceGoal.Builder::longTermGoal)
        .describe("中长期目标", "long-term goal");
    GOALS.optText("annual_goal", "annual goal", PerformanceGoal::annualGoal, PerformanceGoal.Builder::annualGoal)
        .describe("年度目标", "annual goal");
    GOALS.line(PerformanceGoal::line, PerformanceGoal.Builder::line);
    GOALS.place(PerformanceGoal::place, PerformanceGoal.Builder::place);
    CellColumns.place(GOALS, budget, PerformanceGoal::budget);

    SELF_EVALUATIONS.parents(DOCUMENTS, DOCUMENT).index(Key.own("evaluation", "绩效自评表序号", "self-evaluation index"));
    SELF_EVALUATIONS.constant("scope", GoalScope.class, SelfEvaluation::scope, SelfEvaluation.Builder::scope)
        .describe("范围（部门或项目）", "scope: department or project");
    SELF_EVALUATIONS.optText("project", "project", SelfEvaluation::project, SelfEvaluation.Builder::project)
        .describe("项目名称", "project name");
    CellColumns.cell(SELF_EVALUATIONS, "project_amount", SelfEvaluation::projectAmount,
        SelfEvaluation.Builder::projectAmount, "项目金额", "project amount");
    SELF_EVALUATIONS.optText("department", "department", SelfEvaluation::department, SelfEvaluation.Builder::department)
        .describe("部门名称", "department name");
    SELF_EVALUATIONS.optText("implementing_unit", "implementing unit", SelfEvaluation::implementingUnit,
        SelfEvaluation.Builder::implementingUnit).describe("实施单位", "implementing unit");
    SELF_EVALUATIONS.optConstant("amount_unit", AmountUnit.class, SelfEvaluation::amountUnit,
        SelfEvaluation.Builder::amountUnit).describe("金额单位", "amount unit");
    SELF_EVALUATIONS.optText("expected_goal", "expected goal", SelfEvaluation::expectedGoal,
        SelfEvaluation.Builder::expectedGoal).describe("预期目标", "expected goal");
    SELF_EVALUATIONS.optText("achievement", "achievement", SelfEvaluation::achievement,
        SelfEvaluation.Builder::achievement).describe("实际完成情况", "achievement");
    CellColumns.cell(SELF_EVALUATIONS, "total_weight", SelfEvaluation::totalWeight, SelfEvaluation.Builder::totalWeight,
        "权重合计", "total weight");
    CellColumns.cell(SELF_EVALUATIONS, "total_score", SelfEvaluation::totalScore, SelfEvaluation.Builder::totalScore,
        "得分合计", "total score");
    SELF_EVALUATIONS.optText("grade", "grade", SelfEvaluation::grade, SelfEvaluation.Builder::grade)
        .describe("评价等级", "grade");
    SELF_EVALUATIONS.line(SelfEvaluation::line, SelfEvaluation.Builder::line);

    LABELLED_AMOUNTS.parents(null, DOCUMENT, OWNER, OWNER_INDEX).index(ENTRY);
    LABELLED_AMOUNTS.text("label", LabelledAmounts::label, LabelledAmounts.Builder::label).describe("名称", "label");
    LABELLED_AMOUNTS.optText("description", "description", LabelledAmounts::description,
        LabelledAmounts.Builder::description).describe("说明", "description");
    LABELLED_AMOUNTS.line(LabelledAmounts::line, LabelledAmounts.Builder::line);

    INDICATORS.parents(null, DOCUMENT, OWNER, OWNER_INDEX).index(Key.own("indicator", "指标序号", "indicator index"));
    INDICATORS.text("level1", Indicator::level1Text, Indicator.Builder::level1Text).describe("一级指标", "level-1 indicator");
    INDICATORS.text("level2", Indicator::level2Text, Indicator.Builder::level2Text).describe("二级指标", "level-2 indicator");
    INDICATORS.text("name", Indicator::name, Indicator.Builder::name).describe("三级指标名称", "indicator name");
    INDICATORS.optText("target_text", "target text", Indicator::targetText, Indicator.Builder::targetText)
        .describe("指标值（印刷）", "target as printed");
    // the target as parsed by Target: derived, and described as such in its own words too
    INDICATORS.derived("comparator", (at, in) -> at.target(in, 0))
        .describe("解析出的比较符（派生）", "comparator as parsed (derived)");
    INDICATORS.derived("target_number", (at, in) -> at.target(in, 1)).typed("number", false)
        .describe("解析出的目标数值（派生）", "target number as parsed (derived)");
    INDICATORS.derived("target_unit", (at, in) -> at.target(in, 2))
        .describe("解析出的计量单位（派生）", "target unit as parsed (derived)");
    INDICATORS.optText("nature", "nature", Indicator::nature, Indicator.Builder::nature).describe("指标性质", "nature");
    INDICATORS.optText("value", "indicator value", Indicator::value, Indicator.Builder::value).describe("指标值", "value");
    INDICATORS.optText("measure_unit", "measure unit", Indicator::measureUnit, Indicator.Builder::measureUnit)
        .describe("度量单位", "measure unit");
    INDICATORS.optText("direction", "direction", Indicator::direction, Indicator.Builder::direction)
        .describe("指标方向", "direction");
    Group weight = CellColumns.cell(INDICATORS, "weight", Indicator::weight, Indicator.Builder::weight, "权重", "weight");
    INDICATORS.optText("actual", "actual", Indicator::actual, Indicator.Builder::actual).describe("实际完成值", "actual value");
    Group score = CellColumns.cell(INDICATORS, "score", Indicator::score, Indicator.Builder::score, "得分", "score");
    INDICATORS.optText("deviation", "deviation", Indicator::deviation, Indicator.Builder::deviation)
        .describe("偏差原因", "deviation");
    INDICATORS.stringMap("history", Indicator::history, Indicator.Builder::putAllHistory)
        .describe("历史值（JSON 对象）", "history (JSON object)");
    INDICATORS.line(Indicator::line, Indicator.Builder::line);
    INDICATORS.place(Indicator::place, Indicator.Builder::place);
    CellColumns.place(INDICATORS, weight, Indicator::weight);
    CellColumns.place(INDICATORS, score, Indicator::score);

    Key framework = new Key("framework", "指标体系序号", "framework index", at -> at.framework, false, false);
    FRAMEWORKS.parents(DOCUMENTS, DOCUMENT).index(framework);
    FRAMEWORKS.text("title", EvaluationFramework::title, EvaluationFramework.Builder::title)
        .describe("指标体系标题", "framework title");
    FRAMEWORKS.line(EvaluationFramework::line, EvaluationFramework.Builder::line);

    FRAMEWORK_NODES.parents(FRAMEWORKS, DOCUMENT, framework)
        .index(Key.own("node", "节点序号（深度优先）", "node index, depth first"));
    NODE_PARENT = FRAMEWORK_NODES.key(new Key("parent", "上级节点序号；根节点为空", "parent node index; empty for a root",
        at -> at.parent, false, true));
    FRAMEWORK_NODES.integer("level", FrameworkNode::level, FrameworkNode.Builder::level).describe("层级", "level");
    FRAMEWORK_NODES.text("name", FrameworkNode::name, FrameworkNode.Builder::name).describe("节点名称", "node name");
    CellColumns.cell(FRAMEWORK_NODES, "reference_score", FrameworkNode::referenceScore,
        FrameworkNode.Builder::referenceScore, "参考分值", "reference score");
    FRAMEWORK_NODES.strings("descriptions", FrameworkNode::descriptions, FrameworkNode.Builder::addAllDescriptions)
        .describe("说明（JSON 数组）", "descriptions (JSON array)");
    FRAMEWORK_NODES.line(FrameworkNode::line, FrameworkNode.Builder::line);
  }

  /** The declarations of a file of projects or performance. */
  static Columns<?, ?> of(TidyFile file) {
    switch (file) {
      case PROJECTS: return PROJECTS;
      case AMOUNTS: return AMOUNTS;
      case GOALS: return GOALS;
      case SELF_EVALUATIONS: return SELF_EVALUATIONS;
      case LABELLED_AMOUNTS: return LABELLED_AMOUNTS;
      case INDICATORS: return INDICATORS;
      case FRAMEWORKS: return FRAMEWORKS;
      case FRAMEWORK_NODES: return FRAMEWORK_NODES;
      default: throw new IllegalArgumentException("not a file of projects or performance: " + file);
    }
  }
}
