package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.Severity;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.performance.Level2;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The merged 一级指标 and 二级指标 cells of an indicator grid (绩效指标). A merged cell spans the rows of
 * its group and prints its label either on the group's first row (then the label holds until the next
 * one) or in the middle of the rows (then the rows above the label belong to it too). Which of the two
 * a column follows is read per column: when the first indicator row prints no label in it, while later
 * rows do, the labels are centred, and the rows are cut into consecutive groups, one per label, each
 * label inside its group. The cuts are chosen by, in turn: the fewest rows whose name says another
 * group (…满意度 is a satisfaction indicator, …及时率 timeliness, …成本 a cost, …合格率 quality,
 * …数量 quantity), then the least distance between each group's middle and its label, as
 * {@link ProjectBlocks} does for project names.
 */
final class MergedLevels {

  /** What an indicator's name says of its second level: the name's ending, tried in this order. */
  private static final List<Map.Entry<Pattern, Set<Level2>>> NAME_SAYS = List.of(
      Map.entry(Pattern.compile("(?:及时率|及时性|时限|完成时间|按时完成率)$"), EnumSet.of(Level2.TIMELINESS)),
      Map.entry(Pattern.compile("满意(?:度|率)$"), EnumSet.of(Level2.SERVICE_SATISFACTION)),
      Map.entry(Pattern.compile("成本|经费$|费用控制"),
          EnumSet.of(Level2.ECONOMIC_COST, Level2.SOCIAL_COST, Level2.ECOLOGICAL_COST, Level2.OUTPUT_COST)),
      Map.entry(Pattern.compile("(?:合格率|准确率|达标率|正确率|完好率|验收率)$"), EnumSet.of(Level2.QUALITY)),
      Map.entry(Pattern.compile("(?:数量|人数|次数|个数|户数|家数|册数)$"), EnumSet.of(Level2.QUANTITY)));

  /** A label printed in a level column, joined over adjacent lines. */
  private record Anchor(int first, int last, String text) {}

  private final TreeMap<Integer, String> level1 = new TreeMap<>();
  private final TreeMap<Integer, String> level2 = new TreeMap<>();
  private final java.util.TreeSet<Integer> pages = new java.util.TreeSet<>();

  /** Notes the level labels printed on a line (empty when none). */
  void label(int line, String l1, String l2) {
    if (LineShapes.HAN.matcher(l1).find()) {
      level1.merge(line, l1, String::concat);
    }
    if (LineShapes.HAN.matcher(l2).find()) {
      level2.merge(line, l2, String::concat);
    }
  }

  /** Notes where a page of the grid begins (a repeated header or heading): a merged cell ends there. */
  void page(int line) {
    pages.add(line);
  }

  /**
   * The indicators with the levels of their merged cells, where a column prints its labels in the
   * middle of their groups; the indicators as they are otherwise. Each page is read on its own: a
   * merged cell cut by a page break prints its label on both pages.
   */
  List<Indicator> apply(List<Indicator> rows, List<ReadProblem> problems) {
    List<Indicator> out = new ArrayList<>(rows);
    int from = 0;
    boolean changed = false;
    while (from < rows.size()) {
      int first = rows.get(from).line().orElse(0);
      Integer next = pages.higher(first);
      int end = next == null ? Integer.MAX_VALUE : next;
      int to = from;
      while (to < rows.size() && rows.get(to).line().orElse(0) < end) {
        to++;
      }
      Integer start = pages.floor(first);
      int begin = start == null ? Integer.MIN_VALUE : start;
      changed |= page(out.subList(from, to), level1.subMap(begin, end), level2.subMap(begin, end));
      from = to;
    }
    if (changed) {
      problems.add(ReadProblem.of(ReadProblem.Kind.INDICATOR_LEVELS_CENTRED, Severity.INFO, rows.get(0).line().orElse(0), rows.get(0).name(),
          "indicator levels printed in the middle of their merged cells; each label given to the rows it is centred in"));
    }
    return out;
  }

  /** Gives the rows of one page the labels they are centred in; whether any level changed. */
  private static boolean page(List<Indicator> rows, SortedMap<Integer, String> level1,
      SortedMap<Integer, String> level2) {
    List<Set<Level2>> named = new ArrayList<>();
    for (Indicator r : rows) {
      named.add(says(r.name()));
    }
    String[] two = centred(rows, level2, named, Level2::fromText, Indicator::level2Text,
        Set.of(Level2.SERVICE_SATISFACTION));
    // a row's first level is the parent of its second when that is read, else what its name says
    List<Set<Level1>> parents = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      java.util.Optional<Level2> l2 = Level2.fromText(two == null ? rows.get(i).level2Text() : two[i]);
      parents.add(l2.isPresent() ? EnumSet.of(l2.get().parent()) : parents(named.get(i)));
    }
    String[] one = centred(rows, level1, parents, Level1::fromText, Indicator::level1Text, Set.of(Level1.SATISFACTION));
    if (one == null && two == null) {
      return false;
    }
    for (int i = 0; i < rows.size(); i++) {
      Indicator r = rows.get(i);
      String l1 = one == null ? r.level1Text() : one[i];
      String l2 = two == null ? r.level2Text() : two[i];
      if (!l1.equals(r.level1Text()) || !l2.equals(r.level2Text())) {
        rows.set(i, GoalDraft.copy(r, l1, l2, r.name(), r.targetText().orElse("")).build());
      }
    }
    return true;
  }

  /**
   * The label of each row when the column's labels are centred in their groups, or null when the
   * column prints none, prints one on the first row (labels on first rows) or when the centred reading
   * contradicts more names than the labels-on-first-rows reading.
   */
  private static <L> String @Nullable [] centred(List<Indicator> rows, SortedMap<Integer, String> labels,
      List<Set<L>> says, Function<String, java.util.Optional<L>> parse,
      Function<Indicator, String> carried, Set<L> namedAlways) {
    if (rows.isEmpty() || labels.isEmpty() || labels.firstKey() <= rows.get(0).line().orElse(0)) {
      return null;
    }
    List<Anchor> anchors = anchors(labels);
    int n = rows.size();
    int k = anchors.size();
    if (k > n) {
      return null;
    }
    // cost[j][i]: the least cost of cutting rows [0, i) into the groups of the first j labels: rows
    // whose name says another group, rows whose name says nothing under a label whose rows always say
    // it (…满意度 under 服务对象满意度指标), cuts between two names of one family (…健全性 | …健全性), the
    // distance between each group's middle and its label in half lines
    long[][][] cost = new long[k + 1][n + 1][];
    int[][] from = new int[k + 1][n + 1];
    cost[0][0] = new long[4];
    for (int j = 1; j <= k; j++) {
      Anchor a = anchors.get(j - 1);
      java.util.Optional<L> level = parse.apply(a.text());
      for (int i = j; i <= n - (k - j); i++) {
        long wrong = 0;
        long unsaid = 0;
        for (int s = i - 1; s >= j - 1; s--) {
          // the group is rows [s, i)
          if (level.isPresent()) {
            Set<L> said = says.get(s);
            wrong += !said.isEmpty() && !said.contains(level.get()) ? 1 : 0;
            unsaid += said.isEmpty() && namedAlways.contains(level.get()) ? 1 : 0;
          }
          long[] before = cost[j - 1][s];
          if (before == null) {
            continue;
          }
          long twiceMiddle = rows.get(s).line().orElse(0) + rows.get(i - 1).line().orElse(0);
          long[] c = {before[0] + wrong, before[1] + unsaid,
              before[2] + (s > 0 && sameFamily(rows.get(s - 1), rows.get(s)) ? 1 : 0),
              before[3] + Math.abs(twiceMiddle - (a.first() + a.last()))};
          if (cost[j][i] == null || java.util.Arrays.compare(c, cost[j][i]) < 0) {
            cost[j][i] = c;
            from[j][i] = s;
          }
        }
      }
    }
    if (cost[k][n] == null) {
      return null;
    }
    String[] out = new String[n];
    int i = n;
    for (int j = k; j >= 1; j--) {
      int s = from[j][i];
      for (int r = s; r < i; r++) {
        out[r] = anchors.get(j - 1).text();
      }
      i = s;
    }
    // labels on first rows (the reading rows were given while read) must not fit the names better
    long carriedWrong = 0;
    for (int r = 0; r < n; r++) {
      java.util.Optional<L> level = parse.apply(carried.apply(rows.get(r)));
      Set<L> said = says.get(r);
      carriedWrong += level.isPresent() && !said.isEmpty() && !said.contains(level.get()) ? 1 : 0;
    }
    return cost[k][n][0] <= carriedWrong ? out : null;
  }

  /** Whether two names end alike (the last three characters): indicators of one kind, rarely cut apart. */
  private static boolean sameFamily(Indicator a, Indicator b) {
    String x = HeaderLayout.squeeze(a.name());
    String y = HeaderLayout.squeeze(b.name());
    return x.length() >= 3 && y.length() >= 3 && x.endsWith(y.substring(y.length() - 3));
  }

  /** Runs of adjacent lines with a label: one label each, its pieces joined. */
  private static List<Anchor> anchors(SortedMap<Integer, String> labels) {
    List<Anchor> out = new ArrayList<>();
    for (Map.Entry<Integer, String> e : labels.entrySet()) {
      Anchor last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && e.getKey() - last.last() <= 1) {
        out.set(out.size() - 1, new Anchor(last.first(), e.getKey(), last.text() + e.getValue()));
      } else {
        out.add(new Anchor(e.getKey(), e.getKey(), e.getValue()));
      }
    }
    return out;
  }

  /** The second levels an indicator's name says it belongs to; empty when the name says nothing. */
  static Set<Level2> says(String name) {
    String s = HeaderLayout.squeeze(name);
    for (Map.Entry<Pattern, Set<Level2>> e : NAME_SAYS) {
      if (e.getKey().matcher(s).find()) {
        return e.getValue();
      }
    }
    return Set.of();
  }

  private static Set<Level1> parents(Set<Level2> levels) {
    Set<Level1> out = EnumSet.noneOf(Level1.class);
    for (Level2 l : levels) {
      out.add(l.parent());
    }
    return out;
  }
}
