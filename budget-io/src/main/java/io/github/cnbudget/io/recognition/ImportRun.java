package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.Repair;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Precision;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.TableKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One import: the document's header first (year, stage, department, title, precision), then its
 * lines in order, each handed to the open {@link Section} (a table, a target table, a
 * self-evaluation, a framework) until one declines it, and otherwise read outside any section (the
 * contents, the narrative, metadata, a title that opens the next section). Not thread-safe;
 * {@link Recognition} makes one per call.
 */
final class ImportRun {
  private static final int LOOKAHEAD = 8;
  /** A word a table's header prints alone when the table is printed a cell a line. */
  private static final java.util.regex.Pattern HEADER_WORD = java.util.regex.Pattern.compile(
      "项目|收入|支出|本年收入|本年支出|(?:支出)?(?:功能|经济)?(?:分类)?科目编码|科目名称|决算数|预算数|栏次");

  private final List<SourceLine> lines;
  private final Recognition options;
  private final @Nullable BitSet outsideGrids;
  private final List<ReadProblem> problems = new ArrayList<>();
  private final List<Repair> repairs = new ArrayList<>();
  private final NarrativeCollector narrative;
  // what the sections hand on when they close
  private final List<TableDraft> tables = new ArrayList<>();
  private final List<GoalDraft> goals = new ArrayList<>();
  private final List<EvaluationFramework> frameworks = new ArrayList<>();
  private final List<SelfEvaluation> evaluations = new ArrayList<>();
  private final List<String> contents = new ArrayList<>();
  /** Leader dots closing a line of the contents (目录), before its page number if one is printed. */
  private static final java.util.regex.Pattern LEADERS = java.util.regex.Pattern.compile("(?:…{2,}|\\.{4,}|·{4,})\\s*\\d{0,4}\\s*$");
  private @Nullable Reading reading;
  private @Nullable Section open;
  /** A table number (表 3) printed before the title it belongs to, and its line. */
  private @Nullable String pendingNumber;
  private int pendingNumberLine;
  /** The last heading read outside the tables: it names a table printed without a title of its own. */
  private @Nullable SourceLine lastHeading;

  /** What the sections share, made once run() has read the document's header. */
  private Reading reading() {
    return Objects.requireNonNull(reading, "run() reads the header first");
  }

  ImportRun(List<String> text, Recognition options, @Nullable BitSet outsideGrids) {
    this.outsideGrids = outsideGrids;
    this.options = options;
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
        && l.cells.get(at + 2).equals("项") && LineShapes.hasAmount(l.cells);
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

  Recognized run() {
    DocumentHeader header = new DocumentHeader(lines);
    FiscalYear year = options.year().orElseGet(header::year);
    Stage stage = options.stage().orElseGet(header::stage);
    reading = new Reading(lines, new CellReader(header.scale(), repairs), options.codes(year),
        new Units(header.department()), problems, outsideGrids);
    // the document's title printed again at the top of every page (a running header) is no table's line
    String title = header.title().map(HeaderLayout::squeeze).orElse("");
    boolean titleSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      boolean isTitle = !title.isEmpty() && l.squeezed().equals(title);
      if (!(isTitle && titleSeen) && !LineShapes.isPageMark(l)) {
        // (a page number printed between a table's rows, 第 2 页 共 9 页, is no row either)
        accept(l, i);
      }
      titleSeen |= isTitle;
    }
    closeOpen();
    AfterTables.placeLooseValues(tables, reading);
    AmountUnit unit = reading.firstUnit().orElseGet(this::firstTableUnit);
    Disclosure.Builder d = Disclosure.builder()
        .department(reading.units.build())
        .year(year)
        .stage(stage)
        .precision(Precision.of(unit, header.scale()))
        .addAllContents(contents)
        .narrative(narrative.build());
    header.title().ifPresent(d::title);
    AfterTables.resolveNames(tables, reading);
    for (TableDraft t : tables) {
      ColumnTreeCheck.check(t, problems);
      RowsApartCheck.check(t, problems);
      d.addTables(t.build());
      d.addAllProjects(t.projects());
    }
    for (GoalDraft g : goals) {
      d.addAllGoals(g.build(problems));
      d.addAllProjects(g.projects());
    }
    d.addAllSelfEvaluations(evaluations);
    d.addAllFrameworks(frameworks);
    return new Recognized(d.build(), problems, repairs);
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
    problems.add(ReadProblem.of(ReadProblem.Kind.NO_AMOUNT_UNIT, Severity.WARNING, 0, "", "no amount unit (单位：万元) printed; 万元 assumed"));
    return AmountUnit.WAN_YUAN;
  }

  // ---------------------------------------------------------------- line dispatch

  private void accept(SourceLine l, int index) {
    Optional<TableTitles.Title> title = titleOf(l, index);
    if (title.isPresent()) {
      open(title.get(), l);
      return;
    }
    if (open != null && LineShapes.isContinuationMark(l)) {
      // 续表 over the next page of the open table: it goes on
      return;
    }
    if (LineShapes.isTableNumber(l)) {
      if (open == null || !open.takeNumber(l.text())) {
        pendingNumber = l.text();
        pendingNumberLine = l.number;
      }
      return;
    }
    if (open != null) {
      if (open.accept(l)) {
        return;
      }
      closeOpen();
    }
    outside(l);
  }

  private void closeOpen() {
    if (open != null) {
      open.close();
      open = null;
    }
  }

  /** Opens the section a title begins, unless the open one continues under it. */
  private void open(TableTitles.Title title, SourceLine l) {
    if (open != null && open.continuesUnder(title)) {
      pendingNumber = null;
      return;
    }
    closeOpen();
    switch (title.shape) {
      case FRAMEWORK:
        open = frameworkSection(new FrameworkDraft(title, l.number));
        break;
      case SELF_EVALUATION:
        open = evaluationSection(new SelfEvaluationDraft(title, l.number));
        break;
      case GOAL:
        // a target table begins with its printed number (表 12) when it has one
        open = new GoalDraft(title, pendingNumber != null ? pendingNumberLine : l.number, reading(), goals::add);
        break;
      case TABLE:
        TableDraft table = new TableDraft(title, l.number);
        table.loose = LooseTable.isLoose(lines, l.number - 1);
        table.number = pendingNumber;
        open = new TableSection(table, reading(), tables::add);
        break;
      default:
        problems.add(ReadProblem.of(ReadProblem.Kind.TABLE_NOT_IMPORTED, Severity.ERROR, l.number, l.text(),
            "table recognised but not imported: " + title.shape.name().toLowerCase().replace('_', ' ')
                + " tables are not read yet"));
        return;
    }
    pendingNumber = null;
  }

  private Section evaluationSection(SelfEvaluationDraft draft) {
    return new DraftSection(draft.title, draft::accept, again -> false,
        () -> draft.build(problems).ifPresent(evaluations::add));
  }

  private Section frameworkSection(FrameworkDraft draft) {
    // the framework continued on the next page under its title
    return new DraftSection(draft.title, draft::accept, again -> draft.title.key.equals(again.key), () -> {
      draft.build(problems).ifPresent(frameworks::add);
      draft.evaluation(reading().units.department()).ifPresent(evaluations::add);
    });
  }

  /** A draft that reads its own lines, as a section: what closing it hands on is given. */
  private record DraftSection(TableTitles.Title title, java.util.function.Predicate<SourceLine> reader,
      java.util.function.Predicate<TableTitles.Title> continues, Runnable closer) implements Section {
    @Override
    public boolean accept(SourceLine l) {
      return reader.test(l);
    }

    @Override
    public boolean continuesUnder(TableTitles.Title again) {
      return continues.test(again);
    }

    @Override
    public void close() {
      closer.run();
    }
  }

  // ---------------------------------------------------------------- outside any section

  private void outside(SourceLine l) {
    String text = l.text();
    boolean leaders = LEADERS.matcher(text).find();
    if (l.bullet || LineShapes.pageNumbered(l) || l.nonEmptyCount() == 1 && !l.heading || leaders) {
      // the table of contents (目录): titles listed as bullets, with page numbers, or with leader dots
      String t = l.bullet || l.nonEmptyCount() == 1 || leaders ? LEADERS.matcher(text).replaceFirst("") : l.cell(0);
      t = t.replaceAll("[.…·•٠\\s]+$", "");
      if (TableTitles.recognise(t).isPresent()) {
        contents.add(t);
        return;
      }
    }
    if (l.nonEmptyCount() == 1 && (l.heading || LineShapes.SECTION.matcher(text).find()) && text.length() <= 40) {
      lastHeading = l;
      narrative.heading(l);
      return;
    }
    boolean spaced = lastHeading != null && l.nonEmptyCount() == 1 && !l.heading && LooseTable.isHeaderLine(text)
        && nextPrintsAmounts(l);
    if (lastHeading != null && (spaced || l.nonEmptyCount() >= 2 && !LineShapes.hasAmount(l.cells) && !LineShapes.pageNumbered(l)
        && nextIsData(l))) {
      // a table printed without a title of its own (重点项目 lists): named by its section heading; its
      // header words separated by single blanks when the text lost the columns
      String title = lastHeading.text();
      TableDraft table = new TableDraft(new TableTitles.Title(title, TableTitles.key(title), TableKind.OTHER,
          TableTitles.Shape.TABLE, GoalScope.PROJECT), lastHeading.number);
      table.loose = spaced;
      lastHeading = null;
      open = new TableSection(table, reading(), tables::add);
      open.accept(l);
      return;
    }
    if (LineShapes.isMeta(l)) {
      LineShapes.unitOf(l).ifPresent(reading()::unitPrinted);
      return;
    }
    if (!LineShapes.pageNumbered(l) && narrative.offer(l)) {
      return;
    }
    if (l.bullet || LineShapes.pageNumbered(l)) {
      return;
    }
    if (l.nonEmptyCount() >= 2 && LineShapes.hasAmount(l.cells)) {
      problems.add(ReadProblem.of(ReadProblem.Kind.LINE_OUTSIDE_TABLE, Severity.WARNING, l.number, l.text(),
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
        return n.nonEmptyCount() >= 2 && LineShapes.isDataRow(n);
      }
    }
    return false;
  }

  private Optional<TableTitles.Title> titleOf(SourceLine l, int index) {
    if (l.bullet || LineShapes.pageNumbered(l) || LineShapes.hasAmount(l.cells) || LEADERS.matcher(l.text()).find()) {
      // (a title followed by leader dots is an entry of the contents, with or without its page number)
      return Optional.empty();
    }
    Optional<TableTitles.Title> found = Optional.empty();
    if (l.nonEmptyCount() == 1) {
      found = TableTitles.recognise(l.text());
    } else if (LineShapes.isMeta(l)) {
      // 部门: | 收入总表 | 金额单位: 万元 — OCR put the title on the metadata line
      for (String c : l.cells) {
        String t = c.replaceFirst("^.*[\\]】]", "");
        if (!t.isEmpty() && !LineShapes.isMetaCell(t)) {
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
      if (LineShapes.isMeta(n) || LineShapes.isTableNumber(n)
          || n.nonEmptyCount() >= 2 && !LineShapes.pageNumbered(n) && !n.bullet && !namesTable(n)
          // a self-evaluation printed without column positions opens with its project line
          || found.get().shape == TableTitles.Shape.SELF_EVALUATION && n.text().strip().startsWith("项目名称")
          || found.get().shape == TableTitles.Shape.FRAMEWORK && n.text().contains("指标")
          // a target table printed without column positions: its grid's header or its unit's line
          || found.get().shape == TableTitles.Shape.GOAL && (n.text().contains("一级指标")
              || n.text().strip().matches("^(?:部门名称|单位名称|项目名称)\\s.*"))
          // a table printed a cell a line, block by block: a word of its header alone
          || found.get().shape == TableTitles.Shape.TABLE && HEADER_WORD.matcher(n.squeezed()).matches()) {
        return found;
      }
    }
    return found.get().shape == TableTitles.Shape.TABLE && followsBlockByBlock(index) ? found : Optional.empty();
  }

  /**
   * Whether a table printed block by block, a cell a line (pdfminer's {@code pdf2txt}), follows the title
   * at {@code index}: its unit's line or its first amount within three lookaheads, before the next title
   * (its header's pieces come first, a line each), or its metadata (编制部门, 单位：元) set just above it.
   */
  private boolean followsBlockByBlock(int index) {
    for (int k = index + 1; k < lines.size() && k <= index + 3 * LOOKAHEAD; k++) {
      SourceLine n = lines.get(k);
      if (LineShapes.isMeta(n) || n.nonEmptyCount() == 1 && LooseTable.isPrintedAmount(n.squeezed())) {
        return true;
      }
      if (titleAlone(n)) {
        break;
      }
    }
    for (int k = index - 1, printed = 0; k >= 0 && printed < 2; k--) {
      SourceLine p = lines.get(k);
      if (!p.isBlank()) {
        if (LineShapes.isMeta(p)) {
          return true;
        }
        printed++;
      }
    }
    return false;
  }

  /** A line printing only a table's title (the next table's: its metadata is not this one's). */
  private static boolean titleAlone(SourceLine l) {
    return l.nonEmptyCount() == 1 && TableTitles.recognise(l.text()).isPresent();
  }

  private static boolean namesTable(SourceLine l) {
    for (String c : l.cells) {
      if (!c.isEmpty() && TableTitles.recognise(c).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
