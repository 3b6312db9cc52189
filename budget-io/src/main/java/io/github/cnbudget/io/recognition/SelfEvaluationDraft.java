package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.LabelledAmounts;
import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.performance.Level2;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One 项目支出绩效自评表 being read from text whose cells are separated by single blanks and whose
 * long cells wrap over several lines: the project, its department, the funding lines, the indicator
 * rows (一级/二级 printed once per block, a name wrapped above its values line, a 偏差原因 wrapped
 * below it) and the 总分 line. An indicator row is read only when its values line ends with 分值 and
 * 得分 and its target and actual can be told apart (the same text twice, or two quantities such as
 * {@code ≥80 个 78 个}); otherwise the table is reported with the line and not imported, so that no
 * weight or score is guessed.
 */
final class SelfEvaluationDraft {
  /** The first levels of a project self-evaluation (项目支出绩效自评表): 产出, 效益, 满意度. */
  private static final List<Level1> LEVELS = List.of(Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION);
  private static final List<String> LEVEL1 = LEVELS.stream().map(Level1::chinese).toList();
  private static final List<String> LEVEL2 =
      LEVELS.stream().flatMap(l -> Level2.under(l).stream()).map(Level2::chinese).toList();
  private static final List<String> FUND_LABELS = List.of("年度资金总额", "其中：当年财政拨款", "当年财政拨款", "上年结转资金",
      "其他资金");
  private static final List<String> FUND_COLUMNS = List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern QUANTITY = Pattern.compile("^[≥≤＞＜><=＝]?\\d.*|^[≥≤＞＜><=＝].+");
  private static final List<String> QUANTITY_PREFIX = List.of("约", "≥", "≤", ">", "<", "=", "不低于", "不少于", "不高于",
      "不超过");
  private static final String DEVIATION_HEADER = "偏差原因分析及改进措施";

  private enum Part { HEAD, GOAL, HEADER, INDICATORS, DONE }

  final TableTitles.Title title;
  private final int line;
  private final SelfEvaluation.Builder result = SelfEvaluation.builder().scope(GoalScope.PROJECT);
  private final List<Indicator.Builder> indicators = new ArrayList<>();
  private final List<StringBuilder> deviations = new ArrayList<>();
  private final List<String> pending = new ArrayList<>();
  private final StringBuilder headerRest = new StringBuilder();
  private Part part = Part.HEAD;
  /** The 年度总体目标 line and the lines of its goal text. */
  private @Nullable SourceLine goalAt;
  private final List<String> goalLines = new ArrayList<>();
  private String level1 = "";
  private String level2 = "";
  private Indicator.@Nullable Builder last;
  private @Nullable FundingLine funding;
  private @Nullable StringBuilder lastDeviation;
  private final List<ReadProblem> warnings = new ArrayList<>();
  private int unreadLine;
  private @Nullable String unreadWhy;

  SelfEvaluationDraft(TableTitles.Title title, int line) {
    this.title = title;
    this.line = line;
    result.line(line);
  }

  /** Reads a line of the table; false when the line is after its 总分 line. */
  boolean accept(SourceLine l) {
    String text = l.text().strip();
    List<String> ts = List.of(text.split("\\s+"));
    String squeezed = HeaderLayout.squeeze(text);
    if (part == Part.DONE) {
      return false;
    }
    if (squeezed.startsWith("总分")) {
      total(l, ts);
      return true;
    }
    switch (part) {
      case HEAD -> head(l, ts, squeezed);
      case GOAL -> {
        if (squeezed.contains("三级指标")) {
          part = Part.HEADER;
          closeGoal();
        } else if (!squeezed.startsWith("预期目标") && !squeezed.startsWith("年度绩效")) {
          goalLines.add(text);
        }
      }
      case HEADER -> {
        String rest = headerRest + squeezed;
        if (DEVIATION_HEADER.startsWith(rest) || DEVIATION_HEADER.endsWith(rest)) {
          headerRest.append(squeezed);
        } else {
          part = Part.INDICATORS;
          indicatorLine(l, ts, text);
        }
      }
      case INDICATORS -> indicatorLine(l, ts, text);
      default -> { }
    }
    return true;
  }

  private void head(SourceLine l, List<String> ts, String squeezed) {
    if (funding != null) {
      if (FundingLine.isValues(ts)) {
        // the funding line's values ran on below its label
        funding.runOn(ts);
        if (funding.complete(FUND_COLUMNS.size())) {
          closeFunding();
        }
        return;
      }
      closeFunding();
    }
    if (ts.get(0).equals("项目名称")) {
      int amount = ts.indexOf("项目金额");
      int end = amount > 0 ? amount : ts.size();
      if (end > 1) {
        result.project(String.join(" ", ts.subList(1, end)));
      }
      if (amount > 0 && amount + 1 < ts.size()) {
        result.projectAmount(Cell.printed(ts.get(amount + 1)));
      }
    } else if (ts.get(0).equals("主管部门")) {
      int unit = ts.indexOf("实施单位");
      int end = unit > 0 ? unit : ts.size();
      if (end > 1) {
        result.department(String.join(" ", ts.subList(1, end)));
      }
      if (unit > 0 && unit + 1 < ts.size()) {
        result.implementingUnit(String.join(" ", ts.subList(unit + 1, ts.size())));
      }
    } else if (squeezed.contains("（元）") || squeezed.contains("(元)")) {
      result.amountUnit(AmountUnit.YUAN);
    } else if (squeezed.contains("（万元）") || squeezed.contains("(万元)")) {
      result.amountUnit(AmountUnit.WAN_YUAN);
    } else if (FUND_LABELS.contains(ts.get(0))) {
      funding = new FundingLine(ts, l.number);
      if (funding.complete(FUND_COLUMNS.size())) {
        closeFunding();
      }
    } else if (squeezed.startsWith("年度总体目标") || squeezed.startsWith("年度总体")) {
      part = Part.GOAL;
      goalAt = l;
    } else if (squeezed.contains("三级指标")) {
      part = Part.HEADER;
    }
  }

  /**
   * The 年度总体目标 read when its 预期目标 and 实际完成情况 each fit one line, printed side by side as two
   * sentences (…财政补贴。 及时发放…。); reported as not read otherwise: wrapped side by side into one run
   * of lines, where one ends is not printed.
   */
  private void closeGoal() {
    SourceLine at = java.util.Objects.requireNonNull(goalAt);
    goalAt = null;
    String[] sentences = goalLines.size() == 1 ? goalLines.get(0).split("(?<=。)\\s+") : new String[0];
    if (sentences.length == 2 && sentences[0].endsWith("。") && sentences[1].endsWith("。")) {
      result.expectedGoal(sentences[0]).achievement(sentences[1]);
      return;
    }
    warnings.add(ReadProblem.of(ReadProblem.Kind.OVERALL_GOAL_NOT_READ, Severity.INFO, at.number,
        HeaderLayout.squeeze(at.text()), "年度总体目标 (预期目标, 实际完成情况) of the self-evaluation not read"));
  }

  private void closeFunding() {
    FundingLine f = java.util.Objects.requireNonNull(funding);
    funding = null;
    Optional<LabelledAmounts> read = f.read(FUND_COLUMNS);
    if (read.isPresent()) {
      result.addFunding(read.get());
    } else {
      // not one value per column, even with an amount broken over two lines joined: left out
      warnings.add(ReadProblem.of(ReadProblem.Kind.FUNDING_LINE_NOT_READ, Severity.WARNING, f.line(), f.printed(),
          "funding line whose values are not one for each of its " + FUND_COLUMNS.size() + " columns; not read"));
    }
  }

  /** A line of the indicator block: level labels, a wrapped name, a values line or a wrapped 偏差原因. */
  private void indicatorLine(SourceLine l, List<String> ts, String text) {
    int values = valuesEnd(ts);
    if (values < 0) {
      String s = HeaderLayout.squeeze(text);
      if (lastDeviation != null && pending.isEmpty() && !isLevel(s)) {
        // below a values line: a 偏差原因 wrapped, or the next name (decided when it ends)
        pending.add(text);
        if (s.endsWith("。")) {
          lastDeviation.append(squeezeAll(pending));
          pending.clear();
        }
        return;
      }
      if (!pending.isEmpty() && lastDeviation != null && !isLevel(s) && s.endsWith("。")) {
        pending.add(text);
        lastDeviation.append(squeezeAll(pending));
        pending.clear();
        return;
      }
      pending.add(text);
      return;
    }
    // the values line: [levels] [name] target actual 分值 得分 [偏差原因]
    List<String> above = List.copyOf(pending);
    String prefix = squeezeAll(pending);
    pending.clear();
    List<String> middle = new ArrayList<>(ts.subList(0, values - 2));
    String weight = ts.get(values - 2);
    String score = ts.get(values - 1);
    List<String> deviation = ts.subList(values, ts.size());
    String lead = levels(prefix);
    while (lead.isEmpty() && !middle.isEmpty() && (LEVEL1.contains(middle.get(0)) || LEVEL2.contains(middle.get(0)))) {
      level(middle.remove(0));
    }
    if (new java.math.BigDecimal(score).compareTo(new java.math.BigDecimal(weight)) > 0) {
      // 得分 above 分值: more likely a number of the 偏差原因 read as 得分 (… 10 9.48 2020 年…) than a fact
      unread(l.number, "indicator row whose 分值 and 得分 cannot be told (得分 " + score + " above 分值 " + weight
          + "): " + String.join(" ", ts));
      last = null;
      lastDeviation = null;
      return;
    }
    Optional<List<String>> wrapped = middle.isEmpty() ? wrappedRow(above) : Optional.empty();
    if (wrapped.isPresent()) {
      add(Indicator.builder().name(wrapped.get().get(0)).targetText(wrapped.get().get(1))
          .actual(wrapped.get().get(2)), l.number, weight, score, deviation);
      return;
    }
    int split = targetStart(middle);
    if (split < 0 || split == 0 && lead.isEmpty()) {
      unread(l.number, "indicator row whose name, target and actual cannot be told apart: "
          + String.join(" ", ts));
      last = null;
      lastDeviation = null;
      return;
    }
    int half = (middle.size() - split) / 2;
    String target;
    String actual;
    if (isRepeated(middle.subList(split, middle.size()))) {
      target = String.join(" ", middle.subList(split, split + half));
      actual = target;
    } else {
      int actualStart = quantityStart(middle, middle.size());
      target = String.join(" ", middle.subList(split, actualStart));
      actual = String.join(" ", middle.subList(actualStart, middle.size()));
    }
    String name = lead + String.join(" ", middle.subList(0, split));
    add(Indicator.builder().name(name).targetText(target).actual(actual), l.number, weight, score, deviation);
  }

  private void add(Indicator.Builder b, int at, String weight, String score, List<String> deviation) {
    b.line(at).level1Text(level1).level2Text(level2).weight(Cell.printed(weight)).score(Cell.printed(score));
    lastDeviation = new StringBuilder(squeezeAll(List.of(String.join(" ", deviation))));
    indicators.add(b);
    deviations.add(lastDeviation);
    last = b;
  }

  /**
   * Name, target and actual of a values line printing only 分值 and 得分, each wrapped a piece a line
   * above it: split where the pieces fit their columns; when several splits fit, the one whose actual
   * repeats its target (在合同规定期限内完成 / 暂未在合同规定期限内完成). Empty when no single split does.
   */
  private Optional<List<String>> wrappedRow(List<String> lines) {
    List<String> pieces = new ArrayList<>();
    for (String line : lines) {
      String piece = line.strip();
      if (pieces.isEmpty()) {
        // the level labels opening a block are in their own columns: not pieces of the name
        String squeezed = HeaderLayout.squeeze(piece);
        String rest = levels(squeezed);
        piece = rest.length() == squeezed.length() ? piece : rest;
      }
      if (!piece.isEmpty()) {
        pieces.add(piece);
      }
    }
    List<List<String>> cells = new ArrayList<>();
    for (List<List<String>> split : WrappedCells.splits(pieces, 3)) {
      cells.add(split.stream().map(SelfEvaluationDraft::squeezeAll).toList());
    }
    if (cells.size() > 1) {
      cells.removeIf(c -> !c.get(2).contains(c.get(1)));
    }
    return cells.size() == 1 ? Optional.of(cells.get(0)) : Optional.empty();
  }

  /** The level labels opening the wrapped text above a values line; what is left is the name's start. */
  private String levels(String text) {
    String s = text;
    boolean found = true;
    while (found && !s.isEmpty()) {
      found = false;
      for (List<String> labels : List.of(LEVEL1, LEVEL2)) {
        for (String label : labels) {
          if (s.startsWith(label)) {
            level(label);
            s = s.substring(label.length());
            found = true;
          }
        }
      }
    }
    return s;
  }

  private void level(String label) {
    if (LEVEL1.contains(label)) {
      level1 = label;
      level2 = "";
    } else if (LEVEL2.contains(label)) {
      level2 = label;
    }
  }

  private static boolean isLevel(String squeezed) {
    return LEVEL2.contains(squeezed) || squeezed.equals("指标")
        || Level1.fromText(squeezed).filter(LEVELS::contains).isPresent();
  }

  /** Index after 分值 and 得分 (two numbers followed only by text), or -1. */
  private static int valuesEnd(List<String> ts) {
    int end = ts.size();
    while (end > 0 && !NUMBER.matcher(ts.get(end - 1)).matches()) {
      end--;
    }
    if (end < 2 || !NUMBER.matcher(ts.get(end - 2)).matches()) {
      return -1;
    }
    for (int k = end; k < ts.size(); k++) {
      if (ts.get(k).matches(".*\\d.*")) {
        return -1; // a number in the trailing text: not a 偏差原因 after the score
      }
    }
    return end;
  }

  /**
   * Where target and actual begin in the tokens before 分值: the same text twice at the end, else two
   * quantities (a number with its unit, a comparator, 约); -1 when neither.
   */
  private static int targetStart(List<String> middle) {
    for (int half = middle.size() / 2; half >= 1; half--) {
      if (isRepeated(middle.subList(middle.size() - 2 * half, middle.size()))) {
        return middle.size() - 2 * half;
      }
    }
    int actual = quantityStart(middle, middle.size());
    if (actual <= 0) {
      return -1;
    }
    int target = quantityStart(middle, actual);
    return target < 0 ? -1 : target;
  }

  private static boolean isRepeated(List<String> ts) {
    int n = ts.size();
    return n >= 2 && n % 2 == 0 && ts.subList(0, n / 2).equals(ts.subList(n / 2, n));
  }

  /** The start of the quantity ending at {@code end}: a number, else a unit after a number; -1 when none. */
  private static int quantityStart(List<String> ts, int end) {
    if (end <= 0) {
      return -1;
    }
    int k = end - 1;
    if (!QUANTITY.matcher(ts.get(k)).matches()) {
      if (k == 0 || !QUANTITY.matcher(ts.get(k - 1)).matches() || ts.get(k).matches(".*\\d.*")) {
        return -1;
      }
      k--;
    }
    if (k > 0 && QUANTITY_PREFIX.contains(ts.get(k - 1))) {
      k--;
    }
    return k;
  }

  private static String squeezeAll(List<String> lines) {
    StringBuilder b = new StringBuilder();
    for (String s : lines) {
      // blanks between Chinese characters are extraction artefacts (受 疫 情 影 响); others are kept
      b.append(s.strip().replaceAll("(?<=[\\u4e00-\\u9fff，。、；])\\s+(?=[\\u4e00-\\u9fff，。、；])", ""));
    }
    return b.toString();
  }

  private void total(SourceLine l, List<String> ts) {
    if (ts.size() >= 3 && NUMBER.matcher(ts.get(1)).matches() && NUMBER.matcher(ts.get(2)).matches()) {
      result.totalWeight(Cell.printed(ts.get(1)));
      result.totalScore(Cell.printed(ts.get(2)));
    } else {
      unread(l.number, "总分 line without 分值 and 得分");
    }
    if (!pending.isEmpty()) {
      if (lastDeviation != null && last != null) {
        lastDeviation.append(squeezeAll(pending));
      } else {
        unread(l.number, "text before 总分 not read: " + String.join(" ", pending));
      }
      pending.clear();
    }
    part = Part.DONE;
  }

  private void unread(int at, String why) {
    if (unreadWhy == null) {
      unreadLine = at;
      unreadWhy = why;
    }
  }

  /**
   * The self-evaluation, or empty (reported) when a row could not be read or the 总分 line is
   * missing: a table with a row left out would show weights and scores that do not add up.
   */
  Optional<SelfEvaluation> build(List<ReadProblem> problems) {
    if (funding != null) {
      closeFunding();
    }
    if (goalAt != null) {
      // (the table ended before its indicators' header)
      closeGoal();
    }
    if (unreadWhy == null && part != Part.DONE) {
      unread(line, "no 总分 line");
    }
    problems.addAll(warnings);
    if (unreadWhy != null) {
      problems.add(ReadProblem.of(ReadProblem.Kind.SELF_EVALUATION_NOT_IMPORTED, Severity.ERROR, unreadLine, title.printed,
          "self-evaluation table not imported: " + unreadWhy));
      return Optional.empty();
    }
    if (indicators.isEmpty()) {
      problems.add(ReadProblem.of(ReadProblem.Kind.SELF_EVALUATION_NOT_IMPORTED, Severity.ERROR, line, title.printed,
          "self-evaluation table not imported: no indicator row read"));
      return Optional.empty();
    }
    for (int i = 0; i < indicators.size(); i++) {
      if (deviations.get(i).length() > 0) {
        indicators.get(i).deviation(deviations.get(i).toString());
      }
      result.addIndicators(indicators.get(i).build());
    }
    return Optional.of(result.build());
  }
}
