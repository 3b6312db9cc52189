package io.github.cnbudget.testkit.seeds;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.classification.ClassificationCodes;
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
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Column;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the hand-made seed fixtures (种子文件固定数据): a small line-oriented, tab-separated format, one
 * resource per table, so that every fixture line can be checked against the seed text by eye.
 *
 * <p>The format is documented in {@code README.md} next to the resources. Blank lines and lines
 * starting with {@code #} are ignored; every other line is a directive followed by tab-separated
 * fields. An empty field means "not printed". Stateless; each call reads afresh.
 */
final class FixtureReader {
  /** Separates the damaged printed text from the value read through it in a repaired cell. */
  static final String REPAIR = " => ";

  private final String base;

  FixtureReader(String base) {
    this.base = base;
  }

  /**
   * Reads a whole seed: the {@code index.tsv} of a directory and every file it names.
   *
   * @param dir the directory under this package, e.g. {@code seed000}
   * @return the disclosure
   */
  Disclosure read(String dir) {
    Disclosure.Builder d = Disclosure.builder();
    Department.Builder dept = Department.builder();
    for (String[] f : lines(dir + "/index.tsv")) {
      switch (f[0]) {
        case "title" -> d.title(f[1]);
        case "source" -> d.source(f[1]);
        case "department" -> dept.name(f[1]);
        case "departmentCode" -> dept.code(f[1]);
        case "unit" -> {
          BudgetUnit.Builder u = BudgetUnit.builder().name(f[1]).role(UnitRole.valueOf(f[2]));
          if (has(f, 3)) {
            u.code(f[3]);
          }
          dept.addUnits(u.build());
        }
        case "year" -> d.year(FiscalYear.of(Integer.parseInt(f[1])));
        case "stage" -> d.stage(Stage.valueOf(f[1]));
        case "precision" -> d.precision(Precision.of(AmountUnit.ofSymbol(f[1]), Integer.parseInt(f[2])));
        case "contents" -> d.addContents(f[1]);
        case "note" -> d.addNotes(Note.of(f[2], Integer.parseInt(f[1])));
        case "file" -> readFile(dir + "/" + f[1], d);
        default -> throw bad(dir + "/index.tsv", f);
      }
    }
    return d.department(dept.build()).build();
  }

  private void readFile(String name, Disclosure.Builder d) {
    List<String[]> all = lines(name);
    if (all.isEmpty()) {
      throw new BudgetException("Empty fixture " + name);
    }
    switch (all.get(0)[0]) {
      case "table" -> d.addTables(table(name, all));
      case "goal" -> d.addGoals(goal(name, all));
      case "selfeval" -> d.addSelfEvaluations(selfEvaluation(name, all));
      case "framework" -> d.addFrameworks(framework(name, all));
      case "projects" -> d.addAllProjects(projects(name, all));
      default -> throw bad(name, all.get(0));
    }
  }

  private static DisclosureTable table(String name, List<String[]> all) {
    DisclosureTable.Builder t = DisclosureTable.builder();
    Map<Side, List<String>> layout = new EnumMap<>(Side.class);
    for (String[] f : all) {
      switch (f[0]) {
        case "table" -> {
          t.kind(TableKind.valueOf(f[1])).title(f[3]).line(Integer.parseInt(f[4]));
          if (has(f, 2)) {
            t.number(f[2]);
          }
        }
        case "issuer" -> t.issuer(f[1]);
        case "amountUnit" -> t.amountUnit(AmountUnit.ofSymbol(f[1]));
        case "col" -> {
          Column.Builder c = Column.builder().key(f[1]).concept(Concept.valueOf(f[2]));
          if (has(f, 3)) {
            c.parent(f[3]);
          }
          c.partOf("1".equals(f[4])).side(Side.valueOf(f[5]));
          if (has(f, 6)) {
            c.number(f[6]);
          }
          for (int i = 7; i < f.length; i++) {
            c.addHeader(f[i]);
          }
          t.addColumns(c.build());
        }
        case "layout" -> {
          List<String> keys = new ArrayList<>();
          for (int i = 2; i < f.length; i++) {
            keys.add(f[i]);
          }
          layout.put(Side.valueOf(f[1]), keys);
        }
        case "note" -> t.addNotes(Note.of(f[2], Integer.parseInt(f[1])));
        case "empty" -> t.emptyStatement(f[1]);
        case "row" -> t.addRows(row(name, f, layout));
        default -> throw bad(name, f);
      }
    }
    return t.build();
  }

  private static Row row(String name, String[] f, Map<Side, List<String>> layout) {
    // row <line> <kind> <side> <unit> <code> <label> <concept> <number> cells...
    Side side = Side.valueOf(f[3]);
    Row.Builder r = Row.builder()
        .line(Integer.parseInt(f[1]))
        .kind(RowKind.valueOf(f[2]))
        .side(side)
        .label(f.length > 6 ? f[6] : "");
    if (has(f, 4)) {
      r.unit(f[4]);
    }
    if (has(f, 5)) {
      r.code(ClassificationCodes.parse(f[5]));
    }
    if (has(f, 7)) {
      r.concept(Concept.valueOf(f[7]));
    }
    if (has(f, 8)) {
      r.number(f[8]);
    }
    List<String> keys = layout.get(side);
    if (keys == null) {
      throw new BudgetException("No layout for side " + side + " in " + name + " line " + f[1]);
    }
    int cells = f.length - 9;
    if (cells > keys.size()) {
      throw new BudgetException("Row of " + name + " at seed line " + f[1] + " has " + cells
          + " cells for " + keys.size() + " columns");
    }
    for (int i = 0; i < cells; i++) {
      String text = f[9 + i];
      if (!text.isEmpty()) {
        r.putCells(keys.get(i), cell(text));
      }
    }
    return r.build();
  }

  /**
   * Reads one fixture cell: printed text, or {@code damaged => value} for an OCR repair.
   *
   * @param text the fixture field
   * @return the cell
   */
  static Cell cell(String text) {
    int i = text.indexOf(REPAIR);
    if (i >= 0) {
      return Cell.repaired(new BigDecimal(text.substring(i + REPAIR.length())), text.substring(0, i));
    }
    return Cell.printed(text);
  }

  private static PerformanceGoal goal(String name, List<String[]> all) {
    PerformanceGoal.Builder g = PerformanceGoal.builder();
    List<String> taskColumns = new ArrayList<>();
    Indicator.Builder pending = null;
    for (String[] f : all) {
      switch (f[0]) {
        case "goal" -> g.scope(GoalScope.valueOf(f[1])).line(Integer.parseInt(f[2]));
        case "title" -> g.title(f[1]);
        case "unit" -> g.unit(f[1]);
        case "department" -> g.department(f[1]);
        case "project" -> g.project(f[1]);
        case "budget" -> g.budget(cell(f[1]));
        case "amountUnit" -> g.amountUnit(AmountUnit.ofSymbol(f[1]));
        case "taskcols" -> taskColumns = tail(f, 1);
        case "task" -> g.addTasks(labelled(name, f, taskColumns));
        case "longTerm" -> g.longTermGoal(f[1]);
        case "annual" -> g.annualGoal(f[1]);
        case "ind" -> {
          if (pending != null) {
            g.addIndicators(pending.build());
          }
          pending = indicator(f);
        }
        case "hist" -> requirePending(name, f, pending).putHistory(f[1], f[2]);
        default -> throw bad(name, f);
      }
    }
    if (pending != null) {
      g.addIndicators(pending.build());
    }
    return g.build();
  }

  private static SelfEvaluation selfEvaluation(String name, List<String[]> all) {
    SelfEvaluation.Builder s = SelfEvaluation.builder();
    List<String> fundColumns = new ArrayList<>();
    Indicator.Builder pending = null;
    for (String[] f : all) {
      switch (f[0]) {
        case "selfeval" -> s.scope(GoalScope.valueOf(f[1])).line(Integer.parseInt(f[2]));
        case "project" -> s.project(f[1]);
        case "projectAmount" -> s.projectAmount(cell(f[1]));
        case "department" -> s.department(f[1]);
        case "implementingUnit" -> s.implementingUnit(f[1]);
        case "amountUnit" -> s.amountUnit(AmountUnit.ofSymbol(f[1]));
        case "fundcols" -> fundColumns = tail(f, 1);
        case "fund" -> s.addFunding(labelled(name, f, fundColumns));
        case "expected" -> s.expectedGoal(f[1]);
        case "achievement" -> s.achievement(f[1]);
        case "ind" -> {
          if (pending != null) {
            s.addIndicators(pending.build());
          }
          pending = indicator(f);
        }
        case "hist" -> requirePending(name, f, pending).putHistory(f[1], f[2]);
        case "totalWeight" -> s.totalWeight(cell(f[1]));
        case "totalScore" -> s.totalScore(cell(f[1]));
        case "grade" -> s.grade(f[1]);
        default -> throw bad(name, f);
      }
    }
    if (pending != null) {
      s.addIndicators(pending.build());
    }
    return s.build();
  }

  private static Indicator.Builder requirePending(String name, String[] f, Indicator.@Nullable Builder pending) {
    if (pending == null) {
      throw bad(name, f);
    }
    return pending;
  }

  private static Indicator.Builder indicator(String[] f) {
    // ind <line> <level1> <level2> <name> <target> <nature> <value> <measureUnit> <direction>
    //     <weight> <actual> <score> <deviation>
    Indicator.Builder b = Indicator.builder()
        .line(Integer.parseInt(f[1]))
        .level1Text(f[2])
        .level2Text(f[3])
        .name(f[4]);
    if (has(f, 5)) {
      b.targetText(f[5]);
    }
    if (has(f, 6)) {
      b.nature(f[6]);
    }
    if (has(f, 7)) {
      b.value(f[7]);
    }
    if (has(f, 8)) {
      b.measureUnit(f[8]);
    }
    if (has(f, 9)) {
      b.direction(f[9]);
    }
    if (has(f, 10)) {
      b.weight(cell(f[10]));
    }
    if (has(f, 11)) {
      b.actual(f[11]);
    }
    if (has(f, 12)) {
      b.score(cell(f[12]));
    }
    if (has(f, 13)) {
      b.deviation(f[13]);
    }
    return b;
  }

  private static LabelledAmounts labelled(String name, String[] f, List<String> columns) {
    // task|fund <line> <label> <description> cells...
    LabelledAmounts.Builder b = LabelledAmounts.builder().line(Integer.parseInt(f[1])).label(f[2]);
    if (has(f, 3)) {
      b.description(f[3]);
    }
    int cells = f.length - 4;
    if (cells > columns.size()) {
      throw new BudgetException("Line of " + name + " at seed line " + f[1] + " has too many cells");
    }
    for (int i = 0; i < cells; i++) {
      if (!f[4 + i].isEmpty()) {
        b.putCells(columns.get(i), cell(f[4 + i]));
      }
    }
    return b.build();
  }

  private static EvaluationFramework framework(String name, List<String[]> all) {
    // framework <line> <title>; node <line> <level> <name> <score> <descriptions...>
    EvaluationFramework.Builder fw = EvaluationFramework.builder();
    List<NodeDraft> roots = new ArrayList<>();
    List<NodeDraft> stack = new ArrayList<>();
    for (String[] f : all) {
      switch (f[0]) {
        case "framework" -> fw.line(Integer.parseInt(f[1])).title(f[2]);
        case "node" -> {
          NodeDraft n = new NodeDraft(f);
          while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= n.level) {
            stack.remove(stack.size() - 1);
          }
          if (stack.isEmpty()) {
            roots.add(n);
          } else {
            stack.get(stack.size() - 1).children.add(n);
          }
          stack.add(n);
        }
        default -> throw bad(name, f);
      }
    }
    for (NodeDraft n : roots) {
      fw.addRoots(n.build());
    }
    return fw.build();
  }

  /** A framework node whose children are still being read. */
  private static final class NodeDraft {
    final String[] fields;
    final int level;
    final List<NodeDraft> children = new ArrayList<>();

    NodeDraft(String[] fields) {
      this.fields = fields;
      this.level = Integer.parseInt(fields[2]);
    }

    FrameworkNode build() {
      FrameworkNode.Builder b = FrameworkNode.builder()
          .line(Integer.parseInt(fields[1]))
          .level(level)
          .name(fields[3]);
      if (has(fields, 4)) {
        b.referenceScore(cell(fields[4]));
      }
      for (int i = 5; i < fields.length; i++) {
        if (!fields[i].isEmpty()) {
          b.addDescriptions(fields[i]);
        }
      }
      for (NodeDraft c : children) {
        b.addChildren(c.build());
      }
      return b.build();
    }
  }

  private static List<Project> projects(String name, List<String[]> all) {
    // projects; projcols <labels...>; project <line> <name> <code> <unit> <total> cells...; goal <text>
    List<Project> out = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    Project.Builder pending = null;
    for (String[] f : all) {
      switch (f[0]) {
        case "projects" -> { }
        case "projcols" -> columns = tail(f, 1);
        case "project" -> {
          if (pending != null) {
            out.add(pending.build());
          }
          pending = Project.builder().line(Integer.parseInt(f[1])).name(f[2]);
          if (has(f, 3)) {
            pending.code(f[3]);
          }
          if (has(f, 4)) {
            pending.unit(f[4]);
          }
          if (has(f, 5)) {
            pending.total(cell(f[5]));
          }
          for (int i = 6; i < f.length; i++) {
            if (i - 6 >= columns.size()) {
              throw new BudgetException("Project at seed line " + f[1] + " of " + name + " has too many cells");
            }
            if (!f[i].isEmpty()) {
              pending.putAmounts(columns.get(i - 6), cell(f[i]));
            }
          }
        }
        case "goal" -> {
          if (pending == null) {
            throw bad(name, f);
          }
          pending.goal(f[1]);
        }
        default -> throw bad(name, f);
      }
    }
    if (pending != null) {
      out.add(pending.build());
    }
    return out;
  }

  private static List<String> tail(String[] f, int from) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < f.length; i++) {
      out.add(f[i]);
    }
    return out;
  }

  private static boolean has(String[] f, int i) {
    return f.length > i && !f[i].isEmpty();
  }

  private static BudgetException bad(String name, String[] f) {
    return new BudgetException("Unexpected fixture line in " + name + ": " + String.join("\\t", f));
  }

  /**
   * The directive lines of a resource, split on tabs (trailing empty fields kept).
   *
   * @param name the resource name relative to the base
   * @return the split lines
   */
  List<String[]> lines(String name) {
    String path = base + name;
    try (InputStream in = FixtureReader.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new BudgetException("Missing fixture resource " + path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String[]> out = new ArrayList<>();
      for (String line : text.split("\n", -1)) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        out.add(l.split("\t", -1));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read fixture " + path, e);
    }
  }
}
