package io.github.cnbudget.io.csv;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.csv.Records.Rec;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
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
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Reads the tidy file set back into documents. Records of a parent come before the records that
 * refer to them only within a file; across files, everything is joined by its indices, and each
 * index must follow the previous one (1, 2, 3…) so that order is never guessed.
 */
final class TidyReader {
  private static final ObjectMapper JSON = new ObjectMapper();

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
    } catch (IllegalStateException | IllegalArgumentException | BudgetException e) {
      throw r.error("invalid record: " + e.getMessage());
    }
  }

  /** Groups records by a key, checking that the index column counts 1, 2, 3… within each group. */
  private static Map<String, List<Rec>> group(List<Rec> records, String[] keyColumns, String indexColumn) {
    Map<String, List<Rec>> out = new LinkedHashMap<>();
    for (Rec r : records) {
      String key = key(r, keyColumns);
      List<Rec> list = out.computeIfAbsent(key, k -> new ArrayList<>());
      if (indexColumn != null) {
        int i = r.index(indexColumn);
        if (i != list.size() + 1) {
          throw r.error(indexColumn, "expected " + (list.size() + 1) + ", found " + i + " (indices count up from 1)");
        }
      }
      list.add(r);
    }
    return out;
  }

  private static String key(Rec r, String... columns) {
    StringBuilder b = new StringBuilder();
    for (String c : columns) {
      b.append(c.equals("owner") || c.equals("entry") ? r.str(c) : Integer.toString(r.index(c))).append('/');
    }
    return b.toString();
  }

  private static String k(Object... parts) {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) {
      b.append(p).append('/');
    }
    return b.toString();
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
    Map<String, List<Rec>> units = group(of(TidyFile.UNITS), new String[] {"document"}, "unit");
    Map<String, List<Rec>> contents = group(of(TidyFile.CONTENTS), new String[] {"document"}, "entry");
    Map<String, List<Rec>> tables = group(of(TidyFile.TABLES), new String[] {"document"}, "table");
    Map<String, List<Rec>> columns = group(of(TidyFile.COLUMNS), new String[] {"document", "table"}, "column");
    Map<String, List<Rec>> rows = group(of(TidyFile.ROWS), new String[] {"document", "table"}, "row");
    Map<String, List<Rec>> items = group(of(TidyFile.LINE_ITEMS), new String[] {"document", "table", "row"}, null);
    Map<String, List<Rec>> notes = new LinkedHashMap<>();
    for (Rec r : of(TidyFile.NOTES)) {
      String key = k(r.index("document"), r.opt("table").isPresent() ? Integer.toString(r.index("table")) : "");
      List<Rec> list = notes.computeIfAbsent(key, x -> new ArrayList<>());
      if (r.index("note") != list.size() + 1) {
        throw r.error("note", "expected " + (list.size() + 1) + " (indices count up from 1)");
      }
      list.add(r);
    }
    Map<String, List<Rec>> projects = group(of(TidyFile.PROJECTS), new String[] {"document"}, "project");
    Map<String, List<Rec>> amounts = group(of(TidyFile.AMOUNTS), new String[] {"document", "owner", "owner_index", "entry"}, null);
    Map<String, List<Rec>> goals = group(of(TidyFile.GOALS), new String[] {"document"}, "goal");
    Map<String, List<Rec>> evaluations = group(of(TidyFile.SELF_EVALUATIONS), new String[] {"document"}, "evaluation");
    Map<String, List<Rec>> labelled = group(of(TidyFile.LABELLED_AMOUNTS), new String[] {"document", "owner", "owner_index"}, "entry");
    Map<String, List<Rec>> indicators = group(of(TidyFile.INDICATORS), new String[] {"document", "owner", "owner_index"}, "indicator");
    Map<String, List<Rec>> frameworks = group(of(TidyFile.FRAMEWORKS), new String[] {"document"}, "framework");
    Map<String, List<Rec>> nodes = group(of(TidyFile.FRAMEWORK_NODES), new String[] {"document", "framework"}, "node");

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
      for (Rec n : used.take(notes, k(d, ""))) {
        b.addNotes(note(n));
      }
      for (Rec t : used.take(tables, k(d))) {
        b.addTables(table(d, t, used, columns, rows, items, notes));
      }
      for (Rec p : used.take(projects, k(d))) {
        b.addProjects(project(d, p, used, amounts));
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
    used.checkAllTaken(List.of(units, contents, tables, columns, rows, items, notes, projects, amounts, goals,
        evaluations, labelled, indicators, frameworks, nodes));
    return out;
  }

  /** Tracks which groups were joined, to report records whose parent does not exist. */
  private static final class Used {
    private final java.util.Set<Object> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    List<Rec> take(Map<String, List<Rec>> groups, String key) {
      List<Rec> list = groups.get(key);
      if (list == null) {
        return List.of();
      }
      taken.add(list);
      return list;
    }

    void checkAllTaken(List<Map<String, List<Rec>>> all) {
      for (Map<String, List<Rec>> groups : all) {
        for (List<Rec> list : groups.values()) {
          if (!taken.contains(list)) {
            throw list.get(0).error("refers to a document, table, row or owner that does not exist");
          }
        }
      }
    }
  }

  private static Note note(Rec n) {
    OptionalInt line = n.line("line");
    return line.isPresent() ? Note.of(n.str("text"), line.getAsInt()) : Note.of(n.str("text"));
  }

  private DisclosureTable table(int d, Rec t, Used used, Map<String, List<Rec>> columns, Map<String, List<Rec>> rows,
      Map<String, List<Rec>> items, Map<String, List<Rec>> notes) {
    int ti = t.index("table");
    DisclosureTable.Builder b = DisclosureTable.builder()
        .kind(t.constant("kind", TableKind.class))
        .title(t.str("title"));
    t.opt("number").ifPresent(b::number);
    t.opt("issuer").ifPresent(b::issuer);
    t.optConstant("amount_unit", AmountUnit.class).ifPresent(b::amountUnit);
    t.opt("empty_statement").ifPresent(b::emptyStatement);
    t.line("line").ifPresent(b::line);
    for (Rec c : used.take(columns, k(d, ti))) {
      Column.Builder cb = Column.builder()
          .key(c.str("key"))
          .concept(c.constant("concept", Concept.class))
          .addAllHeader(jsonStrings(c, "header"))
          .partOf(c.bool("part_of"))
          .side(c.constant("side", Side.class));
      c.opt("parent").ifPresent(cb::parent);
      c.opt("number").ifPresent(cb::number);
      b.addColumns(build(c, cb::build));
    }
    List<Rec> rowRecs = used.take(rows, k(d, ti));
    for (int ri = 0; ri < rowRecs.size(); ri++) {
      Rec r = rowRecs.get(ri);
      Row.Builder rb = Row.builder()
          .kind(r.constant("kind", RowKind.class))
          .label(r.str("label"))
          .side(r.constant("side", Side.class));
      code(r).ifPresent(rb::code);
      r.optConstant("concept", Concept.class).ifPresent(rb::concept);
      r.opt("unit").ifPresent(rb::unit);
      r.opt("number").ifPresent(rb::number);
      r.line("line").ifPresent(rb::line);
      Map<String, Boolean> seen = new HashMap<>();
      for (Rec item : used.take(items, k(d, ti, ri + 1))) {
        String key = item.str("column");
        if (seen.put(key, Boolean.TRUE) != null) {
          throw item.error("column", "a second cell for column '" + Records.abbreviate(key) + "' in the same row");
        }
        rb.putCells(key, item.cell("value", "").orElseThrow(() -> item.error("mark", "a line item needs a cell")));
      }
      b.addRows(build(r, rb::build));
    }
    for (Rec n : used.take(notes, k(d, ti))) {
      b.addNotes(note(n));
    }
    return build(t, b::build);
  }

  private static java.util.Optional<ClassificationCode> code(Rec r) {
    String digits = r.str("code");
    java.util.Optional<Scheme> scheme = r.optConstant("scheme", Scheme.class);
    if (digits.isEmpty() && scheme.isEmpty()) {
      return java.util.Optional.empty();
    }
    if (digits.isEmpty() || scheme.isEmpty()) {
      throw r.error(digits.isEmpty() ? "code" : "scheme", "code and scheme go together");
    }
    try {
      ClassificationCode c = scheme.get() == Scheme.FUNCTIONAL ? FunctionalCode.parse(digits) : EconomicCode.parse(digits);
      if (c.scheme() != scheme.get()) {
        throw r.error("scheme", "code '" + digits + "' is not of scheme " + scheme.get());
      }
      return java.util.Optional.of(c);
    } catch (BudgetException e) {
      if (e instanceof CodecException) {
        throw e;
      }
      throw r.error("code", "malformed code: " + e.getMessage());
    }
  }

  private static void cells(Used used, Map<String, List<Rec>> amounts, String key, String entry,
      java.util.function.BiConsumer<String, io.github.cnbudget.model.table.Cell> put) {
    Map<String, Boolean> seen = new HashMap<>();
    for (Rec a : used.take(amounts, key + entry + "/")) {
      String k = a.str("key");
      if (seen.put(k, Boolean.TRUE) != null) {
        throw a.error("key", "a second amount for '" + Records.abbreviate(k) + "'");
      }
      put.accept(k, a.cell("value", "").orElseThrow(() -> a.error("mark", "an amount needs a cell")));
    }
  }

  private Project project(int d, Rec p, Used used, Map<String, List<Rec>> amounts) {
    int pi = p.index("project");
    Project.Builder b = Project.builder().name(p.str("name"));
    p.opt("code").ifPresent(b::code);
    p.opt("unit").ifPresent(b::unit);
    p.optConstant("category", ProjectCategory.class).ifPresent(b::category);
    p.optConstant("attribute", ProjectAttribute.class).ifPresent(b::attribute);
    p.optInt("start_year").ifPresent(b::startYear);
    p.optInt("end_year").ifPresent(b::endYear);
    p.cell("total", "total_").ifPresent(b::total);
    cells(used, amounts, k(d, "project", pi), "", b::putAmounts);
    p.opt("goal").ifPresent(b::goal);
    p.line("line").ifPresent(b::line);
    return build(p, b::build);
  }

  private List<LabelledAmounts> labelled(int d, String owner, int oi, Used used, Map<String, List<Rec>> amounts,
      Map<String, List<Rec>> labelled) {
    List<LabelledAmounts> out = new ArrayList<>();
    for (Rec l : used.take(labelled, k(d, owner, oi))) {
      LabelledAmounts.Builder b = LabelledAmounts.builder().label(l.str("label"));
      l.opt("description").ifPresent(b::description);
      cells(used, amounts, k(d, owner, oi), Integer.toString(l.index("entry")), b::putCells);
      l.line("line").ifPresent(b::line);
      out.add(build(l, b::build));
    }
    return out;
  }

  private List<Indicator> indicators(int d, String owner, int oi, Used used, Map<String, List<Rec>> indicators) {
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
      out.add(build(r, b::build));
    }
    return out;
  }

  private PerformanceGoal goal(int d, Rec g, Used used, Map<String, List<Rec>> amounts, Map<String, List<Rec>> labelled,
      Map<String, List<Rec>> indicators) {
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
    return build(g, b::build);
  }

  private SelfEvaluation evaluation(int d, Rec s, Used used, Map<String, List<Rec>> amounts,
      Map<String, List<Rec>> labelled, Map<String, List<Rec>> indicators) {
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

  private EvaluationFramework framework(int d, Rec f, Used used, Map<String, List<Rec>> nodes) {
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
