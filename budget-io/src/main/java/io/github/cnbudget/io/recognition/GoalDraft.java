package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.performance.Level2;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A performance target table being read (绩效目标表): the department-wide form (部门名称 / 主管部门,
 * 年度主要任务 with amounts, 一级/二级/三级指标 with 目标值) and the project form with split targets
 * (指标性质, 指标值, 度量单位, 权重), where one table lists many projects and a project's indicators
 * end when their weights reach 100.
 */
final class GoalDraft implements Section {

  final TableTitles.Title title;
  private final int line;
  private final CellReader cells;
  private final Reading reading;
  private final java.util.function.Consumer<GoalDraft> closed;
  private @Nullable AmountUnit unit;
  private final List<GoalPart> parts = new ArrayList<>();
  private @Nullable GoalPart part;
  /** The indicator grid's columns, as its header printed them. */
  private final GridHeader header = new GridHeader();
  /** The 年度主要任务 block of a department-wide form. */
  private final TaskRows tasks;
  private String level1 = "";
  private String level2 = "";
  private @Nullable String unitName;
  private final List<ReadProblem> pending = new ArrayList<>();
  private String wrappedName = "";
  /** Rows printed one column left of the header, put back under it. */
  private final ShiftedRows shiftedRows = new ShiftedRows();
  /** The grid's columns when its header printed them as one run of words; null otherwise. */
  private @Nullable IndicatorWords words;
  /** Whether the last line read was the grid's header (its second row may follow). */
  private boolean afterHeader;
  /** Rows of a project table (项目名称 beside split targets) waiting for their project: see {@link ProjectBlocks}. */
  private final ProjectBlocks blocks = new ProjectBlocks();
  // how indicator names end (合格率, 数量, 健全性, 满意度…): a name ending otherwise was cut by a line break
  private static final java.util.regex.Pattern COMPLETE = java.util.regex.Pattern.compile("[率数量性度额次费效况本值]$");
  static final java.util.regex.Pattern TARGET_LIKE =
      java.util.regex.Pattern.compile("^(?:[≥≤=<>＝＞＜]|\\d+(?:\\.\\d+)?\\s*%$)");

  /** The last line joined into a row above it (see {@link WrappedTargets}). */
  private int joinedThrough = -1;

  /** 长期目标1：…, 年度目标：…: a goal printed on a line of its own, its grid below it. */
  private static final java.util.regex.Pattern GOAL_LINE = java.util.regex.Pattern.compile(
      "^(长期目标|中长期目标|年度目标|年度绩效目标)\\s*[0-9一二三四五六七八九十]*\\s*[:：]\\s*(\\S.*)$");
  /** The 构成 blocks of a department-wide form. */
  private final Compositions compositions;
  /** The key–value part of project forms, when the table prints them. */
  private final ProjectForms forms;
  private List<io.github.cnbudget.model.project.Project> projects = List.of();

  GoalDraft(TableTitles.Title title, int line, Reading reading, java.util.function.Consumer<GoalDraft> closed) {
    this.title = title;
    this.line = line;
    this.reading = reading;
    this.closed = closed;
    this.cells = reading.cells;
    this.forms = new ProjectForms(cells, pending, reading.lines);
    this.compositions = new Compositions(cells);
    this.tasks = new TaskRows(cells);
  }

  private GoalPart part(int at) {
    if (part == null) {
      part = new GoalPart();
      // the first goal of a table begins at its title; the next ones at their 部门名称 line
      part.line = parts.isEmpty() ? line : at;
      part.unit = unitName;
      parts.add(part);
    }
    return part;
  }

  @Override
  public TableTitles.Title title() {
    return title;
  }

  @Override
  public boolean continuesUnder(TableTitles.Title again) {
    // a target table continued on the next page under its title
    return again.shape == TableTitles.Shape.GOAL && title.key.equals(again.key);
  }

  @Override
  public void close() {
    closed.accept(this);
  }

  /** Reads a line; false when the line is not part of the table. */
  @Override
  public boolean accept(SourceLine l) {
    if (l.number <= joinedThrough) {
      // read with the row whose name wrapped around its target
      return true;
    }
    if (LineShapes.isMeta(l)) {
      LineShapes.unitOf(l).ifPresent(u -> {
        unit = u;
        reading.unitPrinted(u);
      });
      if (l.text().contains("万元")) {
        unit = AmountUnit.WAN_YUAN;
      }
      return true;
    }
    if (l.heading) {
      return false;
    }
    ProjectForms.Read read = forms.accept(l);
    if (read == ProjectForms.Read.NEW_FORM) {
      // each form is one project's goal with an indicator grid of its own
      flushProjects();
      part = null;
      part(l.number).form = forms.current().orElseThrow();
      header.clear();
      return true;
    }
    if (read == ProjectForms.Read.FORM) {
      return true;
    }
    Optional<List<LabelledAmounts>> composed = compositions.accept(header.isEmpty() ? labelled(l) : l);
    if (composed.isPresent()) {
      part(l.number).tasks.addAll(composed.get());
      return true;
    }
    java.util.regex.Matcher goalLine = GOAL_LINE.matcher(l.text().strip());
    if (l.nonEmptyCount() == 1 && goalLine.matches()) {
      goalLine(l, goalLine.group(1).contains("长期"), goalLine.group(2));
      return true;
    }
    Optional<IndicatorWords> wordHeader = IndicatorWords.header(l);
    if (wordHeader.isPresent()) {
      // text from other tools: one blank between cells, the header a run of words
      words = wordHeader.get();
      return gridLine(words.headerLine(l));
    }
    if (isGridHeader(l.cells)) {
      words = null;
    }
    if (words != null && afterHeader) {
      Optional<IndicatorWords> periods = words.periods(l);
      if (periods.isPresent()) {
        words = periods.get();
        return gridLine(words.periodLine(l));
      }
    }
    if (words != null && !header.isEmpty() && FormLabels.opensUnit(l)) {
      // the next unit's form after this one's grid (部门名称 某中心 主管部门 某局): its labels, not a row
      return gridLine(FormLabels.cells(l));
    }
    if (words != null && !header.isEmpty() && levelLabels(l)) {
      return true;
    }
    if (words != null && !header.isEmpty()) {
      Optional<WrappedTargets.Joined> around = WrappedTargets.around(l, reading.lines);
      if (around.isPresent()) {
        joinedThrough = around.get().through();
        return gridLine(words.row(around.get().line()));
      }
    }
    return gridLine(words != null && !header.isEmpty() ? words.row(l) : labelled(l));
  }

  /**
   * A line of a grid without cell boundaries printing only level labels or pieces of them (效益指标 社会效益指标:
   * merged cells' labels set between their rows; 服务对象满意度 when a line below ends the label with 指标):
   * the levels of the rows around it, no indicator.
   */
  private boolean levelLabels(SourceLine l) {
    List<String> w = IndicatorWords.words(l);
    List<String> below = new ArrayList<>();
    for (int k = l.number; k < reading.lines.size() && k < l.number + 2; k++) {
      below.add(reading.lines.get(k).text());
    }
    if (l.nonEmptyCount() != 1 || w.isEmpty() || !w.stream().allMatch(IndicatorWords::isLevelPiece)
        && !(w.size() == 1 && IndicatorWords.startsLevelLabel(w.get(0), below))) {
      return false;
    }
    String l1 = w.stream().filter(x -> Level1.fromText(x).isPresent() && Level2.fromText(x).isEmpty()).findFirst().orElse("");
    String l2 = w.stream().filter(x -> Level2.fromText(x).isPresent()).findFirst().orElse("");
    if (!l1.isEmpty() || !l2.isEmpty()) {
      levelsAt(l.number, l1, l2, true);
    }
    return true;
  }

  /** The levels labelled on a line: the rows below take them until the next labels. */
  private void levelsAt(int line, String l1, String l2, boolean labelled) {
    if (labelled) {
      part(line).levels.label(line, l1, l2);
    }
    if (!l1.isEmpty()) {
      level1 = l1;
      level2 = "";
    }
    if (!l2.isEmpty()) {
      level2 = l2;
    }
  }

  /** A line before the grid: as {@link FormLabels} cuts it, once the grid has begun as printed. */
  private SourceLine labelled(SourceLine l) {
    return header.isEmpty() ? FormLabels.cells(l) : l;
  }


  private static boolean isGridHeader(List<String> cs) {
    return indexOf(cs, "一级指标") >= 0 && indexOf(cs, "三级指标") >= 0;
  }

  /** Reads a line of the grid part of the table (the department and goal lines, the header, the rows). */
  private boolean gridLine(SourceLine l) {
    List<String> cs = l.cells;
    int deptAt = indexOf(cs, "部门名称", "单位名称");
    if (deptAt < 0 && cs.size() > 1 && HeaderLayout.squeeze(l.cell(0) + l.cell(1)).equals("部门名称")) {
      // 部 | 门名称: the label itself split over two cells
      deptAt = 1;
      part = null;
      GoalPart p = part(l.number);
      p.unit = SourceLine.joinWrapped(String.join("", cs.subList(2, cs.size())).strip());
      header.clear();
      return true;
    }
    if (deptAt >= 0 && l.nonEmptyCount() == 2 && !nextNonEmpty(cs, deptAt).isEmpty()) {
      // 部门名称 | 某局: the department a department-wide form is of
      part = null;
      part(l.number).unit = nextNonEmpty(cs, deptAt);
      header.clear();
      return true;
    }
    if (deptAt >= 0 && indexOf(cs, "主管部门") >= 0) {
      part = null;
      GoalPart p = part(l.number);
      p.unit = nextNonEmpty(cs, deptAt);
      p.department = nextNonEmpty(cs, indexOf(cs, "主管部门"));
      header.clear();
      return true;
    }
    if (deptAt >= 0 && !header.isEmpty() && part != null && !part.indicators.isEmpty() && indexOf(cs, "一级指标") < 0) {
      // the unit's name repeated at the top of a page inside its indicator grid (部 | 部门名称 | … 本级):
      // neither an indicator nor a new goal
      part.levels.page(l.number);
      return true;
    }
    if (isGridHeader(cs)) {
      // a header line starts a page: the rows above are segmented into their projects
      flushProjects();
      if (part != null) {
        part.levels.page(l.number);
      }
      if (header.read(l)) {
        // (the same header again is a page's, unless a new unit's form cleared the columns)
        shiftedRows.reset();
        level1 = "";
        level2 = "";
      }
      afterHeader = true;
      return true;
    }
    if (afterHeader && !header.isEmpty() && ValueColumns.isSubHeader(cs)) {
      // the value part's second header row: 2021年 | 2022年 | 预期当年实现值 under 指标值
      afterHeader = false;
      header.readPeriods(cs);
      return true;
    }
    afterHeader = false;
    int goalAt = indexOf(cs, "年度总体目标", "年度目标", "长期目标", "中长期目标");
    if (goalAt >= 0 && indexOf(cs, "一级指标") < 0 && l.nonEmptyCount() >= 2) {
      GoalPart p = part(l.number);
      String text = l.text().substring(l.text().indexOf(' ') + 1);
      if (HeaderLayout.squeeze(cs.get(goalAt)).contains("长期")) {
        p.longTerm.append(text);
      } else {
        p.annual.append(text);
      }
      return true;
    }
    if (tasks.header(l, header.isEmpty())) {
      return true;
    }
    if (header.isEmpty() && tasks.isWordRow(l)) {
      // a task printed as one run of words, however long its description
      return task(l);
    }
    if (l.nonEmptyCount() == 1) {
      String text = l.text();
      if (text.matches("^第[一二三四五六七八九十]+部分.*")) {
        return false;
      }
      if (l.bullet || text.length() > 30 || text.matches("^\\d+[.、．].*")) {
        // the goal text (年度总体目标) printed as a list around its label
        GoalPart p = part(l.number);
        p.annual.append(p.annual.length() > 0 ? "\n" : "").append(text);
        return true;
      }
      if (HeaderLayout.squeeze(text).matches("年度总体目标|年度目标|长期目标")) {
        return true;
      }
    }
    if (header.isEmpty()) {
      return task(l);
    }
    SourceLine row = shiftedRows.realign(l, header.columns(), header.targetColumn());
    if (shiftedRows.firstReport()) {
      pending.add(ReadProblem.of(ReadProblem.Kind.INDICATOR_OUT_OF_COLUMNS, Severity.WARNING, l.number, l.text(),
          "indicator rows printed one column left of their header (its first column left out); read one column right"));
    }
    return indicator(row);
  }

  /** A row of the 年度主要任务 block: a task of the goal, its 合计 the goal's budget. */
  private boolean task(SourceLine l) {
    Optional<LabelledAmounts> task = tasks.row(l);
    if (task.isEmpty()) {
      pending.add(ReadProblem.of(ReadProblem.Kind.PERFORMANCE_LINE_NOT_READ, Severity.WARNING, l.number, l.text(), "line in a performance table not read"));
      return true;
    }
    GoalPart p = part(l.number);
    if (HeaderLayout.squeeze(task.get().label()).contains("合计")) {
      p.budget = task.get().cells().values().stream().findFirst().orElse(null);
    }
    p.tasks.add(task.get());
    return true;
  }

  private boolean indicator(SourceLine l) {
    List<String> cs = l.cells;
    boolean split = header.has("指标性质");
    Integer nameAt = header.column("三级指标");
    IndicatorCells printed = IndicatorCells.read(header, l, split, pending);
    String l1 = printed.level1();
    String name = printed.name();
    String target = printed.target();
    if (!name.isEmpty()) {
      // (a row of a split grid keeps its levels without labelling the line)
      levelsAt(l.number, l1, printed.level2(), !split);
    }
    String projectText = header.at(cs, "项目名称");
    String annual = header.at(cs, "年度目标");
    String budget = header.at(cs, "预算数");
    String unitText = header.at(cs, "单位名称");
    if (!unitText.isEmpty() && name.isEmpty()) {
      flushProjects();
      unitName = unitText.replaceAll("\\s+", "");
      part = null;
      if (!budget.isEmpty()) {
        pending.add(ReadProblem.of(ReadProblem.Kind.TARGET_TABLE_UNIT_LINE, Severity.INFO, l.number, l.text(), "unit line of a project target table"));
      }
      return true;
    }
    if (name.isEmpty()) {
      // rows printed out of their columns: 「开展内部审计次数 | ≥1 次」
      List<String> texts = new ArrayList<>();
      for (String c : cs) {
        if (!c.isEmpty() && (LineShapes.HAN.matcher(c).find() || c.matches(".*[0-9≥≤=<>%].*"))) {
          texts.add(c);
        }
      }
      if (texts.size() == 1 && !split && !TARGET_LIKE.matcher(texts.get(0)).find() && previousIndicator(l.number) != null) {
        // only a piece of a wrapped name, one column off
        name = texts.get(0);
        target = "";
      } else if (texts.size() >= 2 && !split) {
        name = texts.get(texts.size() - 2);
        target = texts.get(texts.size() - 1);
        if (texts.size() >= 3) {
          String label = texts.get(texts.size() - 3);
          if (Level1.fromText(label).isPresent()) {
            // the merged 一级指标 cell's label, printed on this row
            level1 = label;
            level2 = "";
            part(l.number).levels.label(l.number, label, "");
          } else {
            level2 = label;
            part(l.number).levels.label(l.number, "", label);
          }
        }
        pending.add(ReadProblem.of(ReadProblem.Kind.INDICATOR_OUT_OF_COLUMNS, Severity.WARNING, l.number, l.text(),
            "indicator printed out of its columns; read as name and target"));
      } else {
        if (segmented() && (!projectText.isEmpty() || !annual.isEmpty() || !budget.isEmpty())) {
          blocks.note(l.number, projectText, annual, budget.isEmpty() ? null : cells.read(budget, l.number));
          return true;
        }
        if (!projectText.isEmpty() || !annual.isEmpty()) {
          GoalPart p = part(l.number);
          p.project.append(projectText);
          p.annual.append(annual);
          return true;
        }
        pending.add(ReadProblem.of(ReadProblem.Kind.PERFORMANCE_LINE_NOT_READ, Severity.WARNING, l.number, l.text(), "line in a performance table not read"));
        return true;
      }
    } else if (target.isEmpty() && !split && nameAt != null && header.periods() == null) {
      for (int j = cs.size() - 1; j > nameAt; j--) {
        if (!cs.get(j).isEmpty()) {
          target = cs.get(j);
          break;
        }
      }
    }
    Indicator previous = previousIndicator(l.number);
    if (!split && previous != null && wrappedName.isEmpty()
        && (target.isEmpty() || name.length() <= 3) && !COMPLETE.matcher(previous.name()).find()) {
      // the end of the previous name (and of its target) wrapped onto this line: 「…事务性工 | = 100%」
      // then 「作合格率」
      // a previous indicator is one of the open part's
      GoalPart open = part(l.number);
      open.indicators.set(open.indicators.size() - 1, joined(previous, name, target));
      return true;
    }
    if (!split && target.isEmpty() && !name.isEmpty()) {
      // a name wrapped over two lines: the target is printed on the second
      wrappedName = wrappedName + name;
      return true;
    }
    if (!wrappedName.isEmpty()) {
      name = wrappedName + name;
      wrappedName = "";
    }
    boolean segmented = segmented();
    GoalPart p = segmented ? new GoalPart() : part(l.number);
    if (segmented) {
      blocks.note(l.number, projectText, annual, budget.isEmpty() ? null : cells.read(budget, l.number));
    }
    p.project.append(projectText);
    p.annual.append(annual);
    if (!segmented && !budget.isEmpty() && p.budget == null) {
      Cell b = cells.read(budget, l.number);
      if (b.hasValue()) {
        p.budget = b;
      }
    }
    Optional<Level2> printedLevel2 = Level2.fromText(level2);
    if (printedLevel2.isPresent() && Level1.fromText(l1).isEmpty()
        && !Level1.fromText(level1).equals(Optional.of(printedLevel2.get().parent()))) {
      // a merged 一级指标 cell prints its label in the middle of its rows, so the rows above the label
      // still carry the previous first level; the second level printed above them names the right one
      pending.add(ReadProblem.of(ReadProblem.Kind.INDICATOR_LEVEL_MISMATCH, Severity.WARNING, l.number, name.strip(), (level1.isEmpty()
          ? "no first level printed above the second level " : "first level " + level1
              + " carried from above contradicts the second level ") + level2 + "; read as "
          + printedLevel2.get().parent().chinese()));
      level1 = printedLevel2.get().parent().chinese();
    }
    Indicator.Builder b = Indicator.builder().level1Text(level1).level2Text(level2).name(name.strip()).line(l.number);
    ValueColumns periods = header.periods();
    if (periods != null) {
      for (Map.Entry<Integer, String> h : periods.history.entrySet()) {
        String v = GridHeader.cell(cs, h.getKey());
        if (!v.isEmpty()) {
          b.putHistory(h.getValue(), v);
        }
      }
    }
    if (!target.isEmpty()) {
      b.targetText(target);
    }
    if (split) {
      String nature = header.at(cs, "指标性质");
      String value = header.at(cs, "指标值");
      String mu = header.at(cs, "度量单位");
      String dir = header.at(cs, "指标方向性");
      if (!nature.isEmpty()) {
        b.nature(nature);
      }
      if (!value.isEmpty()) {
        b.value(value);
      }
      if (!mu.isEmpty()) {
        b.measureUnit(mu);
      }
      if (!dir.isEmpty()) {
        b.direction(dir);
      }
    }
    String weight = header.at(cs, "权重", "分值");
    if (!weight.isEmpty()) {
      Cell w = cells.read(weight, l.number);
      b.weight(w);
      if (w.hasValue()) {
        p.weights = p.weights.add(w.valueOrZero());
      } else if (w.mark() == CellMark.TEXT) {
        pending.add(ReadProblem.of(ReadProblem.Kind.UNREADABLE_WEIGHT, Severity.WARNING, l.number, weight, "unreadable weight"));
      }
    }
    if (segmented) {
      blocks.add(l.number, b.build(), p.weights);
      return true;
    }
    p.indicators.add(b.build());
    if (split && p.weights.compareTo(BigDecimal.valueOf(100)) >= 0) {
      part = null;
    }
    return true;
  }

  /** The indicator with the rest of its name (and target) printed on the next line. */
  private static Indicator joined(Indicator p, String moreName, String moreTarget) {
    String target = p.targetText().orElse("") + moreTarget;
    return copy(p, p.level1Text(), p.level2Text(), p.name() + moreName, target).build();
  }

  /** A builder holding every field of an indicator but its levels, name and target, given (target may be empty). */
  static Indicator.Builder copy(Indicator p, String level1, String level2, String name, String target) {
    Indicator.Builder b = Indicator.builder().level1Text(level1).level2Text(level2).name(name).putAllHistory(p.history());
    if (!target.isEmpty()) {
      b.targetText(target);
    }
    p.nature().ifPresent(b::nature);
    p.value().ifPresent(b::value);
    p.measureUnit().ifPresent(b::measureUnit);
    p.direction().ifPresent(b::direction);
    p.weight().ifPresent(b::weight);
    p.actual().ifPresent(b::actual);
    p.score().ifPresent(b::score);
    p.deviation().ifPresent(b::deviation);
    p.line().ifPresent(b::line);
    return b;
  }

  /** A project table: project name, budget and annual goal beside split targets (指标性质, 指标值…). */
  private boolean segmented() {
    return header.has("项目名称") && header.has("指标性质");
  }

  /** Gives the rows read since the last header or unit line to their projects. */
  private void flushProjects() {
    for (ProjectBlocks.Block k : blocks.segment(pending)) {
      if (k.rows().isEmpty() && !k.continuation()) {
        pending.add(ReadProblem.of(ReadProblem.Kind.PROJECT_WITHOUT_INDICATORS, Severity.WARNING, k.firstLine(), k.name(), "project of a target table without indicator rows"));
        continue;
      }
      GoalPart p;
      if (k.continuation() && part != null) {
        p = part;
      } else {
        p = new GoalPart();
        p.line = k.rows().isEmpty() ? k.firstLine() : k.rows().get(0).line();
        p.unit = unitName;
        parts.add(p);
      }
      p.project.append(k.name());
      p.annual.append(k.goal());
      if (p.budget == null && k.budget() != null) {
        p.budget = k.budget();
      }
      for (ProjectBlocks.Row r : k.rows()) {
        p.indicators.add(r.indicator());
        p.weights = p.weights.add(r.weight());
      }
      part = p;
    }
  }

  /**
   * A goal line of a department-wide form (长期目标1：…, 年度目标2：…) starts a goal of its own, whose
   * indicator grid follows; the department and the blocks read above stay with the first.
   */
  private void goalLine(SourceLine l, boolean longTerm, String text) {
    flushProjects();
    GoalPart previous = part;
    boolean fresh = previous != null && previous.longTerm.length() == 0 && previous.annual.length() == 0
        && previous.indicators.isEmpty();
    if (!fresh) {
      part = null;
      GoalPart p = part(l.number);
      if (previous != null) {
        p.unit = previous.unit;
        p.department = previous.department;
      }
    }
    GoalPart open = part(l.number);
    (longTerm ? open.longTerm : open.annual).append(text.strip());
    header.clear();
  }

  /** The indicator read from one of the two lines above, which a wrapped line may continue. */
  private @Nullable Indicator previousIndicator(int lineNumber) {
    if (part == null || part.indicators.isEmpty()) {
      return null;
    }
    Indicator last = part.indicators.get(part.indicators.size() - 1);
    int at = last.line().orElse(0);
    return lineNumber - at <= 2 ? last : null;
  }

  private static int indexOf(List<String> cs, String... names) {
    for (int j = 0; j < cs.size(); j++) {
      String c = HeaderLayout.squeeze(cs.get(j));
      for (String n : names) {
        if (c.equals(n)) {
          return j;
        }
      }
    }
    return -1;
  }

  private static String nextNonEmpty(List<String> cs, int from) {
    for (int j = from + 1; j < cs.size(); j++) {
      if (!cs.get(j).isEmpty()) {
        return cs.get(j);
      }
    }
    return "";
  }

  /** The unit the table's amounts are printed in, when it says (单位：万元, 项目资金（元）). */
  Optional<AmountUnit> amountUnit() {
    for (GoalPart p : parts) {
      if (p.form != null && p.form.unit != null) {
        return Optional.of(p.form.unit);
      }
    }
    return Optional.ofNullable(unit);
  }

  /** The projects printed as forms, each with its key–value fields; known once the table is built. */
  List<io.github.cnbudget.model.project.Project> projects() {
    return projects;
  }

  List<PerformanceGoal> build(List<ReadProblem> problems) {
    flushProjects();
    parts.forEach(GoalPart::takeForm);
    projects = forms.projects();
    if (!wrappedName.isEmpty()) {
      pending.add(ReadProblem.of(ReadProblem.Kind.INDICATOR_WITHOUT_TARGET, Severity.WARNING, line, wrappedName, "indicator name without a target at the end of the table"));
    }
    problems.addAll(pending);
    List<PerformanceGoal> out = new ArrayList<>();
    for (GoalPart p : parts) {
      p.build(title, line, unit, problems).ifPresent(out::add);
    }
    return out;
  }
}
