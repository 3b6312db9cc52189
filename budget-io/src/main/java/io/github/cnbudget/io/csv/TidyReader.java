package io.github.cnbudget.io.csv;

import static io.github.cnbudget.io.csv.Groups.k;
import static io.github.cnbudget.io.csv.PerformanceColumns.AMOUNTS;
import static io.github.cnbudget.io.csv.PerformanceColumns.FRAMEWORKS;
import static io.github.cnbudget.io.csv.PerformanceColumns.FRAMEWORK_NODES;
import static io.github.cnbudget.io.csv.PerformanceColumns.GOALS;
import static io.github.cnbudget.io.csv.PerformanceColumns.INDICATORS;
import static io.github.cnbudget.io.csv.PerformanceColumns.LABELLED_AMOUNTS;
import static io.github.cnbudget.io.csv.PerformanceColumns.NODE_PARENT;
import static io.github.cnbudget.io.csv.PerformanceColumns.PROJECTS;
import static io.github.cnbudget.io.csv.PerformanceColumns.SELF_EVALUATIONS;
import static io.github.cnbudget.io.csv.TidyColumns.COLUMNS;
import static io.github.cnbudget.io.csv.TidyColumns.CONTENTS;
import static io.github.cnbudget.io.csv.TidyColumns.DOCUMENTS;
import static io.github.cnbudget.io.csv.TidyColumns.LINE_ITEMS;
import static io.github.cnbudget.io.csv.TidyColumns.NARRATIVE;
import static io.github.cnbudget.io.csv.TidyColumns.NOTES;
import static io.github.cnbudget.io.csv.TidyColumns.ROWS;
import static io.github.cnbudget.io.csv.TidyColumns.TABLES;
import static io.github.cnbudget.io.csv.TidyColumns.UNITS;

import io.github.cnbudget.io.csv.Groups.Key;
import io.github.cnbudget.io.csv.Groups.Used;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the tidy file set back into documents: each record's columns as its file's declarations
 * say ({@link Columns#read}), then its children, found by {@link Groups}. A record's own columns
 * are read in written order before its children.
 */
final class TidyReader {
  // the columns the joins read, resolved once from the declarations
  private static final int ITEM_KEY = ordinal(LINE_ITEMS.unique);
  private static final int AMOUNT_KEY = ordinal(AMOUNTS.unique);

  /** Reused for every line item and amount: they are put into their parent as soon as read. */
  private final Parts.Item item = new Parts.Item();

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

  private static int ordinal(@Nullable TidyColumn<?, ?> c) {
    return Objects.requireNonNull(c, "declared").ordinal;
  }

  /** A file's records grouped by parent; the file's list is dropped: the groups hold the records from here on. */
  private Map<Key, List<Rec>> group(Columns<?, ?> file) {
    return Groups.group(files.containsKey(file.file) ? files.remove(file.file) : List.of(), file);
  }

  List<Disclosure> read() {
    List<Rec> docs = of(TidyFile.DOCUMENTS);
    Map<Key, List<Rec>> units = group(UNITS);
    Map<Key, List<Rec>> contents = group(CONTENTS);
    Map<Key, List<Rec>> narrative = group(NARRATIVE);
    Map<Key, List<Rec>> tables = group(TABLES);
    Map<Key, List<Rec>> columns = group(COLUMNS);
    Map<Key, List<Rec>> rows = group(ROWS);
    Map<Key, List<Rec>> items = group(LINE_ITEMS);
    Map<Key, List<Rec>> notes = Groups.notes(of(TidyFile.NOTES));
    Map<Key, List<Rec>> projects = group(PROJECTS);
    Map<Key, List<Rec>> amounts = group(AMOUNTS);
    Map<Key, List<Rec>> goals = group(GOALS);
    Map<Key, List<Rec>> evaluations = group(SELF_EVALUATIONS);
    Map<Key, List<Rec>> labelled = group(LABELLED_AMOUNTS);
    Map<Key, List<Rec>> indicators = group(INDICATORS);
    Map<Key, List<Rec>> frameworks = group(FRAMEWORKS);
    Map<Key, List<Rec>> nodes = group(FRAMEWORK_NODES);

    // every record must belong to something: a dangling index is an error, never silently dropped
    Used used = new Used();
    int index = ordinal(DOCUMENTS.index);
    List<Disclosure> out = new ArrayList<>();
    for (int di = 0; di < docs.size(); di++) {
      Rec r = docs.get(di);
      int d = r.index(index);
      if (d != di + 1) {
        throw r.error(index, "expected " + (di + 1) + ", found " + d + " (indices count up from 1)");
      }
      Parts.Document p = new Parts.Document();
      DOCUMENTS.read(r, p);
      Disclosure.Builder b = p.document;
      for (Rec u : used.take(units, k(d))) {
        BudgetUnit.Builder ub = BudgetUnit.builder();
        UNITS.read(u, ub);
        p.department.addUnits(build(u, ub::build));
      }
      b.department(build(r, p.department::build));
      AmountUnit unit = Objects.requireNonNull(p.unit, "a required column");
      int scale = p.scale;
      b.precision(build(r, () -> Precision.of(unit, scale)));
      for (Rec c : used.take(contents, k(d))) {
        CONTENTS.read(c, b);
      }
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Rec n : used.take(narrative, k(d))) {
        Paragraph.Builder pb = Paragraph.builder();
        NARRATIVE.read(n, pb);
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
      for (Rec pr : used.take(projects, k(d))) {
        b.addProjects(project(d, pr, used, amounts, labelled));
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

  private static Note note(Rec n) {
    Parts.Note p = new Parts.Note();
    NOTES.read(n, p);
    return p.line > 0 ? Note.of(p.text, p.line) : Note.of(p.text);
  }

  private DisclosureTable table(int d, Rec t, Used used, Map<Key, List<Rec>> columns, Map<Key, List<Rec>> rows,
      Map<Key, List<Rec>> items, Map<Key, List<Rec>> notes) {
    int ti = t.index(ordinal(TABLES.index));
    DisclosureTable.Builder b = DisclosureTable.builder();
    TABLES.read(t, b);
    List<Rec> columnRecs = used.take(columns, k(d, ti));
    List<Column> cols = new ArrayList<>(columnRecs.size());
    for (Rec c : columnRecs) {
      Column.Builder cb = Column.builder();
      COLUMNS.read(c, cb);
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
      Row.Builder rb = Row.builder();
      ROWS.read(r, rb);
      List<Rec> cells = used.take(items, k(d, ti, ri + 1));
      if (cells.size() > seen.length) {
        seen = new String[cells.size()];
      }
      for (int ci = 0; ci < cells.size(); ci++) {
        Rec line = cells.get(ci);
        Cell cell = item(LINE_ITEMS, line);
        String key = item.key;
        // a row has few cells: a scan of the keys so far beats a set per row
        for (int j = 0; j < ci; j++) {
          if (seen[j].equals(key)) {
            throw line.error(ITEM_KEY, "a second cell for column '" + Rec.abbreviate(key) + "' in the same row");
          }
        }
        seen[ci] = key;
        if (!keys.contains(key)) {
          // the line item's fault, not the table's
          throw line.error(ITEM_KEY, "the table has no column '" + Rec.abbreviate(key) + "'");
        }
        rb.putCells(key, cell);
      }
      b.addRows(build(r, rb::build));
    }
    for (Rec n : used.take(notes, k(d, ti))) {
      b.addNotes(note(n));
    }
    return build(t, b::build);
  }

  /** A line item or an amount: its cell, and its key left in {@link #item}. */
  private Cell item(Columns<?, Parts.Item> file, Rec r) {
    item.cell = null;
    file.read(r, item);
    // the cell's reading refuses a record without one
    return Objects.requireNonNull(item.cell, "a required cell");
  }

  private void cells(Used used, Map<Key, List<Rec>> amounts, Key key, BiConsumer<String, Cell> put) {
    Map<String, Boolean> seen = new HashMap<>();
    for (Rec a : used.take(amounts, key)) {
      Cell cell = item(AMOUNTS, a);
      String k = item.key;
      if (seen.put(k, Boolean.TRUE) != null) {
        throw a.error(AMOUNT_KEY, "a second amount for '" + Rec.abbreviate(k) + "'");
      }
      put.accept(k, cell);
    }
  }

  private Project project(int d, Rec p, Used used, Map<Key, List<Rec>> amounts, Map<Key, List<Rec>> labelled) {
    int pi = p.index(ordinal(PROJECTS.index));
    Project.Builder b = Project.builder();
    PROJECTS.read(p, b);
    cells(used, amounts, k(d, PerformanceColumns.PROJECT, pi, ""), b::putAmounts);
    b.addAllCosts(labelled(d, PerformanceColumns.PROJECT_COST, pi, used, amounts, labelled));
    b.addAllPurchases(labelled(d, PerformanceColumns.PROJECT_PURCHASE, pi, used, amounts, labelled));
    return build(p, b::build);
  }

  private List<LabelledAmounts> labelled(int d, String owner, int oi, Used used, Map<Key, List<Rec>> amounts,
      Map<Key, List<Rec>> labelled) {
    int entry = ordinal(LABELLED_AMOUNTS.index);
    List<LabelledAmounts> out = new ArrayList<>();
    for (Rec l : used.take(labelled, k(d, owner, oi))) {
      LabelledAmounts.Builder b = LabelledAmounts.builder();
      LABELLED_AMOUNTS.read(l, b);
      cells(used, amounts, k(d, owner, oi, Integer.toString(l.index(entry))), b::putCells);
      out.add(build(l, b::build));
    }
    return out;
  }

  private List<Indicator> indicators(int d, String owner, int oi, Used used, Map<Key, List<Rec>> indicators) {
    List<Indicator> out = new ArrayList<>();
    for (Rec r : used.take(indicators, k(d, owner, oi))) {
      Indicator.Builder b = Indicator.builder();
      INDICATORS.read(r, b);
      out.add(build(r, b::build));
    }
    return out;
  }

  private PerformanceGoal goal(int d, Rec g, Used used, Map<Key, List<Rec>> amounts, Map<Key, List<Rec>> labelled,
      Map<Key, List<Rec>> indicators) {
    int gi = g.index(ordinal(GOALS.index));
    PerformanceGoal.Builder b = PerformanceGoal.builder();
    GOALS.read(g, b);
    b.addAllTasks(labelled(d, PerformanceColumns.GOAL, gi, used, amounts, labelled));
    b.addAllIndicators(indicators(d, PerformanceColumns.GOAL, gi, used, indicators));
    return build(g, b::build);
  }

  private SelfEvaluation evaluation(int d, Rec s, Used used, Map<Key, List<Rec>> amounts,
      Map<Key, List<Rec>> labelled, Map<Key, List<Rec>> indicators) {
    int si = s.index(ordinal(SELF_EVALUATIONS.index));
    SelfEvaluation.Builder b = SelfEvaluation.builder();
    SELF_EVALUATIONS.read(s, b);
    b.addAllFunding(labelled(d, PerformanceColumns.EVALUATION, si, used, amounts, labelled));
    b.addAllIndicators(indicators(d, PerformanceColumns.EVALUATION, si, used, indicators));
    return build(s, b::build);
  }

  private EvaluationFramework framework(int d, Rec f, Used used, Map<Key, List<Rec>> nodes) {
    int fi = f.index(ordinal(FRAMEWORKS.index));
    EvaluationFramework.Builder b = EvaluationFramework.builder();
    FRAMEWORKS.read(f, b);
    List<Rec> list = used.take(nodes, k(d, fi));
    int node = ordinal(FRAMEWORK_NODES.index);
    int parentColumn = NODE_PARENT.ordinal;
    // children lists by parent node index; parents come before their children (depth-first order)
    Map<Integer, List<Integer>> children = new LinkedHashMap<>();
    List<Integer> roots = new ArrayList<>();
    for (Rec n : list) {
      int id = n.index(node);
      OptionalInt parent = n.isEmpty(parentColumn) ? OptionalInt.empty() : OptionalInt.of(n.index(parentColumn));
      if (parent.isPresent()) {
        if (parent.getAsInt() >= id) {
          throw n.error(parentColumn, "a parent node comes before its children");
        }
        children.computeIfAbsent(parent.getAsInt(), x -> new ArrayList<>()).add(id);
      } else {
        roots.add(id);
      }
    }
    for (int id : roots) {
      b.addRoots(node(list, children, id, 0));
    }
    return build(f, b::build);
  }

  private FrameworkNode node(List<Rec> list, Map<Integer, List<Integer>> children, int id, int depth) {
    Rec n = list.get(id - 1);
    if (depth > 3) {
      throw n.error(NODE_PARENT.ordinal, "framework nodes nest at most 3 levels");
    }
    FrameworkNode.Builder b = FrameworkNode.builder();
    FRAMEWORK_NODES.read(n, b);
    for (int c : children.getOrDefault(id, List.of())) {
      b.addChildren(node(list, children, c, depth + 1));
    }
    return build(n, b::build);
  }
}
