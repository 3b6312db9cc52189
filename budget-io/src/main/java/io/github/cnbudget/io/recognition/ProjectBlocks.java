package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.table.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The projects of one page of a project target table (项目绩效目标表) whose 项目名称, 预算数 and 年度目标
 * are merged cells. Such a cell spans all the indicator rows of its project and prints its text in the
 * middle of them, so the name is read on a line in the middle of the project's rows, not on its first
 * line, and the rows above it belong to the same project. The rows of a page (from one header or unit
 * line to the next) are cut into as many consecutive blocks as the page prints names (runs of
 * adjacent lines carrying a name or a budget), each name inside its block, choosing the cuts by, in
 * turn: the least distance between each block's middle and its name's middle; the same for the goal
 * texts when there are as many of them as names; the fewest distinct weight sums (the projects of one
 * table follow one weighting convention). A choice those leave open is reported. A page without a name
 * continues the previous project.
 */
final class ProjectBlocks {
  /** Above this many combinations of cuts, each cut is chosen on its own. */
  private static final long MAX_COMBINATIONS = 200_000;

  /** An indicator row and its weight (zero when none was printed). */
  record Row(int line, Indicator indicator, BigDecimal weight) {}

  /** The rows of one project with the texts printed beside them. */
  record Block(int firstLine, boolean continuation, String name, String goal, @Nullable Cell budget, List<Row> rows) {}

  private final List<Row> rows = new ArrayList<>();
  private final TreeMap<Integer, String> names = new TreeMap<>();
  private final TreeMap<Integer, String> goals = new TreeMap<>();
  private final TreeMap<Integer, Cell> budgets = new TreeMap<>();

  void note(int line, String name, String goal, @Nullable Cell budget) {
    if (!name.isEmpty()) {
      names.merge(line, name, String::concat);
    }
    if (!goal.isEmpty()) {
      goals.merge(line, goal, String::concat);
    }
    if (budget != null && budget.hasValue()) {
      budgets.putIfAbsent(line, budget);
    }
  }

  void add(int line, Indicator indicator, BigDecimal weight) {
    rows.add(new Row(line, indicator, weight));
  }

  /** The blocks of the rows noted since the last call, in printed order; problems get ambiguous cuts. */
  List<Block> segment(List<ReadProblem> problems) {
    try {
      return cut(problems);
    } finally {
      rows.clear();
      names.clear();
      goals.clear();
      budgets.clear();
    }
  }

  private List<Block> cut(List<ReadProblem> problems) {
    if (rows.isEmpty() && names.isEmpty()) {
      return List.of();
    }
    TreeMap<Integer, Boolean> anchorLines = new TreeMap<>();
    names.keySet().forEach(l -> anchorLines.put(l, true));
    budgets.keySet().forEach(l -> anchorLines.put(l, true));
    List<int[]> anchors = runs(anchorLines.keySet());
    if (anchors.isEmpty()) {
      int first = rows.isEmpty() ? goals.firstKey() : rows.get(0).line();
      return List.of(block(first, Integer.MAX_VALUE, true));
    }
    List<int[]> goalRuns = runs(goals.keySet());
    int k = anchors.size();
    // candidate cuts: the index of the first row of block j + 1, between the names of j and j + 1
    List<List<Integer>> candidates = new ArrayList<>();
    long combinations = 1;
    for (int j = 0; j + 1 < k; j++) {
      List<Integer> c = new ArrayList<>();
      for (int i = 1; i < rows.size(); i++) {
        int line = rows.get(i).line();
        if (line > anchors.get(j)[1] && line <= anchors.get(j + 1)[0]) {
          c.add(i);
        }
      }
      if (c.isEmpty()) {
        int i = firstRowAfter(anchors.get(j)[1]);
        c.add(i);
      }
      candidates.add(c);
      combinations *= c.size();
    }
    int[] best = null;
    long[] bestCost = null;
    int ties = 0;
    if (combinations <= MAX_COMBINATIONS) {
      int[] pick = new int[k - 1];
      while (true) {
        int[] cuts = new int[k - 1];
        boolean ordered = true;
        for (int j = 0; j < k - 1; j++) {
          cuts[j] = candidates.get(j).get(pick[j]);
          ordered &= j == 0 || cuts[j] > cuts[j - 1];
        }
        if (ordered) {
          long[] cost = cost(cuts, anchors, goalRuns);
          int cmp = bestCost == null ? -1 : compare(cost, bestCost);
          if (cmp < 0) {
            best = cuts;
            bestCost = cost;
            ties = 1;
          } else if (cmp == 0) {
            ties++;
          }
        }
        int j = 0;
        while (j < pick.length && ++pick[j] == candidates.get(j).size()) {
          pick[j] = 0;
          j++;
        }
        if (j == pick.length) {
          break;
        }
      }
    }
    if (best == null) {
      // too many pages' worth of rows without a header between them: each cut half way between names
      best = new int[k - 1];
      for (int j = 0; j < k - 1; j++) {
        List<Integer> c = candidates.get(j);
        best[j] = Math.max(c.get(c.size() / 2), j == 0 ? 1 : best[j - 1] + 1);
      }
      ties = 2;
    }
    List<Block> out = new ArrayList<>();
    int from = 0;
    for (int j = 0; j < k; j++) {
      int to = j + 1 < k ? Math.max(from, Math.min(best[j], rows.size())) : rows.size();
      int firstLine = from < rows.size() ? rows.get(from).line() : anchors.get(j)[0];
      int lastLine = to > from ? rows.get(to - 1).line() : anchors.get(j)[1];
      // texts belong to the block whose lines they are printed on; those above the first row or below
      // the last go to the first or last block
      int textFrom = j == 0 ? Integer.MIN_VALUE : firstLine;
      int textTo = j + 1 < k ? (to < rows.size() ? rows.get(to).line() - 1 : lastLine) : Integer.MAX_VALUE;
      Block b = block(textFrom, textTo, false);
      out.add(new Block(firstLine, false, b.name(), b.goal(), b.budget(), List.copyOf(rows.subList(from, to))));
      from = to;
    }
    if (ties > 1) {
      problems.add(ReadProblem.of(ReadProblem.Kind.PROJECT_ROWS_AMBIGUOUS, Severity.WARNING, out.get(0).firstLine(), out.get(0).name(),
          "project rows of a target table: " + ties + " ways to cut them between the project names fit equally;"
              + " the first was taken"));
    }
    return out;
  }

  private int firstRowAfter(int line) {
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).line() > line) {
        return i;
      }
    }
    return Math.max(1, rows.size() - 1);
  }

  /** The texts printed on lines from..to and the rows among them. */
  private Block block(int from, int to, boolean continuation) {
    StringBuilder name = new StringBuilder();
    StringBuilder goal = new StringBuilder();
    for (String n : names.subMap(from, true, to, true).values()) {
      name.append(n);
    }
    for (String g : goals.subMap(from, true, to, true).values()) {
      goal.append(g);
    }
    Map.@Nullable Entry<Integer, Cell> budget = budgets.subMap(from, true, to, true).firstEntry();
    List<Row> in = new ArrayList<>();
    for (Row r : rows) {
      if (r.line() >= from && r.line() <= to) {
        in.add(r);
      }
    }
    return new Block(from, continuation, name.toString(), goal.toString(),
        budget == null ? null : budget.getValue(), in);
  }

  /** Distances in half lines: names, then goals, then the number of distinct weight sums. */
  private long[] cost(int[] cuts, List<int[]> anchors, List<int[]> goalRuns) {
    long names = 0;
    long goalCost = 0;
    Set<BigDecimal> sums = new HashSet<>();
    int from = 0;
    for (int j = 0; j <= cuts.length; j++) {
      int to = j < cuts.length ? cuts[j] : rows.size();
      if (to <= from) {
        return new long[] {Long.MAX_VALUE, 0, 0};
      }
      int twiceMiddle = rows.get(from).line() + rows.get(to - 1).line();
      int[] a = anchors.get(j);
      if (a[0] < rows.get(from).line() && j > 0 || a[1] > rows.get(to - 1).line() && j < cuts.length) {
        // the name must lie within its own rows
        return new long[] {Long.MAX_VALUE, 0, 0};
      }
      names += Math.abs(twiceMiddle - (a[0] + a[1]));
      if (goalRuns.size() == anchors.size()) {
        int[] g = goalRuns.get(j);
        goalCost += Math.abs(twiceMiddle - (g[0] + g[1]));
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Row r : rows.subList(from, to)) {
        sum = sum.add(r.weight());
      }
      sums.add(sum.stripTrailingZeros());
      from = to;
    }
    return new long[] {names, goalCost, sums.size()};
  }

  private static int compare(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      int c = Long.compare(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Runs of adjacent lines: [first, last] each. */
  private static List<int[]> runs(Set<Integer> lines) {
    List<int[]> out = new ArrayList<>();
    for (int l : lines) {
      if (!out.isEmpty() && l - out.get(out.size() - 1)[1] <= 1) {
        out.get(out.size() - 1)[1] = l;
      } else {
        out.add(new int[] {l, l});
      }
    }
    return out;
  }
}
