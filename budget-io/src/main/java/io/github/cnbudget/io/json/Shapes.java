package io.github.cnbudget.io.json;


import io.github.cnbudget.io.json.WireField.Kind;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.organisation.UnitRole;
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
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.List;

/**
 * The canonical JSON form, field by field (JSON 交换格式的字段表): every wire name, its kind, whether
 * it is required and what the schema says of it, written here once. The reader, the writer and the
 * schema generator follow these shapes; the order of the fields is the order they are written in.
 *
 * <p>Rows and cells are the bulk of every document: their fields are declared here for the schema,
 * and read and written by hand-written loops in {@link JsonDocReader#row()},
 * {@link JsonDocReader#cell()}, {@link JsonDocWriter#row} and {@link JsonDocWriter#cell}, which a test
 * holds to these declarations.
 */
final class Shapes {
  /** The version of the wire format written in {@code formatVersion}. */
  static final int FORMAT_VERSION = 1;

  /** Names and keys hold a printed character, not only spaces. */
  private static final String NOT_BLANK = "\\S";

  // parts holders for the model types built by a factory rather than a builder
  private static final int FIRST = 0;
  private static final int SECOND = 1;

  static final Shape<Disclosure, Disclosure.Builder> DOCUMENT =
      Shape.of(null, "a document", Disclosure::builder, Disclosure.Builder::build);
  static final Shape<Department, Department.Builder> DEPARTMENT =
      Shape.of(null, "department", Department::builder, Department.Builder::build);
  static final Shape<BudgetUnit, BudgetUnit.Builder> UNIT =
      Shape.of("unit", "a unit", BudgetUnit::builder, BudgetUnit.Builder::build);
  static final Shape<Precision, Object[]> PRECISION = Shape.of(null, "precision", () -> new Object[2],
      a -> Precision.of((AmountUnit) a[FIRST], (Integer) a[SECOND]));
  static final Shape<Paragraph, Paragraph.Builder> PARAGRAPH =
      Shape.of("paragraph", "a narrative paragraph", Paragraph::builder, Paragraph.Builder::build);
  static final Shape<Note, Object[]> NOTE = Shape.of("note", "a note", () -> new Object[2],
      a -> a[SECOND] == null ? Note.of((String) a[FIRST]) : Note.of((String) a[FIRST], (Integer) a[SECOND]));
  static final Shape<DisclosureTable, DisclosureTable.Builder> TABLE =
      Shape.of("table", "a table", DisclosureTable::builder, DisclosureTable.Builder::build);
  static final Shape<Column, Column.Builder> COLUMN =
      Shape.of("column", "a column", Column::builder, Column.Builder::build);
  static final Shape<Row, Void> ROW = Shape.handWritten("row", "a row");
  static final Shape<Cell, Void> CELL = Shape.handWritten("cell", "a cell");
  static final Shape<Project, Project.Builder> PROJECT =
      Shape.of("project", "a project", Project::builder, Project.Builder::build);
  static final Shape<LabelledAmounts, LabelledAmounts.Builder> LABELLED =
      Shape.of("labelled", "labelled amounts", LabelledAmounts::builder, LabelledAmounts.Builder::build);
  static final Shape<Indicator, Indicator.Builder> INDICATOR =
      Shape.of("indicator", "an indicator", Indicator::builder, Indicator.Builder::build);
  static final Shape<PerformanceGoal, PerformanceGoal.Builder> GOAL =
      Shape.of("goal", "a goal", PerformanceGoal::builder, PerformanceGoal.Builder::build);
  static final Shape<SelfEvaluation, SelfEvaluation.Builder> SELF_EVALUATION =
      Shape.of("selfEvaluation", "a self-evaluation", SelfEvaluation::builder, SelfEvaluation.Builder::build);
  static final Shape<EvaluationFramework, EvaluationFramework.Builder> FRAMEWORK =
      Shape.of("framework", "a framework", EvaluationFramework::builder, EvaluationFramework.Builder::build);
  static final Shape<FrameworkNode, FrameworkNode.Builder> NODE =
      Shape.of("node", "a framework node", FrameworkNode::builder, FrameworkNode.Builder::build);

  /** Every shape with a name under {@code $defs}, in the schema's order. */
  static final List<Shape<?, ?>> DEFINED = List.of(CELL, PARAGRAPH, NOTE, UNIT, TABLE, COLUMN, ROW, PROJECT,
      LABELLED, INDICATOR, GOAL, SELF_EVALUATION, FRAMEWORK, NODE);

  static {
    DOCUMENT.custom("formatVersion", Kind.CONST, true,
        (r, b) -> {
          Integer v = r.integer();
          if (v == null || v != FORMAT_VERSION) {
            throw r.error(io.github.cnbudget.io.ReadProblem.Kind.MALFORMED_VALUE, "unsupported formatVersion " + (v == null ? "" : v) + ", this reader reads "
                + FORMAT_VERSION);
          }
          return true;
        },
        (w, d, p) -> w.integer("formatVersion", FORMAT_VERSION))
        .checked().describe("Version of this format.");
    DOCUMENT.object("department", DEPARTMENT, Disclosure::department, Disclosure.Builder::department);
    DOCUMENT.custom("year", Kind.INTEGER, true,
        (r, b) -> {
          Integer y = r.integer();
          if (y == null) {
            return false;
          }
          if (y < FiscalYear.MIN_VALUE || y > FiscalYear.MAX_VALUE) {
            r.malformed("year out of range " + FiscalYear.MIN_VALUE + ".." + FiscalYear.MAX_VALUE + ": " + y);
            return false;
          }
          b.year(FiscalYear.of(y));
          return true;
        },
        (w, d, p) -> w.integer("year", d.year().value()))
        .range(FiscalYear.MIN_VALUE, FiscalYear.MAX_VALUE).describe("Fiscal year (预算年度).");
    DOCUMENT.constant("stage", Stage.class, Disclosure::stage, Disclosure.Builder::stage)
        .describe("部门预算 or 部门决算.");
    DOCUMENT.object("precision", PRECISION, Disclosure::precision, Disclosure.Builder::precision)
        .describe("Published precision: unit and decimals printed.");
    DOCUMENT.optString("title", Disclosure::title, Disclosure.Builder::title).describe("Printed document title.");
    DOCUMENT.optString("source", Disclosure::source, Disclosure.Builder::source)
        .describe("File name or URL the document came from.");
    DOCUMENT.strings("contents", Disclosure::contents, Disclosure.Builder::addAllContents)
        .describe("Table titles in the table of contents (目录).");
    DOCUMENT.list("notes", NOTE, Disclosure::notes, Disclosure.Builder::addAllNotes);
    DOCUMENT.list("tables", TABLE, Disclosure::tables, Disclosure.Builder::addAllTables);
    DOCUMENT.list("projects", PROJECT, Disclosure::projects, Disclosure.Builder::addAllProjects);
    DOCUMENT.list("goals", GOAL, Disclosure::goals, Disclosure.Builder::addAllGoals);
    DOCUMENT.list("selfEvaluations", SELF_EVALUATION, Disclosure::selfEvaluations,
        Disclosure.Builder::addAllSelfEvaluations);
    DOCUMENT.list("narrative", PARAGRAPH, d -> d.narrative().paragraphs(), (b, l) -> b.narrative(Narrative.of(l)))
        .describe("The explanatory paragraphs (情况说明) in printed order; absent when the document "
            + "was read without its prose.");
    DOCUMENT.list("frameworks", FRAMEWORK, Disclosure::frameworks, Disclosure.Builder::addAllFrameworks);
    DEPARTMENT.string("name", Department::name, Department.Builder::name).pattern(NOT_BLANK)
        .describe("Printed department name (部门).");
    DEPARTMENT.optString("code", Department::code, Department.Builder::code).describe("Printed department code.");
    DEPARTMENT.list("units", UNIT, Department::units, Department.Builder::addAllUnits);
    UNIT.string("name", BudgetUnit::name, BudgetUnit.Builder::name).pattern(NOT_BLANK);
    UNIT.constant("role", UnitRole.class, BudgetUnit::role, BudgetUnit.Builder::role);
    UNIT.optString("code", BudgetUnit::code, BudgetUnit.Builder::code);
    PRECISION.constant("unit", AmountUnit.class, Precision::unit, (a, v) -> a[FIRST] = v).checked();
    PRECISION.integer("scale", Precision::scale, (a, v) -> a[SECOND] = v).checked().range(0, 6);
    PARAGRAPH.string("text", Paragraph::text, Paragraph.Builder::text).checked();
    PARAGRAPH.line("page", Paragraph::page, Paragraph.Builder::page);
    PARAGRAPH.line(Paragraph::line, Paragraph.Builder::line);
    PARAGRAPH.optString("section", Paragraph::section, Paragraph.Builder::section);
    NOTE.string("text", Note::text, (a, v) -> a[FIRST] = v).checked();
    NOTE.line(Note::line, (a, v) -> a[SECOND] = v);
    TABLE.constant("kind", TableKind.class, DisclosureTable::kind, DisclosureTable.Builder::kind);
    TABLE.optString("number", DisclosureTable::number, DisclosureTable.Builder::number)
        .describe("Printed table number, e.g. 公开01.");
    TABLE.string("title", DisclosureTable::title, DisclosureTable.Builder::title);
    TABLE.optString("issuer", DisclosureTable::issuer, DisclosureTable.Builder::issuer);
    TABLE.optConstant("amountUnit", AmountUnit.class, DisclosureTable::amountUnit, DisclosureTable.Builder::amountUnit);
    TABLE.optString("emptyStatement", DisclosureTable::emptyStatement, DisclosureTable.Builder::emptyStatement)
        .describe("Printed statement that the table is empty, e.g. 本表无数据.");
    TABLE.line(DisclosureTable::line, DisclosureTable.Builder::line);
    TABLE.place(DisclosureTable::place, DisclosureTable.Builder::place);
    TABLE.list("columns", COLUMN, DisclosureTable::columns, DisclosureTable.Builder::addAllColumns);
    TABLE.list("rows", ROW, DisclosureTable::rows, DisclosureTable.Builder::addAllRows);
    TABLE.list("notes", NOTE, DisclosureTable::notes, DisclosureTable.Builder::addAllNotes);
    COLUMN.string("key", Column::key, Column.Builder::key).pattern(NOT_BLANK);
    COLUMN.constant("concept", Concept.class, Concept.OTHER, Column::concept, Column.Builder::concept)
        .describe("Standard meaning; OTHER when omitted.");
    COLUMN.strings("header", Column::header, Column.Builder::addAllHeader)
        .describe("Printed header texts, outermost first.");
    COLUMN.optString("parent", Column::parent, Column.Builder::parent);
    COLUMN.flag("partOf", Column::partOf, Column.Builder::partOf).describe("其中 column; false when omitted.");
    COLUMN.constant("side", Side.class, Side.SINGLE, Column::side, Column.Builder::side)
        .describe("SINGLE when omitted.");
    COLUMN.optString("number", Column::number, Column.Builder::number).describe("Printed column number (栏次).");
    ROW.described("kind", Kind.ENUM, true, RowKind.class);
    ROW.described("code", Kind.STRING, false, null)
        .pattern("^[0-9]{3}([0-9]{2}){0,2}$").describe("Classification code digits.");
    ROW.described("scheme", Kind.ENUM, false, Scheme.class);
    ROW.described("label", Kind.STRING, false, null).describe("Printed label; empty when omitted.");
    ROW.described("concept", Kind.ENUM, false, Concept.class);
    ROW.described("unit", Kind.STRING, false, null)
        .describe("Printed name of the budget unit whose section the row is in.");
    ROW.described("side", Kind.ENUM, false, Side.class);
    ROW.described("number", Kind.STRING, false, null).describe("Printed line number (行次).");
    ROW.described("line", Kind.LINE, false, null);
    ROW.described("place", Kind.PLACE, false, null);
    ROW.described("cells", Kind.CELLS, false, null)
        .describe("Cells by column key, in column order.");
    ROW.described("unplaced", Kind.CELL_LIST, false, null)
        .describe("Values the row prints that could not be placed under a column, in printed order.");
    ROW.together = List.of("code", "scheme");
    CELL.described("value", Kind.DECIMAL, false, null);
    CELL.described("printed", Kind.STRING, false, null)
        .describe("Text as printed, when it differs from the value's canonical form.");
    CELL.described("mark", Kind.ENUM, true, CellMark.class);
    CELL.described("repaired", Kind.BOOLEAN, false, null)
        .describe("The value was read through damaged (OCR) text.");
    CELL.described("place", Kind.PLACE, false, null);
    PROJECT.string("name", Project::name, Project.Builder::name).pattern(NOT_BLANK);
    PROJECT.optString("code", Project::code, Project.Builder::code);
    PROJECT.optString("department", Project::department, Project.Builder::department)
        .describe("主管部门, the supervising department as printed.");
    PROJECT.optString("unit", Project::unit, Project.Builder::unit);
    PROJECT.optConstant("category", ProjectCategory.class, Project::category, Project.Builder::category);
    PROJECT.optConstant("attribute", ProjectAttribute.class, Project::attribute, Project.Builder::attribute);
    PROJECT.optInteger("startYear", Project::startYear, Project.Builder::startYear);
    PROJECT.optInteger("endYear", Project::endYear, Project.Builder::endYear);
    PROJECT.cell("total", Project::total, Project.Builder::total);
    PROJECT.cell("annualBudget", Project::annualBudget, Project.Builder::annualBudget)
        .describe("当年预算: this year's budget of the project.");
    PROJECT.optConstant("amountUnit", AmountUnit.class, Project::amountUnit, Project.Builder::amountUnit);
    PROJECT.cells("amounts", Project::amounts, Project.Builder::putAmounts);
    PROJECT.list("costs", LABELLED, Project::costs, Project.Builder::addAllCosts)
        .describe("支出明细测算: cost lines by economic class or item, the basis (测算依据) as description.");
    PROJECT.list("purchases", LABELLED, Project::purchases, Project.Builder::addAllPurchases)
        .describe("政府采购: purchase lines by item.");
    PROJECT.optString("goal", Project::goal, Project.Builder::goal);
    PROJECT.line(Project::line, Project.Builder::line);
    PROJECT.place(Project::place, Project.Builder::place);
    GOAL.constant("scope", GoalScope.class, PerformanceGoal::scope, PerformanceGoal.Builder::scope);
    GOAL.optString("title", PerformanceGoal::title, PerformanceGoal.Builder::title);
    GOAL.optString("unit", PerformanceGoal::unit, PerformanceGoal.Builder::unit);
    GOAL.optString("department", PerformanceGoal::department, PerformanceGoal.Builder::department);
    GOAL.optString("project", PerformanceGoal::project, PerformanceGoal.Builder::project);
    GOAL.cell("budget", PerformanceGoal::budget, PerformanceGoal.Builder::budget);
    GOAL.optConstant("amountUnit", AmountUnit.class, PerformanceGoal::amountUnit, PerformanceGoal.Builder::amountUnit);
    GOAL.list("tasks", LABELLED, PerformanceGoal::tasks, PerformanceGoal.Builder::addAllTasks);
    GOAL.optString("longTermGoal", PerformanceGoal::longTermGoal, PerformanceGoal.Builder::longTermGoal);
    GOAL.optString("annualGoal", PerformanceGoal::annualGoal, PerformanceGoal.Builder::annualGoal);
    GOAL.list("indicators", INDICATOR, PerformanceGoal::indicators, PerformanceGoal.Builder::addAllIndicators);
    GOAL.line(PerformanceGoal::line, PerformanceGoal.Builder::line);
    GOAL.place(PerformanceGoal::place, PerformanceGoal.Builder::place);
    // written always, but a self-evaluation's scope has a default (PROJECT)
    SELF_EVALUATION.constant("scope", GoalScope.class, SelfEvaluation::scope, SelfEvaluation.Builder::scope).optional();
    SELF_EVALUATION.optString("project", SelfEvaluation::project, SelfEvaluation.Builder::project);
    SELF_EVALUATION.cell("projectAmount", SelfEvaluation::projectAmount, SelfEvaluation.Builder::projectAmount);
    SELF_EVALUATION.optString("department", SelfEvaluation::department, SelfEvaluation.Builder::department);
    SELF_EVALUATION.optString("implementingUnit", SelfEvaluation::implementingUnit, SelfEvaluation.Builder::implementingUnit);
    SELF_EVALUATION.optConstant("amountUnit", AmountUnit.class, SelfEvaluation::amountUnit, SelfEvaluation.Builder::amountUnit);
    SELF_EVALUATION.list("funding", LABELLED, SelfEvaluation::funding, SelfEvaluation.Builder::addAllFunding);
    SELF_EVALUATION.optString("expectedGoal", SelfEvaluation::expectedGoal, SelfEvaluation.Builder::expectedGoal);
    SELF_EVALUATION.optString("achievement", SelfEvaluation::achievement, SelfEvaluation.Builder::achievement);
    SELF_EVALUATION.list("indicators", INDICATOR, SelfEvaluation::indicators, SelfEvaluation.Builder::addAllIndicators);
    SELF_EVALUATION.cell("totalWeight", SelfEvaluation::totalWeight, SelfEvaluation.Builder::totalWeight);
    SELF_EVALUATION.cell("totalScore", SelfEvaluation::totalScore, SelfEvaluation.Builder::totalScore);
    SELF_EVALUATION.optString("grade", SelfEvaluation::grade, SelfEvaluation.Builder::grade);
    SELF_EVALUATION.line(SelfEvaluation::line, SelfEvaluation.Builder::line);
    LABELLED.string("label", LabelledAmounts::label, LabelledAmounts.Builder::label);
    LABELLED.optString("description", LabelledAmounts::description, LabelledAmounts.Builder::description);
    LABELLED.cells("cells", LabelledAmounts::cells, LabelledAmounts.Builder::putCells);
    LABELLED.line(LabelledAmounts::line, LabelledAmounts.Builder::line);
    INDICATOR.string("level1Text", Indicator::level1Text, Indicator.Builder::level1Text).describe("Printed 一级指标.");
    INDICATOR.nonEmptyString("level2Text", Indicator::level2Text, Indicator.Builder::level2Text)
        .describe("Printed 二级指标; empty when omitted.");
    INDICATOR.string("name", Indicator::name, Indicator.Builder::name).pattern(NOT_BLANK).describe("Printed 三级指标.");
    INDICATOR.optString("targetText", Indicator::targetText, Indicator.Builder::targetText)
        .describe("Target value as printed (目标值).");
    INDICATOR.optString("nature", Indicator::nature, Indicator.Builder::nature).describe("指标性质 as printed.");
    INDICATOR.optString("value", Indicator::value, Indicator.Builder::value).describe("指标值 as printed.");
    INDICATOR.optString("measureUnit", Indicator::measureUnit, Indicator.Builder::measureUnit).describe("度量单位.");
    INDICATOR.optString("direction", Indicator::direction, Indicator.Builder::direction);
    INDICATOR.cell("weight", Indicator::weight, Indicator.Builder::weight);
    INDICATOR.optString("actual", Indicator::actual, Indicator.Builder::actual).describe("实际完成值 as printed.");
    INDICATOR.cell("score", Indicator::score, Indicator.Builder::score);
    INDICATOR.optString("deviation", Indicator::deviation, Indicator.Builder::deviation);
    INDICATOR.stringMap("history", Indicator::history, Indicator.Builder::putHistory);
    INDICATOR.line(Indicator::line, Indicator.Builder::line);
    INDICATOR.place(Indicator::place, Indicator.Builder::place);
    FRAMEWORK.string("title", EvaluationFramework::title, EvaluationFramework.Builder::title);
    FRAMEWORK.list("roots", NODE, EvaluationFramework::roots, EvaluationFramework.Builder::addAllRoots);
    FRAMEWORK.line(EvaluationFramework::line, EvaluationFramework.Builder::line);
    NODE.integer("level", FrameworkNode::level, FrameworkNode.Builder::level).range(1, 3);
    NODE.string("name", FrameworkNode::name, FrameworkNode.Builder::name);
    NODE.cell("referenceScore", FrameworkNode::referenceScore, FrameworkNode.Builder::referenceScore);
    NODE.strings("descriptions", FrameworkNode::descriptions, FrameworkNode.Builder::addAllDescriptions);
    NODE.list("children", NODE, FrameworkNode::children, FrameworkNode.Builder::addAllChildren);
    NODE.line(FrameworkNode::line, FrameworkNode.Builder::line);
  }

  private Shapes() {}
}
