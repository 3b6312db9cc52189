package io.github.cnbudget.io.recognition;

import static io.github.cnbudget.io.recognition.FormWords.MONEY_BLOCK;
import static io.github.cnbudget.io.recognition.FormWords.UNIT_ALONE;
import static io.github.cnbudget.io.recognition.FormWords.UNIT_IN_LABEL;
import static io.github.cnbudget.io.recognition.FormWords.UNKNOWN_COLUMN;
import static io.github.cnbudget.io.recognition.FormWords.hasKey;
import static io.github.cnbudget.io.recognition.FormWords.indexOf;
import static io.github.cnbudget.io.recognition.FormWords.key;
import static io.github.cnbudget.io.recognition.FormWords.tokens;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.recognition.FormWords.Key;
import io.github.cnbudget.io.recognition.FormWords.Token;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.project.Project;
import io.github.cnbudget.model.project.ProjectAttribute;
import io.github.cnbudget.model.project.ProjectCategory;
import io.github.cnbudget.model.table.Cell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The key–value part of project forms (项目支出绩效目标表, 项目绩效目标申报表, 财政项目支出绩效目标填报表): a
 * form prints one project as labels each followed by its value (项目名称 | 新建… | 项目类别 | 特定目标类),
 * then a money block (项目资金总额, 其中：财政资金, 年度资金申请总额…), the goals (项目总目标 | 年度总体目标 over
 * their texts), sub-blocks with headers of their own (支出明细测算, 政府采购) and the indicator grid, which
 * the performance-table reader reads. A form begins at its 项目名称 label, so forms printed one after
 * another, with or without a repeated title, are told apart.
 *
 * <p>Labels are recognised by meaning, whatever column they are printed in: a line is cut into its
 * printed cells (and a cell that prints 标签：值 into the two), each known label opens a field, and
 * the cells up to the next label are its value. Personal data (项目负责人, 联系电话, 填报人) is passed
 * over: never read as an amount, never kept. Not thread-safe; one per performance table.
 */
final class ProjectForms {
  /** What a line was to the forms. */
  enum Read {
    /** Not part of a form's key–value part: the performance-table reader takes it. */
    NOT_FORM,
    /** The first line of a new form (its 项目名称). */
    NEW_FORM,
    /** A line of the current form, read. */
    FORM
  }

  /** The header of a sub-block with rows of its own: its words name what the rows are. */
  private static final Pattern COST_BLOCK = Pattern.compile("支出明细|明细测算|测算明细|经济分类|支出科目|成本测算");
  private static final Pattern PURCHASE_BLOCK = Pattern.compile("采购");
  private static final Pattern BLOCK_COLUMN = Pattern.compile("金额|预算数|数量|单价|测算依据|计算依据|说明|备注");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?:\\s*年|[-./]\\d{1,2}|$|\\D)");
  private static final Pattern YEAR_LINE = Pattern.compile("^[（(]?\\d{4}年度?[）)]?$");
  /** Sub-block columns that hold amounts, and those that explain a line. */
  private static final Pattern AMOUNT_COLUMN = Pattern.compile("金额|预算数|数量|单价|合计|资金");
  private static final Pattern TEXT_COLUMN = Pattern.compile("测算依据|计算依据|说明|备注|依据");
  /** A source of this year's money (当年财政拨款, 上年结转资金): the annual side of a two-sided money block. */
  private static final Pattern ANNUAL_SOURCE = Pattern.compile("当年|本年|结转|上年");
  /**
   * The project's public money over all its years (其中：财政资金), as the total side of a two-sided money
   * block names it, the annual side naming this year's (其中：当年财政拨款).
   */
  private static final Pattern TOTAL_SOURCE = Pattern.compile("^(?:其中[：:])?财政资金$");

  /** One form being read. */
  static final class Form {
    final int line;
    final Map<Key, String> text = new HashMap<>();
    @Nullable Cell total;
    @Nullable Cell annual;
    int totalColumn = -1;
    int annualColumn = -1;
    String totalLabel = "";
    String annualLabel = "";
    /** The two sides of the money block in printed order, when the line printing them kept no columns. */
    final List<Key> sides = new ArrayList<>();
    final Map<String, Cell> funding = new LinkedHashMap<>();
    final StringBuilder longGoal = new StringBuilder();
    final StringBuilder annualGoal = new StringBuilder();
    final List<LabelledAmounts> costs = new ArrayList<>();
    final List<LabelledAmounts> purchases = new ArrayList<>();
    @Nullable AmountUnit unit;
    boolean money;
    /** A block of sources with a header of its own (资金来源 | 金额) is being read. */
    boolean sources;

    Form(int line) {
      this.line = line;
    }

    String name() {
      return text.getOrDefault(Key.NAME, "");
    }

    /** This year's budget, else the total: what a performance goal of the project is funded with. */
    Optional<Cell> budget() {
      return Optional.ofNullable(annual != null ? annual : total);
    }

    String department() {
      return text.getOrDefault(Key.DEPARTMENT, "");
    }

    String unitName() {
      return text.getOrDefault(Key.UNIT, "");
    }

    String longGoal() {
      return longGoal.toString().strip();
    }

    String annualGoal() {
      return annualGoal.toString().strip();
    }
  }

  /** A sub-block being read: its kind and its column labels by cell index. */
  private record Block(boolean purchase, Map<Integer, String> columns) {
    /** The label of the n-th amount of a row whose cells' columns are not known: the n-th amount column. */
    String amountLabel(int n) {
      List<String> labels = columns.values().stream().filter(c -> AMOUNT_COLUMN.matcher(c).find()).toList();
      return n < labels.size() ? labels.get(n) : "c" + (n + 1);
    }
  }

  private final CellReader cells;
  private final List<ReadProblem> problems;
  private final List<Form> forms = new ArrayList<>();
  private @Nullable Form form;
  /** Goal labels printed over their texts, by the cell index they head. */
  private final Map<Integer, Key> goalColumns = new LinkedHashMap<>();
  private @Nullable Block block;
  /** The indicator grid has begun: only a new form's 项目名称 is read here until then. */
  private boolean inGrid;

  /** The document's lines, for the end of a wrapped cell printed on the line below. */
  private final List<SourceLine> lines;
  /** The line whose words were joined into the line above it (see {@link FormWords#withWrappedEnds}). */
  private int joined = -1;

  ProjectForms(CellReader cells, List<ReadProblem> problems, List<SourceLine> lines) {
    this.cells = cells;
    this.problems = problems;
    this.lines = lines;
  }

  /** The form being read, if any. */
  Optional<Form> current() {
    return Optional.ofNullable(form);
  }

  /** Reads a line of a performance table. */
  Read accept(SourceLine l) {
    if (l.number == joined) {
      return Read.FORM;
    }
    List<Token> tokens = tokens(l);
    if (form != null && !inGrid && l.number < lines.size()) {
      SourceLine below = lines.get(l.number);
      Optional<List<Token>> joinedIn = FormWords.spellsStackedLabel(lines.subList(l.number, Math.min(lines.size(), l.number + 4))
          .stream().map(SourceLine::text).toList()) ? Optional.empty()
          : FormWords.withWrappedEnds(tokens, below.text(), block != null);
      if (joinedIn.isPresent()) {
        tokens = joinedIn.get();
        joined = below.number;
      }
    }
    if (tokens.isEmpty()) {
      return form == null ? Read.NOT_FORM : Read.FORM;
    }
    int nameAt = indexOf(tokens, Key.NAME);
    if (nameAt >= 0 && isValue(tokens, nameAt + 1)) {
      form = new Form(l.number);
      forms.add(form);
      goalColumns.clear();
      block = null;
      inGrid = false;
      fields(l, tokens);
      return Read.NEW_FORM;
    }
    if (form != null && tokens.size() == 1 && YEAR_LINE.matcher(tokens.get(0).text()).matches()) {
      // the year under a repeated title (（2023年度）): not a row of the previous form's grid
      return Read.FORM;
    }
    if (form == null || inGrid) {
      return Read.NOT_FORM;
    }
    String squeezed = l.squeezed();
    if (squeezed.contains("一级指标") && (squeezed.contains("二级指标") || squeezed.contains("三级指标"))) {
      inGrid = true;
      return Read.NOT_FORM;
    }
    if (hasKey(tokens)) {
      goalColumns.clear();
      block = null;
      fields(l, tokens);
      return Read.FORM;
    }
    if (MONEY_BLOCK.matcher(tokens.get(0).text()).matches() && tokens.size() > 1
        && tokens.stream().skip(1).allMatch(t -> BLOCK_COLUMN.matcher(t.text()).find())) {
      // 资金来源 | 金额: the sources listed below, each under no side of the money block (the block's
      // name printed alone, 项目资金 over （元）, is its label: the sides follow)
      form.money = true;
      form.sources = true;
      block = null;
      goalColumns.clear();
      return Read.FORM;
    }
    Optional<Block> header = blockHeader(tokens);
    if (header.isPresent()) {
      block = header.get();
      goalColumns.clear();
      return Read.FORM;
    }
    if (block != null) {
      blockRow(l, tokens);
      return Read.FORM;
    }
    if (!goalColumns.isEmpty()) {
      goalTexts(tokens);
      return Read.FORM;
    }
    if (form.money && moneyLine(l, tokens)) {
      return Read.FORM;
    }
    if (tokens.size() == 1 && blockLabelOrUnit(tokens.get(0).text())) {
      // the money block's label or its unit printed alone (项目资金 / （元）): the unit is the block's
      blockLabel(l, tokens.get(0));
      return Read.FORM;
    }
    if (tokens.size() == 1 && isLabel(tokens.get(0).text())) {
      // a block label printed alone (项目绩效目标, 绩效指标): what follows says what it is
      return Read.FORM;
    }
    problems.add(ReadProblem.of(ReadProblem.Kind.PROJECT_FORM_LINE_NOT_READ, Severity.WARNING, l.number, l.text(), "line in a project form not read"));
    return Read.FORM;
  }

  /** The projects of the forms read, in printed order; a form without a name is reported. */
  List<Project> projects() {
    List<Project> out = new ArrayList<>();
    for (Form f : forms) {
      String name = f.name();
      if (name.isBlank()) {
        problems.add(ReadProblem.of(ReadProblem.Kind.PROJECT_FORM_WITHOUT_NAME, Severity.WARNING, f.line, "项目名称", "project form without a project name"));
        continue;
      }
      Project.Builder b = Project.builder().name(name).line(f.line);
      text(f, Key.CODE).ifPresent(b::code);
      text(f, Key.DEPARTMENT).ifPresent(b::department);
      text(f, Key.UNIT).ifPresent(b::unit);
      text(f, Key.ATTRIBUTE).ifPresent(t -> ProjectAttribute.fromText(t).ifPresentOrElse(b::attribute,
          () -> problems.add(ReadProblem.of(ReadProblem.Kind.PROJECT_CLASS_NOT_RECOGNISED, Severity.INFO, f.line, t, "project attribute (项目属性) not recognised"))));
      text(f, Key.CATEGORY).ifPresent(t -> ProjectCategory.fromText(t).ifPresentOrElse(b::category,
          () -> problems.add(ReadProblem.of(ReadProblem.Kind.PROJECT_CLASS_NOT_RECOGNISED, Severity.INFO, f.line, t, "project category (项目类别) not recognised"))));
      years(f, b);
      if (f.total != null) {
        b.total(f.total);
      }
      if (f.annual != null) {
        b.annualBudget(f.annual);
      }
      if (f.unit != null) {
        b.amountUnit(f.unit);
      }
      b.putAllAmounts(f.funding).addAllCosts(f.costs).addAllPurchases(f.purchases);
      String goal = !f.annualGoal().isEmpty() ? f.annualGoal() : f.longGoal();
      if (!goal.isEmpty()) {
        b.goal(goal);
      }
      out.add(b.build());
    }
    return out;
  }

  private Optional<String> text(Form f, Key k) {
    String t = f.text.getOrDefault(k, "");
    return t.isBlank() ? Optional.empty() : Optional.of(t);
  }

  private void years(Form f, Project.Builder b) {
    Optional<String> period = text(f, Key.PERIOD);
    List<Integer> inPeriod = period.map(ProjectForms::yearsIn).orElse(List.of());
    Optional<Integer> start = text(f, Key.START).flatMap(t -> yearsIn(t).stream().findFirst())
        .or(() -> inPeriod.stream().findFirst());
    Optional<Integer> end = text(f, Key.END).flatMap(t -> yearsIn(t).stream().findFirst())
        .or(() -> inPeriod.size() > 1 ? Optional.of(inPeriod.get(inPeriod.size() - 1)) : Optional.empty());
    start.ifPresent(b::startYear);
    end.ifPresent(b::endYear);
    for (Key k : List.of(Key.START, Key.END, Key.PERIOD)) {
      text(f, k).filter(t -> yearsIn(t).isEmpty()).ifPresent(t -> problems.add(ReadProblem.of(ReadProblem.Kind.PROJECT_YEAR_UNREADABLE, Severity.WARNING,
          f.line, t, "project year not readable")));
    }
  }

  private static List<Integer> yearsIn(String t) {
    List<Integer> out = new ArrayList<>();
    Matcher m = YEAR.matcher(t);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y >= 1949 && y <= 2200) {
        out.add(y);
      }
    }
    return out;
  }

  /**
   * Reads the labelled fields of a line: each known label takes the cells up to the next label (an
   * amount label takes one), a source followed by an amount is a funding line, a block label
   * (项目资金（元）) opens the money block.
   */
  private void fields(SourceLine l, List<Token> tokens) {
    List<Token> pairs = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      Optional<Key> key = key(t.text());
      if (key.isPresent()) {
        int j = i + 1;
        List<Token> value = new ArrayList<>();
        while (j < tokens.size() && key(tokens.get(j).text()).isEmpty()
            && !(isAmountKey(key.get()) && !value.isEmpty())) {
          value.add(tokens.get(j));
          j++;
        }
        field(l, key.get(), t, value);
        i = j;
      } else if (isMoneyPair(tokens, i)) {
        pairs.add(t);
        pairs.add(tokens.get(i + 1));
        i += 2;
      } else {
        blockLabel(l, t);
        i++;
      }
    }
    for (int k = 0; k < pairs.size(); k += 2) {
      funding(l, pairs.get(k), pairs.get(k + 1), k / 2, pairs.size() / 2);
    }
  }

  private static boolean isAmountKey(Key k) {
    return k == Key.TOTAL || k == Key.ANNUAL;
  }

  /** Whether a word is the money block's label (项目资金（元）) or the unit alone (（元）). */
  private static boolean blockLabelOrUnit(String word) {
    String s = HeaderLayout.squeeze(word);
    return MONEY_BLOCK.matcher(s).matches() || UNIT_ALONE.matcher(s).matches();
  }

  private void blockLabel(SourceLine l, Token t) {
    Form form = Objects.requireNonNull(this.form, "read inside a form");
    Matcher m = MONEY_BLOCK.matcher(t.text());
    Matcher unit = UNIT_ALONE.matcher(HeaderLayout.squeeze(t.text()));
    if (unit.matches()) {
      form.money = true;
      form.unit = AmountUnit.ofSymbol(unit.group(1));
    } else if (m.matches()) {
      form.money = true;
      if (m.group(1) != null) {
        form.unit = AmountUnit.ofSymbol(m.group(1));
      }
    } else if (!isLabel(t.text())) {
      problems.add(ReadProblem.of(ReadProblem.Kind.PROJECT_FORM_CELL_NOT_READ, Severity.WARNING, l.number, t.text(), "cell of a project form not read"));
    }
  }

  private void field(SourceLine l, Key key, Token label, List<Token> value) {
    Form form = Objects.requireNonNull(this.form, "read inside a form");
    Matcher unitIn = UNIT_IN_LABEL.matcher(label.text());
    if (unitIn.find() && form.unit == null) {
      form.unit = AmountUnit.ofSymbol(unitIn.group(1));
    }
    String joined = join(value);
    switch (key) {
      case PERSONAL:
        return;
      case LONG_GOAL:
      case ANNUAL_GOAL:
        if (joined.isEmpty()) {
          // labels of a line without cell boundaries keep their printed order under keys no cell index can take
          goalColumns.put(label.column() == UNKNOWN_COLUMN ? -2 - goalColumns.size() : label.column(), key);
        } else {
          goalText(key).append(joined);
        }
        return;
      case TOTAL:
      case ANNUAL:
        form.money = true;
        if (value.isEmpty()) {
          return;
        }
        Cell c = cells.read(value.get(0).text(), l.number);
        if (!c.hasValue() && c.mark() == io.github.cnbudget.model.table.CellMark.TEXT) {
          problems.add(ReadProblem.of(ReadProblem.Kind.PROJECT_FORM_AMOUNT_UNREADABLE, Severity.WARNING, l.number, value.get(0).text(),
              "amount of a project form not readable: " + label.text()));
          return;
        }
        if (label.column() == UNKNOWN_COLUMN) {
          form.sides.add(key);
        }
        if (key == Key.TOTAL) {
          form.total = c;
          form.totalColumn = label.column();
          form.totalLabel = label.text();
        } else {
          form.annual = c;
          form.annualColumn = label.column();
          form.annualLabel = label.text();
        }
        return;
      default:
        if (!joined.isEmpty()) {
          form.text.merge(key, joined, (a, b) -> a + b);
        }
    }
  }

  /**
   * A funding line of the money block (其中：财政资金 | 4,100,000.00), named under its side's total: the
   * side whose column it is printed in, or, when the line kept no columns, the side printed at its place
   * in the line ({@code ordinal} of {@code count} pairs) — a pair printed alone goes to the side its name
   * belongs to (this year's or carried-over money to the annual side), else to the side that lacks it.
   */
  private void funding(SourceLine l, Token label, Token value, int ordinal, int count) {
    Form form = Objects.requireNonNull(this.form, "read inside a form");
    form.money = true;
    String parent = "";
    if (form.totalColumn >= 0 && form.annualColumn >= 0 && !form.sources) {
      // the two sides of the block (项目资金总额 | 年度资金申请总额) each list their sources
      boolean annualSide = form.annualColumn > form.totalColumn
          ? label.column() >= form.annualColumn : label.column() < form.totalColumn;
      parent = (annualSide ? form.annualLabel : form.totalLabel) + "/";
    } else if (form.sides.size() == 2 && !form.sources && label.column() == UNKNOWN_COLUMN) {
      Optional<Key> side = count == 2 ? Optional.of(form.sides.get(ordinal)) : sideOf(label.text());
      if (side.isEmpty()) {
        problems.add(ReadProblem.of(ReadProblem.Kind.FUNDING_SIDE_NOT_KNOWN, Severity.WARNING, l.number,
            label.text() + " " + value.text(), "funding line of a two-sided money block whose side is not known; kept without a side"));
      } else {
        parent = (side.get() == Key.ANNUAL ? form.annualLabel : form.totalLabel) + "/";
      }
    }
    String key = parent + label.text();
    Cell c = cells.read(value.text(), l.number);
    if (form.funding.putIfAbsent(key, c) != null) {
      problems.add(ReadProblem.of(ReadProblem.Kind.FUNDING_SOURCE_TWICE, Severity.WARNING, l.number, label.text() + " " + value.text(),
          "funding source printed twice in one project form; the first kept"));
    }
  }

  /** The side of the money block a source printed alone on its line belongs to, when its name or the other side says. */
  private Optional<Key> sideOf(String source) {
    if (ANNUAL_SOURCE.matcher(source).find()) {
      return Optional.of(Key.ANNUAL);
    }
    if (TOTAL_SOURCE.matcher(HeaderLayout.squeeze(source)).matches()) {
      return Optional.of(Key.TOTAL);
    }
    Form form = Objects.requireNonNull(this.form, "read inside a form");
    boolean onTotal = form.funding.containsKey(form.totalLabel + "/" + source);
    boolean onAnnual = form.funding.containsKey(form.annualLabel + "/" + source);
    return onTotal == onAnnual ? Optional.empty() : Optional.of(onTotal ? Key.ANNUAL : Key.TOTAL);
  }

  /** A line of the money block holding only source–amount pairs (上年结转资金 | 0.00). */
  private boolean moneyLine(SourceLine l, List<Token> tokens) {
    if (!isMoneyPair(tokens, 0) && !(blockLabelOrUnit(tokens.get(0).text()) && isMoneyPair(tokens, 1))) {
      // (the block's label, or its unit, printed on a line of sources: 项目资金 其中：财政资金 6,351,000.00,
      // then （元） 上年结转资金 0.00 — the label's cell spans the block's lines)
      return false;
    }
    fields(l, tokens);
    return true;
  }

  private static boolean isMoneyPair(List<Token> tokens, int at) {
    return at + 1 < tokens.size() && LineShapes.HAN.matcher(tokens.get(at).text()).find()
        && CellReader.isAmountLike(tokens.get(at + 1).text());
  }

  /**
   * The texts under goal labels: each cell goes to the label whose column is nearest on its left; the
   * words of a line without cell boundaries go to the labels in printed order, one each when the line
   * prints one per label, else each to the first label whose text has not ended (。).
   */
  private void goalTexts(List<Token> tokens) {
    List<Key> inOrder = List.copyOf(goalColumns.values());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Key k = null;
      if (t.column() == UNKNOWN_COLUMN) {
        k = tokens.size() == inOrder.size() ? inOrder.get(i) : firstOpen(inOrder);
      } else {
        int best = Integer.MIN_VALUE;
        for (Map.Entry<Integer, Key> e : goalColumns.entrySet()) {
          if (e.getKey() <= t.column() && e.getKey() > best) {
            best = e.getKey();
            k = e.getValue();
          }
        }
      }
      if (k == null) {
        k = inOrder.get(0);
      }
      goalText(k).append(t.text());
    }
  }

  private StringBuilder goalText(Key k) {
    Form form = Objects.requireNonNull(this.form, "read inside a form");
    return k == Key.LONG_GOAL ? form.longGoal : form.annualGoal;
  }

  /** The first goal label whose text has not ended with a full stop. */
  private Key firstOpen(List<Key> inOrder) {
    for (Key k : inOrder) {
      String text = goalText(k).toString().strip();
      if (text.isEmpty() || !text.endsWith("。")) {
        return k;
      }
    }
    return inOrder.get(inOrder.size() - 1);
  }

  private Optional<Block> blockHeader(List<Token> tokens) {
    if (tokens.size() < 2) {
      return Optional.empty();
    }
    boolean columns = false;
    boolean purchase = false;
    boolean cost = false;
    for (Token t : tokens) {
      columns |= BLOCK_COLUMN.matcher(t.text()).find() && !CellReader.isAmountLike(t.text());
      purchase |= PURCHASE_BLOCK.matcher(t.text()).find();
      cost |= COST_BLOCK.matcher(t.text()).find();
    }
    if (!columns || !purchase && !cost || tokens.stream().anyMatch(t -> CellReader.isAmountLike(t.text()))) {
      return Optional.empty();
    }
    Map<Integer, String> cols = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      // words of a line without cell boundaries keep their order under keys no cell index can take
      cols.put(t.column() == UNKNOWN_COLUMN ? -2 - i : t.column(), t.text());
    }
    return Optional.of(new Block(purchase && !cost, cols));
  }

  /**
   * A row of a sub-block: each cell by what its column holds (an amount column, an explanation
   * column, else the line's label); where a cell's column is not known (text from other tools), by
   * what it looks like — amounts after the label, text after the amounts explaining them.
   */
  private void blockRow(SourceLine l, List<Token> tokens) {
    Form form = Objects.requireNonNull(this.form, "read inside a form");
    Block block = Objects.requireNonNull(this.block, "read inside a block");
    List<String> label = new ArrayList<>();
    List<String> description = new ArrayList<>();
    Map<String, Cell> amounts = new LinkedHashMap<>();
    for (Token t : tokens) {
      String column = block.columns.getOrDefault(t.column(), "");
      if (COST_BLOCK.matcher(t.text()).find() && block.columns.containsValue(t.text())) {
        continue;
      }
      boolean amountColumn = AMOUNT_COLUMN.matcher(column).find();
      boolean textColumn = TEXT_COLUMN.matcher(column).find();
      boolean known = amountColumn || textColumn || !column.isEmpty() && !amounts.isEmpty();
      if (amountColumn && CellReader.isAmountLike(t.text())
          || !known && CellReader.isAmountLike(t.text()) && !t.text().matches("\\d{3,7}") && !label.isEmpty()) {
        amounts.putIfAbsent(amountColumn ? column : block.amountLabel(amounts.size()), cells.read(t.text(), l.number));
      } else if (textColumn || !amounts.isEmpty()) {
        description.add(t.text());
      } else {
        label.add(t.text());
      }
    }
    if (label.isEmpty() && amounts.isEmpty()) {
      return;
    }
    if (label.isEmpty()) {
      problems.add(ReadProblem.of(ReadProblem.Kind.PROJECT_FORM_LINE_NOT_READ, Severity.WARNING, l.number, l.text(), "line of a project form block without a label"));
      return;
    }
    // a line by economic class reads 30201 办公费 whether the code and name were printed apart or not
    String text = String.join(" ", label).replaceFirst("^(\\d{3,7})\\s*(?=\\p{IsHan})", "$1 ");
    LabelledAmounts.Builder b = LabelledAmounts.builder().label(text).line(l.number)
        .putAllCells(amounts);
    if (!description.isEmpty()) {
      b.description(String.join("", description));
    }
    (block.purchase ? form.purchases : form.costs).add(b.build());
  }

  private static boolean isValue(List<Token> tokens, int at) {
    return at < tokens.size() && key(tokens.get(at).text()).isEmpty()
        && !HeaderLayout.squeeze(tokens.get(at).text()).matches(".*(?:预算数|年度目标|一级指标|绩效目标|单位名称)");
  }

  /** Text with no digit: a label (项目绩效目标, 绩效指标), not a value that was lost. */
  private static boolean isLabel(String text) {
    return !text.matches(".*\\d.*") && text.length() <= 12;
  }

  private static String join(List<Token> value) {
    StringBuilder b = new StringBuilder();
    for (Token t : value) {
      if (b.length() > 0 && !LineShapes.HAN.matcher(String.valueOf(b.charAt(b.length() - 1))).find()
          && !LineShapes.HAN.matcher(t.text().substring(0, 1)).find()) {
        b.append(' ');
      }
      b.append(t.text());
    }
    return b.toString();
  }
}
