package io.github.cnbudget.io.csv;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.csv.Records.Rec;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.classification.Scheme;
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
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the tidy file set back into documents. Records of a parent come before the records that
 * refer to them only within a file; across files, everything is joined by its indices, and each
 * index must follow the previous one (1, 2, 3…) so that order is never guessed.
 */
final class TidyReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] NONE = {};

  // the columns read per line item and per row, resolved once
  private static final int ITEM_COLUMN = Records.column(TidyFile.LINE_ITEMS, "column");
  private static final int ITEM_VALUE = Records.column(TidyFile.LINE_ITEMS, "value");
  private static final int ITEM_PRINTED = Records.column(TidyFile.LINE_ITEMS, "printed");
  private static final int ITEM_MARK = Records.column(TidyFile.LINE_ITEMS, "mark");
  private static final int ITEM_REPAIRED = Records.column(TidyFile.LINE_ITEMS, "repaired");
  private static final int ROW_KIND = Records.column(TidyFile.ROWS, "kind");
  private static final int ROW_LABEL = Records.column(TidyFile.ROWS, "label");
  private static final int ROW_SIDE = Records.column(TidyFile.ROWS, "side");
  private static final int ROW_CODE = Records.column(TidyFile.ROWS, "code");
  private static final int ROW_SCHEME = Records.column(TidyFile.ROWS, "scheme");
  private static final int ROW_CONCEPT = Records.column(TidyFile.ROWS, "concept");
  private static final int ROW_UNIT = Records.column(TidyFile.ROWS, "unit");
  private static final int ROW_NUMBER = Records.column(TidyFile.ROWS, "number");
  private static final int ROW_LINE = Records.column(TidyFile.ROWS, "line");
  private static final int ROW_UNPLACED = Records.column(TidyFile.ROWS, "unplaced");

  /** Classification codes met so far, by scheme and digits: each distinct code is parsed and held once. */
  private final Map<String, ClassificationCode> functionalCodes = new HashMap<>();
  private final Map<String, ClassificationCode> economicCodes = new HashMap<>();

  private final Map<TidyFile, List<Rec>> files;

  TidyReader(Map<TidyFile, List<Rec>> files) {
    this.files = files;
  }

  private List<Rec> of(TidyFile f) {
    return files.getOrDefault(f, List.of());
  }

  private static <T> T build(Rec r, Supplier<T> b) {
    try {
      return b.get();
    } catch (InvalidValueException e) {
      throw r.error("invalid record: " + e.getMessage());
    }
  }

  /**
   * What joins a record to its parent: up to three indices and two texts (owner, entry); unused
   * parts are 0 or null. Compared by value, never built as a string.
   */
  private static final class Key {
    final int i1;
    final int i2;
    final int i3;
    final @Nullable String s1;
    final @Nullable String s2;

    Key(int i1, int i2, int i3, @Nullable String s1, @Nullable String s2) {
      this.i1 = i1;
      this.i2 = i2;
      this.i3 = i3;
      this.s1 = s1;
      this.s2 = s2;
    }

    boolean is(int j1, int j2, int j3, @Nullable String t1, @Nullable String t2) {
      return i1 == j1 && i2 == j2 && i3 == j3 && Objects.equals(s1, t1) && Objects.equals(s2, t2);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key)) {
        return false;
      }
      Key k = (Key) o;
      return is(k.i1, k.i2, k.i3, k.s1, k.s2);
    }

    @Override
    public int hashCode() {
      return ((i1 * 31 + i2) * 31 + i3) * 31 + Objects.hashCode(s1) * 17 + Objects.hashCode(s2);
    }
  }

  private static Key k(int d) {
    return new Key(d, 0, 0, null, null);
  }

  private static Key k(int d, int i) {
    return new Key(d, i, 0, null, null);
  }

  private static Key k(int d, int i, int j) {
    return new Key(d, i, j, null, null);
  }

  private static Key k(int d, String owner, int oi) {
    return new Key(d, oi, 0, owner, null);
  }

  private static Key k(int d, String owner, int oi, String entry) {
    return new Key(d, oi, 0, owner, entry);
  }

  /**
   * Groups a file's records by a key of up to three index columns and two text columns (owner,
   * entry), checking that the index column counts 1, 2, 3… within each group. Records of one
   * parent usually follow each other, so the map is consulted only when the key changes.
   */
  private Map<Key, List<Rec>> group(TidyFile file, String[] intColumns, String[] textColumns,
      @Nullable String indexColumn) {
    // the file's list is dropped once grouped: the groups hold the records from here on
    List<Rec> records = files.containsKey(file) ? files.remove(file) : List.of();
    int c1 = intColumns.length > 0 ? Records.column(file, intColumns[0]) : -1;
    int c2 = intColumns.length > 1 ? Records.column(file, intColumns[1]) : -1;
    int c3 = intColumns.length > 2 ? Records.column(file, intColumns[2]) : -1;
    int t1 = textColumns.length > 0 ? Records.column(file, textColumns[0]) : -1;
    int t2 = textColumns.length > 1 ? Records.column(file, textColumns[1]) : -1;
    int ic = indexColumn == null ? -1 : Records.column(file, indexColumn);
    Map<Key, List<Rec>> out = new LinkedHashMap<>();
    Key last = null;
    List<Rec> list = null;
    for (Rec r : records) {
      int i1 = c1 < 0 ? 0 : r.index(c1);
      int i2 = c2 < 0 ? 0 : r.index(c2);
      int i3 = c3 < 0 ? 0 : r.index(c3);
      String s1 = t1 < 0 ? null : r.str(t1);
      String s2 = t2 < 0 ? null : r.str(t2);
      if (last == null || list == null || !last.is(i1, i2, i3, s1, s2)) {
        last = new Key(i1, i2, i3, s1, s2);
        list = out.computeIfAbsent(last, x -> new ArrayList<>());
      }
      if (ic >= 0) {
        int i = r.index(ic);
        if (i != list.size() + 1) {
          throw r.error(ic, "expected " + (list.size() + 1) + ", found " + i + " (indices count up from 1)");
        }
      }
      list.add(r);
    }
    return out;
  }

  private static List<String> jsonStrings(Rec r, String column) {
    String s = r.str(column);
    if (s.isEmpty()) {
      return List.of();
    }
    try {
      List<String> v = JSON.readValue(s, new TypeReference<List<String>>() {});
      if (v == null || v.contains(null)) {
        throw r.error(column, "expected a JSON array of strings");
      }
      return v;
    } catch (java.io.IOException | RuntimeException e) {
      if (e instanceof CodecException) {
        throw (CodecException) e;
      }
      throw r.error(column, "expected a JSON array of strings: " + Records.abbreviate(String.valueOf(e.getMessage())));
    }
  }

  private static Map<String, String> jsonMap(Rec r, String column) {
    String s = r.str(column);
    if (s.isEmpty()) {
      return Map.of();
    }
    try {
      LinkedHashMap<String, String> v = JSON.readValue(s, new TypeReference<LinkedHashMap<String, String>>() {});
      if (v == null || v.containsValue(null)) {
        throw r.error(column, "expected a JSON object of strings");
      }
      return v;
    } catch (java.io.IOException | RuntimeException e) {
      if (e instanceof CodecException) {
        throw (CodecException) e;
      }
      throw r.error(column, "expected a JSON object of strings: " + Records.abbreviate(String.valueOf(e.getMessage())));
    }
  }

  List<Disclosure> read() {
    List<Rec> docs = of(TidyFile.DOCUMENTS);
    Map<Key, List<Rec>> units = group(TidyFile.UNITS, new String[] {"document"}, NONE, "unit");
    Map<Key, List<Rec>> contents = group(TidyFile.CONTENTS, new String[] {"document"}, NONE, "entry");
    Map<Key, List<Rec>> narrative = group(TidyFile.NARRATIVE, new String[] {"document"}, NONE, "paragraph");
    Map<Key, List<Rec>> tables = group(TidyFile.TABLES, new String[] {"document"}, NONE, "table");
    Map<Key, List<Rec>> columns = group(TidyFile.COLUMNS, new String[] {"document", "table"}, NONE, "column");
    Map<Key, List<Rec>> rows = group(TidyFile.ROWS, new String[] {"document", "table"}, NONE, "row");
    Map<Key, List<Rec>> items = group(TidyFile.LINE_ITEMS, new String[] {"document", "table", "row"}, NONE, null);
    Map<Key, List<Rec>> notes = new LinkedHashMap<>();
    for (Rec r : of(TidyFile.NOTES)) {
      // document notes have no table: 0, which no table index can be
      Key key = k(r.index("document"), r.opt("table").isPresent() ? r.index("table") : 0);
      List<Rec> list = notes.computeIfAbsent(key, x -> new ArrayList<>());
      if (r.index("note") != list.size() + 1) {
        throw r.error("note", "expected " + (list.size() + 1) + " (indices count up from 1)");
      }
      list.add(r);
    }
    Map<Key, List<Rec>> projects = group(TidyFile.PROJECTS, new String[] {"document"}, NONE, "project");
    Map<Key, List<Rec>> amounts = group(TidyFile.AMOUNTS, new String[] {"document", "owner_index"}, new String[] {"owner", "entry"}, null);
    Map<Key, List<Rec>> goals = group(TidyFile.GOALS, new String[] {"document"}, NONE, "goal");
    Map<Key, List<Rec>> evaluations = group(TidyFile.SELF_EVALUATIONS, new String[] {"document"}, NONE, "evaluation");
    Map<Key, List<Rec>> labelled = group(TidyFile.LABELLED_AMOUNTS, new String[] {"document", "owner_index"}, new String[] {"owner"}, "entry");
    Map<Key, List<Rec>> indicators = group(TidyFile.INDICATORS, new String[] {"document", "owner_index"}, new String[] {"owner"}, "indicator");
    Map<Key, List<Rec>> frameworks = group(TidyFile.FRAMEWORKS, new String[] {"document"}, NONE, "framework");
    Map<Key, List<Rec>> nodes = group(TidyFile.FRAMEWORK_NODES, new String[] {"document", "framework"}, NONE, "node");

    // every record must belong to something: a dangling index is an error, never silently dropped
    Used used = new Used();
    List<Disclosure> out = new ArrayList<>();
    for (int di = 0; di < docs.size(); di++) {
      Rec r = docs.get(di);
      int d = r.index("document");
      if (d != di + 1) {
        throw r.error("document", "expected " + (di + 1) + ", found " + d + " (indices count up from 1)");
      }
      Disclosure.Builder b = Disclosure.builder();
      Department.Builder dep = Department.builder().name(r.str("department"));
      r.opt("department_code").ifPresent(dep::code);
      for (Rec u : used.take(units, k(d))) {
        BudgetUnit.Builder ub = BudgetUnit.builder().name(u.str("name")).role(u.constant("role", UnitRole.class));
        u.opt("code").ifPresent(ub::code);
        dep.addUnits(build(u, ub::build));
      }
      b.department(build(r, dep::build));
      int year = r.integer("year");
      if (year < FiscalYear.MIN_VALUE || year > FiscalYear.MAX_VALUE) {
        throw r.error("year", "year out of range: " + year);
      }
      b.year(FiscalYear.of(year));
      b.stage(r.constant("stage", Stage.class));
      AmountUnit unit = r.constant("amount_unit", AmountUnit.class);
      int scale = r.integer("scale");
      b.precision(build(r, () -> Precision.of(unit, scale)));
      r.opt("title").ifPresent(b::title);
      r.opt("source").ifPresent(b::source);
      for (Rec c : used.take(contents, k(d))) {
        b.addContents(c.str("title"));
      }
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Rec n : used.take(narrative, k(d))) {
        Paragraph.Builder pb = Paragraph.builder().text(n.str("text"));
        n.line("page").ifPresent(pb::page);
        n.line("line").ifPresent(pb::line);
        n.opt("section").ifPresent(pb::section);
        paragraphs.add(build(n, pb::build));
      }
      if (!paragraphs.isEmpty()) {
        b.narrative(Narrative.of(paragraphs));
      }
      for (Rec n : used.take(notes, k(d, 0))) {
        b.addNotes(note(n));
      }
      for (Rec t : used.take(tables, k(d))) {
        b.addTables(table(d, t, used, columns, rows, items, notes));
      }
      for (Rec p : used.take(projects, k(d))) {
        b.addProjects(project(d, p, used, amounts, labelled));
      }
      for (Rec g : used.take(goals, k(d))) {
        b.addGoals(goal(d, g, used, amounts, labelled, indicators));
      }
      for (Rec s : used.take(evaluations, k(d))) {
        b.addSelfEvaluations(evaluation(d, s, used, amounts, labelled, indicators));
      }
      for (Rec f : used.take(frameworks, k(d))) {
        b.addFrameworks(framework(d, f, used, nodes));
      }
      out.add(build(r, b::build));
    }
    used.checkAllTaken(List.of(units, contents, narrative, tables, columns, rows, items, notes, projects, amounts, goals,
        evaluations, labelled, indicators, frameworks, nodes));
    return out;
  }

  /**
   * Hands each group to its parent once, removing it, so that records are garbage as soon as they
   * are built into the model; what is left at the end refers to a parent that does not exist.
   */
  private static final class Used {
    List<Rec> take(Map<Key, List<Rec>> groups, Key key) {
      List<Rec> list = groups.remove(key);
      return list == null ? List.of() : list;
    }

    void checkAllTaken(List<Map<Key, List<Rec>>> all) {
      for (Map<Key, List<Rec>> groups : all) {
        for (List<Rec> list : groups.values()) {
          throw list.get(0).error("refers to a document, table, row or owner that does not exist");
        }
      }
    }
  }

  private static Note note(Rec n) {
    OptionalInt line = n.line("line");
    return line.isPresent() ? Note.of(n.str("text"), line.getAsInt()) : Note.of(n.str("text"));
  }

  private DisclosureTable table(int d, Rec t, Used used, Map<Key, List<Rec>> columns, Map<Key, List<Rec>> rows,
      Map<Key, List<Rec>> items, Map<Key, List<Rec>> notes) {
    int ti = t.index("table");
    DisclosureTable.Builder b = DisclosureTable.builder()
        .kind(t.constant("kind", TableKind.class))
        .title(t.str("title"));
    t.opt("number").ifPresent(b::number);
    t.opt("issuer").ifPresent(b::issuer);
    t.optConstant("amount_unit", AmountUnit.class).ifPresent(b::amountUnit);
    t.opt("empty_statement").ifPresent(b::emptyStatement);
    t.line("line").ifPresent(b::line);
    t.place("place").ifPresent(b::place);
    List<Rec> columnRecs = used.take(columns, k(d, ti));
    List<Column> cols = new ArrayList<>(columnRecs.size());
    for (Rec c : columnRecs) {
      Column.Builder cb = Column.builder()
          .key(c.str("key"))
          .concept(c.constant("concept", Concept.class))
          .addAllHeader(jsonStrings(c, "header"))
          .partOf(c.bool("part_of"))
          .side(c.constant("side", Side.class));
      c.opt("parent").ifPresent(cb::parent);
      c.opt("number").ifPresent(cb::number);
      cols.add(build(c, cb::build));
    }
    if (!cols.isEmpty()) {
      // the column tree's faults (an unknown parent, a cycle) are columns.csv's, not tables.csv's:
      // checked on the columns alone, blamed on the last column record
      build(columnRecs.get(columnRecs.size() - 1),
          () -> DisclosureTable.builder().kind(TableKind.OTHER).title("").addAllColumns(cols).build());
    }
    b.addAllColumns(cols);
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Column c : cols) {
      keys.add(c.key());
    }
    List<Rec> rowRecs = used.take(rows, k(d, ti));
    String[] seen = new String[8];
    for (int ri = 0; ri < rowRecs.size(); ri++) {
      Rec r = rowRecs.get(ri);
      Row.Builder rb = Row.builder()
          .kind(r.constant(ROW_KIND, RowKind.class))
          .label(r.str(ROW_LABEL))
          .side(r.constant(ROW_SIDE, Side.class));
      ClassificationCode code = code(r);
      if (code != null) {
        rb.code(code);
      }
      Concept concept = r.constantOrNull(ROW_CONCEPT, Concept.class);
      if (concept != null) {
        rb.concept(concept);
      }
      if (!r.isEmpty(ROW_UNIT)) {
        rb.unit(r.str(ROW_UNIT));
      }
      if (!r.isEmpty(ROW_NUMBER)) {
        rb.number(r.str(ROW_NUMBER));
      }
      int line = r.line(ROW_LINE);
      if (line > 0) {
        rb.line(line);
      }
      r.place("place").ifPresent(rb::place);
      String unplaced = r.str(ROW_UNPLACED);
      if (!unplaced.isEmpty()) {
        for (String value : unplaced.split(" ", -1)) {
          if (value.isEmpty()) {
            throw r.error("unplaced", "an empty value among the unplaced values");
          }
          rb.addUnplaced(Cell.printed(value));
        }
      }
      List<Rec> cells = used.take(items, k(d, ti, ri + 1));
      if (cells.size() > seen.length) {
        seen = new String[cells.size()];
      }
      for (int ci = 0; ci < cells.size(); ci++) {
        Rec item = cells.get(ci);
        String key = item.str(ITEM_COLUMN);
        // a row has few cells: a scan of the keys so far beats a set per row
        for (int j = 0; j < ci; j++) {
          if (seen[j].equals(key)) {
            throw item.error(ITEM_COLUMN, "a second cell for column '" + Records.abbreviate(key) + "' in the same row");
          }
        }
        seen[ci] = key;
        if (!keys.contains(key)) {
          // the line item's fault, not the table's
          throw item.error(ITEM_COLUMN, "the table has no column '" + Records.abbreviate(key) + "'");
        }
        Cell cell = item.cellOrNull(ITEM_VALUE, ITEM_PRINTED, ITEM_MARK, ITEM_REPAIRED);
        if (cell == null) {
          throw item.error(ITEM_MARK, "a line item needs a cell");
        }
        Optional<PagePlace> at = item.place("place");
        rb.putCells(key, at.isPresent() ? cell.withPlace(at.get()) : cell);
      }
      b.addRows(build(r, rb::build));
    }
    for (Rec n : used.take(notes, k(d, ti))) {
      b.addNotes(note(n));
    }
    return build(t, b::build);
  }

  private @Nullable ClassificationCode code(Rec r) {
    String digits = r.str(ROW_CODE);
    Scheme scheme = r.constantOrNull(ROW_SCHEME, Scheme.class);
    if (digits.isEmpty() && scheme == null) {
      return null;
    }
    if (digits.isEmpty() || scheme == null) {
      throw r.error(digits.isEmpty() ? ROW_CODE : ROW_SCHEME, "code and scheme go together");
    }
    Map<String, ClassificationCode> known = scheme == Scheme.FUNCTIONAL ? functionalCodes : economicCodes;
    ClassificationCode c = known.get(digits);
    if (c != null) {
      return c;
    }
    try {
      c = scheme == Scheme.FUNCTIONAL ? FunctionalCode.parse(digits) : EconomicCode.parse(digits);
    } catch (BudgetException e) {
      if (e instanceof CodecException) {
        throw e;
      }
      throw r.error(ROW_CODE, "malformed code: " + e.getMessage());
    }
    if (c.scheme() != scheme) {
      throw r.error(ROW_SCHEME, "code '" + digits + "' is not of scheme " + scheme);
    }
    // parsing is a function of the text, so a code read once stands for every later equal text
    known.put(digits, c);
    return c;
  }

  private static void cells(Used used, Map<Key, List<Rec>> amounts, Key key,
      java.util.function.BiConsumer<String, io.github.cnbudget.model.table.Cell> put) {
    Map<String, Boolean> seen = new HashMap<>();
    for (Rec a : used.take(amounts, key)) {
      String k = a.str("key");
      if (seen.put(k, Boolean.TRUE) != null) {
        throw a.error("key", "a second amount for '" + Records.abbreviate(k) + "'");
      }
      Cell cell = a.cell("value", "").orElseThrow(() -> a.error("mark", "an amount needs a cell"));
      Optional<PagePlace> at = a.place("place");
      put.accept(k, at.isPresent() ? cell.withPlace(at.get()) : cell);
    }
  }

  private Project project(int d, Rec p, Used used, Map<Key, List<Rec>> amounts, Map<Key, List<Rec>> labelled) {
    int pi = p.index("project");
    Project.Builder b = Project.builder().name(p.str("name"));
    p.opt("code").ifPresent(b::code);
    p.opt("department").ifPresent(b::department);
    p.opt("unit").ifPresent(b::unit);
    p.optConstant("category", ProjectCategory.class).ifPresent(b::category);
    p.optConstant("attribute", ProjectAttribute.class).ifPresent(b::attribute);
    p.optInt("start_year").ifPresent(b::startYear);
    p.optInt("end_year").ifPresent(b::endYear);
    p.cell("total", "total_").ifPresent(b::total);
    p.cell("annual_budget", "annual_budget_").ifPresent(b::annualBudget);
    p.optConstant("amount_unit", AmountUnit.class).ifPresent(b::amountUnit);
    cells(used, amounts, k(d, "project", pi, ""), b::putAmounts);
    b.addAllCosts(labelled(d, "project_cost", pi, used, amounts, labelled));
    b.addAllPurchases(labelled(d, "project_purchase", pi, used, amounts, labelled));
    p.opt("goal").ifPresent(b::goal);
    p.line("line").ifPresent(b::line);
    p.place("place").ifPresent(b::place);
    return build(p, b::build);
  }

  private List<LabelledAmounts> labelled(int d, String owner, int oi, Used used, Map<Key, List<Rec>> amounts,
      Map<Key, List<Rec>> labelled) {
    List<LabelledAmounts> out = new ArrayList<>();
    for (Rec l : used.take(labelled, k(d, owner, oi))) {
      LabelledAmounts.Builder b = LabelledAmounts.builder().label(l.str("label"));
      l.opt("description").ifPresent(b::description);
      cells(used, amounts, k(d, owner, oi, Integer.toString(l.index("entry"))), b::putCells);
      l.line("line").ifPresent(b::line);
      out.add(build(l, b::build));
    }
    return out;
  }

  private List<Indicator> indicators(int d, String owner, int oi, Used used, Map<Key, List<Rec>> indicators) {
    List<Indicator> out = new ArrayList<>();
    for (Rec r : used.take(indicators, k(d, owner, oi))) {
      Indicator.Builder b = Indicator.builder()
          .level1Text(r.str("level1"))
          .level2Text(r.str("level2"))
          .name(r.str("name"));
      r.opt("target_text").ifPresent(b::targetText);
      r.opt("nature").ifPresent(b::nature);
      r.opt("value").ifPresent(b::value);
      r.opt("measure_unit").ifPresent(b::measureUnit);
      r.opt("direction").ifPresent(b::direction);
      r.cell("weight", "weight_").ifPresent(b::weight);
      r.opt("actual").ifPresent(b::actual);
      r.cell("score", "score_").ifPresent(b::score);
      r.opt("deviation").ifPresent(b::deviation);
      b.putAllHistory(jsonMap(r, "history"));
      r.line("line").ifPresent(b::line);
      r.place("place").ifPresent(b::place);
      out.add(build(r, b::build));
    }
    return out;
  }

  private PerformanceGoal goal(int d, Rec g, Used used, Map<Key, List<Rec>> amounts, Map<Key, List<Rec>> labelled,
      Map<Key, List<Rec>> indicators) {
    int gi = g.index("goal");
    PerformanceGoal.Builder b = PerformanceGoal.builder().scope(g.constant("scope", GoalScope.class));
    g.opt("title").ifPresent(b::title);
    g.opt("unit").ifPresent(b::unit);
    g.opt("department").ifPresent(b::department);
    g.opt("project").ifPresent(b::project);
    g.cell("budget", "budget_").ifPresent(b::budget);
    g.optConstant("amount_unit", AmountUnit.class).ifPresent(b::amountUnit);
    b.addAllTasks(labelled(d, "goal", gi, used, amounts, labelled));
    g.opt("long_term_goal").ifPresent(b::longTermGoal);
    g.opt("annual_goal").ifPresent(b::annualGoal);
    b.addAllIndicators(indicators(d, "goal", gi, used, indicators));
    g.line("line").ifPresent(b::line);
    g.place("place").ifPresent(b::place);
    return build(g, b::build);
  }

  private SelfEvaluation evaluation(int d, Rec s, Used used, Map<Key, List<Rec>> amounts,
      Map<Key, List<Rec>> labelled, Map<Key, List<Rec>> indicators) {
    int si = s.index("evaluation");
    SelfEvaluation.Builder b = SelfEvaluation.builder().scope(s.constant("scope", GoalScope.class));
    s.opt("project").ifPresent(b::project);
    s.cell("project_amount", "project_amount_").ifPresent(b::projectAmount);
    s.opt("department").ifPresent(b::department);
    s.opt("implementing_unit").ifPresent(b::implementingUnit);
    s.optConstant("amount_unit", AmountUnit.class).ifPresent(b::amountUnit);
    b.addAllFunding(labelled(d, "evaluation", si, used, amounts, labelled));
    s.opt("expected_goal").ifPresent(b::expectedGoal);
    s.opt("achievement").ifPresent(b::achievement);
    b.addAllIndicators(indicators(d, "evaluation", si, used, indicators));
    s.cell("total_weight", "total_weight_").ifPresent(b::totalWeight);
    s.cell("total_score", "total_score_").ifPresent(b::totalScore);
    s.opt("grade").ifPresent(b::grade);
    s.line("line").ifPresent(b::line);
    return build(s, b::build);
  }

  private EvaluationFramework framework(int d, Rec f, Used used, Map<Key, List<Rec>> nodes) {
    int fi = f.index("framework");
    EvaluationFramework.Builder b = EvaluationFramework.builder().title(f.str("title"));
    List<Rec> list = used.take(nodes, k(d, fi));
    // children lists by parent node index; parents come before their children (depth-first order)
    Map<Integer, List<Integer>> children = new LinkedHashMap<>();
    List<Integer> roots = new ArrayList<>();
    for (Rec n : list) {
      int id = n.index("node");
      OptionalInt parent = n.opt("parent").isPresent() ? OptionalInt.of(n.index("parent")) : OptionalInt.empty();
      if (parent.isPresent()) {
        if (parent.getAsInt() >= id) {
          throw n.error("parent", "a parent node comes before its children");
        }
        children.computeIfAbsent(parent.getAsInt(), x -> new ArrayList<>()).add(id);
      } else {
        roots.add(id);
      }
    }
    for (int id : roots) {
      b.addRoots(node(list, children, id, 0));
    }
    f.line("line").ifPresent(b::line);
    return build(f, b::build);
  }

  private FrameworkNode node(List<Rec> list, Map<Integer, List<Integer>> children, int id, int depth) {
    Rec n = list.get(id - 1);
    if (depth > 3) {
      throw n.error("parent", "framework nodes nest at most 3 levels");
    }
    FrameworkNode.Builder b = FrameworkNode.builder().level(n.integer("level")).name(n.str("name"));
    n.cell("reference_score", "reference_score_").ifPresent(b::referenceScore);
    b.addAllDescriptions(jsonStrings(n, "descriptions"));
    for (int c : children.getOrDefault(id, List.of())) {
      b.addChildren(node(list, children, c, depth + 1));
    }
    n.line("line").ifPresent(b::line);
    return build(n, b::build);
  }
}
