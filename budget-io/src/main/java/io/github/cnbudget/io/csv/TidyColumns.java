package io.github.cnbudget.io.csv;

import io.github.cnbudget.io.csv.Columns.Key;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.organisation.UnitRole;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.Map;

/**
 * The tidy file set, column by column (整洁 CSV 的列表): every column's name, how it is written and
 * read, and what the data package says of it, written here once, in the order of the header; the
 * files of projects and performance are in {@link PerformanceColumns}. See {@code
 * docs/csv-format.md}, whose table of files and columns a test holds to these declarations.
 */
final class TidyColumns {
  private TidyColumns() {}

  static final Key DOCUMENT = new Key("document", "文档序号，从 1 起", "document index, from 1", at -> at.document, false,
      false);
  static final Key TABLE = new Key("table", "表序号（文档内）", "table index within the document", at -> at.table, false,
      false);
  static final Key ROW = new Key("row", "行序号（表内）", "row index within the table", at -> at.row, false, false);
  static final Key ENTRY = Key.own("entry", "条目序号", "entry index");
  static final Key OWNER = new Key("owner", "所属对象：project、goal、evaluation、project_cost、project_purchase",
      "owner: project, goal, evaluation, project_cost, project_purchase", at -> at.owner, true, false);
  static final Key OWNER_INDEX = new Key("owner_index", "所属对象的序号", "index of the owner", at -> at.ownerIndex, false,
      false);

  static final Columns<Disclosure, Parts.Document> DOCUMENTS = new Columns<>(TidyFile.DOCUMENTS, "文档", "Documents",
      "每个文档一行：部门、年度、阶段、金额单位", "one row per document: department, year, stage, amount unit");
  static final Columns<BudgetUnit, BudgetUnit.Builder> UNITS = new Columns<>(TidyFile.UNITS, "预算单位", "Budget units",
      "部门所属的预算单位", "the department's budget units");
  static final Columns<String, Disclosure.Builder> CONTENTS = new Columns<>(TidyFile.CONTENTS, "目录", "Contents",
      "目录所列的表名", "table titles listed in the contents");
  static final Columns<DisclosureTable, DisclosureTable.Builder> TABLES = new Columns<>(TidyFile.TABLES, "表", "Tables",
      "每张表一行", "one row per table");
  static final Columns<Column, Column.Builder> COLUMNS = new Columns<>(TidyFile.COLUMNS, "表的列", "Table columns",
      "每张表的列及其印刷表头", "each table's columns and printed headers");
  static final Columns<Row, Row.Builder> ROWS = new Columns<>(TidyFile.ROWS, "表的行", "Table rows",
      "每张表的行：科目编码、名称、所属单位", "each table's rows: code, label, unit");
  static final Columns<Map.Entry<String, Cell>, Parts.Item> LINE_ITEMS = new Columns<>(TidyFile.LINE_ITEMS, "明细",
      "Line items", "每个印刷单元格一行（整洁数据）", "one record per printed cell (tidy data)");
  static final Columns<Note, Parts.Note> NOTES = new Columns<>(TidyFile.NOTES, "注释", "Notes", "文档与表的注释",
      "notes of documents and tables");
  static final Columns<Paragraph, Paragraph.Builder> NARRATIVE = new Columns<>(TidyFile.NARRATIVE, "情况说明",
      "Narrative", "情况说明的段落", "paragraphs of the narrative");

  static {
    DOCUMENTS.index(DOCUMENT);
    DOCUMENTS.text("department", d -> d.department().name(), (p, v) -> p.department.name(v))
        .describe("部门名称", "department name");
    DOCUMENTS.optText("department_code", "department code", d -> d.department().code(), (p, v) -> p.department.code(v))
        .describe("部门编码", "department code");
    DOCUMENTS.add("year", (at, d) -> at.year, (r, c, p) -> {
      int year = r.integer(c);
      if (year < FiscalYear.MIN_VALUE || year > FiscalYear.MAX_VALUE) {
        throw r.error(c, "year out of range: " + year);
      }
      p.document.year(FiscalYear.of(year));
    }).typed("year", true).describe("预算年度", "fiscal year");
    DOCUMENTS.constant("stage", Stage.class, Disclosure::stage, (p, v) -> p.document.stage(v))
        .describe("预算或决算", "budget or final accounts");
    DOCUMENTS.constant("amount_unit", AmountUnit.class, d -> d.precision().unit(), (p, v) -> p.unit = v)
        .describe("金额单位", "amount unit");
    DOCUMENTS.integer("scale", d -> d.precision().scale(), (p, v) -> p.scale = v)
        .describe("金额小数位数", "decimal places of amounts");
    DOCUMENTS.optText("title", "title", Disclosure::title, (p, v) -> p.document.title(v)).describe("标题", "title");
    DOCUMENTS.optText("source", "source", Disclosure::source, (p, v) -> p.document.source(v)).describe("来源", "source");

    UNITS.parents(DOCUMENTS, DOCUMENT).index(Key.own("unit", "预算单位序号", "budget unit index"));
    UNITS.text("name", BudgetUnit::name, BudgetUnit.Builder::name).describe("单位名称", "unit name");
    UNITS.constant("role", UnitRole.class, BudgetUnit::role, BudgetUnit.Builder::role)
        .describe("单位角色", "role of the unit");
    UNITS.optText("code", "unit code", BudgetUnit::code, BudgetUnit.Builder::code).describe("单位编码", "unit code");

    CONTENTS.parents(DOCUMENTS, DOCUMENT).index(ENTRY);
    CONTENTS.text("title", title -> title, Disclosure.Builder::addContents)
        .describe("目录所列表名", "table title as listed in the contents");

    TABLES.parents(DOCUMENTS, DOCUMENT).index(TABLE);
    TABLES.constant("kind", TableKind.class, DisclosureTable::kind, DisclosureTable.Builder::kind)
        .describe("表的种类", "kind of table");
    TABLES.optText("number", "table number", DisclosureTable::number, DisclosureTable.Builder::number)
        .describe("印刷的编号", "number as printed");
    TABLES.text("title", DisclosureTable::title, DisclosureTable.Builder::title).describe("表标题", "table title");
    TABLES.optText("issuer", "table issuer", DisclosureTable::issuer, DisclosureTable.Builder::issuer)
        .describe("编制单位", "issuer");
    TABLES.optConstant("amount_unit", AmountUnit.class, DisclosureTable::amountUnit, DisclosureTable.Builder::amountUnit)
        .describe("金额单位", "amount unit");
    TABLES.optText("empty_statement", "empty statement", DisclosureTable::emptyStatement,
        DisclosureTable.Builder::emptyStatement).describe("空表说明（如：本表无数据）", "empty-table statement");
    TABLES.line(DisclosureTable::line, DisclosureTable.Builder::line);
    TABLES.place(DisclosureTable::place, DisclosureTable.Builder::place);

    COLUMNS.parents(TABLES, DOCUMENT, TABLE).index(Key.own("column", "列序号（表内）", "column index within the table"));
    TidyColumn<Column, Column.Builder> key = COLUMNS.text("key", Column::key, Column.Builder::key)
        .describe("列键", "column key");
    COLUMNS.constant("concept", Concept.class, Column::concept, Column.Builder::concept)
        .describe("列的含义", "what the column holds");
    COLUMNS.strings("header", Column::header, Column.Builder::addAllHeader)
        .describe("印刷的表头文字（JSON 数组，自外向内）", "printed header texts, outermost first (JSON array)");
    COLUMNS.optText("parent", "column parent", Column::parent, Column.Builder::parent)
        .describe("上级列键", "key of the parent column");
    COLUMNS.flag("part_of", Column::partOf, Column.Builder::partOf)
        .describe("是否为上级列的组成部分", "whether the column is part of its parent");
    COLUMNS.constant("side", Side.class, Column::side, Column.Builder::side)
        .describe("收入或支出一侧", "income or expenditure side");
    COLUMNS.optText("number", "column number", Column::number, Column.Builder::number)
        .describe("印刷的编号", "number as printed");

    ROWS.parents(TABLES, DOCUMENT, TABLE).index(ROW);
    ROWS.constant("kind", RowKind.class, Row::kind, Row.Builder::kind).describe("行的种类", "kind of row");
    CellColumns.code(ROWS, Row::code, Row.Builder::code);
    ROWS.text("label", Row::label, Row.Builder::label).describe("项目名称（印刷）", "row label as printed");
    ROWS.optConstant("concept", Concept.class, Row::concept, Row.Builder::concept)
        .describe("行的含义", "what the row holds");
    ROWS.optText("unit", "row unit", Row::unit, Row.Builder::unit)
        .describe("所属预算单位名称", "name of the budget unit the row belongs to");
    ROWS.constant("side", Side.class, Row::side, Row.Builder::side).describe("收入或支出一侧", "income or expenditure side");
    ROWS.optText("number", "row number", Row::number, Row.Builder::number).describe("印刷的编号", "number as printed");
    ROWS.line(Row::line, Row.Builder::line);
    ROWS.place(Row::place, Row.Builder::place);
    CellColumns.unplaced(ROWS, Row::unplaced, Row.Builder::addUnplaced);

    LINE_ITEMS.parent(ROWS, DOCUMENT);
    LINE_ITEMS.derived("department", (at, e) -> at.department).describe("部门名称", "department name");
    LINE_ITEMS.derived("year", (at, e) -> at.year).typed("year", true).describe("预算年度", "fiscal year");
    LINE_ITEMS.derived("stage", (at, e) -> at.stage).typed("string", true).values(Stage.class)
        .describe("预算或决算", "budget or final accounts");
    LINE_ITEMS.parent(ROWS, TABLE);
    LINE_ITEMS.derived("table_title", (at, e) -> at.tableTitle).describe("表标题", "table title");
    LINE_ITEMS.parent(ROWS, ROW);
    LINE_ITEMS.derived("unit_code", (at, e) -> at.unitCode).describe("预算单位编码", "budget unit code");
    LINE_ITEMS.derived("unit_name", (at, e) -> at.unitName).describe("预算单位名称", "budget unit name");
    LINE_ITEMS.derived("code", (at, e) -> at.rowCode).describe("科目编码", "classification code");
    LINE_ITEMS.derived("name", (at, e) -> at.rowLabel).describe("名称", "name");
    LINE_ITEMS.unique(LINE_ITEMS.text("column", Map.Entry::getKey, (p, v) -> p.key = v).describe("列键", "column key"));
    LINE_ITEMS.refersTo(COLUMNS, key);
    CellColumns.Group item = CellColumns.recordCell(LINE_ITEMS, Map.Entry::getValue, (p, c) -> p.cell = c,
        "a line item needs a cell");
    LINE_ITEMS.derived("line", (at, e) -> at.rowLine).typed("integer", false)
        .describe("来源文本中的行号", "line in the source text");
    CellColumns.recordPlace(LINE_ITEMS, item, Map.Entry::getValue);

    NOTES.parents(null, DOCUMENT, new Key("table", "表序号；文档注释为空", "table index; empty for document notes",
        at -> at.table, false, true)).index(Key.own("note", "注释序号", "note index"));
    NOTES.text("text", Note::text, (p, v) -> p.text = v).describe("注释文字", "note text");
    NOTES.line(Note::line, (p, v) -> p.line = v);

    NARRATIVE.parents(DOCUMENTS, DOCUMENT).index(Key.own("paragraph", "段落序号", "paragraph index"));
    NARRATIVE.line("page", Paragraph::page, Paragraph.Builder::page).describe("PDF 页码", "PDF page");
    NARRATIVE.line(Paragraph::line, Paragraph.Builder::line);
    NARRATIVE.optText("section", "section", Paragraph::section, Paragraph.Builder::section).describe("所属章节", "section");
    NARRATIVE.text("text", Paragraph::text, Paragraph.Builder::text).describe("段落文字", "paragraph text");
  }

  /** The declarations of a file. */
  static Columns<?, ?> of(TidyFile file) {
    switch (file) {
      case DOCUMENTS: return DOCUMENTS;
      case UNITS: return UNITS;
      case CONTENTS: return CONTENTS;
      case TABLES: return TABLES;
      case COLUMNS: return COLUMNS;
      case ROWS: return ROWS;
      case LINE_ITEMS: return LINE_ITEMS;
      case NOTES: return NOTES;
      case NARRATIVE: return NARRATIVE;
      default: return PerformanceColumns.of(file);
    }
  }
}
