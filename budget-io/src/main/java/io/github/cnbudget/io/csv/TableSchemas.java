package io.github.cnbudget.io.csv;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.organisation.UnitRole;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.project.ProjectAttribute;
import io.github.cnbudget.model.project.ProjectCategory;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What each column of the tidy set holds, for the Table Schemas of the data package (表结构): its
 * Table Schema type, whether it is always filled, the enum constants it may hold, and a description
 * in Chinese and English; and the keys of each file. The columns are those of {@link TidyFile}; a
 * test checks that every column is described and that every written value fits its type.
 */
final class TableSchemas {
  private TableSchemas() {}

  /** One column's description. */
  record Field(String type, boolean required, List<String> values, String zh, String en) {}

  /** A foreign key: these fields refer to those fields of another file. */
  record ForeignKey(List<String> fields, TidyFile resource, List<String> referenced) {}

  /** The columns described once for every file that has them; {@code file.column} overrides. */
  private static final Map<String, Field> FIELDS = new HashMap<>();

  private static final Map<TidyFile, List<String>> PRIMARY_KEYS = new EnumMap<>(TidyFile.class);

  private static final Map<TidyFile, List<ForeignKey>> FOREIGN_KEYS = new EnumMap<>(TidyFile.class);

  private static final Map<TidyFile, String[]> TITLES = new EnumMap<>(TidyFile.class);

  static {
    index("document", "文档序号，从 1 起", "document index, from 1");
    index("unit", "预算单位序号", "budget unit index");
    index("entry", "条目序号", "entry index");
    index("table", "表序号（文档内）", "table index within the document");
    index("column", "列序号（表内）", "column index within the table");
    index("row", "行序号（表内）", "row index within the table");
    index("note", "注释序号", "note index");
    index("project", "项目序号", "project index");
    index("goal", "绩效目标表序号", "performance goal index");
    index("evaluation", "绩效自评表序号", "self-evaluation index");
    index("indicator", "指标序号", "indicator index");
    index("framework", "指标体系序号", "framework index");
    index("node", "节点序号（深度优先）", "node index, depth first");
    index("paragraph", "段落序号", "paragraph index");
    index("owner_index", "所属对象的序号", "index of the owner");
    optional("notes.table", "integer", "表序号；文档注释为空", "table index; empty for document notes");
    optional("amounts.entry", "integer", "条目序号；项目金额为空", "entry index; empty for a project's amounts");
    optional("framework_nodes.parent", "integer", "上级节点序号；根节点为空", "parent node index; empty for a root");
    required("framework_nodes.level", "integer", "层级", "level");
    optional("line", "integer", "来源文本中的行号", "line in the source text");
    optional("page", "integer", "PDF 页码", "PDF page");
    optional("place", "string", "PDF 中的位置：页:x0,y0,x1,y1", "where a PDF printed it: page:x0,y0,x1,y1");
    for (String cell : List.of("total", "annual_budget", "budget", "weight", "score")) {
      optional(cell + "_place", "string", "PDF 中该单元格的位置：页:x0,y0,x1,y1", "where a PDF printed that cell: page:x0,y0,x1,y1");
    }
    optional("department", "string", "部门名称", "department name");
    required("documents.department", "string", "部门名称", "department name");
    required("line_items.department", "string", "部门名称", "department name");
    optional("department_code", "string", "部门编码", "department code");
    required("documents.year", "year", "预算年度", "fiscal year");
    required("line_items.year", "year", "预算年度", "fiscal year");
    optional("start_year", "year", "开始年度", "first year");
    optional("end_year", "year", "结束年度", "last year");
    enumerated("stage", true, Stage.class, "预算或决算", "budget or final accounts");
    enumerated("amount_unit", false, AmountUnit.class, "金额单位", "amount unit");
    enumerated("documents.amount_unit", true, AmountUnit.class, "金额单位", "amount unit");
    required("scale", "integer", "金额小数位数", "decimal places of amounts");
    optional("title", "string", "标题", "title");
    required("tables.title", "string", "表标题", "table title");
    required("contents.title", "string", "目录所列表名", "table title as listed in the contents");
    required("frameworks.title", "string", "指标体系标题", "framework title");
    optional("source", "string", "来源", "source");
    required("units.name", "string", "单位名称", "unit name");
    enumerated("role", true, UnitRole.class, "单位角色", "role of the unit");
    optional("units.code", "string", "单位编码", "unit code");
    enumerated("tables.kind", true, TableKind.class, "表的种类", "kind of table");
    optional("number", "string", "印刷的编号", "number as printed");
    optional("issuer", "string", "编制单位", "issuer");
    optional("empty_statement", "string", "空表说明（如：本表无数据）", "empty-table statement");
    required("key", "string", "列键", "column key");
    enumerated("columns.concept", true, Concept.class, "列的含义", "what the column holds");
    optional("header", "array", "印刷的表头文字（JSON 数组，自外向内）", "printed header texts, outermost first (JSON array)");
    optional("parent", "string", "上级列键", "key of the parent column");
    optional("part_of", "boolean", "是否为上级列的组成部分", "whether the column is part of its parent");
    enumerated("side", true, Side.class, "收入或支出一侧", "income or expenditure side");
    enumerated("rows.kind", true, RowKind.class, "行的种类", "kind of row");
    enumerated("scheme", false, Scheme.class, "科目体系", "classification scheme");
    optional("code", "string", "科目编码", "classification code");
    required("label", "string", "项目名称（印刷）", "row label as printed");
    enumerated("rows.concept", false, Concept.class, "行的含义", "what the row holds");
    optional("rows.unit", "string", "所属预算单位名称", "name of the budget unit the row belongs to");
    optional("rows.unplaced", "string", "未能归入列的数值，按印刷顺序以空格分隔",
        "values the row prints that could not be placed under a column, in printed order, separated by blanks");
    required("table_title", "string", "表标题", "table title");
    optional("unit_code", "string", "预算单位编码", "budget unit code");
    optional("unit_name", "string", "预算单位名称", "budget unit name");
    optional("name", "string", "名称", "name");
    required("line_items.column", "string", "列键", "column key");
    required("notes.text", "string", "注释文字", "note text");
    required("text", "string", "文字", "text");
    required("projects.name", "string", "项目名称", "project name");
    optional("projects.code", "string", "项目编码", "project code");
    optional("projects.unit", "string", "项目单位", "project unit");
    enumerated("category", false, ProjectCategory.class, "项目类别", "project category");
    enumerated("attribute", false, ProjectAttribute.class, "项目属性", "project attribute");
    optional("projects.goal", "string", "项目目标", "project goal");
    required("owner", "string", "所属对象：project、goal、evaluation、project_cost、project_purchase",
        "owner: project, goal, evaluation, project_cost, project_purchase");
    required("amounts.key", "string", "金额名称", "amount name");
    enumerated("scope", true, GoalScope.class, "范围（部门或项目）", "scope: department or project");
    optional("goals.unit", "string", "单位", "unit");
    optional("goals.project", "string", "项目名称", "project name");
    optional("self_evaluations.project", "string", "项目名称", "project name");
    optional("long_term_goal", "string", "中长期目标", "long-term goal");
    optional("annual_goal", "string", "年度目标", "annual goal");
    optional("implementing_unit", "string", "实施单位", "implementing unit");
    optional("expected_goal", "string", "预期目标", "expected goal");
    optional("achievement", "string", "实际完成情况", "achievement");
    optional("grade", "string", "评价等级", "grade");
    required("labelled_amounts.label", "string", "名称", "label");
    optional("description", "string", "说明", "description");
    optional("level1", "string", "一级指标", "level-1 indicator");
    optional("level2", "string", "二级指标", "level-2 indicator");
    required("indicators.name", "string", "三级指标名称", "indicator name");
    optional("target_text", "string", "指标值（印刷）", "target as printed");
    optional("comparator", "string", "解析出的比较符（派生）", "comparator as parsed (derived)");
    optional("target_number", "number", "解析出的目标数值（派生）", "target number as parsed (derived)");
    optional("target_unit", "string", "解析出的计量单位（派生）", "target unit as parsed (derived)");
    optional("nature", "string", "指标性质", "nature");
    optional("indicators.value", "string", "指标值", "value");
    optional("measure_unit", "string", "度量单位", "measure unit");
    optional("direction", "string", "指标方向", "direction");
    optional("actual", "string", "实际完成值", "actual value");
    optional("deviation", "string", "偏差原因", "deviation");
    optional("history", "object", "历史值（JSON 对象）", "history (JSON object)");
    required("framework_nodes.name", "string", "节点名称", "node name");
    optional("descriptions", "array", "说明（JSON 数组）", "descriptions (JSON array)");
    optional("section", "string", "所属章节", "section");
    required("narrative.text", "string", "段落文字", "paragraph text");
    cell("value", "金额", "amount");
    cell("total", "合计", "total");
    cell("annual_budget", "当年预算", "annual budget");
    cell("budget", "预算", "budget");
    cell("project_amount", "项目金额", "project amount");
    cell("total_weight", "权重合计", "total weight");
    cell("total_score", "得分合计", "total score");
    cell("weight", "权重", "weight");
    cell("score", "得分", "score");
    cell("reference_score", "参考分值", "reference score");

    PRIMARY_KEYS.put(TidyFile.DOCUMENTS, List.of("document"));
    PRIMARY_KEYS.put(TidyFile.UNITS, List.of("document", "unit"));
    PRIMARY_KEYS.put(TidyFile.CONTENTS, List.of("document", "entry"));
    PRIMARY_KEYS.put(TidyFile.TABLES, List.of("document", "table"));
    PRIMARY_KEYS.put(TidyFile.COLUMNS, List.of("document", "table", "column"));
    PRIMARY_KEYS.put(TidyFile.ROWS, List.of("document", "table", "row"));
    PRIMARY_KEYS.put(TidyFile.LINE_ITEMS, List.of("document", "table", "row", "column"));
    PRIMARY_KEYS.put(TidyFile.PROJECTS, List.of("document", "project"));
    PRIMARY_KEYS.put(TidyFile.GOALS, List.of("document", "goal"));
    PRIMARY_KEYS.put(TidyFile.SELF_EVALUATIONS, List.of("document", "evaluation"));
    PRIMARY_KEYS.put(TidyFile.LABELLED_AMOUNTS, List.of("document", "owner", "owner_index", "entry"));
    PRIMARY_KEYS.put(TidyFile.INDICATORS, List.of("document", "owner", "owner_index", "indicator"));
    PRIMARY_KEYS.put(TidyFile.FRAMEWORKS, List.of("document", "framework"));
    PRIMARY_KEYS.put(TidyFile.FRAMEWORK_NODES, List.of("document", "framework", "node"));
    PRIMARY_KEYS.put(TidyFile.NARRATIVE, List.of("document", "paragraph"));
    // notes and amounts have none: an empty table or entry (document notes, a project's amounts)
    // cannot be part of a primary key

    for (TidyFile f : TidyFile.values()) {
      if (f != TidyFile.DOCUMENTS) {
        FOREIGN_KEYS.computeIfAbsent(f, x -> new java.util.ArrayList<>())
            .add(new ForeignKey(List.of("document"), TidyFile.DOCUMENTS, List.of("document")));
      }
    }
    List<String> table = List.of("document", "table");
    Objects.requireNonNull(FOREIGN_KEYS.get(TidyFile.COLUMNS)).add(new ForeignKey(table, TidyFile.TABLES, table));
    Objects.requireNonNull(FOREIGN_KEYS.get(TidyFile.ROWS)).add(new ForeignKey(table, TidyFile.TABLES, table));
    Objects.requireNonNull(FOREIGN_KEYS.get(TidyFile.LINE_ITEMS)).add(new ForeignKey(List.of("document", "table", "row"), TidyFile.ROWS,
        List.of("document", "table", "row")));
    Objects.requireNonNull(FOREIGN_KEYS.get(TidyFile.LINE_ITEMS)).add(new ForeignKey(List.of("document", "table", "column"),
        TidyFile.COLUMNS, List.of("document", "table", "key")));
    List<String> framework = List.of("document", "framework");
    Objects.requireNonNull(FOREIGN_KEYS.get(TidyFile.FRAMEWORK_NODES)).add(new ForeignKey(framework, TidyFile.FRAMEWORKS, framework));

    TITLES.put(TidyFile.DOCUMENTS, a("文档", "Documents", "每个文档一行：部门、年度、阶段、金额单位", "one row per document: department, year, stage, amount unit"));
    TITLES.put(TidyFile.UNITS, a("预算单位", "Budget units", "部门所属的预算单位", "the department's budget units"));
    TITLES.put(TidyFile.CONTENTS, a("目录", "Contents", "目录所列的表名", "table titles listed in the contents"));
    TITLES.put(TidyFile.TABLES, a("表", "Tables", "每张表一行", "one row per table"));
    TITLES.put(TidyFile.COLUMNS, a("表的列", "Table columns", "每张表的列及其印刷表头", "each table's columns and printed headers"));
    TITLES.put(TidyFile.ROWS, a("表的行", "Table rows", "每张表的行：科目编码、名称、所属单位", "each table's rows: code, label, unit"));
    TITLES.put(TidyFile.LINE_ITEMS, a("明细", "Line items", "每个印刷单元格一行（整洁数据）", "one record per printed cell (tidy data)"));
    TITLES.put(TidyFile.NOTES, a("注释", "Notes", "文档与表的注释", "notes of documents and tables"));
    TITLES.put(TidyFile.PROJECTS, a("项目", "Projects", "项目及其金额", "projects and their amounts"));
    TITLES.put(TidyFile.AMOUNTS, a("表外金额", "Amounts outside tables", "项目、绩效目标与自评中的金额", "amounts of projects, goals and self-evaluations"));
    TITLES.put(TidyFile.GOALS, a("绩效目标表", "Performance goals", "部门与项目的绩效目标", "performance goals of departments and projects"));
    TITLES.put(TidyFile.SELF_EVALUATIONS, a("绩效自评表", "Self-evaluations", "绩效自评结果", "performance self-evaluations"));
    TITLES.put(TidyFile.LABELLED_AMOUNTS, a("带名称的金额", "Labelled amounts", "目标任务、自评资金与项目成本、采购明细", "goal tasks, evaluation funding, project costs and purchases"));
    TITLES.put(TidyFile.INDICATORS, a("绩效指标", "Performance indicators", "绩效目标与自评的指标", "indicators of goals and self-evaluations"));
    TITLES.put(TidyFile.FRAMEWORKS, a("共性指标体系", "Evaluation frameworks", "评价指标体系", "evaluation frameworks"));
    TITLES.put(TidyFile.FRAMEWORK_NODES, a("指标体系节点", "Framework nodes", "指标体系的节点（深度优先）", "framework nodes, depth first"));
    TITLES.put(TidyFile.NARRATIVE, a("情况说明", "Narrative", "情况说明的段落", "paragraphs of the narrative"));
  }

  private static String[] a(String... s) {
    return s;
  }

  private static void index(String name, String zh, String en) {
    FIELDS.put(name, new Field("integer", true, List.of(), zh, en));
  }

  private static void required(String name, String type, String zh, String en) {
    // a text the model requires may still be empty (a row printed without a name), and CSV writes an
    // empty text as the empty field, the missing value: only non-text fields can promise a value
    FIELDS.put(name, new Field(type, !type.equals("string"), List.of(), zh, en));
  }

  private static void optional(String name, String type, String zh, String en) {
    FIELDS.put(name, new Field(type, false, List.of(), zh, en));
  }

  private static void enumerated(String name, boolean required, Class<? extends Enum<?>> type, String zh, String en) {
    FIELDS.put(name, new Field("string", required, names(type), zh, en));
  }

  /** A cell's four columns (see {@code docs/csv-format.md}): value, printed text, mark, repaired. */
  private static void cell(String name, String zh, String en) {
    optional(name, "number", zh, en);
    String prefix = name.equals("value") ? "" : name + "_";
    optional(prefix + "printed", "string", zh + "的印刷文本（与数值的规范形式不同时）",
        "printed text of the " + en + " (when it differs from the plain number)");
    FIELDS.put(prefix + "mark", new Field("string", false, names(CellMark.class), zh + "的印刷形式：AMOUNT、BLANK、DASH、TEXT",
        "what was printed for the " + en + ": AMOUNT, BLANK, DASH, TEXT"));
    optional(prefix + "repaired", "boolean", zh + "是否自受损文字读出", "whether the " + en + " was read through damaged text");
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
  }

  /**
   * The description of a column of a file.
   *
   * @throws IllegalStateException if the column is not described (a column added to the set
   *     without its description)
   */
  static Field field(TidyFile file, String column) {
    String stem = file.fileName().replace(".csv", "");
    Field f = FIELDS.get(stem + "." + column);
    if (f == null) {
      f = FIELDS.get(column);
    }
    if (f == null) {
      throw new IllegalStateException("column " + column + " of " + file.fileName() + " has no description");
    }
    return f;
  }

  static Optional<List<String>> primaryKey(TidyFile file) {
    return Optional.ofNullable(PRIMARY_KEYS.get(file));
  }

  static List<ForeignKey> foreignKeys(TidyFile file) {
    return FOREIGN_KEYS.getOrDefault(file, List.of());
  }

  /** Title and description, Chinese then English: {zh title, en title, zh description, en description}. */
  static String[] title(TidyFile file) {
    return Objects.requireNonNull(TITLES.get(file), "every file has its title");
  }
}
