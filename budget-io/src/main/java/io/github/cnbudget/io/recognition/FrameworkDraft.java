package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.performance.EvaluationFramework;
import io.github.cnbudget.model.performance.FrameworkNode;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.CellMark;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One 绩效评价共性指标体系框架 being read from a table with column positions (tab-separated, or
 * space-aligned and cut into columns by {@link io.github.cnbudget.io.layout.SpaceAligned}): a header naming the 名称 and 参考分值 of
 * the 一级, 二级 and 三级 indicators (on one line or two), then rows whose 一级 and 二级 cells are printed
 * only on the first row of their group. The 指标说明 and 参考评分标准 of a 三级 row become its
 * descriptions; its 得分 makes the department's own evaluation (部门整体支出绩效自评), as the seeds'
 * hand models keep it. A row that cannot be placed (a score without a name, a 三级 indicator before
 * any 二级) is reported with its line and the framework is not imported, so that no node is guessed.
 * A framework printed without column positions (names broken into fragments over many lines) is
 * reported as not read.
 */
final class FrameworkDraft {
  private static final Pattern HEADER_WORD = Pattern.compile(
      "^(?:评价指标|[一二三]级指标(?:名称)?|名称|参考分值|参考|分值|指标说明|指标解释|(?:参考)?评分标准|得分)$");
  private static final Pattern TOTAL = Pattern.compile("^(?:合计|总计|总分|合\\s*计)$");

  private enum Part { HEADER, BODY, DONE }

  final TableTitles.Title title;
  final int line;
  private final List<SourceLine> header = new ArrayList<>();
  private final List<NodeDraft> roots = new ArrayList<>();
  private final NodeDraft[] open = new NodeDraft[4];
  private final List<ReadProblem> problems = new ArrayList<>();
  private final int[] nameColumn = {-1, -1, -1, -1};
  private final int[] scoreColumn = {-1, -1, -1, -1};
  private int explanationColumn = -1;
  private int standardColumn = -1;
  private int gainColumn = -1;
  private Part part = Part.HEADER;
  private boolean broken;
  private boolean unread;
  private @Nullable Cell totalWeight;
  private @Nullable Cell totalScore;

  FrameworkDraft(TableTitles.Title title, int line) {
    this.title = title;
    this.line = line;
  }

  /** Reads a line of the framework; false when the line is not part of it. */
  boolean accept(SourceLine l) {
    switch (part) {
      case HEADER -> {
        if (isHeader(l)) {
          header.add(l);
          return true;
        }
        if (!mapColumns()) {
          unread = true;
          part = Part.DONE;
          return false;
        }
        part = Part.BODY;
        return row(l);
      }
      case BODY -> {
        return row(l);
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean isHeader(SourceLine l) {
    for (String c : l.cells) {
      if (!c.isEmpty() && !HEADER_WORD.matcher(HeaderLayout.squeeze(c)).matches()) {
        return false;
      }
    }
    return !l.isBlank();
  }

  private static boolean number(String c) {
    return Cell.printed(c).mark() == CellMark.AMOUNT;
  }

  /** Names the columns from the header lines joined column by column (a two-line header). */
  private boolean mapColumns() {
    int width = 0;
    for (SourceLine h : header) {
      width = Math.max(width, h.cells.size());
    }
    if (width < 6) {
      return false;
    }
    int names = 0;
    int lastLevel = 0;
    for (int c = 0; c < width; c++) {
      StringBuilder b = new StringBuilder();
      for (SourceLine h : header) {
        b.append(HeaderLayout.squeeze(h.cell(c)));
      }
      String t = b.toString();
      if (t.contains("得分")) {
        gainColumn = c;
      } else if (t.contains("说明") || t.contains("解释")) {
        explanationColumn = c;
      } else if (t.contains("评分标准")) {
        standardColumn = c;
      } else if (t.contains("分值")) {
        if (lastLevel == 0 || scoreColumn[lastLevel] >= 0) {
          return false;
        }
        scoreColumn[lastLevel] = c;
      } else if (t.contains("名称") || t.contains("级指标")) {
        int level = t.contains("一级") ? 1 : t.contains("二级") ? 2 : t.contains("三级") ? 3 : names + 1;
        if (level != names + 1 || level > 3) {
          return false;
        }
        names++;
        nameColumn[level] = c;
        lastLevel = level;
      }
    }
    return names == 3 && scoreColumn[1] >= 0 && scoreColumn[2] >= 0 && scoreColumn[3] >= 0;
  }

  private boolean row(SourceLine l) {
    if (l.cells.size() < 2) {
      // a paragraph after the table: one cell, no column positions
      part = Part.DONE;
      return false;
    }
    if (isHeader(l)) {
      // the header printed again on the next page
      return true;
    }
    String first = firstCell(l);
    if (TOTAL.matcher(HeaderLayout.squeeze(first)).matches()) {
      total(l);
      return true;
    }
    NodeDraft deepest = null;
    for (int level = 1; level <= 3; level++) {
      String name = l.cell(nameColumn[level]);
      String score = l.cell(scoreColumn[level]);
      if (name.isEmpty()) {
        if (!score.isEmpty()) {
          fail(l, "参考分值 " + score + " of a " + levelName(level) + " indicator printed without its name");
          return true;
        }
        continue;
      }
      NodeDraft parent = level == 1 ? null : open[level - 1];
      if (level > 1 && parent == null) {
        fail(l, levelName(level) + " indicator " + name + " printed before any " + levelName(level - 1) + " indicator");
        return true;
      }
      if (!score.isEmpty() && !number(score)) {
        fail(l, "参考分值 of " + name + " is not a number: " + score);
        return true;
      }
      NodeDraft n = new NodeDraft(level, SourceLine.joinWrapped(name), l.number);
      if (!score.isEmpty()) {
        n.score = Cell.printed(score);
      } else {
        problems.add(ReadProblem.of(ReadProblem.Kind.FRAMEWORK_INDICATOR_WITHOUT_WEIGHT, Severity.WARNING, l.number, name, "framework indicator printed without a 参考分值"));
      }
      if (parent == null) {
        roots.add(n);
      } else {
        parent.children.add(n);
      }
      open[level] = n;
      for (int k = level + 1; k <= 3; k++) {
        open[k] = null;
      }
      deepest = n;
    }
    String explanation = l.cell(explanationColumn);
    String standard = l.cell(standardColumn);
    String gain = l.cell(gainColumn);
    if (deepest == null) {
      if (!gain.isEmpty()) {
        fail(l, "得分 " + gain + " printed on a line without an indicator");
        return true;
      }
      if (explanation.isEmpty() && standard.isEmpty()) {
        return true;
      }
      // a 指标说明 or 评分标准 wrapped onto the next line of its 三级 row
      if (open[3] == null) {
        fail(l, "指标说明 or 评分标准 printed before any 三级 indicator");
        return true;
      }
      open[3].explanation.append(explanation);
      open[3].standard.append(standard);
      return true;
    }
    if (deepest.level < 3 && !(explanation.isEmpty() && standard.isEmpty() && gain.isEmpty())) {
      fail(l, "指标说明, 评分标准 or 得分 printed on a row without a 三级 indicator");
      return true;
    }
    if (deepest.level == 3) {
      deepest.explanation.append(explanation);
      deepest.standard.append(standard);
      if (!gain.isEmpty()) {
        if (!number(gain)) {
          fail(l, "得分 of " + deepest.name + " is not a number: " + gain);
          return true;
        }
        deepest.gain = Cell.printed(gain);
      }
    }
    return true;
  }

  private static String firstCell(SourceLine l) {
    for (String c : l.cells) {
      if (!c.isEmpty()) {
        return c;
      }
    }
    return "";
  }

  private void total(SourceLine l) {
    for (int level = 1; level <= 3 && totalWeight == null; level++) {
      String s = l.cell(scoreColumn[level]);
      if (!s.isEmpty() && number(s)) {
        totalWeight = Cell.printed(s);
      }
    }
    String g = l.cell(gainColumn);
    if (!g.isEmpty() && number(g)) {
      totalScore = Cell.printed(g);
    }
    part = Part.DONE;
  }

  private static String levelName(int level) {
    return level == 1 ? "一级" : level == 2 ? "二级" : "三级";
  }

  private void fail(SourceLine l, String why) {
    broken = true;
    problems.add(ReadProblem.of(ReadProblem.Kind.FRAMEWORK_NOT_IMPORTED, Severity.ERROR, l.number, l.text(), "framework not imported: " + why));
  }

  /** The framework, or empty (with the reasons in {@code out}) when a row could not be placed. */
  Optional<EvaluationFramework> build(List<ReadProblem> out) {
    if (unread || roots.isEmpty() && !broken) {
      out.add(ReadProblem.of(ReadProblem.Kind.FRAMEWORK_NOT_IMPORTED, Severity.ERROR, line, title.printed,
          "table recognised but not imported: a framework whose header does not name its columns "
              + "(名称 and 参考分值 of the 一级, 二级 and 三级 indicators, one per cell) is not read yet"));
      return Optional.empty();
    }
    out.addAll(problems);
    if (broken) {
      return Optional.empty();
    }
    EvaluationFramework.Builder b = EvaluationFramework.builder().title(title.printed).line(line);
    for (NodeDraft n : roots) {
      b.addRoots(n.build());
    }
    return Optional.of(b.build());
  }

  /**
   * The 得分 column as the department's own evaluation: one indicator per 三级 node, weight its
   * 参考分值; empty when the column prints no score or the framework was not imported.
   */
  Optional<SelfEvaluation> evaluation(String department) {
    if (unread || broken) {
      return Optional.empty();
    }
    SelfEvaluation.Builder e = SelfEvaluation.builder().scope(GoalScope.DEPARTMENT).line(line);
    boolean scored = false;
    for (NodeDraft one : roots) {
      for (NodeDraft two : one.children) {
        for (NodeDraft three : two.children) {
          Indicator.Builder i = Indicator.builder().line(three.line).level1Text(one.name).level2Text(two.name)
              .name(three.name);
          if (three.score != null) {
            i.weight(three.score);
          }
          if (three.gain != null) {
            i.score(three.gain);
            scored = true;
          }
          e.addIndicators(i.build());
        }
      }
    }
    if (!scored) {
      return Optional.empty();
    }
    if (department != null) {
      e.department(department);
    }
    if (totalWeight != null) {
      e.totalWeight(totalWeight);
    }
    if (totalScore != null) {
      e.totalScore(totalScore);
    }
    return Optional.of(e.build());
  }

  /** A node whose children are still being read. */
  private static final class NodeDraft {
    final int level;
    final String name;
    final int line;
    final List<NodeDraft> children = new ArrayList<>();
    final StringBuilder explanation = new StringBuilder();
    final StringBuilder standard = new StringBuilder();
    @Nullable Cell score;
    @Nullable Cell gain;

    NodeDraft(int level, String name, int line) {
      this.level = level;
      this.name = name;
      this.line = line;
    }

    FrameworkNode build() {
      FrameworkNode.Builder b = FrameworkNode.builder().level(level).name(name).line(line);
      if (score != null) {
        b.referenceScore(score);
      }
      if (explanation.length() > 0) {
        b.addDescriptions(explanation.toString());
      }
      if (standard.length() > 0) {
        b.addDescriptions(standard.toString());
      }
      for (NodeDraft c : children) {
        b.addChildren(c.build());
      }
      return b.build();
    }
  }
}
