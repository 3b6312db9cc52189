package io.github.cnbudget.io.text;

import io.github.cnbudget.io.text.HeaderLayout.Role;
import io.github.cnbudget.io.text.HeaderLayout.Slot;
import io.github.cnbudget.io.text.ImportProblem.Severity;
import io.github.cnbudget.io.text.TableDraft.RowDraft;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Amounts;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.TextParseException;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.classification.PrintedCode;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.organisation.Department;
import io.github.cnbudget.model.organisation.UnitRole;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.Note;
import io.github.cnbudget.model.table.Ordinal;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One import: reads the lines in order with a small state machine (outside a table, in a table's
 * header, in its body, in a performance table). Not thread-safe; {@link DisclosureImporter} makes
 * one per call.
 */
final class ImportRun {
  private static final Pattern META = Pattern.compile(
      "^(?:部门名称|单位名称|部门|编制部门|编制单位|金额单位|金額单位|单位)\\s*[:：]|(?:金额|金額)?单位\\s*[:：]\\s*(?:万元|元)");
  private static final Pattern TABLE_NUMBER = Pattern.compile("^(?:表\\s*\\d+(?:-\\d+)?|公开\\s*\\d+\\s*表|\\d+-\\d+)$");
  private static final Pattern EMBEDDED_CODE = Pattern.compile("^[\\[【［]?\\s*\\d{3}(?:\\d{2}){0,2}\\s*[\\]】］]?\\s*\\S");
  private static final Pattern UNIT_NAME = Pattern.compile(".*(?:局|中心|本级|委员会|办公室|管理处|服务站|研究所|研究院|医院)[）)]?$");
  private static final Pattern NOT_UNIT = Pattern.compile(".*(?:项目|经费|支出|费|资金|补助|合计|总计).*");
  private static final Pattern EMPTY_STATEMENT = Pattern.compile(".*(?:无数据|无发生额|无此项|没有数据|不涉及).*");
  private static final int LOOKAHEAD = 8;
  private static final Pattern META_NOT_FIRST = Pattern.compile("^[^:：]*[（(]");
  private static final Pattern SECTION = Pattern.compile(
      "^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");
  private static final Pattern PAGE_MARK = Pattern.compile("^[-－—]\\s*\\d{1,3}\\s*[-－—]$");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*\\.\\d+");
  private static final Pattern TOTAL_LABEL = Pattern.compile("(?:合计|总计|小计)$");
  /** A clause of prose: names do not hold commas, semicolons or full stops. */
  private static final Pattern CLAUSE = Pattern.compile("[，,；;。]");
  private static final Pattern UNIT_YEAR = Pattern.compile("(.+?)(\\d{4}年)");
  private static final Pattern UNIT_LINE = Pattern.compile("单位\\s*[:：]\\s*(万元|元)");
  /** Sentence punctuation: a comma, a full stop or a semicolon of Chinese prose. */
  private static final Pattern PROSE = Pattern.compile("[，。；]");

  private final List<SourceLine> lines;
  private final DisclosureImporter options;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<Repair> repairs = new ArrayList<>();
  private final List<TableDraft> tables = new ArrayList<>();
  private final List<GoalDraft> goals = new ArrayList<>();
  private final List<String> contents = new ArrayList<>();
  private final NarrativeCollector narrative;
  private final Map<String, String> unitCodes = new LinkedHashMap<>();
  private CellReader cells;
  private TableDraft table;
  private GoalDraft goal;
  private SelfEvaluationDraft evaluation;
  private FrameworkDraft framework;
  private final List<io.github.cnbudget.model.performance.EvaluationFramework> frameworks = new ArrayList<>();
  private final List<io.github.cnbudget.model.performance.SelfEvaluation> evaluations = new ArrayList<>();
  private String department;
  private AmountUnit documentUnit;
  private String pendingNumber;
  private int pendingNumberLine;
  private FiscalYear year;
  private SourceLine lastHeading;

  /**
   * Lines printed outside any grid of a PDF (their zero-based index), or null for text input,
   * where nothing says whether a line belongs to a table.
   */
  private final java.util.@Nullable BitSet outsideGrids;

  ImportRun(List<String> raw, DisclosureImporter options) {
    this(raw, options, null);
  }

  ImportRun(List<String> raw, DisclosureImporter options, java.util.@Nullable BitSet outsideGrids) {
    this.outsideGrids = outsideGrids;
    this.options = options;
    boolean space = decideLayout(raw, options.layout());
    List<String> text = space ? SpaceGrid.toTabs(raw) : raw;
    this.lines = new ArrayList<>(text.size());
    for (int i = 0; i < text.size(); i++) {
      splitCodeHeader(SourceLine.of(i + 1, text.get(i)), lines);
    }
    this.narrative = new NarrativeCollector(lines);
  }

  /**
   * A line holding the split code columns' header words (类 款 项) and amounts is two lines printed
   * in one band (the national final-account layout prints 合计 and its amounts beside 类|款|项): the
   * header words, then the row. Any other line is added as it is.
   */
  private static void splitCodeHeader(SourceLine l, List<SourceLine> into) {
    int at = l.cells.indexOf("类");
    boolean split = at >= 0 && at + 2 < l.cells.size() && l.cells.get(at + 1).equals("款")
        && l.cells.get(at + 2).equals("项") && hasAmount(l.cells);
    if (!split) {
      into.add(l);
      return;
    }
    String[] header = new String[l.cells.size()];
    String[] row = new String[l.cells.size()];
    for (int j = 0; j < header.length; j++) {
      boolean word = j >= at && j <= at + 2;
      header[j] = word ? l.cells.get(j) : "";
      row[j] = word ? "" : l.cells.get(j);
    }
    into.add(SourceLine.of(l.number, String.join("\t", header)));
    into.add(SourceLine.of(l.number, String.join("\t", row)));
  }

  private static boolean decideLayout(List<String> raw, TextLayout layout) {
    if (layout != TextLayout.AUTO) {
      return layout == TextLayout.SPACE;
    }
    int tabbed = 0;
    int wide = 0;
    for (String l : raw) {
      if (l.indexOf('\t') >= 0) {
        tabbed++;
      } else if (l.contains("   ")) {
        wide++;
      }
    }
    return tabbed < 5 && wide > tabbed;
  }

  ImportResult run() {
    DocumentHeader header = new DocumentHeader(lines);
    cells = new CellReader(header.scale(), repairs);
    year = options.expectedYear().orElseGet(header::year);
    Stage stage = options.expectedStage().orElseGet(header::stage);
    department = header.department();
    for (int i = 0; i < lines.size(); i++) {
      SourceLine l = lines.get(i);
      if (!l.isBlank()) {
        accept(l, i);
      }
    }
    closeTable();
    closeGoal();
    closeEvaluation();
    closeFramework();
    resolveLooseValues();
    AmountUnit unit = documentUnit != null ? documentUnit : firstTableUnit();
    Disclosure.Builder d = Disclosure.builder()
        .department(buildDepartment())
        .year(year)
        .stage(stage)
        .precision(Precision.of(unit, header.scale()))
        .addAllContents(contents)
        .narrative(narrative.build());
    header.title().ifPresent(d::title);
    resolveSummaryCodes();
    resolveEconomicNames();
    for (TableDraft t : tables) {
      ColumnTreeCheck.check(t, problems);
      d.addTables(t.build());
      d.addAllProjects(t.projects());
    }
    for (GoalDraft g : goals) {
      d.addAllGoals(g.build(problems));
      d.addAllProjects(g.projects());
    }
    d.addAllSelfEvaluations(evaluations);
    d.addAllFrameworks(frameworks);
    return ImportResult.of(d.build(), ImportReport.of(problems, repairs));
  }

  private AmountUnit firstTableUnit() {
    for (TableDraft t : tables) {
      if (t.unit != null) {
        return t.unit;
      }
    }
    for (GoalDraft g : goals) {
      // a document of forms only (项目支出绩效目标表) prints its unit in them
      Optional<AmountUnit> u = g.amountUnit();
      if (u.isPresent()) {
        return u.get();
      }
    }
    problems.add(ImportProblem.of(ImportProblem.Kind.NO_AMOUNT_UNIT, Severity.WARNING, 0, "", "no amount unit (单位：万元) printed; 万元 assumed"));
    return AmountUnit.WAN_YUAN;
  }

  private Department buildDepartment() {
    Department.Builder b = Department.builder().name(department);
    for (Map.Entry<String, String> u : unitCodes.entrySet()) {
      String name = u.getKey();
      UnitRole role = name.contains("本级") || name.equals(department) ? UnitRole.DEPARTMENT_LEVEL : UnitRole.SUBORDINATE;
      BudgetUnit.Builder ub = BudgetUnit.builder().name(name).role(role);
      if (!u.getValue().isEmpty()) {
        ub.code(u.getValue());
      }
      b.addUnits(ub.build());
    }
    return b.build();
  }

  /**
   * The expenditure side of the two summaries prints functional names without codes
   * (一、社会保障和就业支出, 行政运行…): a name gets the code printed beside the same name in the
   * document's other tables when that code is unique, else the catalog's 类 code for the name.
   */
  /**
   * Places the values that loose tables printed without column positions, once every table is read
   * (支出决算表 is checked against the appropriation tables printed after it); twice, because a
   * table's placements can settle another's. What stays unplaced is reported.
   */
  private void resolveLooseValues() {
    for (int pass = 0; pass < 2; pass++) {
      for (TableDraft t : tables) {
        if (t.looseColumns != null) {
          ColumnInference.resolve(t, tables, cells, problems);
        }
      }
    }
    for (TableDraft t : tables) {
      for (RowDraft r : t.rows) {
        if (!r.pending.isEmpty()) {
          problems.add(LooseTable.unplaced(r));
        }
      }
    }
  }

  private void resolveSummaryCodes() {
    Map<String, java.util.Set<ClassificationCode>> byName = new HashMap<>();
    for (TableDraft t : tables) {
      for (RowDraft r : t.rows) {
        if (r.code instanceof FunctionalCode && !r.label.isEmpty()) {
          byName.computeIfAbsent(nameKey(r.label), k -> new java.util.LinkedHashSet<>()).add(r.code);
        }
      }
    }
    for (TableDraft t : tables) {
      if (!t.title.kind.isTwoSided()) {
        resolveSubtotalNames(t, byName);
        continue;
      }
      for (RowDraft r : t.rows) {
        if (r.side != Side.EXPENDITURE || r.code != null || r.concept != null || r.label.isEmpty()) {
          continue;
        }
        java.util.Set<ClassificationCode> codes = byName.getOrDefault(nameKey(r.label), java.util.Set.of());
        if (codes.size() == 1) {
          r.code = codes.iterator().next();
        } else if (codes.size() > 1) {
          problems.add(ImportProblem.of(ImportProblem.Kind.AMBIGUOUS_NAME, Severity.INFO, r.line, r.label,
              "name printed with several codes elsewhere " + codes + "; left without a code"));
        } else {
          r.code = options.classCode(Ordinal.stripPrefix(r.label.strip()), year).orElse(null);
        }
      }
    }
  }

  /**
   * Tables by economic class sometimes print names without codes (工资福利支出, 基本工资…): a name gets
   * the departmental economic code the catalog gives it for the year, when exactly one.
   */
  private void resolveEconomicNames() {
    for (TableDraft t : tables) {
      TableKind k = t.title.kind;
      if (k != TableKind.GENERAL_PUBLIC_BY_ECONOMIC && k != TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC
          && k != TableKind.GENERAL_PUBLIC_PROJECT_BY_ECONOMIC) {
        continue;
      }
      for (RowDraft r : t.rows) {
        if (r.code != null || r.kind != RowKind.ITEM || r.label.isEmpty()) {
          continue;
        }
        options.economicCode(r.label.strip(), year).ifPresent(c -> {
          r.code = c;
          r.kind = RowKind.CODE;
        });
      }
    }
  }

  /**
   * In a table of functional code rows, a line printed with a functional name but no code (a
   * subtotal such as 社会保险经办机构 over its projects) takes the code printed beside the same name
   * elsewhere in the document, when unique.
   */
  private void resolveSubtotalNames(TableDraft t, Map<String, java.util.Set<ClassificationCode>> byName) {
    boolean functional = t.rows.stream().anyMatch(r -> r.code instanceof FunctionalCode);
    if (!functional) {
      return;
    }
    for (RowDraft r : t.rows) {
      if (r.code == null && r.kind == RowKind.ITEM && r.concept == null && !r.label.isEmpty()) {
        java.util.Set<ClassificationCode> codes = byName.getOrDefault(nameKey(r.label), java.util.Set.of());
        if (codes.size() == 1) {
          r.code = codes.iterator().next();
        }
      }
    }
  }

  private static String nameKey(String label) {
    return HeaderLayout.squeeze(Ordinal.stripPrefix(label.strip()));
  }

  // ---------------------------------------------------------------- line dispatch

  private void accept(SourceLine l, int index) {
    Optional<TableTitles.Title> title = titleOf(l, index);
    if (title.isPresent()) {
      startTable(title.get(), l);
      return;
    }
    if (TABLE_NUMBER.matcher(l.text().replaceAll("\\s+", "")).matches() || TABLE_NUMBER.matcher(l.text()).matches()) {
      if (table != null && table.number == null && !table.inBody) {
        table.number = l.text();
      } else {
        pendingNumber = l.text();
        pendingNumberLine = l.number;
      }
      return;
    }
    if (framework != null) {
      if (!framework.accept(l)) {
        closeFramework();
        outside(l);
      }
      return;
    }
    if (evaluation != null) {
      if (!evaluation.accept(l)) {
        closeEvaluation();
        outside(l);
      }
      return;
    }
    if (goal != null) {
      if (!goal.accept(l, this)) {
        closeGoal();
        outside(l);
      }
      return;
    }
    if (table != null) {
      if (!inTable(l)) {
        closeTable();
        outside(l);
      }
      return;
    }
    outside(l);
  }

  private void closeEvaluation() {
    if (evaluation != null) {
      evaluation.build(problems).ifPresent(evaluations::add);
      evaluation = null;
    }
  }

  private void closeFramework() {
    if (framework != null) {
      framework.build(problems).ifPresent(frameworks::add);
      framework.evaluation(department).ifPresent(evaluations::add);
      framework = null;
    }
  }

  private void outside(SourceLine l) {
    String text = l.text();
    if (l.bullet || pageNumbered(l) || l.nonEmptyCount() == 1 && !l.heading) {
      // the table of contents (目录): titles listed as bullets or with page numbers
      String t = l.bullet || l.nonEmptyCount() == 1 ? text : l.cell(0);
      t = t.replaceAll("[.…·•٠\\s]+$", "");
      if (TableTitles.recognise(t).isPresent()) {
        contents.add(t);
        return;
      }
    }
    if (l.nonEmptyCount() == 1 && (l.heading || SECTION.matcher(text).find()) && text.length() <= 40) {
      lastHeading = l;
      narrative.heading(l);
      return;
    }
    boolean spaced = lastHeading != null && l.nonEmptyCount() == 1 && !l.heading && LooseTable.isHeaderLine(text)
        && nextPrintsAmounts(l);
    if (lastHeading != null && (spaced || l.nonEmptyCount() >= 2 && !hasAmount(l.cells) && !pageNumbered(l)
        && nextIsData(l))) {
      // a table printed without a title of its own (重点项目 lists): named by its section heading; its
      // header words separated by single blanks when the text lost the columns
      String title = lastHeading.text();
      table = new TableDraft(new TableTitles.Title(title, TableTitles.key(title), TableKind.OTHER,
          TableTitles.Shape.TABLE, io.github.cnbudget.model.performance.GoalScope.PROJECT), lastHeading.number);
      table.loose = spaced;
      lastHeading = null;
      inTable(l);
      return;
    }
    if (isMeta(l)) {
      captureUnit(l);
      return;
    }
    if (!pageNumbered(l) && narrative.offer(l)) {
      return;
    }
    if (l.bullet || pageNumbered(l)) {
      return;
    }
    if (l.nonEmptyCount() >= 2 && hasAmount(l.cells)) {
      problems.add(ImportProblem.of(ImportProblem.Kind.LINE_OUTSIDE_TABLE, Severity.WARNING, l.number, l.text(),
          "tabular line outside any recognised table"));
    }
  }

  /** Whether the next line prints amounts in text without column positions. */
  private boolean nextPrintsAmounts(SourceLine l) {
    for (int k = l.number; k < lines.size() && k < l.number + LOOKAHEAD; k++) {
      SourceLine n = lines.get(k);
      if (!n.isBlank()) {
        // an amount with decimals or separators: whole numbers alone are as likely counts in prose
        return n.nonEmptyCount() == 1 && LooseTable.tokens(n.text()).stream().anyMatch(t -> t.matches("-?\\d[\\d,]*\\.\\d+|-?\\d{1,3}(?:,\\d{3})+"));
      }
    }
    return false;
  }

  private boolean nextIsData(SourceLine l) {
    for (int k = l.number; k < lines.size() && k < l.number + LOOKAHEAD; k++) {
      SourceLine n = lines.get(k);
      if (!n.isBlank()) {
        return n.nonEmptyCount() >= 2 && isDataRow(n);
      }
    }
    return false;
  }

  private static boolean pageNumbered(SourceLine l) {
    return l.nonEmptyCount() == 2 && l.cell(1).matches("[.·•٠]?\\s*\\d{1,3}");
  }

  private Optional<TableTitles.Title> titleOf(SourceLine l, int index) {
    if (l.bullet || pageNumbered(l) || hasAmount(l.cells)) {
      return Optional.empty();
    }
    Optional<TableTitles.Title> found = Optional.empty();
    if (l.nonEmptyCount() == 1) {
      found = TableTitles.recognise(l.text());
    } else if (isMeta(l)) {
      // 部门: | 收入总表 | 金额单位: 万元 — OCR put the title on the metadata line
      for (String c : l.cells) {
        String t = c.replaceFirst("^.*[\\]】]", "");
        if (!t.isEmpty() && !META.matcher(t).find()) {
          found = TableTitles.recognise(t);
          if (found.isPresent()) {
            break;
          }
        }
      }
    }
    if (found.isEmpty()) {
      return found;
    }
    // a title is followed by the table: metadata or a multi-cell line within a few lines
    for (int k = index + 1; k < lines.size() && k <= index + LOOKAHEAD; k++) {
      SourceLine n = lines.get(k);
      if (n.isBlank()) {
        continue;
      }
      if (isMeta(n) || TABLE_NUMBER.matcher(n.text()).matches()
          || n.nonEmptyCount() >= 2 && !pageNumbered(n) && !n.bullet && !namesTable(n)
          // a self-evaluation printed without column positions opens with its project line
          || found.get().shape == TableTitles.Shape.SELF_EVALUATION && n.text().strip().startsWith("项目名称")
          || found.get().shape == TableTitles.Shape.FRAMEWORK && n.text().contains("指标")) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static boolean namesTable(SourceLine l) {
    for (String c : l.cells) {
      if (!c.isEmpty() && TableTitles.recognise(c).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private void startTable(TableTitles.Title title, SourceLine l) {
    if (table != null && table.title.key.equals(title.key)) {
      // the same table continued on the next page: title and header are printed again
      table.continuation = true;
      table.inBody = false;
      pendingNumber = null;
      return;
    }
    if (framework != null && framework.title.key.equals(title.key)) {
      // the framework continued on the next page under its title
      pendingNumber = null;
      return;
    }
    if (goal != null && title.shape == TableTitles.Shape.GOAL && goal.title.key.equals(title.key)) {
      pendingNumber = null;
      return;
    }
    closeTable();
    closeGoal();
    closeEvaluation();
    closeFramework();
    if (title.shape == TableTitles.Shape.FRAMEWORK) {
      framework = new FrameworkDraft(title, l.number);
      pendingNumber = null;
      return;
    }
    if (title.shape == TableTitles.Shape.SELF_EVALUATION) {
      evaluation = new SelfEvaluationDraft(title, l.number);
      pendingNumber = null;
      return;
    }
    if (title.shape == TableTitles.Shape.GOAL) {
      // a target table begins with its printed number (表 12) when it has one
      goal = new GoalDraft(title, pendingNumber != null ? pendingNumberLine : l.number, cells);
      pendingNumber = null;
      return;
    }
    if (title.shape != TableTitles.Shape.TABLE) {
      problems.add(ImportProblem.of(ImportProblem.Kind.TABLE_NOT_IMPORTED, Severity.ERROR, l.number, l.text(),
          "table recognised but not imported: " + title.shape.name().toLowerCase().replace('_', ' ')
              + " tables are not read yet"));
      return;
    }
    table = new TableDraft(title, l.number);
    table.loose = LooseTable.isLoose(lines, l.number - 1);
    table.number = pendingNumber;
    pendingNumber = null;
  }

  private void closeTable() {
    if (table == null) {
      return;
    }
    DepartmentRow.settle(table, department, unitCodes);
    if (table.fragment != null && !table.rows.isEmpty()) {
      // a name's last piece printed after the table's last row
      RowDraft last = table.rows.get(table.rows.size() - 1);
      last.label = last.label + table.fragment;
    }
    if (table.layout == null && !table.headerRows.isEmpty() && table.emptyStatement == null) {
      problems.add(ImportProblem.of(ImportProblem.Kind.TABLE_WITHOUT_ROWS, Severity.WARNING, table.line, table.title.printed,
          "table has a header but no rows"));
    }
    if (table.layout == null) {
      table.layout = HeaderLayout.read(table.headerRows, table.title.kind, width(table.headerRows));
    }
    tables.add(table);
    table = null;
  }

  private void closeGoal() {
    if (goal != null) {
      goals.add(goal);
      goal = null;
    }
  }

  // ---------------------------------------------------------------- tables

  private boolean isMeta(SourceLine l) {
    if (l.nonEmptyCount() >= 3) {
      // a header such as 项目 | 预算数(单位:万元) | 绩效目标 names the unit but is not a metadata line;
      // 部门: | … | 金额单位: 万元 is one
      for (String c : l.cells) {
        if (!c.isEmpty()) {
          return META.matcher(c).find() && !META_NOT_FIRST.matcher(c).find();
        }
      }
    }
    String t = l.text();
    return META.matcher(t).find() || DocumentHeader.YEAR_ONLY.matcher(t).matches() || t.matches("^.{0,12}(?:金额|金額)?单位\\s*[:：]\\s*(?:万元|元).*");
  }

  private void captureUnit(SourceLine l) {
    String t = l.text();
    Matcher unit = UNIT_LINE.matcher(t);
    if (unit.find()) {
      AmountUnit u = AmountUnit.ofSymbol(unit.group(1));
      if (table != null) {
        table.unit = u;
      }
      if (goal != null) {
        goal.unit = u;
      }
      if (documentUnit == null) {
        documentUnit = u;
      }
    }
    Matcher issuer = DocumentHeader.ISSUER.matcher(t);
    if (issuer.find() && table != null && table.issuer == null && !issuer.group(1).startsWith("万元")
        && !issuer.group(1).matches(".*(?:金额|金額)?单位.*")) {
      table.issuer = issuer.group(1);
    }
  }

  /** Handles a line while a table is open; false when the line ends the table. */
  private boolean inTable(SourceLine l) {
    if (l.nonEmptyCount() == 1 && l.text().length() > 80 && countNumbers(l.text()) >= 3
        && !(table.loose && table.looseColumns != null)) {
      // (a loose table's row may be long: a project's name, amounts and its goal text)
      if (table.title.kind == TableKind.GENERAL_PUBLIC_BASIC_BY_ECONOMIC && table.looseColumns == null
          && table.rows.isEmpty()) {
        Optional<RunTogetherLine.Result> read = RunTogetherLine.read(l, name -> options.economicCode(name, year), cells);
        if (read.isPresent()) {
          table.looseColumns = read.get().columns();
          table.rows.addAll(read.get().rows());
          problems.add(ImportProblem.of(ImportProblem.Kind.RUN_TOGETHER_LINE_READ, Severity.WARNING, l.number, abbreviate(l.text()),
              "table text run together on one line; read by pairing the economic names with the amount groups in"
                  + " printed order, checked by the class sums (" + read.get().rows().size() + " rows)"));
          return true;
        }
      }
      problems.add(ImportProblem.of(ImportProblem.Kind.RUN_TOGETHER_LINE_NOT_READ, Severity.ERROR, l.number, abbreviate(l.text()),
          "table text run together on one line (" + countNumbers(l.text()) + " numbers); its values were not imported"));
      return true;
    }
    if (isMeta(l) && !hasAmount(l.cells)) {
      captureUnit(l);
      return true;
    }
    String text = l.text();
    if (l.heading) {
      return false;
    }
    boolean afterNote = table.lastNoteLine > 0 && previousNonBlank(l) == table.lastNoteLine;
    if (l.nonEmptyCount() == 1 && (text.startsWith("注") || text.startsWith("备注") || text.startsWith("说明"))) {
      table.notes.add(Note.of(text, l.number));
      table.lastNoteLine = l.number;
      if (EMPTY_STATEMENT.matcher(text).matches()) {
        table.emptyStatement = text.replaceFirst("^(?:注|备注)\\s*[:：]\\s*", "");
      }
      return true;
    }
    if (l.nonEmptyCount() == 1 && EMPTY_STATEMENT.matcher(text).matches() && text.length() < 30) {
      table.emptyStatement = text;
      return true;
    }
    if (l.nonEmptyCount() == 1 && afterNote && text.length() <= 40 && !SECTION.matcher(text).find()) {
      // a short line right after the notes (本套报表金额单位转换时可能存在尾数误差。) belongs to them; a
      // section heading (第三部分…情况说明, 一、…) does not: it opens the narrative after the last table
      table.notes.add(Note.of(text, l.number));
      table.lastNoteLine = l.number;
      return true;
    }
    if (!table.notes.isEmpty()) {
      return false;
    }
    if (table.loose) {
      return looseLine(l);
    }
    if (!table.inBody) {
      if (!isDataRow(l) && (!table.continuation || isRepeatedHeader(l))) {
        if (isColumnNumbers(l)) {
          return true;
        }
        if (l.nonEmptyCount() == 1 && table.headerRows.isEmpty() && !table.continuation && text.length() > 40) {
          return false;
        }
        if (!table.continuation) {
          if (table.layout != null) {
            return false;
          }
          table.headerRows.add(new ArrayList<>(l.cells));
          table.headerSqueezed.add(l.squeezed());
        }
        return true;
      }
      if (table.layout == null) {
        MergedHeaderCells.split(table.headerRows, l.cells.size());
        table.layout = HeaderLayout.read(table.headerRows, table.title.kind, Math.max(width(table.headerRows), 1));
        if (table.headerRows.isEmpty()) {
          problems.add(ImportProblem.of(ImportProblem.Kind.TABLE_WITHOUT_HEADER, Severity.WARNING, l.number, table.title.printed,
              "table without a header: its values cannot be assigned to columns"));
        }
      }
      table.inBody = true;
    } else if (table.headerSqueezed.contains(l.squeezed()) || isColumnNumbers(l)) {
      return true;
    }
    if (outsideGrids != null && !outsideGrids.isEmpty() && outsideGrids.get(l.number - 1)
        && PROSE.matcher(text).find()) {
      // a sentence printed outside the table's grid (一、2023年“三公”经费预算数为22.91万元，比…) is the
      // narrative after the table, not a row
      return false;
    }
    return readRow(l);
  }

  private static int countNumbers(String text) {
    Matcher m = NUMBER.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String abbreviate(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }

  /** A line of a table whose columns were lost (single blanks between cells): see {@link LooseTable}. */
  private boolean looseLine(SourceLine l) {
    String text = l.text();
    if (PAGE_MARK.matcher(text).matches()) {
      return true;
    }
    if (HeaderLayout.squeeze(text).startsWith("栏次") || isColumnNumbers(SourceLine.of(l.number, text.replace(' ', '\t')))) {
      table.looseCounts = LooseTable.columnCounts(text);
      return true;
    }
    boolean twoSided = table.title.kind.isTwoSided();
    if (table.looseColumns == null) {
      if (!LooseTable.isData(text) || columnNumbersFollow(l)) {
        table.looseHeader.append(text).append(' ');
        table.looseHeaderLast = text;
        table.headerSqueezed.add(l.squeezed());
        return true;
      }
      List<String> labels = LooseTable.labels(table.looseHeader.toString());
      if (table.looseCounts.isEmpty() && !twoSided) {
        // no 栏次 line: the rows say how many values they print; header words that do not give exactly
        // that many columns (a header of several levels printed level by level) do not name them
        table.looseCounts = LooseTable.valueCount(lines, l.number - 1);
        List<String> innermost = LooseTable.labels(table.looseHeaderLast);
        if (!table.looseCounts.isEmpty() && innermost.size() == table.looseCounts.get(0)) {
          // the header's last line prints every column's innermost label (小计 基本支出 项目支出 under
          // 一般公共预算支出)
          labels = innermost;
        } else if (!table.looseCounts.isEmpty() && labels.stream().distinct().count() > 1
            && (labels.size() != table.looseCounts.get(0) || table.headerSqueezed.size() > 1)) {
          // (one label printed once per panel, 科目名称 决算数 three times, is the one column's; a header of
          // several lines prints its levels one after the other, not its columns in order)
          labels = List.of();
        }
      }
      table.looseColumns = LooseTable.columns(labels, table.looseCounts, twoSided);
      if (table.looseColumns.isEmpty()) {
        problems.add(ImportProblem.of(ImportProblem.Kind.TABLE_COLUMNS_UNKNOWN, Severity.ERROR, l.number, table.title.printed,
            "table printed without column positions and without recognisable column headers; rows not read"));
      }
    }
    if (table.looseColumns.isEmpty()) {
      problems.add(ImportProblem.of(ImportProblem.Kind.ROW_COLUMNS_UNKNOWN, Severity.ERROR, l.number, text, "row of a table whose columns are unknown"));
      return true;
    }
    if (table.headerSqueezed.contains(l.squeezed())) {
      // the header printed again on the next page
      return true;
    }
    if (!twoSided && !table.rows.isEmpty() && !table.rows.get(table.rows.size() - 1).texts.isEmpty()
        && !LooseTable.hasAmount(text) && !LooseTable.opensRow(text) && CLAUSE.matcher(text).find()) {
      // the next line of the text printed after a row's amounts (its 绩效目标): a clause, not a name;
      // the rest of an unfinished name may open it (息化运维项目 (2023) 常运行、…，…)
      RowDraft last = table.rows.get(table.rows.size() - 1);
      String[] rest = WrappedNames.nameThenText(last.label, text);
      last.label = last.label + rest[0];
      last.texts.add(rest[1]);
      return true;
    }
    if (twoSided && LooseTable.isNameFragment(text) && !table.rows.isEmpty()) {
      twoSidedFragment(HeaderLayout.squeeze(text));
      return true;
    }
    if (!twoSided && LooseTable.isNameFragment(text) && !table.rows.isEmpty()) {
      // a wrapped name's other line, printed between the rows: see WrappedNames
      RowDraft last = table.rows.get(table.rows.size() - 1);
      if (last.unit != null && last.unit.equals(table.currentUnit)
          && (last.kind == RowKind.UNIT || last.label.matches("\\d{4}年"))) {
        // the unit's name printed on this row (深圳市医疗保险基金管理中 2022年 …, then 心) is unfinished
        String unit = last.unit + HeaderLayout.squeeze(text);
        String code = unitCodes.remove(last.unit);
        unitCodes.putIfAbsent(unit, code == null ? "" : code);
        if (last.kind == RowKind.UNIT) {
          last.label = unit;
        }
        last.unit = unit;
        table.currentUnit = unit;
        return true;
      }
      table.fragment = WrappedNames.fragment(last, text, this::catalogName);
      return true;
    }
    boolean lineNumbers = HeaderLayout.squeeze(table.looseHeader.toString()).contains("行次");
    for (RowDraft r : LooseTable.rows(l, table.looseColumns, twoSided, lineNumbers, this::spends, cells, problems)) {
      if (!twoSided) {
        WrappedNames.prepend(table, r, this::catalogName);
        r.unit = table.currentUnit;
        Matcher unitYear = UNIT_YEAR.matcher(HeaderLayout.squeeze(r.label));
        if (r.code == null && unitYear.matches() && (isUnitName(unitYear.group(1))
            || HeaderLayout.squeeze(table.looseHeader.toString()).contains("年度"))) {
          // a by-unit table of years (“三公” 2022年 / 2023年 / 增减变化金额): the unit (its name perhaps
          // wrapped), then its first year
          table.currentUnit = unitYear.group(1);
          unitCodes.putIfAbsent(table.currentUnit, "");
          r.label = unitYear.group(2);
          r.unit = table.currentUnit;
        } else if (r.code == null && r.concept == null && r.label.length() > 2
            && isUnitName(HeaderLayout.squeeze(r.label)) && Ordinal.of(r.label).isEmpty()) {
          // a unit's line of a by-unit table (深圳市医疗保障局（本级） 18,555 …): the rows below are its
          unitRow(r, r.label, "");
        }
      }
      table.rows.add(r);
    }
    return true;
  }

  /**
   * A name's end printed below a line of a two-sided table: it finishes the item of that line whose
   * name it completes into a known one (a standard row, a functional item), else the line's last; an
   * item read as income whose whole name spends moves to the expenditure side.
   */
  private void twoSidedFragment(String piece) {
    RowDraft last = table.rows.get(table.rows.size() - 1);
    RowDraft owner = last;
    int onLine = 0;
    for (RowDraft r : table.rows) {
      if (r.line != last.line) {
        continue;
      }
      onLine++;
      String whole = r.label + piece;
      if (owner == last && r != last && (HeaderLayout.rowConcept(whole).isPresent() || spends(whole))) {
        owner = r;
      }
    }
    owner.label = owner.label + piece;
    if (owner.side == Side.INCOME && onLine == 1 && spends(owner.label)) {
      LooseTable.moveSide(owner, table.looseColumns, Side.EXPENDITURE);
    }
  }

  /** Whether a name is a functional expenditure item's (科目名称), printed with or without its ordinal. */
  private boolean spends(String label) {
    String name = Ordinal.stripPrefix(label.strip());
    return name.endsWith("支出") || name.equals("结转下年") || name.equals("年末结转和结余")
        || options.functionalNamed(name, year);
  }

  private Optional<String> catalogName(io.github.cnbudget.model.classification.ClassificationCode code) {
    return options.catalogName(code, year);
  }

  /**
   * Whether a line without amounts is still header: the 栏次 line comes before any line with an
   * amount (合计 printed as a column header on its own line of a broken header).
   */
  private boolean columnNumbersFollow(SourceLine l) {
    if (LooseTable.hasAmount(l.text())) {
      return false;
    }
    for (int k = l.number; k < lines.size() && k < l.number + 4 * LOOKAHEAD; k++) {
      String next = lines.get(k).text();
      if (lines.get(k).isBlank()) {
        continue;
      }
      if (HeaderLayout.squeeze(next).startsWith("栏次")
          || isColumnNumbers(SourceLine.of(lines.get(k).number, next.replace(' ', '\t')))) {
        return true;
      }
      if (LooseTable.hasAmount(next) || TableTitles.recognise(next).isPresent() || next.strip().startsWith("注")) {
        return false;
      }
    }
    return false;
  }

  /** Whether every printed cell of a line is a cell of the table's header (a repeated header). */
  private boolean isRepeatedHeader(SourceLine l) {
    if (table.headerSqueezed.contains(l.squeezed())) {
      return true;
    }
    java.util.Set<String> known = new java.util.HashSet<>();
    for (List<String> row : table.headerRows) {
      for (String c : row) {
        known.add(c.replaceAll("\\s+", ""));
      }
    }
    for (String c : l.cells) {
      if (!c.isEmpty() && !known.contains(c.replaceAll("\\s+", ""))) {
        return false;
      }
    }
    return true;
  }

  private int previousNonBlank(SourceLine l) {
    for (int k = l.number - 2; k >= 0; k--) {
      if (!lines.get(k).isBlank()) {
        return lines.get(k).number;
      }
    }
    return 0;
  }

  private static int width(List<List<String>> rows) {
    int w = 0;
    for (List<String> r : rows) {
      w = Math.max(w, r.size());
    }
    return w;
  }

  private boolean isColumnNumbers(SourceLine l) {
    String first = "";
    for (String c : l.cells) {
      if (!c.isEmpty()) {
        first = c.replaceAll("\\s+", "");
        break;
      }
    }
    if (first.equals("栏次") || first.equals("行次")) {
      return true;
    }
    int expect = 1;
    int n = 0;
    for (String c : l.cells) {
      if (c.isEmpty()) {
        continue;
      }
      if (!c.equals(Integer.toString(expect))) {
        return false;
      }
      expect++;
      n++;
    }
    return n >= 3;
  }

  private boolean isDataRow(SourceLine l) {
    int amounts = 0;
    int texts = 0;
    for (String c : l.cells) {
      if (c.isEmpty()) {
        continue;
      }
      if (CellReader.isAmountLike(c)) {
        amounts++;
      } else {
        texts++;
      }
    }
    if (amounts > 0) {
      // a header line that OCR sprinkled with a stray number still reads mostly as words
      return texts <= Math.max(3, amounts);
    }
    for (String c : l.cells) {
      if (c.isEmpty()) {
        continue;
      }
      String s = HeaderLayout.squeeze(c);
      if (s.equals("合计") || s.equals("总计")) {
        // 合计 opening an otherwise empty line is a row; 总计 among other headers is a header
        return l.nonEmptyCount() == 1;
      }
      if (s.matches("[\\[【［]?\\d{3}(?:\\d{2}){0,2}[\\]】］]?.*") && !s.matches("\\d{4}.*")) {
        return true;
      }
      return false;
    }
    return false;
  }

  private static boolean hasAmount(List<String> cs) {
    for (String c : cs) {
      if (!c.isEmpty() && CellReader.isAmountLike(c)) {
        return true;
      }
    }
    return false;
  }

  private boolean readRow(SourceLine l) {
    HeaderLayout h = table.layout;
    List<String> cs = new ArrayList<>(l.cells);
    Map<Integer, String> spilled = cells.repairSpills(cs, l.number);
    if (GluedAmount.split(cs, h)) {
      problems.add(ImportProblem.of(ImportProblem.Kind.AMOUNT_AGAINST_NAME, Severity.INFO, l.number, l.text(),
          "amount printed against the name (no gap between them); read as the first amount"));
    }
    for (int j = h.slots.size(); j < cs.size(); j++) {
      if (CellReader.isAmountLike(cs.get(j))) {
        problems.add(ImportProblem.of(ImportProblem.Kind.VALUE_BEYOND_COLUMNS, Severity.ERROR, l.number, cs.get(j),
            "value printed beyond the table's columns (" + table.title.printed + ")"));
      } else if (!cs.get(j).isEmpty()) {
        problems.add(ImportProblem.of(ImportProblem.Kind.TEXT_BEYOND_COLUMNS, Severity.WARNING, l.number, cs.get(j),
            "text printed beyond the table's columns (" + table.title.printed + ")"));
      }
    }
    if (h.twoSided && h.sharedLabels) {
      readSide(l, cs, spilled, sharedSide(h, cs));
      return true;
    }
    if (h.twoSided) {
      readSide(l, cs, spilled, Side.INCOME);
      readSide(l, cs, spilled, Side.EXPENDITURE);
      return true;
    }
    readSide(l, cs, spilled, Side.SINGLE);
    return true;
  }

  /**
   * The side of a line of a table whose sides share their label columns: the side its amounts are
   * printed under, else (a line printing no amount) the side its name belongs to.
   */
  private Side sharedSide(HeaderLayout h, List<String> cs) {
    String label = "";
    for (Slot s : h.slots) {
      String c = s.position < cs.size() ? cs.get(s.position) : "";
      if (c.isEmpty()) {
        continue;
      }
      if (s.role == Role.AMOUNT) {
        return s.side;
      }
      if (s.role == Role.LABEL) {
        label += c;
      }
    }
    return spends(label) ? Side.EXPENDITURE : Side.INCOME;
  }

  private void readSide(SourceLine l, List<String> cs, Map<Integer, String> spilled, Side side) {
    HeaderLayout h = table.layout;
    RowDraft r = new RowDraft();
    r.side = side;
    r.line = l.number;
    String label = "";
    String unitLabel = "";
    String codeText = "";
    String clazz = "";
    String kuan = "";
    String xiang = "";
    String unitCode = "";
    String year = "";
    boolean any = false;
    for (Slot s : h.slots) {
      if (side != Side.SINGLE && s.side != side && !(h.sharedLabels && s.role != Role.AMOUNT)) {
        continue;
      }
      String c = s.position < cs.size() ? cs.get(s.position) : "";
      if (c.isEmpty()) {
        continue;
      }
      if (PAGE_MARK.matcher(c).matches()) {
        problems.add(ImportProblem.of(ImportProblem.Kind.PAGE_NUMBER_IN_TABLE, Severity.INFO, l.number, c, "page number printed inside the table; ignored"));
        continue;
      }
      if ((s.role == Role.CODE_CLASS || s.role == Role.CODE_KUAN || s.role == Role.CODE_XIANG)
          && (c.equals("类") || c.equals("款") || c.equals("项"))) {
        // the split code columns' own header words printed in the band of the first row (合计)
        continue;
      }
      any = true;
      Role role = s.role;
      if ((role == Role.CODE || role == Role.CODE_CLASS) && !c.chars().anyMatch(Character::isDigit)) {
        // a label printed across the merged code cells (合计 under 类|款|项, 总计): no code has no digit
        role = Role.LABEL;
      }
      switch (role) {
        case LABEL:
          label = label + c;
          break;
        case UNIT_LABEL:
          unitLabel = SourceLine.joinWrapped(c);
          break;
        case CODE:
          codeText = c;
          break;
        case CODE_CLASS:
          clazz = c;
          break;
        case CODE_KUAN:
          kuan = twoDigits(c, l);
          break;
        case CODE_XIANG:
          xiang = twoDigits(c, l);
          break;
        case UNIT_CODE:
          unitCode = c;
          break;
        case LINE_NUMBER:
          r.number = c;
          break;
        case YEAR:
          year = c;
          break;
        case TEXT:
          r.texts.add(c);
          break;
        case AMOUNT:
          Cell cell;
          if (spilled.containsKey(s.position) && CellReader.isAmountLike(c)) {
            try {
              cell = Cell.repaired(Amounts.parse(c), spilled.get(s.position));
            } catch (TextParseException e) {
              cell = cells.read(c, l.number);
            }
          } else {
            cell = cells.read(c, l.number);
          }
          if (cell.mark() == CellMark.TEXT) {
            problems.add(ImportProblem.of(ImportProblem.Kind.TEXT_IN_AMOUNT_COLUMN, Severity.WARNING, l.number, c,
                "text in amount column " + String.join("/", s.header) + " kept as text"));
          }
          r.cells.put(s.key, cell);
          break;
        default:
          if (CellReader.isAmountLike(c)) {
            problems.add(ImportProblem.of(ImportProblem.Kind.VALUE_WITHOUT_HEADER, Severity.ERROR, l.number, c,
                "value in a column without a recognisable header (" + table.title.printed + ")"));
          } else {
            problems.add(ImportProblem.of(ImportProblem.Kind.TEXT_WITHOUT_HEADER, Severity.WARNING, l.number, c,
                "text in a column without a recognisable header (" + table.title.printed + ")"));
          }
      }
    }
    if (!any) {
      return;
    }
    // the code: its own column, split 类/款/项 columns, or printed before the name
    String digits = codeText;
    if (!clazz.isEmpty()) {
      digits = clazz + kuan + xiang;
    }
    if (!digits.isEmpty()) {
      try {
        r.code = ClassificationCodes.parsePrinted(digits.replaceAll("\\s+", "")).code();
      } catch (TextParseException e) {
        problems.add(ImportProblem.of(ImportProblem.Kind.UNREADABLE_CODE, Severity.WARNING, l.number, digits, "unreadable classification code"));
      }
    } else if (EMBEDDED_CODE.matcher(label).find()) {
      try {
        PrintedCode pc = ClassificationCodes.parsePrinted(label);
        r.code = pc.code();
        label = pc.name().orElse("");
      } catch (TextParseException e) {
        // a label that merely starts with digits (e.g. a project number): kept as printed
      }
    }
    if (!unitCode.isEmpty() && !unitLabel.isEmpty()) {
      unitCodes.putIfAbsent(unitLabel, unitCode);
    }
    r.label = label;
    Optional<Concept> concept = label.isEmpty() ? Optional.empty() : HeaderLayout.rowConcept(label);
    String squeezed = HeaderLayout.squeeze(label);
    if (r.code != null) {
      r.kind = RowKind.CODE;
      r.unit = table.currentUnit;
    } else if (!year.isEmpty()) {
      String u = !unitLabel.isEmpty() ? unitLabel : label;
      if (!u.isEmpty()) {
        table.currentUnit = u;
        unitCodes.putIfAbsent(u, unitCode);
      }
      r.label = year;
      r.unit = table.currentUnit;
    } else if (!unitLabel.isEmpty() && label.isEmpty()) {
      unitRow(r, unitLabel, unitCode);
    } else if (concept.isPresent() && concept.get() == Concept.TOTAL || squeezed.equals("合计") || squeezed.equals("总计")) {
      r.kind = RowKind.TOTAL;
      r.concept = Concept.TOTAL;
      table.sawTotal = true;
    } else if (!label.isEmpty() && isUnitName(squeezed) && Ordinal.of(label).isEmpty()) {
      unitRow(r, label, unitCode);
    } else {
      if (label.isEmpty() && !r.hasValues() && r.texts.isEmpty() && r.number == null) {
        return;
      }
      if (l.nonEmptyCount() == 1 && label.endsWith("。") && !r.hasValues()) {
        // a sentence printed under the rows (本套报表金额单位转换时可能存在尾数误差。) is a note, not a
        // wrapped name: names never end with a full stop
        table.notes.add(Note.of(label, l.number));
        return;
      }
      if (isContinuation(r, label)) {
        RowDraft prev = table.lastRow().get();
        prev.label = prev.label + label;
        prev.texts.addAll(r.texts);
        return;
      }
      if (label.isEmpty() && r.hasValues()) {
        problems.add(ImportProblem.of(ImportProblem.Kind.ROW_WITHOUT_LABEL, Severity.WARNING, l.number, l.text(), "row without a label"));
      }
      concept.ifPresent(c -> r.concept = c);
      r.kind = table.title.kind == TableKind.PROJECT_EXPENDITURE && concept.isEmpty() ? RowKind.PROJECT : RowKind.ITEM;
      // a project row printing its unit in a 单位名称 column belongs to that unit
      r.unit = !unitLabel.isEmpty() && r.kind == RowKind.PROJECT ? unitLabel : table.currentUnit;
    }
    table.rows.add(r);
  }

  /**
   * A 款 or 项 in its own column is a two-digit number; one printed as a single digit ({@code 2}
   * for 02) is read as that number, and the report says so.
   */
  private String twoDigits(String part, SourceLine l) {
    if (part.length() == 1 && Character.isDigit(part.charAt(0))) {
      problems.add(ImportProblem.of(ImportProblem.Kind.ONE_DIGIT_CODE_PART, Severity.INFO, l.number, part,
          "code part printed as one digit in a 款/项 column; read as 0" + part));
      return "0" + part;
    }
    return part;
  }

  private void unitRow(RowDraft r, String name, String code) {
    String n = name.replaceAll("\\s+", "");
    if (!table.sawTotal && table.rows.isEmpty() && (n.equals(department) || !n.contains("本级") && department.startsWith(n))) {
      r.kind = RowKind.TOTAL;
      r.label = name;
      table.sawTotal = true;
      return;
    }
    r.kind = RowKind.UNIT;
    r.label = name;
    r.unit = name;
    table.currentUnit = name;
    unitCodes.putIfAbsent(name, code);
  }

  private static boolean isUnitName(String squeezed) {
    // 稽查局, 档案馆: a unit of three characters ends in the word for an organ
    return squeezed.length() >= 3 && UNIT_NAME.matcher(squeezed).matches() && !NOT_UNIT.matcher(squeezed).matches();
  }

  private boolean isContinuation(RowDraft r, String label) {
    // two-sided summaries list short items, many of them printed without a value: never wrapped
    if (r.hasValues() || r.number != null || table.rows.isEmpty() || table.layout.twoSided) {
      return false;
    }
    for (Cell c : r.cells.values()) {
      if (c.mark() != CellMark.BLANK) {
        return false;
      }
    }
    if (!label.isEmpty() && (Ordinal.of(label).isPresent() || Concept.fromLabel(label).isPresent()
        || TOTAL_LABEL.matcher(label).find())) {
      // 人员经费合计 printed without amounts (a blank template) is a row of its own, not a name's end
      return false;
    }
    RowDraft prev = table.lastRow().get();
    return prev.side == r.side && prev.line < r.line;
  }

  boolean isMetaLine(SourceLine l) {
    return isMeta(l);
  }

  void noteUnit(SourceLine l) {
    captureUnit(l);
  }
}
